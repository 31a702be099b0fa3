// The monthly check-in in the real browser (issue #15 §4): three months entered in the plan,
// each target's progress chart with its text equivalent, the verdict and the one suggestion
// (hours far above the plan → the cadence cut naming the channel; then, with the hours back
// within the plan, the quarterly review for a target behind three months in a row); values
// out of range get their message and change nothing stored; check-ins survive a reload, are
// in the answers file (version 2), in the share link and in the Markdown export; a version 1
// answers file imports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, newPage, open, waitForApp, waitForPlan, waitForSaved } from './lib.mjs';
import { assertAccessible, download, fixtureJson, importFile, outDir, reload } from './wizard-steps.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** "YYYY-MM" of the month `delta` months from the current one (the browser's clock is real). */
function month(delta) {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() + delta, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The studio fixture, started four months ago (so three past months can be checked in),
 * written as `schema`. */
function answersFile(schema, name) {
  const answers = fixtureJson('studio-en.json');
  answers.schema = schema;
  answers.calendar.start = `${month(-4)}-01`;
  answers.goals.horizon_months = 6;
  const file = join(outDir(), name);
  writeFileSync(file, JSON.stringify(answers, null, 2));
  return { file, answers };
}

const METRIC = 'trial bookings a month';
const kpiBox = '#checkin-kpi-leads';

async function fillCheckin(page, { m, kpi, hours, ads }) {
  await page.fill('#checkin-month', m);
  await page.fill(kpiBox, kpi);
  await page.fill('#checkin-hours', hours);
  await page.fill('#checkin-ads', ads);
  await page.click('#checkin-save');
}

const stored = async page => (await waitForSaved(page, () => true)).checkins ?? [];

test('three months of check-ins: chart, verdict, the one suggestion, bad values refused, kept everywhere', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  // A version 1 answers file imports (and is written back as version 2).
  const { file } = answersFile('rotta.answers/1', 'checkin-v1.json');
  await open(page, 'plan');
  const { status } = await importFile(page, file);
  assert.match(status, /imported/i, status);
  await waitForSaved(page, a => a.business.name === 'Iron Bell Studio' && a.schema === 'rotta.answers/2');

  const section = page.locator('#checkin');
  await section.waitFor();
  assert.equal(await page.inputValue('#checkin-month'), month(0), 'the current month is proposed');
  const label = await page.locator(`label[for="checkin-kpi-leads"]`).textContent();
  assert.match(label, new RegExp(METRIC), 'the box is labelled with the target\'s metric');
  assert.match(label, /Leads/i, 'and its goal');

  // Three months, the target behind its path (10 → 25 expected to rise), hours far above the
  // plan in the last one.
  await fillCheckin(page, { m: month(-3), kpi: '10', hours: '20', ads: '10' });
  await page.locator('#checkin-status', { hasText: 'saved' }).waitFor();
  await fillCheckin(page, { m: month(-2), kpi: '10', hours: '20', ads: '10' });
  await fillCheckin(page, { m: month(-1), kpi: '11', hours: '400', ads: '10' });
  const saved = await waitForSaved(page, a => (a.checkins ?? []).length === 3);
  assert.deepEqual(saved.checkins.map(c => c.month), [month(-3), month(-2), month(-1)]);
  assert.deepEqual(saved.checkins[2].kpis, [{ goal: 'leads', value: 11 }]);
  assert.equal(saved.checkins[2].hours_spent, 400);

  assert.equal(await page.locator('#checkin-list tbody tr').count(), 3);
  // The chart: a picture and its text equivalent (the path, then one line per month).
  const figure = page.locator('figure.chart--progress');
  await figure.waitFor();
  const src = await figure.locator('img').getAttribute('src');
  assert.match(src, /^data:image\/svg\+xml,/);
  const svg = decodeURIComponent(src.slice('data:image/svg+xml,'.length));
  assert.equal((svg.match(/data-part="point"/g) ?? []).length, 3, 'a mark per month');
  assert.match(svg, /data-part="expected"/);
  const caption = await figure.locator('figcaption li').allTextContents();
  assert.equal(caption.length, 4, caption.join('\n'));
  assert.match(caption[0], /From 10 at the start .* to 25 by /);
  assert.match(caption[3], /: 11 \(expected [\d.,]+\)/);

  assert.match(await page.locator('#checkin-verdict').textContent(), new RegExp(`behind: ${METRIC}`));
  // Hours first: the cut names the channel the plan gives up first and its new cadence.
  const suggestion = await page.locator('#checkin-suggestion .checkin__suggestion-text').textContent();
  const cut = suggestion.match(/post on (.+) at a pace of (\d+) a week instead of (\d+)/);
  assert.ok(cut, suggestion);
  assert.ok(Number(cut[2]) < Number(cut[3]), suggestion);
  assert.match(await page.locator('#main').innerText(), new RegExp(cut[1]), 'a channel of the plan');
  await assertAccessible(page, 'the plan with its check-ins');

  // Edit the last month: hours back within the plan → the target behind three months in a
  // row brings the quarterly review forward.
  await page.locator(`#checkin-list tr[data-month="${month(-1)}"] .checkin__edit`).click();
  assert.equal(await page.inputValue('#checkin-month'), month(-1));
  await page.fill('#checkin-hours', '1');
  await page.click('#checkin-save');
  await waitForSaved(page, a => a.checkins?.[2]?.hours_spent === 1);
  await page.locator('#checkin-suggestion', { hasText: 'three months in a row' }).waitFor();

  // Bad values: each gets its message next to its box; nothing stored changes.
  const before = await stored(page);
  await page.fill('#checkin-month', month(-1).replace(/-\d\d$/, '-13'));
  await page.fill(kpiBox, '2000000000');
  await page.fill('#checkin-hours', '-5');
  await page.fill('#checkin-ads', '');
  await page.click('#checkin-save');
  await page.locator('#checkin-status', { hasText: 'Not saved' }).waitFor();
  assert.match(await page.locator('#checkin-month-msg').textContent(), /year-month/);
  assert.match(await page.locator('#checkin-kpi-leads-msg').textContent(), /between 0 and 1,000,000,000/);
  assert.match(await page.locator('#checkin-hours-msg').textContent(), /between 0 and 744 hours/);
  assert.equal(await page.getAttribute('#checkin-hours', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#checkin-hours'), '-5', 'what was typed stays in the box');
  // A month in the future, and one already checked in.
  await page.fill('#checkin-month', month(2));
  await page.fill(kpiBox, '12');
  await page.fill('#checkin-hours', '3');
  await page.click('#checkin-save');
  assert.match(await page.locator('#checkin-month-msg').textContent(), /has not started yet/);
  await page.fill('#checkin-month', month(-2));
  await page.click('#checkin-save');
  assert.match(await page.locator('#checkin-month-msg').textContent(), /already a check-in/);
  await page.waitForTimeout(800);
  assert.deepEqual(await stored(page), before, 'nothing stored changed');
  await reload(page);
  await page.locator('#checkin-list').waitFor();
  assert.deepEqual(await stored(page), before, 'after a reload too');
  assert.equal(await page.locator('#checkin-list tbody tr').count(), 3, 'the reload keeps the check-ins');
  await page.locator('figure.chart--progress img').waitFor();

  // The answers file is version 2 with the check-ins.
  const exported = JSON.parse((await download(page, 'export-answers')).bytes.toString('utf8'));
  assert.equal(exported.schema, 'rotta.answers/2');
  assert.deepEqual(exported.checkins, before);
  // The Markdown export has the section: a row per month, the verdict, the suggestion.
  const md = (await download(page, 'export-plan-md')).bytes.toString('utf8');
  assert.match(md, /^## Monthly check-ins$/m);
  assert.match(md, new RegExp(`^\\| Month \\| ${METRIC} \\| Hours`, 'm'));
  assert.equal((md.match(/^\| [A-Z][a-z]+ \d{4} \|/gm) ?? []).length, 3, md);
  assert.match(md, /\*\*Verdict:\*\* The plan is behind/);
  assert.match(md, /\*\*One change for next month:\*\* .*three months in a row/);

  // The share link carries them: a fresh browser opens the plan with its check-ins.
  await page.click('#share-link');
  const link = await page.inputValue('#share-url');
  const other = await newPage(browser, { locale: 'en-GB' });
  await other.goto(link);
  await waitForApp(other);
  await other.locator('.shared-banner').waitFor();
  await waitForPlan(other);
  assert.equal(await other.locator('#checkin-list tbody tr').count(), 3);
  assert.equal(await other.locator('#checkin-save').count(), 0, 'read-only: no form');
  assert.match(await other.locator('#checkin-suggestion').textContent(), /three months in a row/);
  await other.locator('figure.chart--progress img').waitFor();

  // Delete asks first; cancelled, nothing changes; accepted, the month goes.
  page.once('dialog', d => d.dismiss());
  await page.locator(`#checkin-list tr[data-month="${month(-3)}"] .checkin__delete`).click();
  assert.equal(await page.locator('#checkin-list tbody tr').count(), 3);
  page.once('dialog', d => { assert.match(d.message(), /Delete the check-in of/); d.accept(); });
  await page.locator(`#checkin-list tr[data-month="${month(-3)}"] .checkin__delete`).click();
  await waitForSaved(page, a => (a.checkins ?? []).length === 2);
  assert.deepEqual([...page.errors, ...other.errors], []);
  await other.context().close();
  await page.context().close();
});
