// Journey 2, "Co-plan in the consultation": Maria and Dr Okafor (PERSONAS.md), twelve
// minutes at a clinic PC, from her agenda to "what we agreed" and forgetting the plan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  historyOf,
  serve, launch, openApp, eventually, storedPlans, createPlan, axe, nav, go,
} from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const writeAs = (page, who) => page.getByLabel('Writing as').selectOption(who);

/** Maria's agenda, written at home. */
async function mariasAgenda(page) {
  await createPlan(page, 'Maria');
  await nav(page).getByRole('link', { name: /My agenda for the visit/ }).click();
  for (const topic of ['My knee stops me walking Lily to school', 'My sugars when I walk']) {
    await page.getByLabel('A topic to talk about').fill(topic);
    await page.getByRole('button', { name: 'Add topic' }).click();
    await page.getByText(topic, { exact: true }).waitFor();
  }
  await page.getByLabel('A question to ask').fill('Could I do a walking group?');
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.getByText('Could I do a walking group?', { exact: true }).waitFor();
}

test('co-plan: agenda first, a goal in two voices, agreement and difference, actions, supports, safety net, summary, forget', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const { page, problems } = await openApp(browser, server.url, { context: ctx });
  await mariasAgenda(page);

  // The consultation starts from the agenda, on the same screen as the goals.
  await writeAs(page, 'clinician');
  await go(page, 'Goals together');
  await page.locator('.writing-as').getByText('The clinician', { exact: true }).waitFor();
  // A reload keeps who is writing in this tab.
  await page.reload();
  await page.locator('.writing-as').getByText('The clinician', { exact: true }).waitFor();
  const agenda = page.getByRole('complementary', { name: "The person's agenda" });
  await agenda.getByText('The one thing').waitFor();
  const layout = await page.evaluate(() => {
    const a = document.querySelector('.agenda-panel').getBoundingClientRect();
    const g = document.querySelector('.goals-panel').getBoundingClientRect();
    return { side: a.right <= g.left, top: Math.abs(a.top - g.top) < 80 };
  });
  assert.deepEqual(layout, { side: true, top: true }, 'agenda and goals sit side by side on a desktop');

  // The one thing becomes a goal in one step, in Maria's words.
  await agenda.getByRole('button', { name: 'Make this a goal: My knee stops me walking Lily to school' }).click();
  const goals = page.getByRole('list', { name: 'Goals' });
  await goals.getByRole('heading', { name: 'My knee stops me walking Lily to school' }).waitFor();
  assert.equal(await agenda.getByLabel('Talked about').first().isChecked(), true);
  // Regression: it was recorded as the clinician's suggestion because the clinician
  // was typing; the person raised it, and who suggested it is a choice.
  await goals.getByText('Suggested by: the person').waitFor();
  // Talked about is marked beside the person's words, never struck through them.
  const talked = agenda.getByRole('listitem').filter({ hasText: 'My knee stops me walking Lily to school' });
  await talked.getByText('Talked about', { exact: true }).first().waitFor();
  assert.equal(await talked.locator('.entry-words').evaluate((e) => getComputedStyle(e).textDecorationLine), 'none');

  // Both voices, side by side, the person's first; her words for the goal.
  await page.getByRole('button', { name: 'Edit: My knee stops me walking Lily to school' }).click();
  const editing = goals.getByRole('listitem').first();
  assert.equal(await editing.getByLabel('Who suggested this goal?').inputValue(), 'person');
  await editing.getByLabel("The goal, in the person's own words").fill('Walk Lily to school on Wednesdays by the summer');
  const person = editing.getByRole('group', { name: "The person's view" });
  const clinician = editing.getByRole('group', { name: "The clinician's view" });
  await person.getByLabel('Why it matters').fill('Time with Lily');
  await person.getByLabel('How important').selectOption('high');
  await clinician.getByLabel('Why it matters').fill('The knee and blood sugar both matter');
  await clinician.getByLabel('Worries or concerns').fill('Hypos when walking');
  await clinician.getByLabel('How important').selectOption('medium');
  // Goal attainment levels, baseline and dates.
  const levels = ["Can't walk to the end of the road", 'Walks to the corner shop', 'Walks to school once a week with one rest',
    'Walks to school once a week without a rest', 'Walks there and back'];
  for (const [i, label] of ['−2 Much less than expected', '−1 Less than expected', '0 As expected', '+1 More than expected', '+2 Much more than expected'].entries()) {
    await editing.getByLabel(label, { exact: true }).fill(levels[i]);
  }
  await editing.getByLabel('Where the person is now').selectOption('-1');
  await editing.getByLabel('Target date').fill('2027-07-15');
  await editing.getByLabel('Review date').fill('2027-03-10');
  await editing.getByRole('button', { name: 'Add a measure' }).click();
  await editing.getByLabel('Measure', { exact: true }).fill('HbA1c');
  await editing.getByLabel('Now', { exact: true }).fill('58');
  await editing.getByLabel('Aim', { exact: true }).fill('53');
  await editing.getByRole('button', { name: 'Done', exact: true }).click();
  const goal = goals.getByRole('listitem').filter({ hasText: 'Walk Lily to school on Wednesdays by the summer' });
  const voices = await goal.locator('.voice h4').allTextContents();
  assert.deepEqual(voices, ["The person's view", "The clinician's view"], "the person's words come first");
  await goal.getByText('HbA1c: now 58, aim 53').waitFor();
  await goal.getByRole('row', { name: /0 As expected Walks to school once a week with one rest/ }).waitFor();
  await goal.getByRole('row', { name: /Walks to the corner shop now/ }).waitFor();

  // Agreement is explicit.
  await goal.getByText('Suggested, not yet talked about').waitFor();
  await goal.getByRole('button', { name: 'We agree' }).click();
  await goal.getByText('Agreed', { exact: true }).waitFor();

  // A second goal where they agree to differ, in words.
  await page.getByRole('region', { name: 'Write a new goal' }).getByLabel("The goal, in the person's own words").fill('Change my diabetes tablets');
  await page.getByRole('button', { name: 'Add goal' }).click();
  const tablets = goals.getByRole('listitem').filter({ hasText: 'Change my diabetes tablets' });
  await tablets.getByRole('button', { name: 'Agree to differ' }).click();
  await tablets.getByRole('button', { name: 'Save' }).click();
  await tablets.getByText('Please write something for "Where you differ".').waitFor();
  await tablets.getByLabel('Where do you differ? Write both views.').fill('Maria wants to wait until after the choir concert; Dr Okafor would change them now');
  await tablets.getByRole('button', { name: 'Save' }).click();
  await tablets.getByText('Agreed to differ: Maria wants to wait until after the choir concert; Dr Okafor would change them now').waitFor();
  assert.deepEqual(await axe(page), [], 'goals screen');

  // A supporter and a community support, so actions can be shared out.
  await nav(page).getByRole('link', { name: /My people and supports/ }).click();
  await page.getByLabel('Name', { exact: true }).fill('Ana');
  await page.getByRole('button', { name: 'Add this person' }).click();
  await page.getByRole('list', { name: 'My people and supports' }).getByRole('heading', { name: 'Ana' }).waitFor();
  await go(page, 'Community supports');
  await page.getByLabel('Name of the group or service').fill('Riverside Walking for Health');
  await page.getByLabel('What it offers').fill('Gentle group walks, Tuesdays 10:00');
  await page.getByLabel('Referred', { exact: true }).check();
  await page.getByRole('checkbox', { name: 'Walk Lily to school on Wednesdays by the summer' }).check();
  await page.getByRole('button', { name: 'Add support' }).click();
  await page.getByRole('list', { name: 'Community supports' }).getByText('Referral: Referred').waitFor();

  // Steps: one with confidence 5 shows the kind suggestion, and can be made smaller.
  await writeAs(page, 'person');
  await go(page, 'Steps');
  const form = page.getByRole('region', { name: 'Add a step' });
  await form.getByLabel('What will be done?').fill('Walk 10 minutes after lunch, with a snack in my bag');
  await form.getByLabel('How often').fill('5 days a week');
  await form.getByLabel('Which goal is it for?').selectOption({ label: 'Walk Lily to school on Wednesdays by the summer' });
  await form.getByLabel('How sure are you that you can do this?').selectOption('8');
  await form.getByRole('button', { name: 'Add an if–then plan' }).click();
  await form.getByLabel('If…').fill('it rains');
  await form.getByLabel('then I will…').fill('walk in the shopping centre');
  await form.getByRole('button', { name: 'Add step' }).click();
  const steps = page.getByRole('list', { name: 'Steps', exact: true });
  await steps.getByText('If it rains, then walk in the shopping centre.').waitFor();

  await form.getByLabel('What will be done?').fill('Join the Tuesday walking group');
  await form.getByLabel('Who does it').selectOption({ label: 'Riverside Walking for Health' });
  await form.getByLabel('How sure are you that you can do this?').selectOption('5');
  await form.getByRole('note').getByText('Could you make it smaller or easier').waitFor();
  await form.getByRole('button', { name: 'Add step' }).click();
  const group = steps.getByRole('listitem').filter({ hasText: 'Join the Tuesday walking group' });
  await group.getByRole('note').getByText('This step may be hard to keep.').waitFor();
  await group.getByRole('button', { name: 'Edit: Join the Tuesday walking group' }).click();
  const editingStep = steps.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'What will be done?' }) });
  await editingStep.getByLabel('What will be done?').fill('Go to the walking group once and watch');
  await editingStep.getByLabel('How sure are you that you can do this?').selectOption('8');
  await editingStep.getByRole('button', { name: 'Done', exact: true }).click();
  const smaller = steps.getByRole('listitem').filter({ hasText: 'Go to the walking group once and watch' });
  await smaller.getByText('Sure they can do it: 8 out of 10').waitFor();
  assert.equal(await smaller.getByRole('note').count(), 0, 'no suggestion once the step feels doable');

  await writeAs(page, 'clinician');
  await form.getByLabel('What will be done?').fill('Refer Maria to physiotherapy for her knee');
  await form.getByLabel('Who does it').selectOption('clinician');
  await form.getByRole('button', { name: 'Add step' }).click();
  await steps.getByText('Refer Maria to physiotherapy for her knee').waitFor();
  await form.getByLabel('What will be done?').fill('Walk with Maria on Saturdays');
  await form.getByLabel('Who does it').selectOption({ label: 'Ana' });
  await form.getByRole('button', { name: 'Add step' }).click();
  await steps.getByRole('listitem').filter({ hasText: 'Walk with Maria on Saturdays' }).getByText('Who does it: Ana').waitFor();
  assert.deepEqual(await axe(page), [], 'actions screen');

  // The safety net, in zones with words.
  await go(page, 'Safety net');
  const amber = page.getByRole('region', { name: 'Amber: getting worse' });
  await amber.getByLabel('Signs (Amber: getting worse)').fill('Blood sugar under 4 twice in a week');
  await amber.getByLabel('What to do').fill('Call the practice');
  await amber.getByRole('button', { name: 'Add to Amber: getting worse' }).click();
  const red = page.getByRole('region', { name: 'Red: urgent' });
  await red.getByLabel('Signs (Red: urgent)').fill('Chest pain or fainting when walking');
  await red.getByLabel('What to do').fill('Call emergency services');
  await red.getByLabel('Or a number or service to call').fill('999');
  await red.getByRole('button', { name: 'Add to Red: urgent' }).click();
  await red.getByText('Chest pain or fainting when walking').waitFor();
  assert.deepEqual(await axe(page), [], 'safety net screen');

  // What we agreed: all of it, on screen and on paper.
  await go(page, 'What we agreed');
  await page.getByLabel('Date of the next review').fill('2027-03-10');
  await page.getByLabel('Date of the next review').blur();
  await page.locator('.next-review').getByText('10 March 2027').waitFor();
  assert.deepEqual(await axe(page), [], 'what we agreed');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await nav(page).isVisible(), false);
  const summary = await page.locator('article.agreed').innerText();
  for (const expected of [
    'Walk Lily to school on Wednesdays by the summer',
    'Agreed to differ: Maria wants to wait until after the choir concert; Dr Okafor would change them now',
    'What we expect: Walks to school once a week with one rest',
    'Walk 10 minutes after lunch, with a snack in my bag · 5 days a week · Who does it: Maria · Sure they can do it: 8 out of 10',
    'If it rains, then walk in the shopping centre.',
    'Go to the walking group once and watch',
    'Refer Maria to physiotherapy for her knee',
    'Who does it: Ana',
    'Riverside Walking for Health · Referred',
    'Blood sugar under 4 twice in a week: Call the practice.',
    'Chest pain or fainting when walking: Call emergency services (999).',
    '10 March 2027',
  ]) {
    assert.ok(summary.includes(expected), `summary shows: ${expected}\n---\n${summary}`);
  }
  assert.ok(!summary.includes('Forget this plan'), 'no controls on paper');
  await page.emulateMedia({ media: 'screen' });

  // The history shows who wrote what.
  const [doc] = await storedPlans(page);
  const byWhom = historyOf(doc.plan).filter((h) => h.verb === 'agreement').map((h) => h.stamp.by);
  assert.deepEqual(byWhom, ['clinician', 'clinician']);
  const walk = doc.plan.actions.find((a) => a.body.what.startsWith('Walk 10'));
  assert.equal(walk.created.by, 'person');

  // Forget the plan on the clinic PC.
  await page.getByRole('button', { name: 'Forget this plan on this device' }).click();
  const forget = page.getByRole('dialog', { name: 'Forget this plan on this device?' });
  // Regression: nothing was said of the files downloaded on this PC.
  await forget.getByText('Files downloaded on this computer are not removed.', { exact: false }).waitFor();
  // A link holds the whole plan, and stays in the browser's history (a second reader).
  await forget.getByText("If the plan came here by a link, clear this browser's history too", { exact: false }).waitFor();
  await forget.getByRole('button', { name: 'Forget this plan on this device' }).click();
  await page.getByRole('heading', { level: 1, name: 'Welcome to CoPlan' }).waitFor();
  await page.getByRole('status').getByText('The plan was removed from this device.', { exact: false }).waitFor();
  assert.deepEqual(await storedPlans(page), []);
  // Regression: who was writing stayed in session storage; nothing of the plan is left
  // (the tab's own name among drafts is random and names no one).
  assert.deepEqual(await page.evaluate(() => [Object.keys(localStorage).filter((k) => !k.startsWith('coplan.settings')), Object.keys(sessionStorage).filter((k) => k !== 'coplan.tab')]), [[], []]);
  assert.match(await page.evaluate(() => sessionStorage.getItem('coplan.tab')), /^[0-9a-f]{8}$/);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Welcome to CoPlan' }).waitFor();
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('goals without an agenda, undo of an agreement, and set aside with a reason', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  await createPlan(page, 'Sam');
  await go(page, 'Goals together');
  await page.getByText('No agenda was written for this visit.').waitFor();
  await page.getByLabel("The goal, in the person's own words").fill('Play five-a-side on Thursdays');
  await page.getByRole('button', { name: 'Add goal' }).click();
  const goal = page.getByRole('list', { name: 'Goals' }).getByRole('listitem').first();
  await goal.getByRole('button', { name: 'We agree' }).click();
  await goal.getByText('Agreed', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await goal.getByText('Suggested, not yet talked about').waitFor();
  await goal.getByRole('button', { name: 'Set aside' }).click();
  await goal.getByLabel('Why set it aside for now?').fill('Asthma first');
  await goal.getByRole('button', { name: 'Save' }).click();
  await goal.getByText('Set aside: Asthma first').waitFor();
  // Focus goes back to the button that opened the words (regression: to the page's start).
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Set aside'));
  await go(page, 'What we agreed');
  await page.getByRole('region', { name: 'Set aside for now' }).getByText('Play five-a-side on Thursdays: Set aside: Asthma first').waitFor();
  await page.getByText('No goals agreed yet.').waitFor();
  await ctx.close();
});

test('What we agreed: the next review\'s field holds the date shown above it, and changing it changes what is shown', async () => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await ctx.clock.setFixedTime(new Date('2026-12-06T10:00:00'));
  const { page, problems } = await openApp(browser, server.url, { context: ctx });
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await go(page, 'What we agreed');
  // From her goal's review date: shown, and in the field (it was empty beneath it).
  await page.locator('.next-review').getByText('7 February 2027').waitFor();
  assert.equal(await page.getByLabel('Date of the next review').inputValue(), '2027-02-07');
  await page.getByLabel('Date of the next review').fill('2027-01-20');
  await page.getByLabel('Date of the next review').blur();
  await page.locator('.next-review').getByText('20 January 2027').waitFor();
  await page.reload();
  assert.equal(await page.getByLabel('Date of the next review').inputValue(), '2027-01-20');
  assert.deepEqual(problems, []);
  await ctx.close();
});

// Regression: removing a goal or a group left each step that pointed at it refusing every
// keystroke ("This is linked to something that has been removed"), and its form showed
// "No goal", so choosing "No goal" changed nothing.
test('a step whose goal and group were removed stays editable, and says what it holds', async () => {
  const { page, ctx, problems } = await openApp(browser, server.url);
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await go(page, 'Goals together');
  // What she hopes to get from the visit is beside the goals (regression: only on her
  // own page for the appointment).
  const panel = page.getByRole('complementary', { name: "The person's agenda" });
  await panel.getByText('A plan to get walking again').waitFor();
  await page.getByRole('button', { name: 'Remove: Walk Lily to school on Wednesdays by the summer' }).click();
  await page.getByText('Removed "Walk Lily to school on Wednesdays by the summer".').waitFor();
  await go(page, 'Community supports');
  await page.getByRole('button', { name: 'Remove: Riverside Walking for Health' }).click();
  await page.getByText('Removed "Riverside Walking for Health".').waitFor();
  await go(page, 'Steps');
  // Add with nothing written: refused, and focus goes to the field that needs words,
  // which says why (regression: focus stayed on the button, and nothing was read out).
  await page.getByRole('button', { name: 'Add step' }).click();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), await page.getByLabel('What will be done?').first().getAttribute('id')));
  await page.getByRole('button', { name: 'Edit: Go to the walking group once and watch' }).click();
  const form = page.getByRole('list', { name: 'Steps', exact: true }).getByRole('listitem').filter({ has: page.getByLabel('Which goal is it for?') });
  const goal = form.getByLabel('Which goal is it for?');
  const who = form.getByLabel('Who does it');
  const shown = (select) => select.evaluate((s) => s.selectedOptions[0]?.textContent);
  assert.equal(await shown(goal), 'Removed from the plan: Walk Lily to school on Wednesdays by the summer');
  assert.equal(await shown(who), 'Removed from the plan: Riverside Walking for Health');
  const step = async () => {
    const plan = (await storedPlans(page))[0].plan;
    return plan.actions.find((a) => !a.removed && a.body.what === 'Go to the walking group once and watch').body;
  };
  // Typed while it still points at both: kept, and no refusal.
  await form.getByLabel('When', { exact: true }).fill('Next Tuesday at ten');
  await eventually(async () => assert.equal((await step()).when, 'Next Tuesday at ten'));
  assert.equal(await page.getByText('linked to something that has been removed').count(), 0);
  assert.equal((await step()).responsible.kind, 'community_support');
  await goal.selectOption({ label: 'No goal' });
  await who.selectOption({ label: 'The person' });
  await eventually(async () => {
    const s = await step();
    assert.equal(s.when, 'Next Tuesday at ten');
    assert.equal(s.goal ?? null, null);
    assert.equal(s.responsible.kind, 'person');
  });
  await page.reload();
  await page.getByText('Next Tuesday at ten').waitFor();
  assert.deepEqual(problems, []);
  await ctx.close();
});

// Regression: a new goal was credited to whoever was writing when its form first
// appeared: Maria typed her goal after "Writing as" changed to her, and it was saved as
// suggested by the clinician.
test('a new goal is proposed by whoever is writing when it is added', async () => {
  const { page, ctx, problems } = await openApp(browser, server.url);
  await createPlan(page, 'Maria');
  await writeAs(page, 'clinician');
  await go(page, 'Goals together');
  const newGoal = page.getByRole('region', { name: 'Write a new goal' });
  await newGoal.getByLabel("The goal, in the person's own words").waitFor();
  await writeAs(page, 'person');
  await newGoal.getByLabel("The goal, in the person's own words").fill('Walk Lily to school');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('list', { name: 'Goals' }).getByRole('listitem').first().waitFor();
  await eventually(async () => {
    const { plan } = (await storedPlans(page))[0];
    assert.equal(plan.goals.find((g) => g.body.wording === 'Walk Lily to school')?.body.proposed_by, 'person');
  });
  assert.deepEqual(problems, []);
  await ctx.close();
});

// Regression: on a phone the "Change who is writing" button beside "Writing as" pointed at
// a choice folded away in the closed menu, and did nothing.
test('on a phone, "Change who is writing" opens the menu at the choice', async () => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await openApp(browser, server.url, { context: ctx });
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await go(page, 'Goals together');
  await page.getByRole('button', { name: 'Change who is writing' }).click();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), 'author-select'));
  assert.ok(await page.getByLabel('Writing as').isVisible());
  assert.deepEqual(problems, []);
  await ctx.close();
});
