// Nothing a person types is ever lost (issue 8, part 1): typing at full speed, right
// after Add or after leaving another field, then navigating away, reloading, closing
// the tab; and two tabs on one plan, each a regression test for a probe that lost words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  historyOf,
  serve, launch, openApp, eventually, storedPlans, createPlan, addWhatMatters, entries, axe, nav, go,
} from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Clicks into a field and types at full speed (no delay between keys). */
async function typeInto(page, field, text) {
  await field.click();
  await page.keyboard.type(text);
}
const stored = async (page) => (await storedPlans(page))[0]?.plan;
const live = (list) => list.filter((e) => !e.removed).map((e) => e.body);

/** Opens the same page again in the same profile, as after closing the tab. */
async function reopen(ctx, page) {
  const url = page.url();
  await page.close();
  const again = await ctx.newPage();
  await again.goto(url);
  return again;
}

/**
 * Another tab saves the plan, changed by `edit(plan)` (run in the page): here a page of
 * the same site, writing storage as a tab does.
 */
async function anotherTabSaves(ctx, page, edit) {
  const other = await ctx.newPage();
  await other.goto(new URL('icon.svg', page.url()).href);
  await other.evaluate(`(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('coplan.plan.'));
    const doc = JSON.parse(localStorage.getItem(key));
    doc.plan.revision += 1;
    (${edit})(doc.plan);
    localStorage.setItem(key, JSON.stringify(doc));
  })()`);
  await other.close();
}

async function planWithGoalAndAction(browser) {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await createPlan(page, 'Maria');
  await go(page, 'Goals together');
  await page.getByRole('region', { name: 'Write a new goal' }).getByLabel("The goal, in the person's own words").fill('Walk to school');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('list', { name: 'Goals' }).getByRole('listitem').first().waitFor();
  await go(page, 'Steps');
  await page.getByLabel('What will be done?').fill('Walk to the corner');
  await page.getByRole('button', { name: 'Add step' }).click();
  await page.getByRole('button', { name: 'Edit: Walk to the corner' }).waitFor();
  await eventually(async () => assert.equal(live((await stored(page))?.actions ?? []).length, 1));
  return app;
}

test('an edit is kept without any Save: goal, action and life area editors, through navigation, reload and a closed tab', async () => {
  const { page: first, ctx, problems } = await planWithGoalAndAction(browser);
  let page = first;
  // Regression: the editors had their own Save buttons; leaving the screen lost the words.
  await go(page, 'Goals together');
  await page.getByRole('button', { name: 'Edit: Walk to school' }).click();
  const why = page.getByRole('group', { name: "The person's view" }).getByLabel('Why it matters');
  await typeInto(page, why, 'So I can take Lily on Wednesdays');
  await go(page, 'Steps');
  await page.getByRole('button', { name: 'Edit: Walk to the corner' }).click();
  await typeInto(page, page.getByRole('list', { name: 'Steps', exact: true }).getByLabel('When', { exact: true }), 'After breakfast');
  await go(page, 'My life areas');
  await page.getByRole('button', { name: 'Fill in: Feeling in control' }).click();
  await typeInto(page, page.getByLabel('How are things now, in your own words?'), 'My sugars run my day');
  page = await reopen(ctx, page); // closed mid-sentence, with the cursor still in the field
  await page.getByRole('heading', { level: 1, name: 'My life areas' }).waitFor();
  // The life area was new: its words come back in its form, said to be kept.
  await eventually(async () => assert.equal(await page.getByLabel('How are things now, in your own words?').inputValue(), 'My sugars run my day'));
  await page.getByText('We kept what you were writing here.').waitFor();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('My sugars run my day').waitFor();

  await go(page, 'Goals together');
  await page.getByText('So I can take Lily on Wednesdays').waitFor();
  await go(page, 'Steps');
  await page.getByText('After breakfast').waitFor();
  const plan = await eventually(async () => {
    const p = await stored(page);
    assert.equal(live(p.capabilities)[0]?.now_in_words, 'My sugars run my day');
    return p;
  });
  assert.equal(live(plan.goals)[0].person_view.why_it_matters, 'So I can take Lily on Wednesdays');
  assert.equal(live(plan.actions)[0].when, 'After breakfast');
  // Typing is one line of history per field, not one per key.
  const lines = historyOf(plan).filter((h) => h.label === 'Walk to school' && h.verb === 'edited');
  assert.equal(lines.length, 1, JSON.stringify(historyOf(plan).map((h) => h.verb + ':' + h.label)));
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('a new entry half-written is still there after going elsewhere, a reload and a closed tab', async () => {
  const { page: first, ctx, problems } = await planWithGoalAndAction(browser);
  let page = first;
  const newStep = () => page.getByRole('region', { name: 'Add a step' });
  await typeInto(page, newStep().getByLabel('What will be done?'), 'Ring Ana on Sundays');
  await typeInto(page, newStep().getByLabel('How often'), 'Weekly');
  await go(page, 'Safety net');
  await typeInto(page, page.getByLabel(/signs/i).first(), 'Sugars above 15 twice');
  await go(page, 'Steps');
  assert.equal(await newStep().getByLabel('What will be done?').inputValue(), 'Ring Ana on Sundays');
  assert.equal(await newStep().getByLabel('How often').inputValue(), 'Weekly');
  await page.reload();
  await newStep().getByLabel('What will be done?').waitFor();
  assert.equal(await newStep().getByLabel('What will be done?').inputValue(), 'Ring Ana on Sundays');
  page = await reopen(ctx, page);
  await go(page, 'Safety net');
  assert.equal(await page.getByLabel(/signs/i).first().inputValue(), 'Sugars above 15 twice');
  // What matters, typed and left; then added: the draft is gone once it is in the plan.
  await go(page, 'What matters to me');
  await typeInto(page, page.getByLabel('Something that matters to me'), 'Singing in the choir');
  page = await reopen(ctx, page);
  const field = page.getByLabel('Something that matters to me');
  await eventually(async () => assert.equal(await field.inputValue(), 'Singing in the choir'));
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await eventually(async () => assert.deepEqual(await entries(page), ['Singing in the choir']));
  await page.reload();
  await field.waitFor();
  assert.equal(await field.inputValue(), '', 'an added entry leaves no draft behind');
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('typing right after Add and right after leaving another field loses no characters', async () => {
  const { page, ctx, problems } = await openApp(browser, server.url);
  await createPlan(page, 'Maria');
  // Regression: text typed within 0.2 s of Add lost its first characters.
  const field = page.getByLabel('Something that matters to me');
  for (const text of ['Looking after Tom at home', 'Walking Lily to school', 'Singing in the church choir']) {
    await field.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Tab'); // to Add
    await page.keyboard.press('Enter');
  }
  await eventually(async () => assert.deepEqual(await entries(page), [
    'Looking after Tom at home', 'Walking Lily to school', 'Singing in the church choir',
  ]));
  // Regression: agenda fields were kept only on leaving them; typing in the next field
  // within a moment was replaced by its old text.
  await go(page, 'My agenda for the visit');
  await typeInto(page, page.getByLabel('What has changed since last time?'), 'My knee is worse');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hypos when I walk');
  await page.keyboard.press('Tab');
  await page.keyboard.type('To walk Lily to school');
  assert.equal(await page.getByLabel('What has changed since last time?').inputValue(), 'My knee is worse');
  assert.equal(await page.getByLabel('What worries me').inputValue(), 'Hypos when I walk');
  // Regression: a reload with the cursor still in the field lost Maria's worry.
  await page.reload();
  await page.getByLabel('What worries me').waitFor();
  assert.equal(await page.getByLabel('What worries me').inputValue(), 'Hypos when I walk');
  assert.equal(await page.getByLabel('What I hope to get from this visit').inputValue(), 'To walk Lily to school');
  const visit = live((await stored(page)).visits)[0];
  assert.equal(visit.worries, 'Hypos when I walk');
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('words a form refuses stay in it, with the reason, through a reload', async () => {
  const { page, ctx } = await planWithGoalAndAction(browser);
  await go(page, 'Goals together');
  await page.getByRole('button', { name: 'Edit: Walk to school' }).click();
  const wording = page.getByRole('list', { name: 'Goals' }).getByLabel("The goal, in the person's own words");
  const long = 'Walk '.repeat(210);
  await wording.fill(long);
  await page.getByText(/can be up to 1000 characters/).first().waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Goals together' }).waitFor();
  // The editor opens by itself with the refused words and says why.
  await eventually(async () => assert.equal(await wording.inputValue(), long));
  await page.getByText(/can be up to 1000 characters/).first().waitFor();
  assert.equal(live((await stored(page)).goals)[0].wording, 'Walk to school', 'the plan kept its last good words');
  await ctx.close();
});

// Regression: a kept draft came back typed against the goal as it is now, so its first
// keystroke wrote the whole draft over what another tab had changed since.
test('a refused edit kept as a draft does not write over what another tab changed since', async () => {
  const { page, ctx } = await planWithGoalAndAction(browser);
  await go(page, 'Goals together');
  await page.getByRole('button', { name: 'Edit: Walk to school' }).click();
  const wording = (p) => p.getByRole('list', { name: 'Goals' }).getByLabel("The goal, in the person's own words");
  await wording(page).fill('Walk '.repeat(210));
  await page.getByText(/can be up to 1000 characters/).first().waitFor();
  await page.getByRole('link', { name: 'Steps' }).first().click();
  // Meanwhile, another tab saves the goal with why it matters.
  await anotherTabSaves(ctx, page, (plan) => { plan.goals[0].body.person_view.why_it_matters = 'Lily'; });
  await eventually(async () => assert.equal(live((await stored(page)).goals)[0].person_view.why_it_matters, 'Lily'));
  // Back to the goal: the draft opens again, and is made short enough.
  await go(page, 'Goals together');
  await eventually(async () => assert.equal((await wording(page).inputValue()).length, 1050));
  await wording(page).fill('Walk Lily to school');
  await eventually(async () => {
    const goal = live((await stored(page)).goals)[0];
    assert.equal(goal.wording, 'Walk Lily to school');
    assert.equal(goal.person_view.why_it_matters, 'Lily', "the other tab's words stay");
  });
  await ctx.close();
});

test('an edited check-in kept as a draft does not write over what another tab changed since', async () => {
  const { page, ctx } = await planWithGoalAndAction(browser);
  await go(page, 'Check in');
  const step = (p) => p.getByRole('group', { name: 'How did it go: Walk to the corner?' });
  await step(page).getByRole('radio', { name: 'Done', exact: true }).check();
  await page.getByRole('button', { name: 'Save this check-in' }).click();
  await page.getByRole('status').filter({ hasText: /^Check-in saved for/ }).waitFor();
  await eventually(async () => assert.equal((await stored(page)).check_ins?.entries?.length, 1));
  await page.getByRole('button', { name: /^Edit the check-in of/ }).click();
  await typeInto(page, page.getByLabel('Anything else?'), 'It rained');
  await page.getByRole('link', { name: 'Steps' }).first().click();
  // Meanwhile another tab saves the check-in with the step only partly done.
  await anotherTabSaves(ctx, page, (plan) => {
    const answers = plan.check_ins.entries[0].body;
    answers.outcomes = [answers.outcomes[0], 1];
  });
  const outcomes = async () => (await stored(page)).check_ins.entries[0].body.outcomes;
  await eventually(async () => assert.equal((await outcomes())[1], 1));
  // Back to the check-in: the note is offered again and saved, beside the other tab's answer.
  await go(page, 'Check in');
  await page.getByRole('button', { name: /^Edit the check-in of/ }).click();
  await page.getByText('We kept what you were writing here.').waitFor();
  assert.equal(await page.getByLabel('Anything else?').inputValue(), 'It rained');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('status').filter({ hasText: /^Check-in saved for/ }).waitFor();
  await eventually(async () => {
    const saved = (await stored(page)).check_ins.entries[0].body;
    assert.equal(saved.note, 'It rained');
    assert.equal(saved.outcomes[1], 1, "the other tab's answer stays");
  });
  await ctx.close();
});

test('two tabs writing a new goal each keep their own words; a closed tab leaves its words to the next', async () => {
  const { page: a, ctx } = await planWithGoalAndAction(browser);
  const newGoal = (p) => p.getByRole('region', { name: 'Write a new goal' }).getByLabel("The goal, in the person's own words");
  await go(a, 'Goals together');
  await typeInto(a, newGoal(a), 'Sing in the choir');
  // A second tab on the same screen shows those words too, and writes its own.
  const b = await ctx.newPage();
  await b.goto(a.url());
  await eventually(async () => assert.equal(await newGoal(b).inputValue(), 'Sing in the choir'));
  await newGoal(b).fill('');
  await typeInto(b, newGoal(b), 'Swim on Fridays');
  await b.getByRole('button', { name: 'Add goal' }).click();
  await b.getByRole('list', { name: 'Goals' }).getByText('Swim on Fridays').waitFor();
  // Regression: tab b's words replaced tab a's draft, and its Add cleared it.
  await a.reload();
  await eventually(async () => assert.equal(await newGoal(a).inputValue(), 'Sing in the choir'));
  await a.close();
  // Closed with its words half-written: the next tab offers them once.
  const c = await ctx.newPage();
  await c.goto(b.url());
  await c.getByText('We kept what you were writing here.').waitFor();
  assert.equal(await newGoal(c).inputValue(), 'Sing in the choir');
  await c.getByRole('button', { name: 'Add goal' }).click();
  await c.getByRole('list', { name: 'Goals' }).getByText('Sing in the choir').waitFor();
  const d = await ctx.newPage();
  await d.goto(b.url());
  await d.getByRole('heading', { level: 1, name: 'Goals together' }).waitFor();
  assert.equal(await newGoal(d).inputValue(), '', 'added in c: offered no more');
  await ctx.close();
});

test('a duplicated tab takes a name of its own, so the two keep their own words', async () => {
  const { page: a, ctx } = await planWithGoalAndAction(browser);
  const newGoal = (p) => p.getByRole('region', { name: 'Write a new goal' }).getByLabel("The goal, in the person's own words");
  const tabName = (p) => p.evaluate(() => sessionStorage.getItem('coplan.tab'));
  await go(a, 'Goals together');
  await typeInto(a, newGoal(a), 'Sing in the choir');
  const name = await tabName(a);
  assert.match(name, /^[0-9a-f]{8}$/);
  // A tab opened from this one starts with a copy of its session storage, name and all,
  // as a duplicated tab does.
  const [b] = await Promise.all([ctx.waitForEvent('page'), a.evaluate(() => { window.open(location.href); })]);
  await eventually(async () => assert.equal(await newGoal(b).inputValue(), 'Sing in the choir'));
  const own = await tabName(b);
  assert.match(own, /^[0-9a-f]{8}$/);
  assert.notEqual(own, name, 'the copy has a name of its own');
  await newGoal(b).fill('');
  await typeInto(b, newGoal(b), 'Swim on Fridays');
  // Regression: with one name, emptying the field in b cleared a's draft, and b's words
  // replaced it; a reload of a then showed "Swim on Fridays".
  await a.reload();
  await eventually(async () => assert.equal(await newGoal(a).inputValue(), 'Sing in the choir'));
  assert.equal(await tabName(a), name, 'a reload keeps the name');
  await b.reload();
  await eventually(async () => assert.equal(await newGoal(b).inputValue(), 'Swim on Fridays'));
  assert.equal(await tabName(b), own, 'a reload keeps the name');
  // Away to another page and back: no other tab has a's name, so it keeps it, and its words.
  await a.goto('about:blank');
  await a.goBack();
  await eventually(async () => assert.equal(await newGoal(a).inputValue(), 'Sing in the choir'));
  assert.equal(await tabName(a), name);
  await ctx.close();
});

test('words for agreeing to differ survive a reload before they are saved', async () => {
  const { page, ctx } = await planWithGoalAndAction(browser);
  await go(page, 'Goals together');
  await page.getByRole('button', { name: 'Agree to differ' }).click();
  const words = page.getByLabel('Where do you differ? Write both views.');
  await typeInto(page, words, 'Maria wants to wait until after the concert');
  await page.reload();
  await words.waitFor();
  assert.equal(await words.inputValue(), 'Maria wants to wait until after the concert');
  await page.getByRole('list', { name: 'Goals' }).getByRole('button', { name: 'Save' }).click();
  await page.getByText('Agreed to differ: Maria wants to wait until after the concert').waitFor();
  await page.reload();
  await page.getByText('Agreed to differ: Maria wants to wait until after the concert').waitFor();
  assert.equal(await words.count(), 0, 'once saved, the draft is gone');
  await ctx.close();
});

test('two tabs: different fields of one entry both kept; the same words kept both ways to choose', async () => {
  const { page: a, ctx } = await planWithGoalAndAction(browser);
  await go(a, 'Goals together');
  const b = await ctx.newPage();
  await b.goto(a.url());
  await b.getByRole('heading', { level: 1, name: 'Goals together' }).waitFor();
  await a.getByRole('button', { name: 'Edit: Walk to school' }).click();
  await b.getByRole('button', { name: 'Edit: Walk to school' }).click();
  // Within a second, each tab writes a different field of the same goal.
  await typeInto(a, a.getByRole('group', { name: "The person's view" }).getByLabel('Why it matters'), 'Lily');
  await typeInto(b, b.getByRole('group', { name: "The clinician's view" }).getByLabel('Worries or concerns'), 'Hypos');
  await eventually(async () => {
    const g = live((await stored(a)).goals)[0];
    assert.equal(g.person_view.why_it_matters, 'Lily');
    assert.equal(g.clinician_view.concerns, 'Hypos');
  });
  // Both tabs show both.
  await eventually(async () => assert.equal(
    await b.getByRole('group', { name: "The person's view" }).getByLabel('Why it matters').inputValue(), 'Lily'));
  // Now both change the goal's own words at once: one tab's words are kept beside the other's.
  const words = (p) => p.getByRole('list', { name: 'Goals' }).getByLabel("The goal, in the person's own words");
  await words(a).fill('Walk to school on Wednesdays');
  await words(b).fill('Walk Lily to school');
  const kept = (p) => p.getByRole('region', { name: 'Two versions to choose from' });
  const either = await eventually(async () => {
    for (const p of [a, b]) if (await kept(p).isVisible()) return p;
    throw new Error('no tab shows both versions');
  });
  await kept(either).getByText('Walk Lily to school').or(kept(either).getByText('Walk to school on Wednesdays')).first().waitFor();
  const doc = await eventually(async () => {
    const d = await stored(a);
    assert.equal(d.conflicts?.length, 1, 'the other version is saved, not just shown');
    return d;
  });
  const keptWords = doc.conflicts[0].mine.goal[1].wording;
  assert.deepEqual(await axe(either), [], 'two versions to choose from');
  await kept(either).getByRole('button', { name: 'Use the kept version' }).click();
  await eventually(async () => {
    const p = await stored(a);
    assert.equal(p.conflicts?.length ?? 0, 0);
    assert.equal(live(p.goals)[0].wording, keptWords);
  });
  await ctx.close();
});

// Regression: the versions to choose from showed the words that differ with no field
// named, choices by their saved names ("high"), and nothing at all when only a number
// differed.
test('two versions to choose from name each field that differs, and say its choices, numbers and links in words', async () => {
  const { page, ctx } = await planWithGoalAndAction(browser);
  // Someone new on the team, whose own view of the goal differs in the two versions.
  await page.getByLabel('Writing as').selectOption({ label: 'Someone new…' });
  const joining = page.getByRole('form', { name: 'Someone new is writing' });
  await joining.getByLabel('Their name').fill('Ben Cole');
  await joining.getByRole('button', { name: 'Add to my team and write as them' }).click();
  await joining.waitFor({ state: 'detached' });
  await go(page, 'Goals together');
  await eventually(async () => assert.ok(live((await stored(page)).team ?? []).some((m) => m.name === 'Ben Cole')));
  await anotherTabSaves(ctx, page, `(plan) => {
    const goal = plan.goals[0];
    const ben = plan.team.find((m) => m.body.name === 'Ben Cole');
    const view = (why) => [{ by: ben.id, view: { why_it_matters: why, concerns: '' } }];
    goal.body.more_views = view('Safer at home');
    const mine = JSON.parse(JSON.stringify(goal.body));
    mine.more_views = view('Gets her out');
    goal.body.person_view.priority = 'medium';
    mine.person_view.priority = 'high';
    mine.baseline = -1;
    mine.weight = 3;
    mine.attainment_levels[4] = 'Walks there and back every day';
    const measure = (target) => ({ name: 'HbA1c', current: '58', target });
    goal.body.measures = [measure('48'), measure('53')];
    mine.measures = [measure('48'), measure('50')];
    const step = plan.actions[0];
    step.body.goal = goal.id;
    const stepMine = JSON.parse(JSON.stringify(step.body));
    stepMine.goal = null;
    stepMine.responsible = { kind: 'clinician' };
    plan.conflicts = [
      { kind: 'edited_elsewhere', mine: { goal: [goal.id, mine] }, stamp: { at: Date.now(), by: 'person' } },
      { kind: 'edited_elsewhere', mine: { action: [step.id, stepMine] }, stamp: { at: Date.now(), by: 'clinician' } },
    ];
  }`);
  const kept = page.getByRole('region', { name: 'Two versions to choose from' });
  const goal = kept.getByRole('listitem').filter({ hasText: 'An entry in goals' });
  const shown = async (item) => (await item.locator('.version').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  await eventually(async () => {
    const [inPlan, keptHere] = await shown(goal);
    assert.match(inPlan, /The person's view: How important Medium/);
    assert.match(keptHere, /The person's view: How important High/);
    assert.match(keptHere, /Weight 3/);
    assert.match(inPlan, /Weight Not written yet/);
    assert.match(keptHere, /Where the person is now \S/);
    // Each record of a list by its place: the second measure's target.
    assert.match(inPlan, /2\. Aim 53/);
    assert.match(keptHere, /2\. Aim 50/);
    // A team member's view, said as whose it is.
    assert.match(keptHere, /Ben Cole[^—]* — Why it matters Gets her out/);
    assert.match(inPlan, /Ben Cole[^—]* — Why it matters Safer at home/);
    // Which of the five levels a description is for.
    assert.match(keptHere, /Level description: \+2 Much more than expected Walks there and back every day/);
    assert.match(inPlan, /Level description: \+2 Much more than expected Not written yet/);
  });
  // A link by what it links to: the step's goal, and no goal at all.
  const step = kept.getByRole('listitem').filter({ hasText: 'An entry in steps' });
  await eventually(async () => {
    const both = (await shown(step)).join(' | ');
    assert.match(both, /Which goal is it for\? Walk to school/);
    assert.match(both, /Which goal is it for\? Not written yet/);
    // Who does it, as one choice: the clinician, not a kind apart.
    assert.match(both, /Who does it The clinician/);
  });
  const text = await kept.innerText();
  for (const saved of ['high', 'medium', 'person_view', '_', 'null', 'kind']) {
    assert.ok(!text.split(/\s+/).includes(saved) && !text.includes(`: ${saved}`), `no saved word "${saved}" in: ${text}`);
  }
  // On a phone 320 px wide, the names and values fit with no sideways scrolling.
  await page.setViewportSize({ width: 320, height: 700 });
  await eventually(async () => assert.ok(
    await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    'no sideways scrolling at 320 px'));
  await kept.screenshot({ path: '/tmp/kept-versions-320.png' });
  await ctx.close();
});

test('two tabs: an entry removed in one while the other is typing in it is kept and can come back', async () => {
  const { page: a, ctx } = await planWithGoalAndAction(browser);
  const b = await ctx.newPage();
  await b.goto(a.url());
  await b.getByRole('button', { name: 'Edit: Walk to the corner' }).click();
  // Regression: the editor closed and its typed words vanished.
  await b.getByRole('list', { name: 'Steps', exact: true }).getByLabel('When', { exact: true }).click();
  await Promise.all([
    a.getByRole('button', { name: 'Remove: Walk to the corner' }).click(),
    b.keyboard.type('Every morning after breakfast'),
  ]);
  const kept = b.getByRole('region', { name: 'Two versions to choose from' });
  await eventually(async () => {
    const p = await stored(b);
    assert.equal(live(p.actions).length, 0);
    assert.ok((p.conflicts ?? []).length === 1 || live(p.actions).some((x) => x.when.includes('Every morning')),
      'the words typed are kept');
  });
  if ((await stored(b)).conflicts?.length) {
    await kept.getByText('Removed in another tab or device while it was being changed here.').waitFor();
    await kept.getByRole('button', { name: 'Bring it back with these words' }).click();
    await eventually(async () => assert.equal(live((await stored(b)).actions)[0]?.when, 'Every morning after breakfast'));
  }
  await ctx.close();
});

test('another tab writing a newer version keeps this tab\'s last edit aside, and says so', async () => {
  const { page: a, ctx } = await planWithGoalAndAction(browser);
  await go(a, 'What matters to me');
  await addWhatMatters(a, 'Choir');
  await eventually(async () => assert.equal(live((await stored(a)).what_matters).length, 1));
  const b = await ctx.newPage();
  await b.goto(a.url());
  await b.getByRole('button', { name: 'Edit: Choir' }).click();
  const field = b.getByLabel('Change this entry');
  await field.click();
  await b.keyboard.press('End');
  // Regression: this edit stayed on screen, was never saved, and was gone on reload.
  await b.keyboard.type(' on Sundays');
  await a.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('coplan.plan.'));
    const doc = JSON.parse(localStorage.getItem(key));
    doc.schema_version = 99;
    localStorage.setItem(key, JSON.stringify(doc));
  });
  await b.getByText('Your last changes could not go into it, so they are kept aside on this device.', { exact: false }).waitFor();
  const download = b.waitForEvent('download');
  await b.getByRole('button', { name: 'Download my last changes' }).click();
  const file = await (await download).createReadStream();
  let text = '';
  for await (const chunk of file) text += chunk;
  assert.match(text, /Choir on Sundays/);
  await b.goto(server.url + '#/');
  const keptList = b.getByRole('alert').filter({ hasText: 'Changes kept aside' });
  await keptList.getByText('Changes to "Maria", made just before a newer CoPlan saved it').waitFor();
  await ctx.close();
});

test('after another tab clears storage, this tab no longer says Saved', async () => {
  const { page: a, ctx } = await openApp(browser, server.url);
  await createPlan(a, 'Maria');
  await addWhatMatters(a, 'Choir');
  await eventually(async () => assert.equal(live((await stored(a)).what_matters).length, 1));
  const b = await ctx.newPage();
  await b.goto(a.url());
  await b.getByRole('heading', { level: 1, name: 'What matters to me' }).waitFor();
  await b.locator('.save-status').getByText('Saved on this device').waitFor();
  await a.evaluate(() => localStorage.clear());
  // Regression: it kept saying "Saved on this device" until its next edit.
  await eventually(async () => assert.notEqual(await b.locator('.save-status').textContent(), 'Saved on this device'));
  await b.getByText('This plan was deleted in another tab.', { exact: false }).first().waitFor();
  await ctx.close();
});

test('a file whose entries share an id opens with an id for each, so editing one leaves the other alone', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  const stamp = { at: 1795543200000, by: 'person' };
  const entry = (text) => ({ id: 'same', created: stamp, changed: stamp, body: { text } });
  const doc = {
    format: 'coplan-plan', schema_version: 2,
    plan: { id: 'dup-plan', name: 'Maria', created: stamp, changed: stamp, revision: 2,
      what_matters: [entry('Choir'), entry('Lily')], history: [] },
  };
  await page.locator('input[type=file]').setInputFiles({ name: 'maria.coplan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.getByRole('region', { name: 'Before you open it' }).getByRole('button', { name: 'Open it' }).click();
  await nav(page).getByRole('link', { name: /^What matters to me/ }).click();
  await page.getByRole('button', { name: 'Edit: Lily' }).click();
  await typeInto(page, page.getByLabel('Change this entry'), ' on Wednesdays');
  await page.getByRole('button', { name: 'Done' }).click();
  await eventually(async () => assert.deepEqual(await entries(page), ['Choir', 'Lily on Wednesdays']));
  const ids = (await stored(page)).what_matters.map((e) => e.id);
  assert.equal(new Set(ids).size, 2);
  await ctx.close();
});

test('a file with a time stamp outside any real date, or a revision past counting, is refused kindly', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  const stamp = { at: 1795543200000, by: 'person' };
  const doc = (plan) => JSON.stringify({ format: 'coplan-plan', schema_version: 4,
    plan: { id: 'odd-plan', name: 'Maria', created: stamp, changed: stamp, revision: 2, history: { refs: [], lines: [] }, ...plan } });
  const files = {
    // Regression: previewed as "Last changed on 16 May -292275055".
    'far-past.coplan.json': doc({}).replace('"changed":{"at":1795543200000', '"changed":{"at":-9223372036854775808'),
    // Regression: the next edit wrapped the revision to 0.
    'max-revision.coplan.json': doc({}).replace('"revision":2', '"revision":18446744073709551615'),
  };
  // The same file, undamaged, opens to its preview: the refusals below are for the damage.
  await page.locator('input[type=file]').setInputFiles({ name: 'fine.coplan.json', mimeType: 'application/json', buffer: Buffer.from(doc({})) });
  await page.getByRole('region', { name: 'Before you open it' }).waitFor();
  for (const [name, text] of Object.entries(files)) {
    await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByText('This file could not be opened: parts of it are damaged. Nothing on this device was changed.').waitFor();
    assert.equal((await storedPlans(page)).length, 0, `${name}: nothing stored`);
  }
  await ctx.close();
});

// Regression: once a restored draft was added, the emptied form below still said
// "We kept what you were writing here." (every form: a line of text and an entry's).
test('after a kept draft is added, the emptied form no longer says it kept anything', async () => {
  const { page, ctx, problems } = await openApp(browser, server.url);
  await createPlan(page, 'Maria');
  const kept = () => page.getByText('We kept what you were writing here.');
  await page.getByLabel('Something that matters to me').fill('Singing');
  await page.reload();
  await kept().waitFor();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator('ol.entries').getByText('Singing', { exact: true }).waitFor();
  assert.equal(await kept().count(), 0);
  await go(page, 'Steps');
  await page.getByLabel('What will be done?').fill('Walk to the corner');
  await page.reload();
  await kept().waitFor();
  await page.getByRole('button', { name: 'Add step' }).click();
  await page.getByRole('button', { name: 'Edit: Walk to the corner' }).waitFor();
  assert.equal(await kept().count(), 0);
  assert.equal(await page.getByLabel('What will be done?').inputValue(), '', 'the form is there, empty');
  assert.deepEqual(problems, []);
  await ctx.close();
});
