//! CoPlan: agree capability-based goals and a self-management plan, in the browser.
//!
//! `core` is the pure domain (host-tested); `text` holds every word a person reads;
//! `route` maps addresses to screens; `app` is the browser shell (wasm only).

#[macro_use]
pub mod core;
pub mod route;
pub mod settings;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod app;
