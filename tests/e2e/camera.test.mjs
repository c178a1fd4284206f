// A plan across the consultation room by screen and camera (issue 18): the sending
// device draws its codes; a video made from exactly those drawings is the receiving
// device's camera (Chromium's fake camera); CoPlan's own scanner reads it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  serve, launch, openApp, go, createPlan, addWhatMatters, entries, eventually,
} from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Small pictures keep the video file small: Chromium's fake camera plays a file of a
// few megabytes, not tens.
const W = 480;
const H = 400;

/** The dark modules of a code the app drew (its SVG), as a grid. */
function modules(svg) {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)[1]);
  const dark = new Set();
  for (const m of svg.matchAll(/M(\d+) (\d+)h1/g)) dark.add(`${m[1]},${m[2]}`);
  return { size, dark };
}

/** One video picture of a code, as a camera across a desk would see a screen: grey
 *  surround, the code centred, a few pixels a module. */
function picture({ size, dark }) {
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

/** A .y4m video of the pictures, each held for `hold` video frames at 10 a second. */
async function video(pictures, hold = 2, file = undefined) {
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
function cameraBrowser(file) {
  return launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${file}`]);
}

/** `count` frames of the moving code on `page` as drawn, in order, collected as it
 *  cycles (any one missed here is made up by a later one, as for a camera). */
async function movingFrames(page, count) {
  const seen = new Map();
  const end = Date.now() + 30000;
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

/** Maria's sample on a phone, its whole plan shown as a moving code. */
async function phoneShowingMovingCode(b) {
  const phone = await openApp(b, server.url, { context: await b.newContext({ viewport: { width: 390, height: 844 } }) });
  await phone.page.getByRole('button', { name: 'Try a sample plan' }).click();
  await phone.page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await go(phone.page, 'Share or move this plan');
  await phone.page.getByRole('button', { name: 'Make a link' }).click();
  await phone.page.getByText('The whole plan is too big for one code', { exact: false }).waitFor();
  await phone.page.getByRole('button', { name: 'Show it as a moving code' }).click();
  await phone.page.getByRole('img', { name: 'Moving QR code holding this plan in parts' }).waitFor();
  return phone;
}

test("phone → PC: Maria's whole plan by a moving code, another plan's frame and a damaged frame left out", async () => {
  const phone = await phoneShowingMovingCode(browser);
  const fragments = Number(await phone.page.locator('.animated-code').getAttribute('data-fragments'));
  assert.ok(fragments >= 2 && fragments <= 20, `${fragments} parts`);
  await phone.page.locator('.animated-code').screenshot({ path: 'tests/e2e/screenshots/moving-code-phone.png' });
  // Every other frame of the first cycle is missed; mixed frames after it make up.
  const drawn = await movingFrames(phone.page, fragments + 8);
  // Another plan's moving code (Maria's sample on another phone, changed) and a damaged
  // frame: half of one frame's modules turned light.
  const other = await phoneShowingMovingCode(browser);
  const foreign = (await movingFrames(other.page, 1))[0];
  const damaged = modules(drawn[1]);
  for (const key of [...damaged.dark].filter((_, i) => i % 2 === 0)) damaged.dark.delete(key);
  const pictures = [picture(damaged)];
  drawn.forEach((svg, i) => {
    if (i % 4 === 1) pictures.push(picture(modules(foreign)));
    if (i >= fragments || i % 2 === 0) pictures.push(picture(modules(svg)));
  });
  const file = await video(pictures, 2);

  const pcBrowser = await cameraBrowser(file);
  try {
    const pc = await openApp(pcBrowser, server.url);
    const started = Date.now();
    await pc.page.getByRole('button', { name: 'Scan a code' }).click();
    await pc.page.getByRole('heading', { name: 'Scan a code from another screen' }).waitFor();
    await pc.page.getByText(/\d+ of \d+ parts read/).waitFor({ timeout: 20000 });
    await pc.page.getByText('A code from another plan was seen and left out.').waitFor({ timeout: 20000 });
    await pc.page.screenshot({ path: 'tests/e2e/screenshots/scanning-pc.png' });
    const preview = pc.page.getByRole('region', { name: 'Before you open it' });
    await preview.waitFor({ timeout: 30000 });
    const seconds = (Date.now() - started) / 1000;
    console.log(`moving code: ${fragments} parts, read in ${seconds.toFixed(1)} s`);
    const said = await preview.innerText();
    assert.ok(said.includes('Maria (sample)'), said);
    assert.equal(await pc.page.locator('video').count(), 0, 'the camera is put away once the plan is read');
    await preview.getByRole('group', { name: 'Who is writing on this device?' }).getByRole('radio', { name: 'The clinician' }).check();
    await preview.getByRole('button', { name: 'Open it' }).click();
    await pc.page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
    await go(pc.page, 'What matters to me');
    await pc.page.getByText('Walking my granddaughter Lily to school on Wednesdays').waitFor();
    assert.deepEqual(pc.problems, []);
  } finally {
    await pcBrowser.close();
  }
});

test('PC → phone: one code read by the camera opens the plan; a refused camera says so and offers the other ways', async () => {
  const pc = await openApp(browser, server.url);
  await createPlan(pc.page, 'Sam');
  await addWhatMatters(pc.page, 'Cooking for my grandchildren on Sundays');
  await go(pc.page, 'Share or move this plan');
  await pc.page.getByRole('button', { name: 'Make a link' }).click();
  const code = pc.page.getByRole('img', { name: 'QR code with a link to this plan' });
  const svg = await code.evaluate((el) => el.outerHTML);
  const file = await video([picture(modules(svg))], 5);

  const phoneBrowser = await cameraBrowser(file);
  try {
    const phone = await openApp(phoneBrowser, server.url, { context: await phoneBrowser.newContext({ viewport: { width: 390, height: 844 } }) });
    await phone.page.getByRole('button', { name: 'Scan a code' }).click();
    const preview = phone.page.getByRole('region', { name: 'Before you open it' });
    await preview.waitFor({ timeout: 20000 });
    const said = await preview.innerText();
    assert.ok(said.includes('Sam'), said);
    await preview.getByRole('button', { name: 'Open it' }).click();
    await phone.page.getByText('Cooking for my grandchildren on Sundays').first().waitFor();
  } finally {
    await phoneBrowser.close();
  }

  const refusing = await launch(['--use-fake-device-for-media-stream', '--deny-permission-prompts']);
  try {
    const phone = await openApp(refusing, server.url);
    await phone.page.getByRole('button', { name: 'Scan a code' }).click();
    await phone.page.getByText('The camera was not allowed.', { exact: false }).waitFor();
    // The other ways are right there: a link opens as ever, and the file chooser.
    await phone.page.getByLabel('Choose a CoPlan file').waitFor();
    await phone.page.getByRole('button', { name: 'Stop scanning' }).click();
    await phone.page.getByRole('button', { name: 'Scan a code' }).waitFor();
  } finally {
    await refusing.close();
  }
});

test('PC → phone: a consultation too big for one code goes home by the moving code, every typed word merged', async () => {
  const file = await videoPath();
  const phoneBrowser = await cameraBrowser(file);
  try {
    const phone = await openApp(phoneBrowser, server.url, { context: await phoneBrowser.newContext({ viewport: { width: 390, height: 844 } }) });
    await phone.page.getByRole('button', { name: 'Try a sample plan' }).click();
    await phone.page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
    await go(phone.page, 'Share or move this plan');
    await phone.page.getByRole('button', { name: 'Make a link' }).click();
    const url = await phone.page.getByRole('textbox', { name: 'Link to this plan' }).inputValue();

    const clinic = await openApp(browser, server.url);
    await clinic.page.goto(url);
    const before = clinic.page.getByRole('region', { name: 'Before you open it' });
    await before.getByRole('group', { name: 'Who is writing on this device?' }).getByRole('radio', { name: 'The clinician' }).check();
    await before.getByRole('button', { name: 'Open it' }).click();
    await clinic.page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
    // A long consultation: words that do not repeat, too many for one code.
    await go(clinic.page, 'What matters to me');
    const typed = [];
    const noise = () => Array.from({ length: 24 }, () => Math.random().toString(36).slice(2, 7)).join(' ');
    for (let i = 1; i <= 12; i++) {
      typed.push(`From the clinic ${i}: ${noise()}`);
      await addWhatMatters(clinic.page, typed.at(-1));
    }
    await go(clinic.page, 'Share or move this plan');
    await clinic.page.getByRole('button', { name: 'Make a link' }).click();
    await clinic.page.getByText('What was changed on this device is too big for one code', { exact: false }).waitFor();
    await clinic.page.getByRole('button', { name: 'Show it as a moving code' }).click();
    const fragments = Number(await clinic.page.locator('.animated-code').getAttribute('data-fragments'));
    const drawn = await movingFrames(clinic.page, fragments + 4);
    await video(drawn.map((svg) => picture(modules(svg))), 2, file);

    await go(phone.page, 'Share or move this plan');
    await phone.page.getByRole('button', { name: 'Scan a code' }).click();
    const preview = phone.page.getByRole('region', { name: 'Before you open it' });
    await preview.getByText('Bringing this copy in adds 12 new entries.', { exact: false }).waitFor({ timeout: 30000 });
    await preview.getByRole('button', { name: 'Bring it in' }).click();
    await go(phone.page, 'What matters to me');
    await eventually(async () => {
      const now = await entries(phone.page);
      for (const words of typed) assert.ok(now.includes(words), `"${words}" came home`);
    });
    assert.deepEqual(phone.problems, []);
  } finally {
    await phoneBrowser.close();
  }
});
