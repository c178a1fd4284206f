// Chromium's fake camera, playing a video made from the codes a sending device drew
// (the end-to-end camera tests and the benchmark).
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launch } from './harness.mjs';

// Small pictures keep the video file small: Chromium's fake camera plays a file of a
// few megabytes, not tens.
const W = 480;
const H = 400;

/** The dark modules of a code the app drew (its SVG), as a grid. */
export function modules(svg) {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)[1]);
  const dark = new Set();
  for (const m of svg.matchAll(/M(\d+) (\d+)h1/g)) dark.add(`${m[1]},${m[2]}`);
  return { size, dark };
}

/** One video picture of a code, as a camera across a desk would see a screen: grey
 *  surround, the code centred, a few pixels a module. */
export function picture({ size, dark }) {
  const y = Buffer.alloc(W * H, 120);
  const scale = Math.floor(380 / size);
  const left = Math.floor((W - size * scale) / 2);
  const top = Math.floor((H - size * scale) / 2);
  for (let my = 0; my < size; my += 1) {
    for (let mx = 0; mx < size; mx += 1) {
      const v = dark.has(`${mx},${my}`) ? 20 : 235;
      for (let py = 0; py < scale; py += 1) {
        y.fill(v, (top + my * scale + py) * W + left + mx * scale, (top + my * scale + py) * W + left + (mx + 1) * scale);
      }
    }
  }
  return y;
}

/** A path for a video not made yet: the fake camera reads its file when it starts. */
export async function videoPath() {
  return path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'coplan-camera-')), 'camera.y4m');
}

/** A .y4m video of the pictures, each held for `hold` video frames at 10 a second. */
export async function video(pictures, hold = 2, file = undefined) {
  file ??= await videoPath();
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const parts = [Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`)];
  for (const p of pictures) {
    for (let i = 0; i < hold; i += 1) parts.push(Buffer.from('FRAME\n'), p, chroma);
  }
  await fs.writeFile(file, Buffer.concat(parts));
  return file;
}

/** A browser whose camera plays `file`, with the camera allowed. */
export function cameraBrowser(file) {
  return launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${file}`]);
}

/** `count` frames of the moving code on `page` as drawn, in order, collected as it
 *  cycles (any one missed here is made up by a later one, as for a camera). */
export async function movingFrames(page, count, timeout = 30000) {
  const seen = new Map();
  const end = Date.now() + timeout;
  while (seen.size < count && Date.now() < end) {
    const f = await page.evaluate(() => {
      const el = document.querySelector('.animated-code');
      return { n: Number(el.dataset.sequence), svg: el.querySelector('svg').outerHTML };
    });
    seen.set(f.n, f.svg);
    await new Promise((r) => setTimeout(r, 40));
  }
  assert.equal(seen.size, count, `${count} frames drawn`);
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, svg]) => svg);
}

