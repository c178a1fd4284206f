// Precompressed copies of each text and wasm file in a build: `<file>.gz` (gzip -9) and
// `<file>.br` (brotli, quality 11), for hosts that serve them as they are (nginx's
// gzip_static and brotli_static, Caddy's `file_server { precompressed br gzip }`, ...)
// rather than compressing each response, quickly, themselves. Called by stamp-sw.mjs
// after the service worker is stamped, on release builds.
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

/** The files worth compressing: text and wasm (images are compressed already). */
export const COMPRESSIBLE = /\.(wasm|js|css|html|json|webmanifest|svg|txt)$/;

export async function precompress(dir) {
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const f of await fs.readdir(dir, { recursive: true })) {
    const file = path.join(dir, f);
    if (!COMPRESSIBLE.test(f) || !(await fs.stat(file)).isFile()) continue;
    const body = await fs.readFile(file);
    const gzip = zlib.gzipSync(body, { level: 9 });
    const brotli = zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [zlib.constants.BROTLI_PARAM_MODE]: f.endsWith('.wasm') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
      },
    });
    await fs.writeFile(`${file}.gz`, gzip);
    await fs.writeFile(`${file}.br`, brotli);
    raw += body.length;
    gz += gzip.length;
    br += brotli.length;
  }
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`precompressed: ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(br)} brotli`);
}
