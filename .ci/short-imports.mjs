// Part of .ci/build-wasm.sh (release): gives the first screen's module short import
// names. wasm-bindgen names each function the module imports from its glue
// (`./coplan_bg.js`) like `__wbg_namespaceURI_cf6df322f468ae4b`: 175 names with random
// hashes, written once in the module and once in coplan.js, that gzip cannot shrink
// (about 3.5 KB of the first screen). Here each becomes a short one, in both files
// together; the module's other imports (the snippets, the split loader) keep theirs.
// Anything not found exactly as expected fails the build rather than ship a module
// whose imports its glue does not provide.
import fs from 'node:fs/promises';

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) throw new Error('usage: short-imports.mjs <module.wasm> <glue.js>');
const GLUE = './coplan_bg.js';
const SHORT_GLUE = 'g';

const wasm = await fs.readFile(wasmPath);
let js = await fs.readFile(jsPath, 'utf8');

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function toLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (s) => Buffer.concat([toLeb(Buffer.byteLength(s)), Buffer.from(s)]);

/** The length of an import's description (after its kind byte) starting at `at`. */
function descriptionEnd(kind, at) {
  const limits = (p) => {
    const flags = wasm[p++];
    [, p] = leb(wasm, p);
    if (flags & 1) [, p] = leb(wasm, p);
    return p;
  };
  switch (kind) {
    case 0: return leb(wasm, at)[1]; // function: its type
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return leb(wasm, at + 1)[1]; // tag: attribute, type
    default: throw new Error(`short-imports: an import of unknown kind ${kind}`);
  }
}

/** Short names: a, b, …, z, A, …, Z, aa, ab, … */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = letters[n % letters.length] + s;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return s;
}

const sections = [];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = leb(wasm, at + 1);
  sections.push({ id, start, end: start + size, from: at });
  at = start + size;
}
const imports = sections.find((s) => s.id === 2);
if (!imports) throw new Error('short-imports: the module imports nothing');

let [count, p] = leb(wasm, imports.start);
const entries = [];
const renamed = new Map();
for (let i = 0; i < count; i++) {
  let len;
  [len, p] = leb(wasm, p);
  const module = wasm.subarray(p, p + len).toString();
  p += len;
  [len, p] = leb(wasm, p);
  const field = wasm.subarray(p, p + len).toString();
  p += len;
  const kind = wasm[p];
  const end = descriptionEnd(kind, p + 1);
  const description = wasm.subarray(p, end);
  p = end;
  if (module === GLUE) {
    const short = shortName(renamed.size);
    renamed.set(field, short);
    entries.push(Buffer.concat([name(SHORT_GLUE), name(short), description]));
  } else {
    entries.push(Buffer.concat([name(module), name(field), description]));
  }
}
if (p !== imports.end) throw new Error('short-imports: the import section did not read to its end');
if (renamed.size === 0) throw new Error(`short-imports: no imports from ${GLUE}`);

// The glue: each import is a key of one object, `        name: function(…`, and the
// object is given to the module under the glue's name.
for (const [long, short] of renamed) {
  const key = new RegExp(`\\b${long}\\b`, 'g');
  const found = js.match(key)?.length ?? 0;
  if (found !== 1 || !js.includes(`        ${long}: `)) {
    throw new Error(`short-imports: coplan.js names ${long} ${found} times, not once as a key`);
  }
  js = js.replace(`        ${long}: `, `        ${short}: `);
}
const glueKey = `"${GLUE}": import0,`;
if (js.split(glueKey).length !== 2) throw new Error(`short-imports: coplan.js does not give ${GLUE} once`);
js = js.replace(glueKey, `"${SHORT_GLUE}": import0,`);

const body = Buffer.concat([toLeb(count), ...entries]);
const section = Buffer.concat([Buffer.from([2]), toLeb(body.length), body]);
await fs.writeFile(wasmPath, Buffer.concat([wasm.subarray(0, imports.from), section, wasm.subarray(imports.end)]));
await fs.writeFile(jsPath, js);
console.log(`short-imports: ${renamed.size} imports from ${GLUE} renamed`);
