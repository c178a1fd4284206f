// Offline and installable (issue 12, part 3): once loaded, the app and the plans are all
// there without a network; a new release is offered, never forced mid-edit; the manifest
// makes it installable from any sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { serve, launch, openApp, eventually, dist, fixtures, nav, go, openMenu } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Waits until the service worker controls the page (its first install has finished). */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await eventually(async () => assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller)), 15000);
}

/** The parts (split_*.wasm and their shared chunks) the build made, as the worker lists them. */
async function partFiles() {
  return (await fs.readdir(dist)).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f)).sort();
}

/** Waits until the worker has kept every part, in idle time after the first screen. */
async function partsKept(page, timeout = 30000) {
  const parts = await partFiles();
  await eventually(async () => {
    const kept = await page.evaluate(async () => {
      const names = [];
      for (const key of await caches.keys()) {
        for (const r of await (await caches.open(key)).keys()) names.push(new URL(r.url).pathname.split('/').pop());
      }
      return names.filter((n) => /^(split|chunk)_/.test(n)).sort();
    });
    assert.deepEqual(kept, parts);
  }, timeout);
}

test('once loaded, the app and every plan open offline, on every screen (the parts kept in idle time)', async () => {
  const { page, ctx, problems } = await openApp(browser, server.url);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.split('/').pop()));
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  const parts = await partFiles();
  assert.ok(parts.some((f) => f.startsWith('split_together.')) && parts.some((f) => f.startsWith('split_visitor.')), parts.join(' '));
  assert.deepEqual(fetched.filter((f) => parts.includes(f)), [], 'the first screen fetches no part itself');
  await controlled(page);
  await partsKept(page);
  await ctx.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  const screens = await nav(page).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')).filter((h) => h.includes('/plan/')));
  assert.ok(screens.length >= 15, screens.join(' '));
  for (const href of screens) {
    await page.goto(server.url + href);
    await page.locator('main h1').first().waitFor();
  }
  await page.goto(server.url + '#/');
  await page.getByRole('link', { name: 'Open Maria (sample)' }).waitFor();
  await ctx.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('net::')), []);
  await ctx.close();
});

test('a new release is offered with "Reload" and applied only when the person chooses', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await controlled(page);
  // The person is writing when the new release arrives.
  await nav(page).getByRole('link', { name: /^What matters to me/ }).click();
  const field = page.getByLabel('Something that matters to me');
  await field.fill('Half a sentence about my gard');
  await page.evaluate(() => { window.stillHere = true; });
  const sw = await fs.readFile(path.join(dist, 'sw.js'), 'utf8');
  assert.match(sw, /const VERSION = '[0-9a-f]{16}';/, 'the build stamps a version');
  assert.ok(sw.includes('./coplan_bg.wasm') && sw.includes('./manifest.webmanifest'), 'and lists the files to keep');
  server.overrides.set('sw.js', sw.replace(/const VERSION = '[0-9a-f]{16}';/, "const VERSION = 'next-release';"));
  try {
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const note = page.getByRole('status').filter({ hasText: 'A new version of CoPlan is ready.' });
    await note.waitFor({ timeout: 15000 });
    assert.equal(await page.evaluate(() => window.stillHere), true, 'nothing reloads by itself');
    assert.equal(await field.inputValue(), 'Half a sentence about my gard', 'what is being typed stays');
    await note.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => window.stillHere === undefined);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    assert.equal(await page.getByText('A new version of CoPlan is ready.').isVisible(), false);
    // The words typed before the reload are still there (kept as a draft).
    assert.equal(await page.getByLabel('Something that matters to me').inputValue(), 'Half a sentence about my gard');
  } finally {
    server.overrides.delete('sw.js');
  }
  await ctx.close();
});

test('installable: a manifest with its own icons (maskable too) that works under a sub-path', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = JSON.parse(await (await fetch(new URL(href, server.url))).text());
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512'));
  for (const icon of manifest.icons) {
    const res = await fetch(new URL(icon.src, server.url));
    assert.equal(res.status, 200, icon.src);
  }
  // Nothing but the app's own files was ever asked for.
  assert.ok(server.requests.every((r) => r.startsWith('/coplan/')), server.requests.join(' '));
  await ctx.close();
});

test('served as a host serving the precompressed copies does (brotli), the app starts, works, and goes offline as before', async () => {
  const host = await serve('/coplan/', { precompressed: true });
  try {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const encodings = new Map();
    page.on('response', (r) => encodings.set(new URL(r.url()).pathname.split('/').pop(), r.headers()['content-encoding']));
    await page.goto(host.url + '#/');
    await page.getByRole('button', { name: 'Try a sample plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
    assert.equal(encodings.get('coplan_bg.wasm'), 'br', 'the wasm came as its brotli copy');
    assert.equal(encodings.get('coplan.js'), 'br');
    await controlled(page);
    await partsKept(page);
    await ctx.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
    await go(page, 'Goals together');
    await ctx.close();
  } finally {
    await host.close();
  }
});

// Issue 21: a part whose fetch fails (a dropped connection) says so in a sentence with
// "Try again", which fetches it afresh; nothing written meanwhile is lost.
test('a part that fails to arrive says so, and "Try again" brings it, with nothing typed lost', async () => {
  // No service worker, so the page's own fetch of the part is the one that fails; on
  // the narrowest phone.
  const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 320, height: 700 } });
  let failures = 0;
  await ctx.route(/\/split_together\.[0-9a-f]+\.wasm$/, (route) => {
    if (failures++ === 0) return route.abort('internetdisconnected');
    return route.continue();
  });
  const { page, problems } = await openApp(browser, server.url, { context: ctx });
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await go(page, 'What matters to me');
  await page.getByLabel('Something that matters to me').fill('Walking to the allotment with Ana on Sunday');
  // Half-written, the person goes to the consultation's goals.
  await openMenu(page);
  await nav(page).getByRole('link', { name: /^Goals together/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This part of CoPlan has not reached this device yet' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /Everything you have written is kept\./);
  await page.screenshot({ path: 'tests/e2e/screenshots/part-missing.png' });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling');
  await page.getByRole('heading', { level: 1, name: 'Goals together' }).waitFor();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await alert.waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1, name: 'Goals together' }).waitFor();
  await page.locator('main section.goals-page').waitFor();
  assert.equal(failures, 2, 'fetched once more, and only once');
  // The screen that came late takes the focus at its heading, as any new screen does.
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Goals together'));
  assert.equal(await page.getByRole('alert').filter({ hasText: 'has not reached' }).count(), 0);
  await go(page, 'What matters to me');
  assert.equal(await page.getByLabel('Something that matters to me').inputValue(), 'Walking to the allotment with Ana on Sunday');
  // Only the failed fetch itself was reported (by the browser and the loader).
  assert.deepEqual(problems.filter((p) => !/split_together|Failed to fetch|net::|TypeError/.test(p)), []);
  await ctx.close();
});

// Issue 21: the Spanish words are a part of their own. If they cannot be fetched, the
// app says so in both languages, stays readable in English, and "Try again" brings them.
test('Spanish words that fail to arrive: said in both languages, English meanwhile, and "Try again" brings them', async () => {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  let failures = 0;
  await ctx.route(/\/split_spanish\.[0-9a-f]+\.wasm$/, (route) => {
    if (failures++ === 0) return route.abort('internetdisconnected');
    return route.continue();
  });
  const { page } = await openApp(browser, server.url, { context: ctx });
  await page.getByLabel('Language').selectOption('es');
  const alert = page.getByRole('alert').filter({ hasText: 'Las palabras en español aún no han llegado' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /The Spanish words have not reached this device yet/);
  await page.screenshot({ path: 'tests/e2e/screenshots/words-missing.png' });
  // Regression: where no service worker may be registered (a private window; blocked
  // here), the page said "CoPlan could not start in this browser" over a running app.
  assert.equal(await page.getByText('CoPlan could not start in this browser').isVisible(), false);
  // Still usable, in English, and the page says it is English (read with an English voice).
  await page.getByRole('button', { name: 'Try a sample plan' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-GB');
  assert.equal(await page.getByLabel('Language').inputValue(), 'es', 'the choice is kept');
  await page.getByRole('region', { name: 'Spanish words / Palabras en español' }).getByRole('button', { name: 'Try again' }).click();
  await page.getByLabel('Idioma').waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'Las palabras en español' }).count(), 0);
  assert.equal(failures, 2);
  // Chosen before, Spanish from the first screen the app draws.
  await page.reload();
  await page.getByLabel('Idioma').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await ctx.close();
});

// Issue 21: what arrives is read by the visitors' part (with the merge). If that part
// cannot come, the person is told plainly, nothing is stored, and choosing again works.
test('a file that arrives while its part cannot be fetched: said plainly, nothing stored, and choosing it again shows it', async () => {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  let failures = 0;
  await ctx.route(/\/split_visitor\.[0-9a-f]+\.wasm$/, (route) => (failures++ === 0 ? route.abort('internetdisconnected') : route.continue()));
  const { page } = await openApp(browser, server.url, { context: ctx });
  const file = { name: 'maria.coplan.json', mimeType: 'application/json', buffer: await fs.readFile(path.join(fixtures, 'plan-v4.json')) };
  await page.getByLabel('Choose a CoPlan file').setInputFiles(file);
  await page.getByRole('alert').filter({ hasText: 'This part of CoPlan has not reached this device yet' }).waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('coplan.plan.'))), [], 'nothing stored');
  await page.getByLabel('Choose a CoPlan file').setInputFiles(file);
  await page.getByRole('heading', { name: 'Before you open it' }).waitFor();
  assert.equal(failures, 2);
  assert.equal(await page.getByText('This part of CoPlan has not reached this device yet').count(), 0);
  await ctx.close();
});
