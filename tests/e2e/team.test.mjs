// The team around the person (issue 19): Maria's team with her first contact first;
// someone new added at full speed and kept through a reload; the safety net saying who
// to ring, how and when; "Who's who" on one A4 page; a copy for the physiotherapist
// holding only the knee step, with his note coming back read first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { serve, launch, openApp, eventually, storedPlans, go, axe, openMenu } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const shots = path.join(path.dirname(new URL(import.meta.url).pathname), 'screenshots');

async function sample(context) {
  const app = await openApp(browser, server.url, context ? { context } : {});
  await app.page.getByRole('button', { name: 'Try a sample plan' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  return app;
}

const cards = (page) => page.locator('li.member');
const names = async (page) => (await cards(page).locator('h2').allInnerTexts()).map((n) => n.split(' · ')[0]);

test('My team: first contact first, someone new added at full speed survives a reload, one first contact at a time', async () => {
  const { page, ctx } = await sample();
  await go(page, 'My team');
  await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
  assert.deepEqual(await names(page), ['Priya Patel', 'Dr Okafor', 'Jon Reyes', 'Grace Mensah']);
  const first = cards(page).first();
  await first.getByText('My first contact', { exact: true }).waitFor();
  await first.getByText('01632 960 123 (the surgery) (Mon–Fri 8:00–18:30)').waitFor();
  assert.equal(await page.getByText('My first contact', { exact: true }).count(), 1);

  // Adult social care, met in the middle of a visit: typed at full speed, straight after the click.
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Add to my team' }) });
  await page.getByLabel('Their name').click();
  await page.keyboard.type('Ben Cole', { delay: 0 });
  await page.getByLabel('What they are').selectOption({ label: 'Social worker' });
  await page.getByLabel('Where they work').pressSequentially('Adult social care', { delay: 0 });
  await page.getByLabel('How to reach them').pressSequentially('01632 960 789', { delay: 0 });
  await page.getByLabel('When you can reach them').pressSequentially('Mon–Thu 9:00–17:00', { delay: 0 });
  await page.getByLabel('What they do for me').pressSequentially("Carer's assessment for Tom", { delay: 0 });
  // Half-written: the tab reloads before "Add to my team".
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
  assert.equal(await page.getByLabel('Their name').inputValue(), 'Ben Cole', 'the words come back after a reload');
  assert.equal(await page.getByLabel('What they do for me').inputValue(), "Carer's assessment for Tom");
  assert.equal(await page.getByLabel('What they are').inputValue(), 'social-worker');
  await form.getByRole('button', { name: 'Add to my team' }).click();
  await eventually(async () => assert.deepEqual(await names(page), ['Priya Patel', 'Dr Okafor', 'Jon Reyes', 'Grace Mensah', 'Ben Cole']));
  const ben = cards(page).filter({ hasText: 'Ben Cole' });
  await ben.getByText('Ben Cole · social worker').waitFor();

  // "Other" needs the role in words.
  await page.getByLabel('Their name').fill('Sue');
  await page.getByLabel('What they are').selectOption({ label: 'Other' });
  await page.getByRole('button', { name: 'Add to my team' }).click();
  await page.getByText(/Role/).first().waitFor();
  await page.getByLabel('Their role in your words').fill("Carers' centre adviser");
  await page.getByRole('button', { name: 'Add to my team' }).click();
  await cards(page).filter({ hasText: "Sue · Carers' centre adviser" }).waitFor();

  // Ben becomes the first contact: he moves to the top, Priya is no longer marked.
  await ben.getByRole('button', { name: 'Make them my first contact' }).click();
  await eventually(async () => assert.equal((await names(page))[0], 'Ben Cole'));
  assert.equal(await page.getByText('My first contact', { exact: true }).count(), 1);
  await page.getByRole('status').filter({ hasText: 'First contact changed.' }).or(page.getByText('First contact changed.')).first().waitFor();
  assert.deepEqual(await axe(page), []);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
  assert.equal((await names(page))[0], 'Ben Cole');
  await eventually(async () => {
    const { plan } = (await storedPlans(page))[0];
    const marked = plan.team.filter((m) => m.body.first_contact).map((m) => m.body.name);
    assert.deepEqual(marked, ['Ben Cole']);
    const b = plan.team.find((m) => m.body.name === 'Ben Cole').body;
    assert.equal(b.role, 'social_worker');
    assert.equal(b.hours, 'Mon–Thu 9:00–17:00');
  });
  await ctx.close();
});

test('after two devices each marked a first contact, editing the one not shown leaves the first contact where it is', async () => {
  const { page, ctx } = await sample();
  await eventually(async () => assert.ok((await storedPlans(page)).length === 1));
  // As a merge leaves it: Dr Okafor marked too, on the other device, earlier.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('coplan.plan.'));
    const doc = JSON.parse(localStorage.getItem(key));
    const patel = doc.plan.team.find((m) => m.body.first_contact);
    const okafor = doc.plan.team.find((m) => m.body.name === 'Dr Okafor');
    okafor.body.first_contact = true;
    okafor.changed = { ...okafor.changed, at: patel.changed.at - 60000 };
    localStorage.setItem(key, JSON.stringify(doc));
  });
  await page.reload();
  await go(page, 'My team');
  assert.deepEqual((await names(page))[0], 'Priya Patel');
  await page.getByRole('button', { name: 'Edit: Dr Okafor' }).click();
  await page.getByRole('form', { name: 'Edit: Dr Okafor' }).getByLabel('How to reach them').fill('0161 496 0000');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await cards(page).filter({ hasText: '0161 496 0000' }).waitFor();
  // Regression: the edit made his hidden mark the latest, and he became first contact.
  assert.deepEqual((await names(page))[0], 'Priya Patel');
  await cards(page).first().getByText('My first contact', { exact: true }).waitFor();
  assert.equal(await page.getByText('My first contact', { exact: true }).count(), 1);
  await eventually(async () => {
    const { plan } = (await storedPlans(page))[0];
    assert.ok(!plan.team.find((m) => m.body.name === 'Dr Okafor').body.first_contact, 'his hidden mark is cleared');
  });
  await ctx.close();
});

test('a phone 320 px wide shows My team, and the menu with everyone who may write, without sideways scrolling', async () => {
  const { page, ctx } = await sample(await browser.newContext({ viewport: { width: 320, height: 640 } }));
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: /^My team/ }).click();
  await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scroll');
  await page.screenshot({ path: path.join(shots, 'team-320.png'), fullPage: true });
  // Regression: "Writing as" holds names and roles ("Grace Mensah, community link
  // worker"), and its list pushed the open menu past the screen's edge.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByLabel('Writing as').waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scroll with the menu open');
  await ctx.close();
});

test('the safety net names who to ring with how and when; a new line can name a team member', async () => {
  const { page, ctx } = await sample();
  await go(page, 'Safety net');
  const amber = page.getByRole('region', { name: /Amber/ });
  await amber.getByText('Contact Priya Patel, practice nurse: 01632 960 123 (the surgery) (Mon–Fri 8:00–18:30)').waitFor();
  await amber.getByLabel(/^Signs/).fill('Knee swollen and hot');
  await amber.getByLabel('What to do').fill('Rest it and ring the physio');
  await amber.getByLabel('Who to contact').selectOption({ label: 'Jon Reyes, physiotherapist' });
  await amber.getByRole('button', { name: /^Add to/ }).click();
  await amber.getByText('Contact Jon Reyes, physiotherapist: By letter; 01632 960 456 to change an appointment (Weekdays 9:00–17:00)').waitFor();
  // "What we agreed" says it too.
  await go(page, 'What we agreed');
  await page.getByText(/Knee swollen and hot.*Contact Jon Reyes, physiotherapist/).waitFor();
  assert.deepEqual(await axe(page), []);
  await ctx.close();
});

test("Who's who prints on one A4 page: first contact at the top, what each does, how and when to reach them", async () => {
  const { page, ctx } = await sample();
  await go(page, 'My team');
  await page.getByRole('link', { name: "Who's who: one page to print" }).click();
  await page.getByRole('heading', { level: 1, name: "Who's who for Maria" }).waitFor();
  assert.deepEqual(await axe(page), []);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'coplan-whos-who-'));
  const pdf = path.join(dir, 'whos-who.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  assert.equal(pages.length, 1, 'one page');
  const text = pages[0].replace(/\s+/g, ' ');
  await fs.writeFile(path.join(os.tmpdir(), 'whos-who.txt'), text);
  for (const part of ['My first contact', 'Priya Patel', 'Dr Okafor', 'Jon Reyes', 'Grace Mensah', 'Mon–Fri 8:00–18:30',
    'Does: Refer Maria to physiotherapy for her knee', 'Ring them if: Blood sugar under 4 twice in a week',
    'Reviews: Walk Lily to school on Wednesdays by the summer', 'Family and friends', 'Ana', '999']) {
    assert.ok(text.includes(part), `${part} is on the page`);
  }
  assert.ok(text.indexOf('Priya Patel') < text.indexOf('Dr Okafor'), 'first contact first');
  assert.ok(!text.includes('Print this page'), 'no buttons on paper');
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, path.join(shots, 'whos-who-a4')]);
  await ctx.close();
});

test('a copy for the physiotherapist holds only the knee step; his note comes back, read first', async () => {
  const maria = await sample();
  const { page } = maria;
  await go(page, 'My team');
  const jonId = await cards(page).filter({ hasText: 'Jon Reyes' }).getAttribute('id');
  const jon = page.locator(`[id="${jonId}"]`);
  // Jon plans the knee exercises with Maria from now on: he may write notes back.
  await jon.getByRole('button', { name: 'Edit: Jon Reyes' }).click();
  await jon.getByLabel('Plans with me').check();
  await jon.getByRole('button', { name: 'Done', exact: true }).click();
  await jon.getByText('Plans with me').waitFor();
  await jon.getByRole('button', { name: 'Share a copy with Jon Reyes' }).click();
  const panel = page.locator('.make-copy');
  await panel.getByText('Jon Reyes plans with you, so they can add notes').waitFor();
  // Everything is ticked for someone who plans jointly: Maria keeps only the knee step.
  for (const group of await panel.getByRole('group').all()) {
    for (const box of await group.getByRole('checkbox').all()) {
      const label = await box.evaluate((b) => b.labels[0]?.innerText ?? '');
      if (box && await box.isChecked() && label !== 'Show Maria exercises for her knee' && label !== 'Jon Reyes') await box.uncheck();
    }
  }
  await panel.getByRole('button', { name: 'Make a link' }).click();
  const link = await panel.getByRole('textbox', { name: 'Link to this plan' }).inputValue();

  const jonsPc = await openApp(browser, server.url, { context: await browser.newContext() });
  await jonsPc.page.goto(link);
  await jonsPc.page.getByRole('heading', { name: 'Before you open it' }).waitFor();
  await jonsPc.page.getByText(/^This is a copy for Jon Reyes, made on/).waitFor();
  await jonsPc.page.getByRole('button', { name: 'Open it' }).click();
  await jonsPc.page.getByRole('heading', { level: 1, name: 'Maria (sample): a copy' }).waitFor();
  const body = await jonsPc.page.locator('main').innerText();
  assert.ok(body.includes('Show Maria exercises for her knee'));
  for (const left of ['Walk with Maria on Saturdays', 'Walk Lily to school', 'Priya Patel', 'Blood sugar under 4']) {
    assert.ok(!body.includes(left), `${left} is not in Jon's copy`);
  }
  const stored = await jonsPc.page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage))));
  assert.ok(!stored.includes('Priya Patel') && !stored.includes('Singing in the church choir'), 'nor in storage');
  await jonsPc.page.getByLabel('Your note – Show Maria exercises for her knee').fill('Squats to a chair, 3 × 10, every morning');
  await jonsPc.page.getByRole('form', { name: 'Show Maria exercises for her knee' }).getByRole('button', { name: 'Save the note' }).click();
  await jonsPc.page.getByText('Note saved.').waitFor();
  const back = jonsPc.page.getByRole('region', { name: 'Send your notes back to Maria (sample)' });
  await back.getByRole('button', { name: 'Make a link' }).click();
  const notes = await back.getByRole('textbox', { name: 'Link to this plan' }).inputValue();

  await page.goto(notes);
  await page.getByRole('heading', { name: 'Before you open it' }).waitFor();
  await page.getByText('Notes from Jon Reyes on the steps you share. Nothing else in your plan changes.').waitFor();
  const noteBack = page.getByRole('group', { name: 'Notes from Jon Reyes: untick any you want to leave out' });
  await noteBack.getByLabel(/^On “Show Maria exercises for her knee”, .*: Squats to a chair, 3 × 10, every morning$/).waitFor();
  await page.getByRole('button', { name: 'Bring it in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await go(page, 'My agenda for the visit');
  await page.getByRole('region', { name: 'Prepare my next visit' }).getByText('Squats to a chair, 3 × 10, every morning').first().waitFor();
  await jonsPc.ctx.close();
  await maria.ctx.close();
});

test("Maria's visit: the practice nurse and the GP each write in their own name; someone new joins in one step", async () => {
  const { page, ctx } = await sample();
  const writeAs = (label) => page.getByLabel('Writing as').selectOption({ label });
  // The nurse adds a step and the amber line she will answer.
  await writeAs('Priya Patel, practice nurse');
  await go(page, 'Steps');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Add step' }) });
  await form.getByLabel('What will be done?').fill('Check my sugars before and after the walk, for two weeks');
  await form.getByLabel('Who does it').selectOption({ label: 'Priya Patel, practice nurse' });
  await form.getByRole('button', { name: 'Add step' }).click();
  const steps = page.getByRole('list', { name: 'Steps', exact: true });
  await steps.getByText('Check my sugars before and after the walk, for two weeks').waitFor();
  await steps.getByText('Who does it: Priya Patel, practice nurse').waitFor();
  // The GP writes his view of the goal in his own name.
  await writeAs('Dr Okafor, GP');
  await go(page, 'Goals together');
  const goal = page.locator('li.goal').first();
  await goal.getByRole('heading', { name: "Dr Okafor's view (GP)" }).waitFor();
  await goal.getByRole('button', { name: /^Edit/ }).click();
  await page.getByRole('group', { name: "Dr Okafor's view (GP)" }).getByLabel('Concerns').fill('Hypos when walking; the knee');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.locator('li.goal').first().getByText('Hypos when walking; the knee').waitFor();
  // The nurse adds her own view beside his: several team members, each in their name.
  await writeAs('Priya Patel, practice nurse');
  await page.locator('li.goal').first().getByRole('button', { name: /^Edit/ }).click();
  await page.getByRole('button', { name: 'Add my view' }).click();
  const hers = page.getByRole('group', { name: "Priya Patel's view (practice nurse)" });
  await hers.getByLabel('Why it matters').pressSequentially('Her sugars are steadier on walking days', { delay: 0 });
  assert.equal(await page.getByRole('button', { name: 'Add my view' }).count(), 0, 'one view each');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  const card = page.locator('li.goal').first();
  await card.getByRole('heading', { name: "Priya Patel's view (practice nurse)" }).waitFor();
  await card.getByText('Her sugars are steadier on walking days').waitFor();
  await card.getByRole('heading', { name: "Dr Okafor's view (GP)" }).waitFor();

  // Adult social care joins mid-visit: "Someone new", one step.
  await page.getByLabel('Writing as').selectOption({ label: 'Someone new…' });
  const joining = page.getByRole('form', { name: 'Someone new is writing' });
  // The form comes with a part of its own: focus goes to the name as it appears.
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), 'new-writer-name'));
  await joining.getByLabel('Their name').fill('Ben Cole');
  await joining.getByLabel('What they are').selectOption({ label: 'social worker' });
  assert.deepEqual(await axe(page), []);
  await joining.getByRole('button', { name: 'Add to my team and write as them' }).click();
  await joining.waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel('Writing as').locator('option:checked').innerText(), 'Ben Cole, social worker');
  await go(page, 'Steps');
  await form.getByLabel('What will be done?').fill("Arrange a carer's assessment for Tom");
  await form.getByLabel('Who does it').selectOption({ label: 'Ben Cole, social worker' });
  await form.getByRole('button', { name: 'Add step' }).click();
  await steps.getByText("Arrange a carer's assessment for Tom").waitFor();

  // A reload keeps who is writing (this tab only).
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Steps', exact: true }).waitFor();
  assert.equal(await page.getByLabel('Writing as').locator('option:checked').innerText(), 'Ben Cole, social worker');

  // History names each of them; the saved plan records who, by id.
  await go(page, 'History');
  for (const line of ['Priya Patel, practice nurse added to steps: "Check my sugars before and after the walk, for two weeks"',
    "Ben Cole, social worker added to steps: \"Arrange a carer's assessment for Tom\""]) {
    await page.getByText(line).first().waitFor();
  }
  await page.getByText(/Dr Okafor, GP changed an entry in goals/).first().waitFor();
  await eventually(async () => {
    const { plan } = (await storedPlans(page))[0];
    const who = (name) => plan.team.find((m) => m.body.name === name).id;
    const step = plan.actions.find((a) => a.body.what.startsWith('Check my sugars'));
    assert.equal(step.created.who, who('Priya Patel'));
    assert.equal(step.created.by, 'clinician');
    assert.equal(plan.goals[0].changed.who, who('Priya Patel'), 'she wrote last');
    assert.equal(plan.goals[0].body.clinician_view_by, who('Dr Okafor'));
    assert.deepEqual(plan.goals[0].body.more_views.map((v) => [v.by, v.view.why_it_matters]),
      [[who('Priya Patel'), 'Her sugars are steadier on walking days']]);
    assert.ok(plan.actions.some((a) => a.created.who === who('Ben Cole')));
  });
  // Opened on another device, the preview names who changed it last as it is written
  // (it was lowered: "by ben cole, social worker").
  const [document] = await storedPlans(page);
  const other = await openApp(browser, server.url);
  await other.page.getByLabel('Choose a CoPlan file').setInputFiles({
    name: 'maria.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)),
  });
  await other.page.getByRole('region', { name: 'Before you open it' })
    .getByText(/Last changed on .*, by Ben Cole, social worker\./).waitFor();
  await other.ctx.close();
  await ctx.close();
});

test("the second voice written by an unnamed clinician stays theirs: the GP writing next adds his own view beside it", async () => {
  const { page, ctx } = await sample();
  await page.getByLabel('Writing as').selectOption({ label: 'The clinician' });
  await go(page, 'Goals together');
  await page.getByRole('region', { name: 'Write a new goal' }).getByLabel("The goal, in the person's own words").fill('Sing in the choir again');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('button', { name: 'Edit: Sing in the choir again' }).click();
  await page.getByRole('group', { name: "The clinician's view" }).getByLabel('Worries or concerns').fill('Breathless on the stairs to the loft');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  const card = page.locator('li.goal', { hasText: 'Sing in the choir again' });
  await card.getByText('Breathless on the stairs to the loft').waitFor();

  // Dr Okafor did not write those words: the form must not put his name over them, and
  // he can still add his own view.
  await page.getByLabel('Writing as').selectOption({ label: 'Dr Okafor, GP' });
  await card.getByRole('button', { name: /^Edit/ }).click();
  await page.getByRole('group', { name: "The clinician's view" }).getByLabel('Worries or concerns').waitFor();
  assert.equal(await page.getByRole('group', { name: "Dr Okafor's view (GP)" }).count(), 0, 'not credited to whoever is writing');
  await page.getByRole('button', { name: 'Add my view' }).click();
  await page.getByRole('group', { name: "Dr Okafor's view (GP)" }).getByLabel('Why it matters').pressSequentially('Singing is her breathing exercise', { delay: 0 });
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await card.getByRole('heading', { name: "Dr Okafor's view (GP)" }).waitFor();
  await card.getByRole('heading', { name: "The clinician's view" }).waitFor();
  await card.getByText('Singing is her breathing exercise').waitFor();
  await card.getByText('Breathless on the stairs to the loft').waitFor();
  await ctx.close();
});

test('the joining-up question over two reviews: kept in Progress with its table; a "no" is offered to the next visit', async () => {
  const ctx = await browser.newContext();
  await ctx.clock.setFixedTime(new Date('2026-10-01T10:00:00'));
  const { page } = await sample(ctx);
  const review = async (day, answer, why) => {
    await ctx.clock.setFixedTime(new Date(`${day}T10:00:00`));
    await go(page, 'Check in');
    await page.getByLabel('Date of this check-in').fill(day);
    const question = page.getByRole('group', { name: 'Did the people helping you know what the others were doing?' });
    await question.getByRole('radio', { name: answer, exact: true }).check();
    if (why) await page.getByLabel('Why? In your words').pressSequentially(why, { delay: 0 });
    await page.getByRole('button', { name: 'Save this check-in' }).click();
    await page.getByRole('status').filter({ hasText: /^Check-in saved for/ }).waitFor();
  };
  // Eight weeks on: "partly", in her words; at the next review, "yes".
  await review('2026-11-26', 'Partly', 'The physio did not know about the walking group');
  await review('2027-01-21', 'Yes');
  await go(page, 'Progress');
  const card = page.getByRole('region', { name: 'Joining up' });
  await card.getByText('Yes 1 · Partly 1 · No 0').waitFor();
  const table = card.getByRole('table', { name: 'Joining up, check-in by check-in' });
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.deepEqual(rows, [
    ['26 November 2026', 'Partly', 'The physio did not know about the walking group'],
    ['21 January 2027', 'Yes', '–'],
  ]);
  assert.deepEqual(await axe(page), []);
  // Nothing to raise yet; a "no" is offered to the next visit, in her words.
  await go(page, 'My agenda for the visit');
  const next = page.getByRole('region', { name: 'Prepare my next visit' });
  assert.equal(await next.getByText(/did not know what the others were doing/).count(), 0);
  await review('2027-02-01', 'No', "Nobody told the surgery about Tom's assessment");
  await go(page, 'My agenda for the visit');
  await next.getByText("The people helping me did not know what the others were doing: Nobody told the surgery about Tom's assessment").waitFor();
  await next.getByText('Why: you said the people helping you did not know what the others were doing').waitFor();
  // Kept in the plan, answer and words, through a reload.
  await page.reload();
  await eventually(async () => {
    const { plan } = (await storedPlans(page))[0];
    const answers = plan.check_ins.entries.map((c) => c.body.joined_up?.answer).filter(Boolean);
    assert.deepEqual(answers, ['partly', 'yes', 'no']);
  });
  await ctx.close();
});

test('the same person added twice is asked about, and made one keeps everything either was part of', async () => {
  const { page, ctx } = await sample();
  await go(page, 'My team');
  const addBen = async (contact, hours) => {
    await page.getByLabel('Their name').fill('Ben Cole');
    await page.getByLabel('What they are').selectOption({ label: 'Social worker' });
    if (contact) await page.getByLabel('How to reach them').fill(contact);
    if (hours) await page.getByLabel('When you can reach them').fill(hours);
    await page.getByRole('button', { name: 'Add to my team' }).click();
  };
  await addBen('01632 960 789', '');
  await cards(page).filter({ hasText: 'Ben Cole' }).waitFor();
  assert.equal(await page.getByText(/is on your team twice/).count(), 0, 'one Ben: nothing to ask');
  await addBen('', 'Mon–Thu 9:00–17:00');
  await eventually(async () => assert.equal(await cards(page).filter({ hasText: 'Ben Cole' }).count(), 2));
  // The later Ben does a step before the person notices.
  await go(page, 'Steps');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Add step' }) });
  await form.getByLabel('What will be done?').fill("Arrange a carer's assessment for Tom");
  const options = await form.getByLabel('Who does it').locator('option').allInnerTexts();
  assert.equal(options.filter((o) => o === 'Ben Cole, social worker').length, 2);
  await form.getByLabel('Who does it').selectOption({ index: options.lastIndexOf('Ben Cole, social worker') });
  await form.getByRole('button', { name: 'Add step' }).click();
  // The later Ben is writing when the two are made one (regression: the tab went on as
  // the removed Ben, saying so, while recording entries as an unnamed clinician).
  await openMenu(page);
  const writer = page.getByLabel('Writing as');
  const writers = await writer.locator('option').allInnerTexts();
  const later = writers.map((w, i) => [w, i]).filter(([w]) => w.startsWith('Ben Cole')).pop()[1];
  await writer.selectOption({ index: later });
  await go(page, 'My team');
  const question = page.getByRole('group', { name: 'Ben Cole is on your team twice, perhaps added on two devices. Are they the same person?' });
  assert.equal(await question.count(), 1, 'asked once, on the later card');
  assert.deepEqual(await axe(page), []);
  await question.getByRole('button', { name: 'Yes, make them one' }).click();
  await page.getByText('Made into one. Everything either of them wrote or was part of is kept.').waitFor();
  await eventually(async () => assert.equal(await cards(page).filter({ hasText: 'Ben Cole' }).count(), 1));
  await cards(page).filter({ hasText: 'Ben Cole' }).getByText('01632 960 789 (Mon–Thu 9:00–17:00)').waitFor();
  await eventually(async () => {
    const { plan } = (await storedPlans(page))[0];
    const live = plan.team.filter((m) => !m.removed && m.body.name === 'Ben Cole');
    assert.equal(live.length, 1);
    const step = plan.actions.find((a) => a.body.what.startsWith('Arrange a carer'));
    assert.deepEqual(step.body.responsible, { kind: 'team_member', id: live[0].id });
    assert.equal(await page.getByLabel('Writing as').inputValue(), `member:${live[0].id}`, 'writing as the Ben kept');
  });
  await ctx.close();
});
