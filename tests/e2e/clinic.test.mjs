// The clinic PC and the words on screen (issue 8, parts 4 and 5): each a regression
// test for something Maria or Dr Okafor ran into.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  serve, launch, openApp, createPlan, fixtures, axe, nav, go,
} from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


test('a plan opened from a file asks who is writing on this device', async () => {
  const { page, ctx, problems } = await openApp(browser, server.url);
  await page.getByLabel('Choose a CoPlan file').setInputFiles(path.join(fixtures, 'plan-v2.json'));
  await page.getByRole('region', { name: 'Before you open it' }).getByRole('button', { name: 'Open it' }).click();
  // Regression: it started as "Writing as: The person" on the clinician's PC.
  const ask = page.getByRole('region', { name: 'Who is writing on this device?' });
  await ask.waitFor();
  assert.deepEqual(await axe(page), [], 'the question of who is writing');
  await ask.getByRole('button', { name: 'The clinician' }).click();
  await ask.waitFor({ state: 'detached' });
  assert.equal(await page.locator('#author-select').inputValue(), 'clinician');
  // Asked once: moving on does not ask again.
  await go(page, 'What matters to me');
  assert.equal(await ask.count(), 0);
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('words and labels: steps named first, rows named by number, one-line plan names, tips that fit where they are', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  // Regression: "Name of the plan" was a box for several lines.
  assert.equal(await page.getByLabel('Name of the plan').evaluate((e) => e.tagName), 'INPUT');
  await createPlan(page, 'Maria');
  // Regression: screen readers heard "not yet What matters to me".
  const names = await nav(page).getByRole('link').evaluateAll((links) => links.map((a) => a.textContent.replace(/\s+/g, ' ').trim()));
  assert.ok(names.includes('What matters to me○, not yet'), names.join(' | '));
  await nav(page).getByRole('link', { name: /^What matters to me\s*,\s*not yet$/ }).waitFor();

  await go(page, 'Goals together');
  await page.getByRole('region', { name: 'Write a new goal' }).getByLabel("The goal, in the person's own words").fill('Walk to school');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('button', { name: 'Edit: Walk to school' }).click();
  await page.getByRole('button', { name: 'Add a measure' }).click();
  // Regression: these were named only "Remove:".
  await page.getByRole('button', { name: 'Remove measure 1' }).waitFor();

  await go(page, 'Steps');
  const form = page.getByRole('region', { name: 'Add a step' });
  // With one goal in the plan, a new step serves it unless changed: typing saved.
  const goalChoice = form.getByLabel('Which goal is it for?');
  assert.equal(await goalChoice.locator('option:checked').innerText(), 'Walk to school');
  await form.getByLabel('What will be done?').fill('Walk every day');
  await form.getByLabel('How sure are you that you can do this?').selectOption('4');
  // Regression: the tip inside the Add form said "Choose Edit", and there is no Edit there.
  const tip = await form.getByRole('note').innerText();
  assert.ok(!tip.includes('Choose Edit'), tip);
  assert.ok(tip.includes('You can change it here.'), tip);
  await form.getByRole('button', { name: 'Add an if–then plan' }).click();
  await form.getByRole('button', { name: 'Remove if–then plan 1' }).waitFor();
  await ctx.close();
});

test('the consultation shows what helps and gets in the way beside the agenda, and talked-about topics keep their words', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await go(page, 'Goals together');
  const agenda = page.getByRole('complementary', { name: "The person's agenda" });
  // Regression: Maria's worry about hypos when walking was nowhere in the consultation.
  await agenda.getByRole('heading', { name: 'What helps and what gets in the way' }).waitFor();
  await agenda.getByText('Worry about hypos when I walk').waitFor();
  // Regression: "What worries me" ran into the next heading.
  const gap = await agenda.evaluate((a) => {
    const worries = [...a.querySelectorAll('h3')].find((h) => h.textContent === 'What worries me');
    const text = worries.nextElementSibling;
    const next = text.nextElementSibling;
    return next.getBoundingClientRect().top - text.getBoundingClientRect().bottom;
  });
  assert.ok(gap >= 12, `space before the next heading: ${gap}px`);
  await ctx.close();
});
