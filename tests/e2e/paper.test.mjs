// Paper and the phone (issue 8, parts 2 and 3): printed pages checked as PDFs (page
// count, the running line at the top of every page and clear of all other text, black on
// white), and the first screenful of a phone holding each screen's heading and field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  serve, launch, axe, nav,
} from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


async function samplePlan(viewport) {
  const ctx = await browser.newContext(viewport ? { viewport } : {});
  const page = await ctx.newPage();
  await page.goto(server.url + '#/');
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  return { ctx, page };
}

/** Every word of a PDF with its box, page by page (poppler's pdftotext -bbox). */
async function pdfWords(page, name) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'coplan-print-'));
  const pdf = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4' });
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const pages = html.split('<page ').slice(1).map((p) => {
    const height = Number(/height="([\d.]+)"/.exec(p)[1]);
    const words = [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map(([, x0, y0, x1, y1, text]) => ({ x0: +x0, y0: +y0, x1: +x1, y1: +y1, text }));
    return { height, words };
  });
  return { pdf, pages };
}

/** Checks the running line on every page: at the top, and touching no other text. */
function checkRunningLine(pages, planName) {
  for (const [i, { height, words }] of pages.entries()) {
    const printed = words.find((w) => w.text === 'Printed');
    assert.ok(printed, `page ${i + 1} has the running line`);
    const line = words.filter((w) => Math.abs(w.y0 - printed.y0) < 1);
    assert.ok(line.map((w) => w.text).join(' ').startsWith(planName), `page ${i + 1}: ${line.map((w) => w.text).join(' ')}`);
    assert.ok(printed.y1 < height * 0.1, `page ${i + 1}: the running line is at the top`);
    const box = { y0: Math.min(...line.map((w) => w.y0)), y1: Math.max(...line.map((w) => w.y1)) };
    const overlapping = words.filter((w) => !line.includes(w) && w.y0 < box.y1 && w.y1 > box.y0);
    assert.deepEqual(overlapping.map((w) => w.text), [], `page ${i + 1}: nothing prints over the running line`);
  }
}

test('"What we agreed" for Maria\'s plan prints on one A4 page, the running line clear of the text, black on white', async () => {
  const { ctx, page } = await samplePlan();
  await nav(page).getByRole('link', { name: /^What we agreed/ }).click();
  await page.getByRole('heading', { level: 1, name: 'What we agreed' }).waitFor();
  const { pages } = await pdfWords(page, 'agreed');
  // Regression: "Next review" spilled alone onto a second page, and the running line
  // printed over "Red: urgent", at the bottom, and not on the last page.
  assert.equal(pages.length, 1, 'one page');
  checkRunningLine(pages, 'Maria');
  const text = pages[0].words.map((w) => w.text).join(' ');
  for (const part of ['Our goals', 'Safety net', 'Red: urgent', 'Next review']) assert.ok(text.includes(part), part);
  // Regression: agreement marks printed in colour.
  await page.emulateMedia({ media: 'print' });
  const colours = await page.evaluate(() => [...document.querySelectorAll('article.agreed *')]
    .filter((e) => e.offsetParent !== null)
    .flatMap((e) => { const s = getComputedStyle(e); return [s.color, s.borderLeftColor, s.borderTopColor]; })
    .filter((c) => { const [r, g, b] = c.match(/\d+/g).map(Number); return !(r === g && g === b); }));
  assert.deepEqual([...new Set(colours)], [], 'nothing prints in colour');
  await ctx.close();
});

test('"For my appointment" prints in two pages, the wheel on its own page, the running line on each', async () => {
  const { ctx, page } = await samplePlan();
  await nav(page).getByRole('link', { name: /^For my appointment/ }).click();
  await page.getByRole('heading', { level: 1, name: 'For my appointment' }).waitFor();
  const { pages } = await pdfWords(page, 'appointment');
  assert.equal(pages.length, 2);
  checkRunningLine(pages, 'Maria');
  const onPage = (i) => pages[i].words.map((w) => w.text).join(' ');
  // Regression: the running line printed over "My sugars run my day".
  assert.ok(onPage(0).includes('What helps and what gets in the way'), 'helps and hindrances go to the appointment');
  assert.ok(onPage(0).includes('hypos'), "Maria's worry about hypos is on the page");
  assert.ok(onPage(1).startsWith('Maria') && onPage(1).includes('My capability wheel'), 'the wheel starts its own page');
  assert.ok(onPage(1).includes('My sugars run my day'));
  await ctx.close();
});

for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
  test(`a phone ${viewport.width} px wide shows each screen's heading and first field in the first screenful`, async () => {
    const { ctx, page } = await samplePlan(viewport);
    const screens = ['What matters to me', 'My life areas', 'My agenda for the visit', 'Goals together', 'Steps', 'Safety net'];
    for (const name of screens) {
      await page.getByRole('button', { name: 'Menu' }).click();
      await nav(page).getByRole('link', { name: new RegExp(`^${name}`) }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      assert.equal(await nav(page).isVisible(), false, 'the menu folds away on a new screen');
      await page.reload(); // regression: after a reload no content was visible at all
      const heading = page.getByRole('heading', { level: 1, name });
      await heading.waitFor();
      const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
      assert.ok(top < 200, `${name}: heading at ${top}px`);
      // What follows the heading starts on the first screen; on a 390 px phone, so
      // does the screen's first control.
      const next = await heading.evaluate((h) => h.nextElementSibling.getBoundingClientRect().top);
      assert.ok(next + 40 < viewport.height, `${name}: its content starts in the first screenful (${next}px)`);
      if (name === 'My life areas') {
        // Regression: the wheel's labels were about 8 px high on a phone.
        const px = await page.locator('.wheel text.area').first().evaluate((t) => {
          const svg = t.ownerSVGElement;
          return parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        });
        assert.ok(px >= 12, `wheel labels are ${px.toFixed(1)} px`);
      }
      if (viewport.width >= 390) {
        const first = page.locator('main').locator('a, summary, input, textarea, select, button').first();
        const box = await first.evaluate((f) => f.getBoundingClientRect().toJSON());
        assert.ok(box.top + 24 < viewport.height, `${name}: its first control is in the first screenful (${box.top}px)`);
      }
    }
    await page.screenshot({ path: path.join(os.tmpdir(), `coplan-phone-${viewport.width}.png`) });
    // The menu holds who is writing, undo and the parts of the plan.
    await page.getByRole('button', { name: 'Menu' }).click();
    assert.equal(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded'), 'true');
    await page.getByLabel('Writing as').waitFor();
    assert.deepEqual(await axe(page), [], 'the phone with its menu open');
    await nav(page).getByRole('link', { name: /^Overview/ }).waitFor();
    await ctx.close();
  });
}

test('a notice without an action goes when the person moves on; one with Undo stays, and can be closed', async () => {
  const { ctx, page } = await samplePlan({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Menu' }).click();
  await nav(page).getByRole('link', { name: /^What matters to me/ }).click();
  await page.getByRole('button', { name: 'Remove: Singing in the church choir' }).click();
  const status = page.locator('.announcer');
  await status.getByRole('button', { name: 'Undo' }).waitFor();
  await page.getByRole('button', { name: 'Menu' }).click();
  await nav(page).getByRole('link', { name: /^My life areas/ }).click();
  await page.getByRole('heading', { level: 1, name: 'My life areas' }).waitFor();
  await status.getByRole('button', { name: 'Undo' }).waitFor(); // still within reach
  await status.getByRole('button', { name: 'Close this message' }).click();
  assert.equal(await status.innerText(), '');
  // Undo itself is a notice without an action: it goes with the screen.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await status.getByText('Undone').waitFor();
  await nav(page).getByRole('link', { name: /^What matters to me/ }).click();
  await page.getByRole('heading', { level: 1, name: 'What matters to me' }).waitFor();
  await page.waitForFunction(() => document.querySelector('.announcer').innerText === '');
  await ctx.close();
});
