// Post ideas in the real browser (issue #14 §1): every calendar post shows a concrete idea
// (title and brief) from the bank of the plan's language, fetched on demand; "Another idea"
// replaces one post's idea, is saved with the plan (it survives a reload) and reaches the
// answers file and the calendar exports; when the bank cannot be fetched the calendar says
// so, shows pillar and format, and "Try again" brings the ideas.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, waitForSaved } from './lib.mjs';
import { assertAccessible, download, fixture, reload, withAnswers } from './wizard-steps.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Title and brief of every post row of the calendar table. */
const postRows = page => page.locator('tr.entry.ch').evaluateAll(rows => rows.map(r => ({
  title: r.querySelector('.entry__name')?.textContent ?? '',
  brief: r.querySelector('.entry__brief')?.textContent ?? null,
})));

test('every post shows an idea; another idea is saved, survives a reload and is exported', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await withAnswers(page, open, fixture('studio-en.json'), 'plan');
  await waitForSaved(page, a => a.business.name === 'Iron Bell Studio');
  const first = page.locator('tr.entry.ch').first();
  await first.locator('.entry__brief').waitFor({ timeout: 15000 });

  const rows = await postRows(page);
  assert.ok(rows.length >= 12, `a real calendar: ${rows.length} posts`);
  for (const { title, brief } of rows) {
    assert.ok(brief?.startsWith('Hook: '), `a brief with a hook: ${brief}`);
    assert.match(brief, /Show: .* · Format: .* · CTA: /, brief);
    // Not the old label ("Tips and expertise: photo").
    assert.doesNotMatch(title, /^[^:]+: (photo|short video|graphics or carousel|stories|text|article|live|long video)$/, title);
  }
  assert.equal(await page.locator('.ideas-status').count(), 0, 'no loading notice once the ideas are there');
  await assertAccessible(page, 'the calendar with its ideas and "Another idea" buttons');

  const before = await first.locator('.entry__name').textContent();
  const beforeBrief = await first.locator('.entry__brief').textContent();
  await first.getByRole('button', { name: 'Another idea' }).click();
  await page.waitForFunction(b => document.querySelector('tr.entry.ch .entry__name')?.textContent !== b, before);
  const after = await first.locator('.entry__name').textContent();
  const afterBrief = await first.locator('.entry__brief').textContent();
  assert.notEqual(after, before);
  assert.notEqual(afterBrief, beforeBrief);
  const saved = await waitForSaved(page, a => (a.calendar.ideas ?? []).length === 1);
  assert.match(saved.calendar.ideas[0].idea, /^[a-z_]+\.[a-z_]+\.\d+$/);

  // Saved with the plan: a reload shows the same choice.
  await reload(page);
  await page.locator('tr.entry.ch .entry__brief').first().waitFor({ timeout: 15000 });
  assert.equal(await page.locator('tr.entry.ch .entry__name').first().textContent(), after);

  // Carried into the exports: the answers file, the CSV (title and brief), the plan JSON.
  const answers = JSON.parse((await download(page, 'export-answers')).bytes.toString('utf8'));
  assert.deepEqual(answers.calendar.ideas, saved.calendar.ideas);
  const csv = (await download(page, 'export-csv')).bytes.toString('utf8');
  assert.ok(csv.split('\r\n')[0].includes(',brief,'), 'a brief column');
  assert.ok(csv.includes(after), 'the CSV has the new title');
  assert.ok(csv.includes(afterBrief.replaceAll('"', '""')), 'and its brief');
  const plan = JSON.parse((await download(page, 'export-plan-json')).bytes.toString('utf8'));
  const entry = plan.calendar.find(e => e.kind === 'post');
  assert.equal(entry.title, after);
  assert.equal(entry.idea, saved.calendar.ideas[0].idea);

  // The same ideas in Italian, from the Italian bank.
  await page.selectOption('.header__lang select', 'it');
  await page.waitForFunction(() => document.querySelector('tr.entry.ch .entry__brief')?.textContent.startsWith('Gancio'), null, { timeout: 15000 });
  const italian = await postRows(page);
  assert.equal(italian.length, rows.length);
  assert.notEqual(italian[0].title, after);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a bank that cannot be fetched: the calendar says so, shows pillar and format, and Try again brings the ideas', async () => {
  const page = await newPage(browser, { locale: 'en-GB', serviceWorkers: 'block' });
  let refuse = true;
  await page.route(/\/ideas\/[a-z]{2}\.[0-9a-f]{8}\.txt$/, route => (refuse ? route.abort() : route.continue()));
  await withAnswers(page, open, fixture('studio-en.json'), 'plan');
  const status = page.locator('.ideas-status');
  await status.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 15000 });
  assert.match(await status.textContent(), /could not be loaded/);
  const rows = await postRows(page);
  assert.ok(rows.length > 0);
  for (const { title, brief } of rows) {
    assert.equal(brief, null, 'no brief without the bank');
    assert.match(title, /: /, `pillar and format: ${title}`);
  }
  assert.equal(await page.getByRole('button', { name: 'Another idea' }).count(), 0);
  await assertAccessible(page, 'the calendar without its ideas, with the notice');

  refuse = false;
  await status.getByRole('button', { name: 'Try again' }).click();
  await page.locator('tr.entry.ch .entry__brief').first().waitFor({ timeout: 15000 });
  assert.equal(await status.count(), 0);
  // The refused fetch is logged by the browser; nothing else may be.
  assert.deepEqual(page.errors.filter(e => !/Failed to load resource: net::ERR_FAILED/.test(e)), []);
  await page.context().close();
});
