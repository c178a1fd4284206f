// Everyone can use it: axe scans of every screen and dialog, a keyboard-only journey,
// reflow at 320 px and with larger text, target sizes, and a second language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  serve, launch, openApp, eventually, createPlan, addWhatMatters, entries, axe, focused, tabTo, fixtures, openMenu,
} from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function clean(page, where) {
  assert.deepEqual(await axe(page), [], `axe violations on ${where}`);
}

test('every screen and dialog passes an axe scan, in light and dark, in both languages', async () => {
  for (const scheme of ['light', 'dark']) {
    const { page, ctx, problems } = await openApp(browser, server.url);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await clean(page, `welcome (${scheme})`);
    await createPlan(page, 'Maria');
    await clean(page, `empty what matters (${scheme})`);
    await addWhatMatters(page, 'Looking after Tom');
    await addWhatMatters(page, 'Choir');
    await clean(page, `what matters (${scheme})`);
    await page.getByRole('button', { name: 'Edit: Choir' }).click();
    await clean(page, `editing an entry (${scheme})`);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Remove: Choir' }).click();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).waitFor();
    await clean(page, `removed notice (${scheme})`);
    // Closing the notice is a target a thumb can hit, not the × alone (was 24 × 21 px).
    const close = await page.getByRole('status').getByRole('button', { name: 'Close this message' }).boundingBox();
    assert.ok(close.width >= 44 && close.height >= 44, `the notice's close button is ${close.width} × ${close.height} px`);
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Who changed what' }).waitFor();
    await clean(page, `overview (${scheme})`);
    await page.getByRole('button', { name: 'Rename' }).click();
    await clean(page, `renaming (${scheme})`);
    await page.getByRole('link', { name: 'Words we use' }).click();
    await page.getByRole('heading', { level: 1, name: 'Words we use' }).waitFor();
    await clean(page, `glossary (${scheme})`);
    await page.goto(server.url + '#/nowhere');
    await page.getByRole('heading', { level: 1, name: 'We could not find that page' }).waitFor();
    await clean(page, `not found (${scheme})`);
    await page.getByRole('link', { name: 'Go to your plans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your plans' }).waitFor();
    await clean(page, `plans (${scheme})`);
    await page.getByRole('button', { name: 'Delete: Maria' }).click();
    await page.getByRole('dialog', { name: 'Delete this plan?' }).waitFor();
    await clean(page, `delete dialog (${scheme})`);
    await page.keyboard.press('Escape');
    // Unreadable data, its dialog, and a plan from a newer version.
    const newer = await fs.readFile(path.join(fixtures, 'plan-newer.json'), 'utf8');
    await page.evaluate((newer) => {
      localStorage.setItem('coplan.plan.broken', '{"schema_version":2,"plan":');
      localStorage.setItem(`coplan.plan.${JSON.parse(newer).plan.id}`, newer);
    }, newer);
    await page.reload();
    await page.getByRole('heading', { name: 'Some saved data could not be read' }).waitFor();
    await clean(page, `plans with unreadable data (${scheme})`);
    await page.getByRole('button', { name: 'Remove it from this device' }).click();
    await page.getByRole('dialog', { name: 'Remove the unreadable data?' }).waitFor();
    await clean(page, `discard dialog (${scheme})`);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Open Sam' }).click();
    await page.getByRole('alert').waitFor();
    await clean(page, `read-only plan (${scheme})`);
    // The same screens in Spanish.
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Sam' }).waitFor();
    await page.getByText('Quién cambió qué').waitFor();
    await clean(page, `read-only plan in Spanish (${scheme})`);
    await page.getByRole('link', { name: 'Todos los planes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sus planes' }).waitFor();
    await clean(page, `plans in Spanish (${scheme})`);
    assert.deepEqual(problems, []);
    await ctx.close();
  }
});

test('keyboard only: start a plan, write what matters, reorder, edit, undo, move between screens', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  // The skip link is the first stop and takes focus to the main content.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).name, 'Skip to main content');
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal((await focused(page)).tag, 'main'));

  await tabTo(page, 'Name of the plan');
  await page.keyboard.type('Maria');
  await tabTo(page, 'Start the plan');
  await page.keyboard.press('Enter');
  // Focus moves to the new screen's heading.
  await eventually(async () => assert.deepEqual(await page.evaluate(() => document.activeElement.tagName), 'H1'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'What matters to me');

  for (const text of ['Looking after Tom', 'Walking Lily to school', 'Singing in the choir']) {
    await tabTo(page, 'Something that matters to me');
    await page.keyboard.type(text);
    await tabTo(page, 'Add');
    await page.keyboard.press('Enter');
    await page.locator('ol.entries').getByText(text, { exact: true }).waitFor();
  }
  await tabTo(page, 'Move up: Singing in the choir', { backwards: true });
  await page.keyboard.press('Enter');
  // Focus stays on the moved entry's button, ready for the next press.
  await eventually(async () => assert.equal((await focused(page)).name, 'Move up: Singing in the choir'));
  await page.keyboard.press('Enter');
  await eventually(async () => assert.deepEqual(await entries(page), ['Singing in the choir', 'Looking after Tom', 'Walking Lily to school']));
  // At the top its "Move up" can do no more: focus goes to its "Move down", not back to
  // the start of the page (regression).
  await eventually(async () => assert.equal((await focused(page)).name, 'Move down: Singing in the choir'));

  await tabTo(page, 'Edit: Looking after Tom');
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal((await focused(page)).name, 'Change this entry'));
  await page.keyboard.press('End');
  await page.keyboard.type(' at home');
  await tabTo(page, 'Done');
  await page.keyboard.press('Enter');
  await page.getByText('Looking after Tom at home', { exact: true }).waitFor();
  // Focus returns to the entry's Edit button.
  await eventually(async () => assert.equal((await focused(page)).name, 'Edit: Looking after Tom at home'));

  // Undo is announced politely.
  await tabTo(page, 'Undo', { backwards: true });
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('Your last change was undone.').waitFor();
  await page.getByText('Looking after Tom', { exact: true }).waitFor();

  await tabTo(page, 'Overview', { backwards: true });
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Maria'));
  await ctx.close();
});

test('a dialog keeps focus inside and gives it back when it closes', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  await createPlan(page, 'Maria');
  await page.getByRole('link', { name: 'All plans' }).click();
  const del = page.getByRole('button', { name: 'Delete: Maria' });
  await del.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete this plan?' });
  await dialog.waitFor();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => !!document.activeElement.closest('dialog') || document.activeElement === document.body),
      'focus stays in the dialog');
  }
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await eventually(async () => assert.equal((await focused(page)).name, 'Delete: Maria'));
  await ctx.close();
});

test('when an action takes away the control that had focus, focus lands where the person can go on, and the live region says what happened', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  await createPlan(page, 'Maria');
  const status = page.locator('.announcer');
  // Add with nothing written is refused; the refusal goes once there are words
  // (regression: it stayed, with the field marked invalid, until Add was pressed again).
  const add = page.locator('form', { has: page.getByRole('button', { name: 'Add', exact: true }) });
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await add.locator('.error').waitFor();
  await add.getByRole('textbox').pressSequentially('Family', { delay: 0 });
  await add.locator('.error').waitFor({ state: 'detached' });
  assert.equal(await add.getByRole('textbox').getAttribute('aria-invalid'), null);
  await add.getByRole('button', { name: 'Add', exact: true }).click();

  // A life area given only ratings, removed: the announcement names the area.
  await page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: /My life areas/ }).click();
  await page.getByRole('button', { name: 'Fill in: Feeling in control' }).click();
  await page.getByLabel('How able do you feel now?').selectOption('3');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Remove: Feeling in control' }).click();
  await status.getByText('Removed "Feeling in control".').waitFor();

  // A suggested question, added: its button goes, focus stays among the suggestions.
  await page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: /My agenda for the visit/ }).click();
  await page.getByRole('button', { name: 'Add: What are my options?' }).click();
  await page.getByRole('list', { name: 'Questions to ask' }).getByText('What are my options?').waitFor();
  await eventually(async () => assert.equal((await focused(page)).name, 'Add: What are the pros and cons of each option?'));

  // Rename, Done: back on Rename.
  await page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel(/^New name for/).fill('Maria G');
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await eventually(async () => assert.equal((await focused(page)).name, 'Rename'));

  // A copy downloaded from the plans list counts as a copy off this device.
  await page.getByRole('link', { name: 'All plans' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a copy: Maria G' }).click();
  const file = await (await download).path();
  await page.getByRole('link', { name: 'Maria G' }).click();
  await page.getByText(/^Last copied off this device on /).waitFor();

  // A preview put away with "Not now": focus goes back to choosing a file.
  await page.getByRole('link', { name: 'All plans' }).click();
  await page.getByLabel('Choose a CoPlan file').setInputFiles(file);
  await page.getByRole('button', { name: 'Not now' }).click();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-file'));

  // Deleting the plan takes its card: focus goes to the page's heading, and it is said.
  await page.getByRole('button', { name: 'Delete: Maria G' }).click();
  await page.getByRole('dialog', { name: 'Delete this plan?' }).getByRole('button', { name: /^Delete/ }).click();
  await status.getByText('Deleted “Maria G” from this device.').waitFor();
  await eventually(async () => assert.equal((await focused(page)).tag, 'h1'));
  await ctx.close();
});

async function noSideways(page, where) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `${where}: content is ${scroll}px wide in a ${client}px window`);
}

test('reflow: at 320 px wide, and with text at 200%, nothing needs sideways scrolling', async () => {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const { page } = await openApp(browser, server.url, { context: ctx });
  await noSideways(page, 'welcome at 320px');
  await createPlan(page, 'Maria with a rather long name for a plan');
  await addWhatMatters(page, 'Walking my granddaughter Lily to school on Wednesdays, without stopping to rest');
  await noSideways(page, 'what matters at 320px');
  await openMenu(page);
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('heading', { name: 'Who changed what' }).waitFor();
  await noSideways(page, 'overview at 320px');
  // 200% text: the in-app setting (125%) on top of the browser doubling the base size.
  await page.setViewportSize({ width: 640, height: 800 });
  await openMenu(page);
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.evaluate(() => { document.documentElement.style.fontSize = '160%'; });
  for (const link of ['What matters to me', 'Overview']) {
    await openMenu(page);
    await page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: new RegExp(`^${link}`) }).click();
    await noSideways(page, `${link} at 200% text`);
  }
  await ctx.close();
});

test('reflow: every screen of a full plan fits 320 px without sideways scrolling', async () => {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const { page } = await openApp(browser, server.url, { context: ctx });
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await noSideways(page, 'overview');
  const nav = page.getByRole('navigation', { name: 'Parts of this plan' });
  for (const name of ['What matters to me', 'My life areas', 'What helps and what gets in the way', 'My people and supports',
    'My agenda for the visit', 'For my appointment', 'Goals together', 'Steps', 'Community supports', 'Safety net', 'What we agreed', 'Share or move this plan', 'Check in', 'Progress', 'History']) {
    await openMenu(page);
    await nav.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await noSideways(page, name);
  }
  await openMenu(page);
  await page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: /^Goals together/ }).click();
  await page.getByRole('button', { name: /^Edit: Walk Lily/ }).click();
  await noSideways(page, 'editing a goal');
  await ctx.close();
});

test('text spacing (WCAG 1.4.12) loses no content at 320 px', async () => {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  const { page } = await openApp(browser, server.url, { context: ctx });
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
  const nav = page.getByRole('navigation', { name: 'Parts of this plan' });
  for (const name of ['My agenda for the visit', 'Goals together', 'Steps', 'What we agreed']) {
    await openMenu(page);
    await nav.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await noSideways(page, `${name} with wide text spacing`);
  }
  await ctx.close();
});

test('after removing an entry, focus lands on a field or heading, never lost', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Parts of this plan' });
  for (const name of ['What matters to me', 'My life areas', 'What helps and what gets in the way', 'My people and supports',
    'My agenda for the visit', 'Goals together', 'Steps', 'Community supports', 'Safety net']) {
    await openMenu(page);
    await nav.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('button', { name: /^Remove: / }).first().click();
    await eventually(async () => {
      const tag = await page.evaluate(() => document.activeElement?.tagName);
      assert.ok(['TEXTAREA', 'INPUT', 'H2', 'H1'].includes(tag), `${name}: focus is on ${tag}`);
    });
  }
  await ctx.close();
});

test('targets are large enough on every screen: 24 px for every control, 44 px for main buttons', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Parts of this plan' });
  for (const name of ['Overview', 'What matters to me', 'My life areas', 'What helps and what gets in the way', 'My people and supports',
    'My agenda for the visit', 'Goals together', 'Steps', 'Community supports', 'Safety net', 'What we agreed', 'Share or move this plan', 'Check in', 'Progress', 'History']) {
    await openMenu(page);
    await nav.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const small = await page.evaluate(() => [...document.querySelectorAll('button, select, input, textarea, nav a, summary')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: el.getAttribute('aria-label') || el.textContent.trim(), inline: el.classList.contains('link-button'),
        tag: el.tagName, r: el.getBoundingClientRect() }))
      .filter(({ tag, inline, r }) => r.width < 24 || r.height < 24 || (tag === 'BUTTON' && !inline && (r.width < 44 || r.height < 44)))
      .map(({ el, r }) => `${el} ${Math.round(r.width)}x${Math.round(r.height)}`));
    assert.deepEqual(small, [], name);
  }
  await ctx.close();
});

test('the language can be changed, is remembered, and dates follow it', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  await createPlan(page, 'Sam');
  await addWhatMatters(page, 'Football on Thursdays');
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('heading', { level: 1, name: 'Lo que me importa' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.title(), 'Lo que me importa – Sam – CoPlan');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Lo que me importa' }).waitFor();
  await page.getByRole('link', { name: 'Resumen' }).click();
  await page.getByRole('heading', { name: 'Quién cambió qué' }).waitFor();
  const months = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
  const today = new Date();
  await page.getByText(`${today.getUTCDate()} de ${months[today.getUTCMonth()]} de ${today.getUTCFullYear()}`).first().waitFor();
  await page.getByText('La persona añadió a lo que importa: «Football on Thursdays»').waitFor();
  await page.getByLabel('Idioma').selectOption('en-GB');
  await page.getByRole('heading', { name: 'Who changed what' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-GB');
  await ctx.close();
});

test('larger text is a setting of its own, remembered on this device', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const before = await size();
  assert.ok(before >= 18, `base text is ${before}px`);
  const toggle = page.getByRole('button', { name: 'Larger text' });
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.ok((await size()) >= before * 1.2);
  await page.reload();
  await page.getByRole('button', { name: 'Larger text', pressed: true }).waitFor();
  await ctx.close();
});

test('keyboard only: prepare an agenda, then co-plan a goal with an action', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  await tabTo(page, 'Name of the plan');
  await page.keyboard.type('Maria');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.textContent), 'What matters to me'));

  // To the agenda through the plan's navigation.
  await tabTo(page, /^My agenda for the visit/);
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.textContent), 'My agenda for the visit'));
  await tabTo(page, 'A topic to talk about');
  await page.keyboard.type('My knee stops me walking Lily to school');
  await tabTo(page, 'Add topic');
  await page.keyboard.press('Enter');
  await page.getByText('My knee stops me walking Lily to school', { exact: true }).waitFor();
  await tabTo(page, 'Add: What happens if I do nothing?');
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Questions to ask' }).getByText('What happens if I do nothing?').waitFor();

  // In the consultation: the clinician writes, from the agenda.
  await tabTo(page, 'Writing as', { backwards: true });
  await page.keyboard.press('ArrowDown'); // The clinician
  assert.equal(await page.getByLabel('Writing as').inputValue(), 'clinician');
  await tabTo(page, 'Goals together');
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Goals together'));
  await tabTo(page, 'Make this a goal: My knee stops me walking Lily to school');
  await page.keyboard.press('Enter');
  // Focus goes to the new goal.
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.textContent), 'My knee stops me walking Lily to school'));
  await tabTo(page, 'We agree');
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Goals' }).getByText('Agreed', { exact: true }).waitFor();

  await tabTo(page, /^Steps$/);
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Steps'));
  await tabTo(page, 'What will be done?');
  await page.keyboard.type('Walk 10 minutes after lunch');
  await tabTo(page, 'Which goal is it for?');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'How sure are you that you can do this?');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown'); // 5
  assert.equal(await page.getByLabel('How sure are you that you can do this?').inputValue(), '5');
  await page.getByRole('note').getByText('This step may be hard to keep.').waitFor();
  await tabTo(page, 'Add step');
  await page.keyboard.press('Enter');
  const step = page.getByRole('list', { name: 'Steps', exact: true }).getByRole('listitem').first();
  await step.getByText('For: My knee stops me walking Lily to school').waitFor();
  await step.getByText('Sure they can do it: 5 out of 10').waitFor();
  await ctx.close();
});

test('every consultation screen passes an axe scan in Spanish', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('button', { name: 'Probar un plan de ejemplo' }).click();
  await page.getByRole('heading', { level: 1, name: 'María (ejemplo)' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Partes de este plan' });
  for (const name of ['Objetivos juntos', 'Pasos', 'Recursos de la comunidad', 'Red de seguridad', 'Lo que acordamos', 'Para mi cita', 'Mis áreas de la vida', 'Compartir o llevar este plan']) {
    await openMenu(page);
    await nav.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    assert.deepEqual(await axe(page), [], name);
  }
  await ctx.close();
});

test('on a phone, nothing that gets focus by keyboard is hidden under a notice (WCAG 2.4.11)', async () => {
  const { page } = await openApp(browser, server.url, { context: await browser.newContext({ viewport: { width: 390, height: 844 } }) });
  await createPlan(page, 'Sam');
  for (let i = 1; i <= 8; i++) await addWhatMatters(page, `Something that matters number ${i}, with enough words to wrap`);
  await page.getByRole('button', { name: /^Remove/ }).first().click();
  await page.locator('.announcer .notice').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  const under = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const a = document.activeElement;
      const box = a.getBoundingClientRect();
      const notice = document.querySelector('.announcer .notice')?.getBoundingClientRect();
      return { inNotice: !!a.closest('.announcer'), top: box.top, bottom: box.bottom, noticeTop: notice?.top, what: a.outerHTML.slice(0, 60) };
    });
    if (!r.inNotice && r.noticeTop != null && r.top > 0 && r.bottom > r.noticeTop) under.push(r);
  }
  assert.deepEqual(under, [], 'focused elements under the notice');
});
