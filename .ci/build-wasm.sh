#!/usr/bin/env bash
# Trunk pre_build hook: builds the app's wasm in parts. Trunk cannot split a module yet
# (trunk-rs/trunk#1022), so this does what its Rust pipeline would, with the splitter in
# between: cargo → wasm-split-cli → wasm-bindgen → wasm-opt. The result (coplan.js, the
# first screen's coplan_bg.wasm, one split_<part>.wasm per part, shared chunk_<n>.wasm,
# __wasm_split.js which fetches them, and wasm-bindgen's snippets) goes to
# target/coplan-web/, which index.html copies into dist/ as it is.
set -euo pipefail
# The splitter needs the linker's relocations (.cargo/config.toml); RUSTFLAGS set in the
# environment would replace that flag, so it is added here too.
if [ -n "${RUSTFLAGS:-}" ]; then export RUSTFLAGS="$RUSTFLAGS -Clink-args=--emit-relocs"; fi
cd "${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}"
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  # The release builds the standard library with the app, for size: a panic stops at
  # once (no message formatting or panic hook linked in: the app never catches one, and
  # the release already aborts) and std's smaller algorithms (sorts that are heapsort
  # and merge sort). That takes 33 KB gzip off the first screen and 24 KB off the parts.
  # Both options are unstable, so RUSTC_BOOTSTRAP is set for this one command, on the
  # pinned toolchain (rust-src comes from .ci/setup). `trunk serve` (debug) keeps
  # panics' messages in the console.
  profile=(--release -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
  dir=release
  export RUSTC_BOOTSTRAP=1
  # (RUSTFLAGS replaces .cargo/config.toml's flags, so the relocations are asked here too.)
  export RUSTFLAGS="${RUSTFLAGS:--Clink-args=--emit-relocs} -Zunstable-options -Cpanic=immediate-abort"
else
  profile=()
  dir=debug
fi
cargo build --quiet --target wasm32-unknown-unknown "${profile[@]}" --features parts --bin coplan
unset RUSTC_BOOTSTRAP

split=target/coplan-split
out=target/coplan-web
rm -rf "$split" "$out"
mkdir -p "$split" "$out"
# Before wasm-bindgen: the splitter reads the linker's relocations, which bindgen drops.
wasm-split-cli "target/wasm32-unknown-unknown/$dir/coplan.wasm" "$split" --out-name coplan
# --keep-lld-exports: the parts reach the first screen's function table through it.
wasm-bindgen "$split/coplan.wasm" --target web --keep-lld-exports --no-typescript \
  --out-dir "$out" --out-name coplan
cp "$split/__wasm_split.js" "$out/"
for f in "$split"/*.wasm; do
  [ "$(basename "$f")" = coplan.wasm ] || cp "$f" "$out/"
done
if [ "$dir" = release ]; then
  # -Oz on each module on its own (after splitting: binaryen drops the relocations).
  # --low-memory-unused: Rust never uses the lowest 1 KB of memory (its stack grows down
  # from 1 MB, its data above), which saves 3 KB.
  for f in "$out"/*.wasm; do
    wasm-opt -Oz --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int \
      --enable-reference-types --enable-sign-ext --enable-mutable-globals "$f" -o "$f"
  done
  # Short names for what the module imports from its glue (3.5 KB less to download).
  node .ci/short-imports.mjs "$out/coplan_bg.wasm" "$out/coplan.js"
fi
# Each part named by its contents and the first screen's module's (split_together.<hash>
# .wasm): a part works only with the module it was cut from, so a tab still running an
# older release can never fetch a newer release's part under its name (from a cache or
# the host) — it finds none, and says so with "Try again".
shopt -s nullglob
for f in "$out"/split_*.wasm "$out"/chunk_*.wasm; do
  name=$(basename "$f" .wasm)
  hash=$(cat "$f" "$out/coplan_bg.wasm" | sha256sum | cut -c1-12)
  mv "$f" "$out/$name.$hash.wasm"
  sed -i "s|\"\./$name\.wasm\"|\"./$name.$hash.wasm\"|" "$out/__wasm_split.js"
  # The loader must fetch the part by its new name, or the part would never arrive.
  grep -q "\"./$name.$hash.wasm\"" "$out/__wasm_split.js" \
    || { echo "build-wasm.sh: __wasm_split.js does not name $name.wasm as expected" >&2; exit 1; }
done
