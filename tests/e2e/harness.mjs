// Shared set-up for the end-to-end tests: a static server for dist/ on 127.0.0.1 that
// records every request, and headless Debian Chromium driven by playwright-core.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = path.join(root, 'dist');
export const fixtures = path.join(root, 'tests/fixtures');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Serves dist/ under `base` (a sub-path, to prove relative asset paths work); with
 *  `gzip`, compressed (-9) as a static host serves it, for the benchmark; with
 *  `precompressed`, the build's own `.br` or `.gz` copy where the browser takes it, as
 *  a host serving precompressed files does. */
export async function serve(base = '/coplan/', { gzip = false, precompressed = false } = {}) {
  const zipped = new Map();
  const requests = [];
  /** Files served in place of dist/'s (a "new release" for the update tests). */
  const overrides = new Map();
  const server = http.createServer(async (req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    const file = path.join(dist, path.normalize(rel));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = overrides.get(rel) ?? await fs.readFile(file);
      const headers = { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' };
      const accepts = req.headers['accept-encoding'] ?? '';
      if (precompressed && !overrides.has(rel)) {
        for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
          if (!accepts.includes(encoding)) continue;
          const copy = await fs.readFile(file + ext).catch(() => null);
          if (!copy) continue;
          res.writeHead(200, { ...headers, 'content-encoding': encoding, vary: 'accept-encoding' }).end(copy);
          return;
        }
      }
      if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
        if (!zipped.has(rel)) zipped.set(rel, zlib.gzipSync(body, { level: 9 }));
        headers['content-encoding'] = 'gzip';
        res.writeHead(200, headers).end(zipped.get(rel));
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${base}`, requests, overrides, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch(extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', ...extra,
    ],
  });
}

/** A fresh browser profile (its own localStorage) with the app's page open. */
export async function openApp(browser, url, { hash = '#/', context } = {}) {
  const ctx = context ?? (await browser.newContext({ acceptDownloads: true }));
  const page = await ctx.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(url + hash);
  await page.getByRole('link', { name: 'CoPlan' }).waitFor();
  return { ctx, page, problems };
}

/** Polls until `fn` returns without throwing (no fixed sleeps). */
export async function eventually(fn, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** A stored plan's history as lines (it is saved as rows, each entry id once). */
export function historyOf(plan) {
  const { refs, lines } = plan.history;
  return lines.map(([at, by, verb, list, entry, label]) => ({ stamp: { at, by }, verb, list, entry: entry == null ? null : refs[entry], label }));
}

export async function storedPlans(page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('coplan.plan.'))
      .map((k) => JSON.parse(localStorage.getItem(k))));
}

/** Starts a plan with the given name and lands on "What matters to me". */
export async function createPlan(page, name) {
  await page.getByLabel('Name of the plan').fill(name);
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'What matters to me' }).waitFor();
}

export async function addWhatMatters(page, text) {
  const field = page.getByLabel('Something that matters to me');
  await field.fill(text);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('list', { name: /What matters to me/ }).getByText(text, { exact: true }).waitFor();
}

export async function entries(page) {
  return page.locator('ol.entries .entry-words').allTextContents();
}

/** Scans the page with axe-core for WCAG 2.2 A/AA (and best practice); returns violations. */
export async function axe(page) {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  // axe-core no longer reports duplicate ids on their own; a label or heading pointing at
  // the wrong one of two is still wrong (issue 17: two share panels open at once).
  const twice = await page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
  });
  if (twice.length) found.push(`duplicate-id (serious): ${twice.join(', ')}`);
  return found;
}

/** What a screen reader would call the focused element, roughly, and whether focus shows. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: '', tag: 'body', visible: false };
    const label = el.getAttribute('aria-label') || (el.labels && el.labels[0]?.textContent) || el.textContent || '';
    const style = getComputedStyle(el);
    const visible = el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { name: label.replace(/\s+/g, ' ').trim(), tag: el.tagName.toLowerCase(), visible };
  });
}

/** Presses Tab until the focused element's name matches, as a keyboard user would. */
export async function tabTo(page, name, { max = 60, backwards = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (typeof name === 'string' ? f.name === name : name.test(f.name)) {
      if (!f.visible) throw new Error(`focus on "${f.name}" is not visible`);
      return f;
    }
  }
  throw new Error(`could not reach "${name}" with the keyboard`);
}

/** On a phone the plan's tools and parts fold behind Menu: opens it when it is there. */
export async function openMenu(page) {
  const menu = page.getByRole('button', { name: /^(Menu|Menú)$/ });
  if ((await menu.count()) && (await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') {
    await menu.click();
  }
}

/** The plan's navigation. */
export const nav = (page) => page.getByRole('navigation', { name: 'Parts of this plan' });

/** Moves to a part of the plan by its link (its name first, then whether it is filled in). */
export async function go(page, name) {
  await openMenu(page);
  await nav(page).getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Maria's sample on her phone (in `phoneBrowser`, with `phoneContext` options), sent
 *  by link to the clinic PC and opened there by the clinician (asked in the preview who
 *  is writing: issue 17; not asked again after). */
export async function sampleAtTheClinic(browser, url, { phoneBrowser = browser, phoneContext = {} } = {}) {
  const { default: assert } = await import('node:assert/strict');
  const context = await phoneBrowser.newContext({ acceptDownloads: true, ...phoneContext });
  const phone = await openApp(phoneBrowser, url, { context });
  await phone.page.getByRole('button', { name: 'Try a sample plan' }).click();
  await phone.page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await go(phone.page, 'Share or move this plan');
  await phone.page.getByRole('button', { name: 'Make a link' }).click();
  const link = await phone.page.getByRole('textbox', { name: 'Link to this plan' }).inputValue();
  const clinic = await openApp(browser, url);
  await clinic.page.goto(link);
  const before = clinic.page.getByRole('region', { name: 'Before you open it' });
  await before.getByRole('group', { name: 'Who is writing on this device?' }).getByRole('radio', { name: 'The clinician' }).check();
  await before.getByRole('button', { name: 'Open it' }).click();
  await clinic.page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  assert.equal(await clinic.page.getByRole('region', { name: 'Who is writing on this device?' }).count(), 0, 'not asked twice');
  assert.equal(await clinic.page.getByLabel('Writing as').inputValue(), 'clinician');
  return { phone, clinic, url: link };
}
