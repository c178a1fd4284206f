import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { launch } from '../e2e/harness.mjs';
const root = process.env.ROOT ?? '/work/main/dist';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = http.createServer(async (req, res) => {
  const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1)) || 'index.html';
  try { const b = await fs.readFile(path.join(root, rel)); res.writeHead(200, { 'content-type': types[path.extname(rel)] ?? 'application/octet-stream' }).end(b); }
  catch { res.writeHead(404).end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
for (const file of process.argv.slice(2)) {
  const doc = await fs.readFile(file, 'utf8');
  const plan = JSON.parse(doc).plan;
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => {
    const orig = Storage.prototype.setItem; window.__si = [];
    Storage.prototype.setItem = function (k, v) {
      const t0 = performance.now(); orig.call(this, k, v);
      if (k.startsWith('coplan.plan.')) window.__si.push([performance.now() - t0, /[^\x00-\xff]/.test(v), v.length]);
    };
  });
  const page = await ctx.newPage();
  await page.goto(url + '#/');
  await page.getByRole('link', { name: 'CoPlan' }).waitFor();
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`coplan.plan.${plan.id}`, doc]);
  await page.goto(`${url}#/plan/${plan.id}/what-matters`);
  const field = page.getByLabel('Something that matters to me');
  const saves = [], ser = [];
  for (let i = 0; i < 9; i++) {
    await field.fill(`Entry number ${i}`);
    await page.evaluate(() => performance.clearMeasures());
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForFunction(() => performance.getEntriesByName('coplan-save').length > 0);
    saves.push(await page.evaluate(() => performance.getEntriesByName('coplan-save')[0].duration));
    ser.push(await page.evaluate(() => performance.getEntriesByName('coplan-serialise')[0]?.duration));
  }
  const med = (a) => a.sort((x, y) => x - y)[a.length >> 1].toFixed(1);
  const si = await page.evaluate(() => window.__si);
  console.log(JSON.stringify(si.slice(-6).map(([t, w, n]) => [t.toFixed(2), w, n])));
  console.log(path.basename(file), 'save', med(saves), 'serialise', med(ser));
  await ctx.close();
}
await browser.close(); server.close();
