// Part of the post-build hook (stamp-sw.mjs): tells the browser early what the first
// screen will need, so no script waits for the one before it to be read. Without this, a
// phone fetches index.html, then boot.js, then coplan.js, then the modules coplan.js
// imports, and only then the wasm: five round trips in a row before the largest file
// starts. With it, every script starts with the page and the wasm right after.
// (Not the wasm itself: measured, preloading it gained nothing on the slow phone, and
// Lighthouse then counts its 440 KB as holding up the first paint.)
//
// And some people need a part as well as the first screen's module: a visitor opening a
// link (#/open/…) the visitor's part, someone who chose Spanish its words. boot.js is
// told those parts' files, and preloads them at once rather than after the app has
// started and found it needs them.
//
// The names come from this build's own output (coplan.js's imports, __wasm_split.js's
// loaders); anything not found as expected fails the build rather than ship a page that
// preloads the wrong files.
import fs from 'node:fs/promises';
import path from 'node:path';

/** The static imports of a module's text (`import … from './x.js'`), relative paths only. */
export function staticImports(text) {
  const found = new Set();
  for (const m of text.matchAll(/^import\b[^;]*?\bfrom\s*["'](\.\/[^"']+)["']/gm)) found.add(m[1]);
  return [...found];
}

/** The files a part's loader in __wasm_split.js fetches: the part's own, then each chunk
 *  it waits for. */
export function partFiles(splitJs, part) {
  const chunkFile = new Map();
  for (const m of splitJs.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("(\.\/[^"]+\.wasm)"/g)) {
    chunkFile.set(m[1], m[2]);
  }
  const loader = new RegExp(
    `export const __wasm_split_load_${part} = wrapAsyncCb\\(makeLoad\\(\\(\\) => \\{\\s*const src = fetch\\(new URL\\("(\\./[^"]+\\.wasm)"[\\s\\S]*?\\n, \\[([^\\]]*)\\]\\)\\)`,
  ).exec(splitJs);
  if (!loader) throw new Error(`preload: __wasm_split.js has no loader for the ${part} part`);
  const deps = loader[2].split(',').map((d) => d.trim()).filter(Boolean);
  return [loader[1], ...deps.map((d) => {
    const file = chunkFile.get(d);
    if (!file) throw new Error(`preload: __wasm_split.js does not say which file ${d} is`);
    return file;
  })];
}

/** boot.js's tag, as written or as Trunk's minifier leaves it (no quotes, src first). */
const BOOT_TAG = /<script (?:type="?module"? src="?boot\.js"?|src="?boot\.js"? type="?module"?)><\/script>/;
const PARTS_LIST = 'const PART_FILES = {};';
/** The parts boot.js may preload (see its `PART_FILES`). */
const EARLY_PARTS = ['visitor', 'spanish'];

/** Writes the preload hints into `dir`'s index.html, and the early parts' files into boot.js. */
export async function preload(dir) {
  const read = (f) => fs.readFile(path.join(dir, f), 'utf8');
  const scripts = ['./coplan.js', ...staticImports(await read('coplan.js'))];
  for (const s of scripts) await fs.access(path.join(dir, s));
  const links = scripts.map((s) => `<link rel="modulepreload" href="${s}">`);
  const index = await read('index.html');
  const bootTag = index.match(BOOT_TAG);
  if (!bootTag) throw new Error(`preload: index.html has no ${BOOT_TAG}`);
  await fs.writeFile(
    path.join(dir, 'index.html'),
    index.replace(bootTag[0], `${links.join('')}${bootTag[0]}`),
  );

  const splitJs = await read('__wasm_split.js');
  const parts = Object.fromEntries(EARLY_PARTS.map((part) => [part, partFiles(splitJs, part)]));
  for (const f of Object.values(parts).flat()) await fs.access(path.join(dir, f));
  const boot = await read('boot.js');
  if (!boot.includes(PARTS_LIST)) throw new Error(`preload: boot.js has no ${PARTS_LIST}`);
  await fs.writeFile(
    path.join(dir, 'boot.js'),
    boot.replace(PARTS_LIST, `const PART_FILES = ${JSON.stringify(parts)};`),
  );
  return { scripts, parts };
}
