// Trunk post-build hook: stamps the service worker with this build's files and a version
// made from their contents, so a new release gets its own cache and is offered to the
// person, and an unchanged build is not; then, for a release, writes each file's
// precompressed copies beside it (precompress.mjs), which the service worker never lists.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { precompress } from './precompress.mjs';
import { preload } from './preload.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook');
// The comments of the page and of boot.js are for whoever reads them here, not for every
// phone that opens CoPlan (about 1.1 KB gzip of the first screen).
await rewrite('index.html', (text) => text.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, ''));
await rewrite('boot.js', withoutLineComments);

async function rewrite(file, change) {
  const at = path.join(dir, file);
  await fs.writeFile(at, change(await fs.readFile(at, 'utf8')));
}

/** A script without the comments that stand on lines of their own (`// …`, and blocks
 *  whose first line starts with `/*`): boot.js keeps to that, so no string is touched. */
function withoutLineComments(text) {
  const kept = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (inBlock) inBlock = !t.includes('*/');
    else if (t.startsWith('/*')) inBlock = !t.includes('*/');
    else if (!t.startsWith('//')) kept.push(line);
  }
  return kept.join('\n');
}
// First, so the version below covers the preload hints written into index.html and boot.js.
const preloaded = await preload(dir);
console.log(`preload: ${preloaded.scripts.length} scripts; ${Object.entries(preloaded.parts).map(([p, f]) => `${f.length} files for ${p}`).join(', ')}`);
const files = [];
async function walk(rel) {
  for (const entry of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
    const name = path.posix.join(rel, entry.name);
    if (entry.isDirectory()) await walk(name);
    else if (name !== 'sw.js') files.push(name);
  }
}
await walk('');
files.sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(await fs.readFile(path.join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
// The parts (split_<part>.wasm and the chunks they share, see src/app/parts.rs) are kept
// after the first screen is working, in idle time; the rest when the worker installs.
const isPart = (f) => /^(split|chunk)_[^/]*\.wasm$/.test(f);
const listed = (names) => JSON.stringify(names.map((f) => `./${f}`));
const sw = path.join(dir, 'sw.js');
const text = (await fs.readFile(sw, 'utf8'))
  .replace("const VERSION = '__VERSION__';", `const VERSION = '${version}';`)
  .replace("const FILES = ['./'];", `const FILES = ${JSON.stringify(['./', ...files.filter((f) => !isPart(f)).map((f) => `./${f}`)])};`)
  .replace('const PARTS = [];', `const PARTS = ${listed(files.filter(isPart))};`);
await fs.writeFile(sw, text);
console.log(`service worker stamped: ${version}, ${files.length} files, ${files.filter(isPart).length} of them parts`);
// Release builds only: `trunk serve` while developing stays quick.
if (process.env.TRUNK_PROFILE === 'release') await precompress(dir);
