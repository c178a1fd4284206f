// A plan across the consultation room by screen and camera (issue 18): the sending
// device draws its codes; a video made from exactly those drawings is the receiving
// device's camera (Chromium's fake camera); CoPlan's own scanner reads it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  modules, picture, video, videoPath, cameraBrowser, movingFrames,
} from './camera.mjs';
import {
  serve, launch, openApp, go, createPlan, addWhatMatters, entries, eventually, axe, sampleAtTheClinic,
} from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

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
  assert.deepEqual(await axe(phone.page), [], 'the share screen with a moving code');
  // "Bigger" on a phone: the code takes the screen's whole width, nothing scrolls sideways.
  await phone.page.getByRole('button', { name: 'Bigger' }).click();
  const [codeWidth, pageWidth] = await phone.page.evaluate(() => [
    document.querySelector('.animated-code svg').getBoundingClientRect().width, document.documentElement.scrollWidth]);
  assert.ok(codeWidth >= 385 && pageWidth <= 390, `code ${codeWidth} px wide, page ${pageWidth}`);
  await phone.page.getByRole('button', { name: 'Smaller' }).click();
  // Every other frame of the first cycle is missed; mixed frames after it make up.
  const drawn = await movingFrames(phone.page, fragments + 20);
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
    await pc.page.getByText('A code from another plan was seen and left out.').waitFor({ timeout: 60000 });
    await pc.page.screenshot({ path: 'tests/e2e/screenshots/scanning-pc.png' });
    assert.deepEqual(await axe(pc.page), [], 'the plans screen while scanning');
    const preview = pc.page.getByRole('region', { name: 'Before you open it' });
    // Generous: on a busy machine each picture takes longer to read (the seconds are the
    // benchmark's business, not this test's).
    await preview.waitFor({ timeout: 90000 });
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
    // A card of its own on the plans screen, saying what it does, like its neighbours.
    const card = phone.page.getByRole('region', { name: 'Scan a code from another screen' });
    await card.getByText('you see all of it before anything is added to your plan').waitFor();
    // Every address the page takes, to see the plan never rides in one (an address stays
    // in the browser's history, past "Forget this plan").
    await phone.page.evaluate(() => {
      window.addresses = [];
      addEventListener('hashchange', () => window.addresses.push(location.hash));
    });
    await card.getByRole('button', { name: 'Scan a code' }).click();
    const preview = phone.page.getByRole('region', { name: 'Before you open it' });
    await preview.waitFor({ timeout: 20000 });
    const said = await preview.innerText();
    assert.ok(said.includes('Sam'), said);
    const addresses = await phone.page.evaluate(() => window.addresses);
    assert.ok(!addresses.some((a) => a.startsWith('#/open/')), addresses.join(' '));
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
    const { phone, clinic } = await sampleAtTheClinic(browser, server.url, {
      phoneBrowser, phoneContext: { viewport: { width: 390, height: 844 } },
    });
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

    // The clinic PC forgets the plan: nothing of it stays, not even what its hand-back
    // carried (regression: the hand-back's record outlived the plan).
    assert.ok(await clinic.page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('coplan.handed-back.'))));
    await go(clinic.page, 'What we agreed');
    await clinic.page.getByRole('button', { name: 'Forget this plan on this device' }).click();
    await clinic.page.getByRole('dialog', { name: 'Forget this plan on this device?' })
      .getByRole('button', { name: 'Forget this plan on this device' }).click();
    await clinic.page.getByRole('heading', { level: 1, name: 'Welcome to CoPlan' }).waitFor();
    assert.deepEqual(await clinic.page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('coplan.settings'))), []);
  } finally {
    await phoneBrowser.close();
  }
});

test('the camera stops when the scanner is closed, when the page is hidden, and when the person goes elsewhere', async () => {
  const file = await video([Buffer.alloc(480 * 400, 128)], 5);
  const cam = await cameraBrowser(file);
  try {
    const ctx = await cam.newContext();
    // Every stream the page is given, to see whether its camera is still on.
    await ctx.addInitScript(() => {
      window.__streams = [];
      const get = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (c) => { const s = await get(c); window.__streams.push(s); return s; };
    });
    const { page } = await openApp(cam, server.url, { context: ctx });
    const cameraOn = () => page.evaluate(() => window.__streams.some((s) => s.getTracks().some((t) => t.readyState === 'live')));
    const scan = async () => {
      await page.getByRole('button', { name: 'Scan a code' }).click();
      await eventually(async () => assert.ok(await cameraOn(), 'the camera is on while scanning'));
    };

    await scan();
    await page.getByRole('button', { name: 'Stop scanning' }).click();
    await eventually(async () => assert.equal(await cameraOn(), false, 'stopped with the scanner'));

    await scan();
    // Stopped the moment the page is hidden, not at the next look (a hidden tab's timers
    // may wait a minute).
    await page.locator('.scan[data-state="running"]').waitFor();
    const onRightAfter = await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
      return window.__streams.some((s) => s.getTracks().some((t) => t.readyState === 'live'));
    });
    assert.equal(onRightAfter, false, 'stopped as the page was hidden');
    await page.getByText('The camera stopped while this page was out of sight.').waitFor();
    assert.equal(await cameraOn(), false, 'stopped while hidden');
    await page.evaluate(() => { delete document.hidden; });
    await page.getByRole('button', { name: 'Start the camera again' }).click();
    await eventually(async () => assert.ok(await cameraOn(), 'on again when asked'));

    await page.getByRole('link', { name: 'Words we use' }).first().click();
    await eventually(async () => assert.equal(await cameraOn(), false, 'stopped when the person went elsewhere'));
  } finally {
    await cam.close();
  }
});
