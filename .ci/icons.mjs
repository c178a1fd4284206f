// Draws the app's PNG icons from its SVGs with headless Chromium (run by hand when the
// icon changes; the PNGs are committed): 192 and 512 px, and a maskable 512 px whose
// picture sits inside the safe circle.
import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [svg, size, out] of [
  ['icon.svg', 192, 'web/icon-192.png'],
  ['icon.svg', 512, 'web/icon-512.png'],
  ['web/icon-maskable.svg', 512, 'web/icon-maskable-512.png'],
]) {
  const markup = await fs.readFile(path.join(root, svg), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${markup}`);
  await page.screenshot({ path: path.join(root, out), omitBackground: true });
}
await browser.close();
