// Two tabs of one plan racing on one entry (issue 20): every word either tab saved is
// afterwards live or in a kept version to choose, in storage and on both screens.
// Regression tests for a stale editor's Done that wrote over the other tab's words,
// and a removal that landed on words it never saw.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import { serve, launch, openApp, eventually, storedPlans, createPlan, addWhatMatters, go } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const stored = async (page) => (await storedPlans(page))[0]?.plan;
/** Every version of "what matters" a person can still find: live ones and kept ones. */
const findable = (plan) => [
  ...plan.what_matters.filter((e) => !e.removed).map((e) => e.body.text),
  ...(plan.conflicts ?? []).map((c) => c.mine.what_matters?.[1]?.text).filter(Boolean),
];
const kept = (page) => page.getByRole('region', { name: 'Two versions to choose from' });

/** Two tabs of one profile on "What matters to me", holding "Choir". Each can be told
 *  to hear of the other's saves late (`late(page, true)`), as a busy or hidden tab
 *  does: its listener, added before the app's, holds the storage events back. */
async function twoTabs() {
  const { page: a, ctx } = await openApp(browser, server.url);
  await createPlan(a, 'Maria');
  await addWhatMatters(a, 'Choir');
  await eventually(async () => assert.equal((await stored(a))?.what_matters.length, 1));
  const b = await ctx.newPage();
  for (const page of [a, b]) {
    await page.addInitScript(() => {
      window.__held = [];
      window.addEventListener('storage', (e) => {
        if (window.__late) { window.__held.push(e); e.stopImmediatePropagation(); }
      });
    });
  }
  await a.reload();
  await b.goto(a.url());
  await b.getByRole('button', { name: 'Edit: Choir' }).waitFor();
  await a.getByRole('button', { name: 'Edit: Choir' }).waitFor();
  return { a, b, ctx };
}

/** Holds back the other tab's saves in `page`; with false, lets them arrive, late. */
async function late(page, on) {
  await page.evaluate((on) => {
    window.__late = on;
    if (on) return;
    for (const e of window.__held.splice(0)) {
      window.dispatchEvent(new StorageEvent('storage', { key: e.key, oldValue: e.oldValue, newValue: e.newValue, storageArea: localStorage }));
    }
  }, on);
}

/** Replaces the editor's words at full speed (no delay between keys). */
async function retype(page, words) {
  const field = page.getByLabel('Change this entry');
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(words);
}

/** Both versions are kept in storage, and the tab shows them side by side, different. */
async function bothKept(page, live, other) {
  await eventually(async () => {
    const plan = await stored(page);
    assert.deepEqual(findable(plan).sort(), [live, other].sort());
  });
  // "In the plan now" and "The other version, kept": each its own words, not one twice.
  await eventually(async () => assert.deepEqual(
    await kept(page).locator('.version .entry-text').allTextContents(), [live, other]));
}

test('two tabs editing one entry: Done in the stale tab keeps both versions, never writes over', async () => {
  const { a, b, ctx } = await twoTabs();
  // 1. Both open "Edit: Choir".
  await a.getByRole('button', { name: 'Edit: Choir' }).click();
  await b.getByRole('button', { name: 'Edit: Choir' }).click();
  // 2–3. Each types its own words (B not yet having heard of A's); both are saved,
  // one live and one kept.
  await late(b, true);
  await retype(a, 'Choir from tab A');
  await eventually(async () => assert.deepEqual(findable(await stored(a)), ['Choir from tab A']));
  await retype(b, 'Choir from tab B');
  await late(b, false);
  await bothKept(b, 'Choir from tab A', 'Choir from tab B');
  // B's editor still holds B's words (they are the kept ones), not pulled from under it.
  assert.equal(await b.getByLabel('Change this entry').inputValue(), 'Choir from tab B');
  // 4. Regression: B's Done wrote "Choir from tab B" over A's words.
  await b.getByRole('button', { name: 'Done' }).click();
  await b.getByRole('button', { name: 'Edit: Choir from tab A', exact: true }).waitFor();
  await a.getByRole('button', { name: 'Done' }).click();
  for (const page of [a, b]) await bothKept(page, 'Choir from tab A', 'Choir from tab B');
  const plan = await stored(b);
  assert.equal(plan.what_matters[0].body.text, 'Choir from tab A', "A's saved words stay live");
  // On a phone the two versions stand side by side, and no notice covers them.
  await b.setViewportSize({ width: 390, height: 844 });
  await kept(b).scrollIntoViewIfNeeded();
  await b.screenshot({ path: `${os.tmpdir()}/coplan-kept-phone.png` });
  const [mine, other] = await kept(b).locator('.version').evaluateAll((vs) => vs.map((v) => v.getBoundingClientRect().toJSON()));
  assert.ok(Math.abs(mine.top - other.top) < 1 && mine.right <= other.left, 'side by side');
  const notice = await b.locator('.announcer').evaluate((n) => n.getBoundingClientRect().toJSON());
  for (const v of [mine, other]) {
    const over = notice.height > 0 && notice.left < v.right && v.left < notice.right && notice.top < v.bottom && v.top < notice.bottom;
    assert.ok(!over, 'a notice covers a version');
  }
  // Choosing settles it the person's way, in both tabs.
  await kept(a).getByRole('button', { name: 'Use the kept version' }).click();
  await eventually(async () => assert.deepEqual(findable(await stored(a)), ['Choir from tab B']));
  await b.getByRole('button', { name: 'Edit: Choir from tab B', exact: true }).waitFor();
  await ctx.close();
});

test('two tabs typing into one entry at full speed, each pressing Done at once, lose no saved words', async () => {
  const { a, b, ctx } = await twoTabs();
  await a.getByRole('button', { name: 'Edit: Choir' }).click();
  await b.getByRole('button', { name: 'Edit: Choir' }).click();
  const typeAndDone = async (page, words) => {
    await retype(page, words);
    await page.getByRole('button', { name: 'Done' }).click();
  };
  // Neither hears of the other's words before both have typed and pressed Done.
  for (const page of [a, b]) await late(page, true);
  await Promise.all([typeAndDone(a, 'Choir from tab A'), typeAndDone(b, 'Choir from tab B')]);
  for (const page of [a, b]) await late(page, false);
  // Whichever saved first stays live; the other is kept beside it, in both tabs.
  const live = await eventually(async () => {
    const plan = await stored(a);
    assert.equal(plan.conflicts?.length, 1);
    return plan.what_matters[0].body.text;
  });
  const other = live === 'Choir from tab A' ? 'Choir from tab B' : 'Choir from tab A';
  // Regression: a tab took the other's late event for an older copy than the one it
  // had already read, and its screen lost the kept version.
  for (const page of [a, b]) await bothKept(page, live, other);
  await ctx.close();
});

test('a removal in a tab that had not seen the other tab\'s saved words keeps those words to choose', async () => {
  const { a, b, ctx } = await twoTabs();
  // A will not hear of B's save until after it has removed the entry.
  await late(a, true);
  await b.getByRole('button', { name: 'Edit: Choir' }).click();
  await retype(b, 'Choir from tab B');
  await b.locator('.save-status').getByText('Saved on this device').waitFor();
  await eventually(async () => assert.deepEqual(findable(await stored(b)), ['Choir from tab B']));
  // 2. A, which still shows "Choir", removes it.
  await a.getByRole('button', { name: 'Remove: Choir', exact: true }).click();
  await late(a, false);
  // Regression: the removal landed on B's words, which were then in no version to choose.
  await eventually(async () => {
    const plan = await stored(a);
    assert.ok(plan.what_matters[0].removed, 'the removal stands');
    assert.deepEqual(findable(plan), ['Choir from tab B']);
  });
  for (const page of [a, b]) {
    const [inPlan, other] = [kept(page).locator('.version').first(), kept(page).locator('.version').nth(1)];
    await inPlan.getByText('Removed', { exact: true }).waitFor();
    await other.getByText('Choir from tab B', { exact: true }).waitFor();
    await kept(page).getByText('Removed in one tab or device while it was being changed in another.', { exact: false }).waitFor();
  }
  await kept(b).getByRole('button', { name: 'Bring it back with these words' }).click();
  await b.getByRole('button', { name: 'Edit: Choir from tab B' }).waitFor();
  await eventually(async () => {
    const plan = await stored(b);
    assert.equal(plan.conflicts?.length ?? 0, 0);
    assert.deepEqual(findable(plan), ['Choir from tab B']);
  });
  await a.getByRole('button', { name: 'Edit: Choir from tab B' }).waitFor();
  await ctx.close();
});

test('two tabs editing one check-in: the later Save, from a form opened before the other save, is kept beside it', async () => {
  const { page: a, ctx } = await openApp(browser, server.url);
  await a.getByRole('button', { name: 'Try a sample plan' }).click();
  await a.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await go(a, 'Check in');
  await a.getByLabel('Anything else?').fill('First note');
  await a.getByRole('button', { name: 'Save this check-in' }).click();
  await a.getByRole('status').filter({ hasText: /^Check-in saved for/ }).waitFor();
  await eventually(async () => assert.match(JSON.stringify(await stored(a)), /First note/));
  const b = await ctx.newPage();
  await b.goto(a.url());
  const edit = (p) => p.getByRole('button', { name: /^Edit the check-in of/ }).first();
  await edit(b).click();
  await edit(a).click();
  await a.getByLabel('Anything else?').fill('From tab A');
  await a.getByRole('button', { name: 'Save changes' }).click();
  await a.getByRole('status').filter({ hasText: /^Check-in saved for/ }).waitFor();
  await eventually(async () => assert.match(JSON.stringify(await stored(a)), /From tab A/));
  // B has A's words in its plan, but its form opened on "First note", before A saved:
  // its Save must not write over A's.
  await b.getByRole('region', { name: 'Check-ins so far' }).getByText('From tab A').waitFor();
  await b.getByLabel('Anything else?').fill('From tab B');
  await b.getByRole('button', { name: 'Save changes' }).click();
  await eventually(async () => {
    const plan = await stored(b);
    const live = plan.check_ins.entries.filter((c) => !c.removed).map((c) => c.body.note);
    assert.deepEqual(live, ['From tab A'], "A's saved words stay live");
    assert.match(JSON.stringify(plan.conflicts), /From tab B/, "B's words are kept beside them");
  });
  await kept(a).getByText('From tab B').first().waitFor();
  await ctx.close();
});

test('cards on screen name what another tab changed elsewhere in the plan: a goal reworded, a team member renamed', async () => {
  // Cards are handed the names they show by their screen (so a keystroke in one card
  // does not draw every other): this is the path by which those names stay true.
  const { page: a, ctx } = await openApp(browser, server.url);
  await a.getByRole('button', { name: 'Try a sample plan' }).click();
  await a.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await eventually(async () => assert.equal((await storedPlans(a)).length, 1, 'the sample is saved'));
  const b = await ctx.newPage();
  await b.goto(a.url());
  await b.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();

  // Tab A shows the steps; tab B rewords the goal they serve.
  await go(a, 'Steps');
  const steps = a.getByRole('list', { name: 'Steps', exact: true });
  await steps.getByText('For: Walk Lily to school on Wednesdays by the summer').first().waitFor();
  const before = await steps.getByText(/^For: /).count();
  await go(b, 'Goals together');
  await b.locator('li.goal').first().getByRole('button', { name: /^Edit/ }).click();
  const wording = b.locator('li.goal').first().getByLabel("The goal, in the person's own words");
  await wording.fill('Walk Lily to school and back on Wednesdays');
  await b.getByRole('button', { name: 'Done', exact: true }).click();
  await eventually(async () => assert.equal(
    await steps.getByText('For: Walk Lily to school and back on Wednesdays', { exact: true }).count(), before,
    'every step for that goal names its new words, without a reload'), 8000);

  // Tab A shows the goals; tab B renames the nurse who reviews the goal and gave a view.
  await go(a, 'Goals together');
  const card = a.locator('li.goal').first();
  await card.getByText(/with Priya Patel, practice nurse$/).waitFor();
  await go(b, 'My team');
  await b.getByRole('button', { name: 'Edit: Priya Patel' }).click();
  await b.locator('form', { has: b.getByRole('button', { name: 'Done', exact: true }) }).getByLabel('Their name').fill('Priya Shah');
  await b.getByRole('button', { name: 'Done', exact: true }).click();
  await card.getByText(/with Priya Shah, practice nurse$/).waitFor({ timeout: 8000 });
  assert.equal(await card.getByText(/Priya Patel/).count(), 0, 'the old name is gone from the card');
  await ctx.close();
});

test('a plan just made is stored as it is made: a second tab opened on its address at once finds it', async () => {
  // Regression: a new plan waited for the autosave (300 ms), and a tab opened on its
  // address in that moment said "We could not find that page", and stayed so.
  const { page: a, ctx } = await openApp(browser, server.url);
  const names = () => a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('coplan.plan.'))
    .map((k) => JSON.parse(localStorage.getItem(k)).plan.name).sort());
  await a.getByLabel('Name of the plan').fill('Maria');
  await a.getByRole('button', { name: 'Start the plan' }).click();
  assert.deepEqual(await names(), ['Maria'], 'stored by the click that made it');
  const b = await ctx.newPage();
  await b.goto(a.url());
  await b.getByRole('heading', { level: 1, name: 'What matters to me' }).waitFor();
  assert.equal(await b.getByText('We could not find that page').count(), 0);

  // The sample, too.
  await a.goto(server.url + '#/');
  await a.getByRole('button', { name: 'Try a sample plan' }).click();
  assert.deepEqual(await names(), ['Maria', 'Maria (sample)'], 'the sample is stored by the click that made it');
  await a.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await b.goto(a.url());
  await b.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await ctx.close();
});
