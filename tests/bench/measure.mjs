// Measures what a person waits for, and writes the figures to tests/bench/figures.md.
// Not a test: machines are noisy, so compare figures within one run, not across runs.
// Run after `trunk build --release`:  node tests/bench/measure.mjs
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, dist, createPlan } from '../e2e/harness.mjs';

const out = path.join(path.dirname(new URL(import.meta.url).pathname), 'figures.md');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function sizes() {
  const rows = [];
  let raw = 0, gz = 0;
  for (const f of (await fs.readdir(dist)).filter((f) => /\.(wasm|js|css|html)$/.test(f)).sort()) {
    const body = await fs.readFile(path.join(dist, f));
    const z = zlib.gzipSync(body, { level: 9 }).length;
    raw += body.length; gz += z;
    rows.push(`| ${f} | ${kb(body.length)} | ${kb(z)} |`);
  }
  rows.push(`| **first load, all** | **${kb(raw)}** | **${kb(gz)}** |`);
  return rows;
}

function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }

async function timings(browser, url) {
  const start = [];
  for (let i = 0; i < 7; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const t0 = Date.now();
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    start.push(Date.now() - t0);
    await ctx.close();
  }
  // Cost of a change on a small and a large plan: add one entry, wait for it on screen.
  const perChange = {};
  for (const n of [10, 200]) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url);
    await createPlan(page, `Bench ${n}`);
    const field = page.getByLabel('Something that matters to me');
    const add = page.getByRole('button', { name: 'Add', exact: true });
    const times = [];
    for (let i = 0; i < n; i++) {
      await field.fill(`Entry number ${i}`);
      const t0 = performance.now();
      await add.click();
      await page.locator('ol.entries li').nth(i).waitFor();
      times.push(performance.now() - t0);
    }
    perChange[n] = median(times.slice(-10));
    await ctx.close();
  }
  return { start: median(start), perChange };
}

/** The README's picture: Maria's "What matters to me". */
async function screenshot(browser, url) {
  const ctx = await browser.newContext({ viewport: { width: 1100, height: 760 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await createPlan(page, 'Maria');
  for (const text of ['Looking after Tom at home', 'Walking my granddaughter Lily to school on Wednesdays', 'Singing in the church choir']) {
    await page.getByLabel('Something that matters to me').fill(text);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText(text, { exact: true }).waitFor();
  }
  await page.getByLabel('Something that matters to me').blur();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => window.scrollY === 0);
  await page.screenshot({ path: path.join(path.dirname(out), '../e2e/screenshots/what-matters.png') });
  await ctx.close();
}

/** The README's pictures of the phone (390 x 844) and of "What we agreed" on paper. */
async function phoneAndPaper(browser, url) {
  const shots = path.join(path.dirname(out), '../e2e/screenshots');
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(url + '#/');
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: /^My agenda/ }).click();
  await page.getByRole('heading', { level: 1, name: 'My agenda for the visit' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'phone-agenda.png') });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: /^What we agreed/ }).click();
  await page.getByRole('heading', { level: 1, name: 'What we agreed' }).waitFor();
  const pdf = path.join(shots, 'what-we-agreed.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const { execFileSync } = await import('node:child_process');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, path.join(shots, 'what-we-agreed-printed')]);
  await fs.rm(pdf);
  await ctx.close();
}

/** How Maria's plan travels: as a file, a link, a QR code; and a consultation's changes. */
async function handoff(browser, url) {
  const go = async (page, name) => {
    await page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  };
  const makeLink = async (page) => {
    await go(page, 'Share or move this plan');
    await page.getByRole('button', { name: 'Make a link' }).click();
    const link = await page.getByRole('textbox', { name: 'Link to this plan' }).inputValue();
    const code = page.getByRole('img', { name: 'QR code with a link to this plan' });
    const version = (await code.count()) ? await code.getAttribute('data-version') : 'does not fit (over 25)';
    return { link, version };
  };
  const ctx = await browser.newContext();
  const phone = await ctx.newPage();
  await phone.goto(url + '#/');
  await phone.getByRole('button', { name: 'Try a sample plan' }).click();
  await phone.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await phone.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('coplan.plan.')));
  const file = await phone.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('coplan.plan.'))).length);
  const whole = await makeLink(phone);
  const clinicCtx = await browser.newContext();
  const clinic = await clinicCtx.newPage();
  await clinic.goto(whole.link);
  await clinic.getByRole('button', { name: 'Open it' }).click();
  await clinic.getByRole('button', { name: 'The clinician' }).click();
  await go(clinic, 'Goals together');
  await clinic.getByRole('region', { name: 'Write a new goal' }).getByLabel("The goal, in the person's own words").fill('Sing the Easter concert without running out of breath');
  await clinic.getByRole('button', { name: 'Add goal' }).click();
  await go(clinic, 'Actions');
  await clinic.getByLabel('What will be done?').first().fill('Practise breathing exercises for 5 minutes before choir');
  await clinic.getByRole('button', { name: 'Add step' }).click();
  await go(clinic, 'Safety net');
  await clinic.getByLabel(/signs/i).first().fill('Short of breath at rest');
  await clinic.getByLabel('What to do').first().fill('Call the practice the same day');
  await clinic.getByRole('button', { name: /^Add to/ }).first().click();
  const changes = await makeLink(clinic);
  await ctx.close();
  await clinicCtx.close();
  return [
    '## Taking the plan there and back',
    '',
    `- Maria's sample plan as stored and as a file: ${(file / 1024).toFixed(1)} KB of JSON`,
    `- As a link: ${whole.link.length} characters (compressed by the browser); QR code: ${whole.version}`,
    `- A consultation's changes (a goal, a step, a safety-net line) as a changes-only QR code: version ${changes.version} (link ${changes.link.length} characters)`,
  ];
}

/** A large plan: the largest share of it a link under 32,000 characters holds, and the
 *  time to preview and to merge the whole of it on a device that has it. */
async function largeHandoff(browser, url) {
  const { largePlan } = await import('./large-plan.mjs');
  const openFile = async (page, doc) => {
    await page.goto(url + '#/');
    const t0 = Date.now();
    await page.getByLabel('Choose a CoPlan file').setInputFiles({ name: 'large.coplan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await page.getByRole('region', { name: 'Before you open it' }).waitFor();
    return Date.now() - t0;
  };
  const linkLength = async (scale) => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await openFile(page, largePlan(scale));
    await page.getByRole('button', { name: 'Open it' }).click();
    await page.getByRole('button', { name: 'The person' }).click();
    await page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: /^Share or move/ }).click();
    await page.getByRole('button', { name: 'Make a link' }).click();
    const length = (await page.getByRole('textbox', { name: 'Link to this plan' }).inputValue().catch(() => 'x'.repeat(40000))).length;
    await ctx.close();
    return length;
  };
  let lo = 0, hi = 1;
  for (let i = 0; i < 6; i++) {
    const mid = (lo + hi) / 2;
    if ((await linkLength(mid)) < 32000) lo = mid; else hi = mid;
  }
  const fits = largePlan(lo).plan;
  const bytes = JSON.stringify(largePlan(1)).length;
  // Preview and merge of the whole large plan, on a device that already has it.
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await openFile(page, largePlan(1));
  await page.getByRole('button', { name: 'Open it' }).click();
  await page.getByRole('button', { name: 'The person' }).click();
  const other = largePlan(1);
  other.plan.goals.slice(0, 5).forEach((g, i) => { g.body.wording = `Changed elsewhere ${i}`; });
  const previews = [], merges = [];
  for (let run = 0; run < 3; run++) {
    previews.push(await openFile(page, other));
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Bring it in' }).click();
    await page.getByRole('heading', { level: 1, name: 'A plan of five years' }).waitFor();
    merges.push(Date.now() - t0);
  }
  await ctx.close();
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return [
    `- The large plan (${(bytes / 1024).toFixed(0)} KB of JSON): the largest share of it a link under 32,000 characters holds is ${(lo * 100).toFixed(0)}% — ${fits.goals.length} goals, ${fits.actions.length} steps, ${fits.check_ins.length} check-ins`,
    `- Preview of the whole large plan arriving on a device that has it: ${med(previews)} ms (median of 3, from choosing the file); bringing it in: ${med(merges)} ms`,
    '',
  ];
}

/** The follow-through screens with five years of weekly check-ins (20 goals, 60 steps):
 *  time from choosing the screen to its pictures or questions on screen. */
async function followThrough(browser, url) {
  const { largePlan } = await import('./large-plan.mjs');
  const doc = largePlan(2 / 3);
  doc.plan.check_ins = largePlan(1).plan.check_ins.map((c) => ({
    ...c,
    body: {
      ...c.body,
      goal_levels: c.body.goal_levels.filter(([g]) => doc.plan.goals.some((x) => x.id === g)),
      action_outcomes: c.body.action_outcomes.filter(([a]) => doc.plan.actions.some((x) => x.id === a)),
    },
  }));
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(url + '#/');
  await page.getByLabel('Choose a CoPlan file').setInputFiles({ name: 'large.coplan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.getByRole('button', { name: 'Open it' }).click();
  await page.getByRole('button', { name: 'The person' }).click();
  const nav = page.getByRole('navigation', { name: 'Parts of this plan' });
  const time = async (link, ready) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      await nav.getByRole('link', { name: /^Overview/ }).click();
      await page.getByRole('heading', { level: 1, name: 'A plan of five years' }).waitFor();
      const t0 = Date.now();
      await nav.getByRole('link', { name: new RegExp(`^${link}`) }).click();
      await ready().waitFor();
      runs.push(Date.now() - t0);
    }
    return [...runs].sort((a, b) => a - b)[2];
  };
  // A plain screen of the same plan: what any move costs, so the rest is the screen's own.
  const plain = await time('Safety net', () => page.getByRole('heading', { level: 1, name: 'Safety net' }));
  const progress = await time('Progress', () => page.locator('#score-summary'));
  const checkIn = await time('Check in', () => page.getByRole('button', { name: 'Save this check-in' }));
  await ctx.close();
  return [
    `- Follow-through with ${doc.plan.goals.length} goals, ${doc.plan.actions.length} steps and ${doc.plan.check_ins.length} weekly check-ins, from the click (median of 5): Progress on screen in ${progress} ms, the check-in form in ${checkIn} ms; the Safety net screen of the same plan, for comparison, ${plain} ms. Their own rendering: about ${progress - plain} ms and ${checkIn - plain} ms (target under 100 ms)`,
    '',
  ];
}

const server = await serve();
const browser = await launch();
if (process.argv[2] === 'follow') {
  console.log((await followThrough(browser, server.url)).join('\n'));
  await browser.close();
  await server.close();
  process.exit(0);
}
try {
  await screenshot(browser, server.url);
  await phoneAndPaper(browser, server.url);
  const travel = [...(await handoff(browser, server.url)), ...(await largeHandoff(browser, server.url)), ...(await followThrough(browser, server.url))];
  const t = await timings(browser, server.url);
  const lines = [
    '# CoPlan figures',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores), release build, headless Chromium.`,
    'Compare within one run; absolute times vary with the machine.',
    '',
    '## First-load size',
    '',
    '| file | raw | gzip -9 |',
    '|---|---|---|',
    ...(await sizes()),
    '',
    '## Times',
    '',
    `- Start to first heading, fresh profile (median of 7): ${t.start} ms`,
    `- Add an entry and see it, plan with 10 entries (median of last 10): ${t.perChange[10].toFixed(1)} ms`,
    `- Same with 200 entries: ${t.perChange[200].toFixed(1)} ms (ratio ${(t.perChange[200] / t.perChange[10]).toFixed(2)}x)`,
    '',
    ...travel,
  ];
  await fs.writeFile(out, lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
