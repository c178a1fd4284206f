// Taking the plan there and back by file (issue 9, the merge): Maria's phone and the
// clinic PC as two browser profiles. Both change the same entry; bringing the clinic's
// copy home shows the clash, she picks, nothing is lost and there is never a second copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import zlib from 'node:zlib';
import {
  historyOf, sampleAtTheClinic as atTheClinic,
  serve, launch, openApp, eventually, storedPlans, createPlan, addWhatMatters, entries, axe, go, openMenu, nav,
} from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The QR code as a picture, drawn alone and large on a blank page (as a phone's camera
 *  would see it on a screen), so nothing around it or any scrolling can spoil it. */
async function qrPicture(code, file) {
  const svg = await code.evaluate((el) => el.outerHTML);
  const page = await code.page().context().newPage();
  await page.setViewportSize({ width: 640, height: 640 });
  await page.setContent(`<body style="margin:0;background:#fff">${svg.replace('<svg ', '<svg style="width:600px;height:600px;display:block" ')}</body>`);
  await page.screenshot({ path: file });
  await page.close();
}

async function downloadPlan(page) {
  await page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: 'Overview' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download this plan' }).click();
  return { name: 'maria.coplan.json', mimeType: 'application/json', buffer: await fs.readFile(await (await download).path()) };
}

async function openFile(page, file, button) {
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await page.getByLabel('Choose a CoPlan file').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Before you open it' });
  await preview.waitFor();
  const said = await preview.innerText();
  await preview.getByRole('button', { name: button }).click();
  return said;
}

/** Maria's sample on her phone, opened at the clinic by the clinician (harness). */
function sampleAtTheClinic() {
  return atTheClinic(browser, server.url);
}

async function changeEntry(page, from, to) {
  await go(page, 'What matters to me');
  await page.getByRole('button', { name: `Edit: ${from}` }).click();
  await page.getByLabel('Change this entry').fill(to);
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByText(to, { exact: true }).waitFor();
}

test('home → clinic → home by file: the same entry changed in both places is shown to choose, nothing is lost', async () => {
  const phone = await openApp(browser, server.url);
  await createPlan(phone.page, 'Maria');
  await addWhatMatters(phone.page, 'Singing in the church choir');
  await addWhatMatters(phone.page, 'Looking after Tom');
  const toClinic = await downloadPlan(phone.page);

  // At the clinic: open it, say who is writing, change an entry, add one, hand it back.
  const clinic = await openApp(browser, server.url);
  await openFile(clinic.page, toClinic, 'Open it');
  await clinic.page.getByRole('region', { name: 'Who is writing on this device?' }).getByRole('button', { name: 'The clinician' }).click();
  await changeEntry(clinic.page, 'Singing in the church choir', 'Singing in the choir on Sundays, with rests');
  await addWhatMatters(clinic.page, 'Walking Lily to school');
  const toHome = await downloadPlan(clinic.page);

  // Meanwhile at home, Maria changed the same entry.
  await changeEntry(phone.page, 'Singing in the church choir', 'Singing in the choir and the Easter concert');
  await eventually(async () => assert.match(JSON.stringify(await storedPlans(phone.page)), /Easter concert/));

  const said = await openFile(phone.page, toHome, 'Bring it in');
  assert.match(said, /adds 1 new entry and keeps 1 entry changed in both places/);
  assert.match(said, /New\s+Walking Lily to school/);
  assert.match(said, /Changed in both places: you will choose\s+Singing in the choir on Sundays, with rests/);
  const kept = phone.page.getByRole('region', { name: 'Two versions to choose from' });
  const versions = kept.locator('.version');
  await versions.filter({ hasText: 'In the plan now' }).getByText('Singing in the choir and the Easter concert').waitFor();
  await versions.filter({ hasText: 'The other version, kept' }).getByText('Singing in the choir on Sundays, with rests').waitFor();
  // Who changed each, and when (the person's own words first).
  await versions.first().getByText(/^Changed by the person on /).waitFor();
  await versions.nth(1).getByText(/^Changed by the clinician on /).waitFor();
  assert.deepEqual(await axe(phone.page), [], 'the choice');
  // Regression (issue 21): the choice belongs to its plan's screens, not the plans list.
  await openMenu(phone.page);
  await nav(phone.page).getByRole('link', { name: 'All plans' }).click();
  await phone.page.getByRole('heading', { level: 1, name: 'Your plans' }).waitFor();
  assert.equal(await kept.count(), 0, 'no choice of versions on the plans list');
  await phone.page.goBack();
  await kept.waitFor();
  // It survives a reload until she chooses.
  await phone.page.reload();
  await kept.getByRole('button', { name: 'Use the kept version' }).click();
  await kept.waitFor({ state: 'detached' });
  await go(phone.page, 'What matters to me');
  await eventually(async () => assert.deepEqual(await entries(phone.page), [
    'Singing in the choir on Sundays, with rests', 'Looking after Tom', 'Walking Lily to school',
  ]));
  const plans = await storedPlans(phone.page);
  assert.equal(plans.length, 1, 'no second copy');
  assert.ok(historyOf(plans[0].plan).some((h) => h.verb === 'merged'), 'history records the merge');
  assert.ok(historyOf(plans[0].plan).some((h) => h.stamp.by === 'clinician'), "the clinic's lines are kept");

  // Opening the same file again changes nothing.
  const again = await openFile(phone.page, toHome, 'Bring it in');
  assert.match(again, /already has everything in this copy/);
  assert.equal((await storedPlans(phone.page)).length, 1);
  assert.deepEqual([...phone.problems, ...clinic.problems], []);
  await phone.ctx.close();
  await clinic.ctx.close();
});

test('by link: the plan rides in the address fragment, is shown first, then leaves no trace in the address or in Back', async () => {
  const phone = await openApp(browser, server.url);
  await createPlan(phone.page, 'Maria');
  await addWhatMatters(phone.page, 'Singing in the church choir');
  await phone.page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: 'Overview' }).click();
  await phone.page.getByText('This plan has not been copied off this device yet.').waitFor();
  await go(phone.page, 'Share or move this plan');
  const share = phone.page.getByRole('region', { name: 'Share by link' });
  await share.getByText('Anyone with the link can read the plan', { exact: false }).waitFor();
  await share.getByRole('button', { name: 'Make a link' }).click();
  const url = await share.getByRole('textbox', { name: 'Link to this plan' }).inputValue();
  assert.match(url, /#\/open\/p2\.[A-Za-z0-9_-]+$/);
  assert.ok(url.length < 2000, `a small plan makes a short link (${url.length})`);
  assert.ok(!url.includes('Singing'), 'the words are packed, not readable in the address');
  assert.deepEqual(await axe(phone.page), [], 'the share screen with a link and its code');
  await phone.page.getByRole('button', { name: 'Download this plan' }).click();
  // On a shared PC, forgetting the plan is offered once it has been shared.
  await phone.page.getByRole('region', { name: 'Finished on this computer?' }).waitFor();
  await phone.page.getByRole('navigation', { name: 'Parts of this plan' }).getByRole('link', { name: 'Overview' }).click();
  await phone.page.getByText(/^Last copied off this device on /).waitFor();

  const clinic = await openApp(browser, server.url);
  await clinic.page.goto(url);
  const preview = clinic.page.getByRole('region', { name: 'Before you open it' });
  await preview.getByText('Plan: Maria').waitFor();
  assert.deepEqual(await storedPlans(clinic.page), [], 'nothing stored before the person says so');
  assert.ok(!clinic.page.url().includes('/open/'), 'the plan is out of the address bar at once');
  await preview.getByRole('button', { name: 'Open it' }).click();
  await clinic.page.getByRole('heading', { level: 1, name: 'Maria' }).waitFor();
  await go(clinic.page, 'What matters to me');
  assert.deepEqual(await entries(clinic.page), ['Singing in the church choir']);
  await clinic.page.goBack();
  await clinic.page.goBack();
  assert.ok(!clinic.page.url().includes('/open/'), 'Back does not bring the link back');

  // A link cut short, or not from CoPlan, changes nothing and says why.
  const cut = url.slice(0, url.length - 9);
  const other = await openApp(browser, server.url);
  await other.page.goto(cut);
  await other.page.getByRole('alert').getByText(/This link could not be opened: .*Nothing on this device was changed\./).waitFor();
  // Whole, but holding no plan: called a link, not a file (regression).
  const notAPlan = zlib.deflateRawSync(Buffer.from('hello, this is not a plan')).toString('base64url');
  const third = await openApp(browser, server.url, { hash: '#/open/p2.' + notAPlan });
  await third.page.getByRole('alert').getByText(/^This link could not be opened: .*Nothing on this device was changed\.$/).waitFor();
  await third.ctx.close();
  await other.page.goto(server.url + '#/open/p9.hello');
  await other.page.getByRole('alert').getByText('it is not a CoPlan link, or it comes from a newer CoPlan', { exact: false }).waitFor();
  assert.deepEqual(await storedPlans(other.page), []);
  assert.deepEqual([...phone.problems, ...clinic.problems], []);
  for (const c of [phone, clinic, other]) await c.ctx.close();
});

test('by QR code: drawn in the app, read back by a real decoder, it opens the plan on the other device', async () => {
  const { execFileSync } = await import('node:child_process');
  const os = await import('node:os');
  const path = await import('node:path');
  const phone = await openApp(browser, server.url);
  await createPlan(phone.page, 'Sam');
  await addWhatMatters(phone.page, 'Football on Thursdays');
  await go(phone.page, 'Share or move this plan');
  const share = phone.page.getByRole('region', { name: 'Share by link' });
  await share.getByRole('button', { name: 'Make a link' }).click();
  const url = await share.getByRole('textbox', { name: 'Link to this plan' }).inputValue();
  const code = share.getByRole('img', { name: 'QR code with a link to this plan' });
  const version = Number(await code.getAttribute('data-version'));
  assert.ok(version >= 1 && version <= 25, `version ${version}`);
  const png = path.join(os.tmpdir(), `coplan-qr-${Date.now()}.png`);
  await qrPicture(code, png);
  const read = execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  assert.equal(read.split('#')[0], url.split('#')[0], 'the code holds a link to this app');
  assert.match(read, /#\/open\/Q2\.[0-9A-Z$*+\-.:]+$/, 'the plan in the characters QR codes pack best');

  const clinic = await openApp(browser, server.url);
  await clinic.page.goto(read);
  await clinic.page.getByRole('region', { name: 'Before you open it' }).getByText('Plan: Sam').waitFor();

  // Maria's whole sample plan is too big for a code phones can read: it says so.
  await phone.page.goto(server.url + '#/');
  await phone.page.getByRole('button', { name: 'Try a sample plan' }).click();
  await phone.page.getByRole('heading', { level: 1, name: 'Maria (sample)' }).waitFor();
  await go(phone.page, 'Share or move this plan');
  await share.getByRole('button', { name: 'Make a link' }).click();
  await share.getByText('The whole plan is too big for one code that phones can read.', { exact: false }).waitFor();
  await share.getByText(/Some email and text apps cut long links/).waitFor();
  for (const c of [phone, clinic]) await c.ctx.close();
});

test('with a passphrase: a sealed link and a sealed file open only with it; a wrong one changes nothing', async () => {
  const phone = await openApp(browser, server.url);
  await createPlan(phone.page, 'Maria');
  await addWhatMatters(phone.page, 'Singing in the church choir');
  await go(phone.page, 'Share or move this plan');
  const field = phone.page.getByLabel('Protect with a passphrase (you can leave this empty)');
  await field.fill('short');
  await phone.page.getByText('Please use at least 8 characters for the passphrase.').waitFor();
  await field.fill('blue kettle morning');
  await phone.page.getByText('A lost passphrase cannot be recovered.', { exact: false }).waitFor();
  const share = phone.page.getByRole('region', { name: 'Share by link' });
  await share.getByRole('button', { name: 'Make a link' }).click();
  const url = await share.getByRole('textbox', { name: 'Link to this plan' }).inputValue();
  assert.match(url, /#\/open\/e2\./);
  await share.getByText('Protected with a passphrase.').waitFor();
  await share.getByText('A code holds the plan sealed, like the link: only someone with the passphrase can open it.').waitFor();
  const download = phone.page.waitForEvent('download');
  await phone.page.getByRole('button', { name: 'Download this plan' }).click();
  const sealedFile = await fs.readFile(await (await download).path(), 'utf8');
  assert.ok(!sealedFile.includes('Singing'), 'the file holds nothing readable');

  const clinic = await openApp(browser, server.url);
  await clinic.page.goto(url);
  const unlock = clinic.page.getByRole('form', { name: 'This plan is protected by a passphrase' });
  await unlock.getByLabel('Passphrase').fill('green kettle morning');
  await unlock.getByRole('button', { name: 'Open' }).click();
  await clinic.page.getByRole('alert').getByText('That passphrase does not open this plan', { exact: false }).waitFor();
  assert.deepEqual(await storedPlans(clinic.page), []);
  assert.equal(await clinic.page.getByText('Singing in the church choir').count(), 0, 'nothing shown before it opens');
  await unlock.getByLabel('Passphrase').fill('blue kettle morning');
  await unlock.getByRole('button', { name: 'Open' }).click();
  await clinic.page.getByRole('region', { name: 'Before you open it' }).getByText('Plan: Maria').waitFor();

  // The sealed file, with a byte changed on the way, is refused; as it was, it opens.
  const other = await openApp(browser, server.url);
  const tampered = sealedFile.replace(/"data":"(.{40})(.)/, (m, a, b) => `"data":"${a}${b === 'A' ? 'B' : 'A'}`);
  await other.page.getByLabel('Choose a CoPlan file').setInputFiles({ name: 'm.coplan.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
  const otherUnlock = other.page.getByRole('form', { name: 'This plan is protected by a passphrase' });
  await otherUnlock.getByLabel('Passphrase').fill('blue kettle morning');
  await otherUnlock.getByRole('button', { name: 'Open' }).click();
  await other.page.getByRole('alert').getByText('or the plan was changed on the way', { exact: false }).waitFor();
  await other.page.getByLabel('Choose a CoPlan file').setInputFiles({ name: 'm.coplan.json', mimeType: 'application/json', buffer: Buffer.from(sealedFile) });
  await otherUnlock.getByLabel('Passphrase').fill('blue kettle morning');
  await otherUnlock.getByRole('button', { name: 'Open' }).click();
  await other.page.getByRole('region', { name: 'Before you open it' }).getByRole('button', { name: 'Open it' }).click();
  await go(other.page, 'What matters to me');
  assert.deepEqual(await entries(other.page), ['Singing in the church choir']);
  assert.deepEqual(await storedPlans(other.page).then((p) => p.length), 1);
  for (const c of [phone, clinic, other]) await c.ctx.close();
});

test("Maria's whole plan to the clinic by link, and back home by a QR code holding only the consultation's changes", async () => {
  const { execFileSync } = await import('node:child_process');
  const os = await import('node:os');
  const path = await import('node:path');
  const { phone, clinic, url } = await sampleAtTheClinic();
  await go(clinic.page, 'Goals together');
  await clinic.page.getByRole('region', { name: 'Write a new goal' }).getByLabel("The goal, in the person's own words").fill('Sing the Easter concert without running out of breath');
  await clinic.page.getByRole('button', { name: 'Add goal' }).click();
  await clinic.page.getByRole('heading', { name: 'Sing the Easter concert without running out of breath' }).waitFor();
  await changeEntry(clinic.page, 'Singing in the church choir', 'Singing in the choir, with rests between songs');
  await go(clinic.page, 'Share or move this plan');
  await clinic.page.getByRole('button', { name: 'Make a link' }).click();
  await clinic.page.getByText('This code holds only what was changed on this device since the plan arrived.', { exact: false }).waitFor();
  const code = clinic.page.getByRole('img', { name: 'QR code with a link to this plan' });
  const version = Number(await code.getAttribute('data-version'));
  assert.ok(version <= 25, `the consultation's changes fit a readable code (version ${version})`);
  const png = path.join(os.tmpdir(), `coplan-qr-changes-${Date.now()}.png`);
  await qrPicture(code, png);
  const read = execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

  // A device without the plan cannot use a changes-only code, and says what is needed.
  const stranger = await openApp(browser, server.url);
  await stranger.page.goto(read);
  await stranger.page.getByText('This holds only changes made on another device.', { exact: false }).waitFor();
  assert.equal(await stranger.page.getByRole('button', { name: 'Open it' }).count(), 0);

  // Meanwhile at home Maria changed the same entry.
  await changeEntry(phone.page, 'Singing in the church choir', 'Singing in the choir and the Easter concert');
  await eventually(async () => assert.match(JSON.stringify(await storedPlans(phone.page)), /Easter concert"/));

  // Home: the phone reads the code and brings the changes in; the clash is hers to pick.
  await phone.page.goto(read);
  const preview = phone.page.getByRole('region', { name: 'Before you open it' });
  await preview.getByText(/adds 1 new entry and keeps 1 entry changed in both places/).waitFor();
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  const kept = phone.page.getByRole('region', { name: 'Two versions to choose from' });
  await kept.getByText('Singing in the choir, with rests between songs').waitFor();
  await kept.getByRole('button', { name: 'Use the kept version' }).click();
  await kept.waitFor({ state: 'detached' });
  await go(phone.page, 'What matters to me');
  assert.ok((await entries(phone.page)).includes('Singing in the choir, with rests between songs'));
  await go(phone.page, 'Goals together');
  await phone.page.getByRole('heading', { name: 'Sing the Easter concert without running out of breath' }).waitFor();
  assert.equal((await storedPlans(phone.page)).length, 1, 'no second copy');
  for (const c of [phone, clinic, stranger]) await c.ctx.close();
});

test('home → clinic → home by files sealed with a passphrase: nothing readable on the way, nothing lost', async () => {
  const sealedDownload = async (page) => {
    await go(page, 'Share or move this plan');
    await page.getByLabel('Protect with a passphrase (you can leave this empty)').fill('blue kettle morning');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download this plan' }).click();
    const d = await download;
    assert.match(d.suggestedFilename(), /\.coplan\.json$/);
    return { name: d.suggestedFilename(), mimeType: 'application/json', buffer: await fs.readFile(await d.path()) };
  };
  const openSealed = async (page, file, button) => {
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await page.getByLabel('Choose a CoPlan file').setInputFiles(file);
    const unlock = page.getByRole('form', { name: 'This plan is protected by a passphrase' });
    await unlock.getByLabel('Passphrase').fill('blue kettle morning');
    await unlock.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('region', { name: 'Before you open it' }).getByRole('button', { name: button }).click();
  };
  const phone = await openApp(browser, server.url);
  await createPlan(phone.page, 'Maria');
  await addWhatMatters(phone.page, 'Singing in the church choir');
  const toClinic = await sealedDownload(phone.page);
  assert.ok(!toClinic.buffer.toString().includes('Singing'));
  const clinic = await openApp(browser, server.url);
  await openSealed(clinic.page, toClinic, 'Open it');
  await clinic.page.getByRole('region', { name: 'Who is writing on this device?' }).getByRole('button', { name: 'The clinician' }).click();
  await go(clinic.page, 'What matters to me');
  await addWhatMatters(clinic.page, 'Walking Lily to school');
  const toHome = await sealedDownload(clinic.page);
  await openSealed(phone.page, toHome, 'Bring it in');
  await go(phone.page, 'What matters to me');
  await eventually(async () => assert.deepEqual(await entries(phone.page), ['Singing in the church choir', 'Walking Lily to school']));
  assert.equal((await storedPlans(phone.page)).length, 1);
  for (const c of [phone, clinic]) await c.ctx.close();
});

test('changes too big for one code: said plainly, offered as a link of the changes alone, never a bigger code', async () => {
  const { phone, clinic, url } = await sampleAtTheClinic();
  // A long consultation: many new entries, each of words that do not repeat.
  await go(clinic.page, 'What matters to me');
  const words = 'From the clinic';
  const noise = () => Array.from({ length: 24 }, () => Math.random().toString(36).slice(2, 7)).join(' ');
  for (let i = 1; i <= 12; i++) await addWhatMatters(clinic.page, `${words} ${i}: ${noise()}`);
  await go(clinic.page, 'Share or move this plan');
  await clinic.page.getByRole('button', { name: 'Make a link' }).click();
  await clinic.page.getByText('What was changed on this device is too big for one code', { exact: false }).waitFor();
  // Never the bigger code in place of the one refused.
  assert.equal(await clinic.page.getByRole('button', { name: 'Show the whole plan as a code instead' }).count(), 0);
  assert.equal(await clinic.page.getByRole('img', { name: 'QR code with a link to this plan' }).count(), 0);
  const changes = await clinic.page.getByLabel('Link holding only the changes made here').inputValue();
  assert.ok(changes.length < url.length, 'the changes alone are shorter than the whole plan');
  await clinic.page.getByText('A code holds the plan itself', { exact: false }).waitFor();

  // Home: the link of the changes merges like the code would have.
  await phone.page.goto(changes);
  const preview = phone.page.getByRole('region', { name: 'Before you open it' });
  await preview.getByText('Bringing this copy in adds 12 new entries.', { exact: false }).waitFor();
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await go(phone.page, 'What matters to me');
  await eventually(async () => assert.equal((await entries(phone.page)).filter((e) => e.includes(words)).length, 12));
  for (const c of [phone, clinic]) await c.ctx.close();
});
