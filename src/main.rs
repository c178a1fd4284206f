#[cfg(target_arch = "wasm32")]
fn main() {
    coplan::app::start();
}

/// On the host there is nothing to run: `cargo test` exercises the core.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
