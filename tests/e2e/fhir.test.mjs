// The health-record export (issue 10, part 3): the sample plan as an HL7 FHIR R4 Bundle,
// made in the browser from what the person ticks, and checked by two independent
// validators — the official FHIR JSON schema (required code sets) and the fhir.resources
// models (structure and cardinality) — plus our own checks of value sets neither enforces.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, launch, openApp, go, axe } from './harness.mjs';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Value sets the JSON schema leaves open (codes in CodeableConcepts), checked here. */
const VALUE_SETS = {
  'http://terminology.hl7.org/CodeSystem/goal-priority': ['high-priority', 'medium-priority', 'low-priority'],
  'http://terminology.hl7.org/CodeSystem/goal-achievement': ['in-progress', 'improving', 'worsening', 'no-change', 'achieved', 'sustaining', 'not-achieved', 'no-progress', 'not-attainable'],
};

function checkCodings(value, where = '') {
  if (Array.isArray(value)) value.forEach((v, i) => checkCodings(v, `${where}[${i}]`));
  else if (value && typeof value === 'object') {
    if (value.system && value.code && VALUE_SETS[value.system]) {
      assert.ok(VALUE_SETS[value.system].includes(value.code), `${where}: ${value.code} is not in ${value.system}`);
    }
    for (const [k, v] of Object.entries(value)) checkCodings(v, `${where}.${k}`);
  }
}

async function exportFrom(page, { withName }) {
  await go(page, 'Share or move this plan');
  const card = page.getByRole('region', { name: 'For a health record (HL7 FHIR)' });
  if (withName) await card.getByLabel('Put my name in it: Maria (sample)').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Download for a health record' }).click(),
  ]);
  await card.getByText('Done. The file is in your downloads.').waitFor();
  const file = await download.path();
  return { file, bundle: JSON.parse(await fs.readFile(file, 'utf8')), card, suggested: download.suggestedFilename() };
}

test('the sample plan exports as a FHIR R4 Bundle that both validators accept, with only what was ticked', async () => {
  const { page, ctx, problems } = await openApp(browser, server.url);
  await page.getByRole('button', { name: 'Try a sample plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  const { file, bundle, card } = await exportFrom(page, { withName: true });
  assert.deepEqual(await axe(page), []);

  // 1. The official FHIR R4 JSON schema, resource by resource and the Bundle whole.
  const schema = new JSONSchemaValidator();
  assert.deepEqual(schema.validate(bundle), [], 'the Bundle');
  for (const e of bundle.entry) assert.deepEqual(schema.validate(e.resource), [], e.resource.resourceType);
  // 2. The fhir.resources models (R4B), in their own Python environment.
  const python = path.join(root, '.tools/fhir/bin/python');
  const out = execFileSync(python, [path.join(root, 'tests/fhir/validate.py'), file], { encoding: 'utf8' });
  assert.match(out, /^valid \d+ resources/);
  // 3. Our own: value sets in CodeableConcepts, links that resolve, a narrative on each.
  checkCodings(bundle);
  const urls = new Set(bundle.entry.map((e) => e.fullUrl));
  const refs = JSON.stringify(bundle).match(/"reference":"[^"]+"/g).map((r) => r.slice(13, -1));
  for (const r of refs) assert.ok(urls.has(r), `${r} resolves inside the Bundle`);
  for (const e of bundle.entry) assert.match(e.resource.text.div, /^<div xmlns="http:\/\/www.w3.org\/1999\/xhtml">/);
  const kinds = bundle.entry.map((e) => e.resource.resourceType);
  assert.deepEqual(kinds, ['Patient', 'RelatedPerson', 'Practitioner', 'Practitioner', 'Practitioner', 'CareTeam', 'Goal', 'CarePlan']);
  assert.equal(bundle.entry[0].resource.name[0].text, 'Maria (sample)');
  // The team (issue 19): whoever is rung or does a step, as Practitioners in one CareTeam,
  // with role and organisation; each step's performer points at the right one.
  const team = bundle.entry[5].resource;
  assert.deepEqual(team.participant.map((p) => `${p.member.display}: ${p.role?.[0].text ?? ''}`),
    ['Priya Patel: practice nurse', 'Dr Okafor: GP', 'Jon Reyes: physiotherapist', 'Ana: Daughter']);
  assert.equal(team.participant[0].onBehalfOf.display, 'Riverside Surgery');
  const okafor = bundle.entry.find((e) => e.resource.resourceType === 'Practitioner' && e.resource.name[0].text === 'Dr Okafor');
  const referral = bundle.entry[7].resource.activity.find((a) => a.detail.description === 'Refer Maria to physiotherapy for her knee');
  assert.equal(referral.detail.performer[0].reference, okafor.fullUrl);
  const goal = bundle.entry[6].resource;
  assert.equal(goal.lifecycleStatus, 'active');
  assert.equal(goal.extension.length, 2, "each party's acceptance");

  // Unticking leaves it out: not hidden, absent.
  await card.getByRole('group', { name: 'Steps' }).getByLabel('Walk 10 minutes after lunch, with a snack in my bag').uncheck();
  await card.getByLabel('Put my name in it: Maria (sample)').uncheck();
  await card.getByRole('group', { name: 'My team' }).getByLabel('Dr Okafor').uncheck();
  // Regression (issue 17): unticked, the name still went out as the CarePlan's title, in
  // its narrative and in the file's name. Names inside the words are pointed out first.
  const names = card.getByRole('region', { name: 'Names in these words' });
  await names.getByText('“Refer Maria to physiotherapy for her knee” names Maria').waitFor();
  const second = await exportFrom(page, { withName: false });
  const text = JSON.stringify(second.bundle);
  assert.ok(!text.includes('Walk 10 minutes after lunch'), 'the unticked step is not in the file');
  assert.ok(!text.includes('Okafor'), 'a team member unticked is nowhere');
  assert.ok(text.includes('Priya Patel'));
  assert.ok(!second.bundle.entry[0].resource.name, 'no name unless chosen');
  assert.ok(!text.includes('Maria (sample)'), 'the name is nowhere: title, narrative');
  assert.doesNotMatch(second.suggested, /Maria/, 'nor the file name');
  // Leaving out every entry that names her leaves her name out of the file altogether.
  for (const entry of await names.getByRole('listitem').allTextContents()) {
    const step = entry.match(/^“(.*)” names Maria$/)?.[1];
    if (step) await card.getByLabel(step, { exact: true }).uncheck();
  }
  await names.waitFor({ state: 'detached' });
  const third = await exportFrom(page, { withName: false });
  assert.ok(!JSON.stringify(third.bundle).includes('Maria'), 'no "Maria" anywhere');
  assert.deepEqual(schema.validate(second.bundle), []);
  assert.deepEqual(problems, []);
  await ctx.close();
});
