// Fields this build does not know (written by a newer Rotta) survive in a real browser
// (issue #12 §4, "the new fields vanished after I used the old tab"): an edit saves them
// back, the answers file keeps them, an imported file's are stored, and a store of a newer
// version stays byte-identical whatever the user types.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, open } from './lib.mjs';
import { download, importFile } from './wizard-steps.mjs';
import {
  STORE_KEY, raw, seedAndOpen, repoFixture, notice, settle, waitForActive, allStorage, noErrors,
  STORE_VERSION,
} from './fixtures/storage/helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A newer build's fields in an answers document: top level, nested inside `business`,
 * inside an item of a list (the first key date, the first channel) and inside an optional
 * object (`budget.split`). */
function addUnknownAnswers(answers) {
  answers.sentiment = { tone: 'warm', scores: [1, 2.5, null] };
  answers.business.founded = 1987;
  answers.business.tax = { vat: 'IT01234567890' };
  answers.calendar.key_dates[0].reminder_days = 3;
  answers.channels.current[0].handle = '@kraftgym';
  answers.budget.split = { ads: 100, content: 50, management: 0, tools: 10, influencers: 40 };
  return answers;
}

/** The v2 fixture (active plan: Kraft Gym) with a newer build's fields everywhere: the
 * envelope, each plan, the preferences and the answers of every plan. */
function storeWithUnknownFields() {
  const store = JSON.parse(repoFixture('store/v4.json'));
  store.sync = { device: 'tablet', seq: 41 };
  store.prefs.theme = 'dark';
  for (const plan of store.plans) {
    plan.color = '#ffaa00';
    addUnknownAnswers(plan.answers);
  }
  return store;
}

const parsedStore = async page => JSON.parse(await raw(page));
const activePlan = store => store.plans.find(p => p.id === store.active);

test('editing a field through the form saves every unknown field back, with the edit', async () => {
  const seeded = storeWithUnknownFields();
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: JSON.stringify(seeded) });
  assert.equal(await page.inputValue('#f-business-name'), 'Kraft Gym');

  await page.fill('#f-business-name', 'Kraft Gym Nord');
  await waitForActive(page, a => a.business.name === 'Kraft Gym Nord');
  const saved = await parsedStore(page);

  // Exactly what was seeded, with the edit and its time: nothing dropped, nothing else moved.
  const expected = structuredClone(seeded);
  const plan = activePlan(expected);
  plan.answers.business.name = 'Kraft Gym Nord';
  plan.updated_ms = activePlan(saved).updated_ms;
  assert.ok(plan.updated_ms > activePlan(seeded).updated_ms, 'the edit moved the plan\'s time');
  assert.deepEqual(saved, expected);
  // Spelled out, for a reader of a failure:
  const answers = activePlan(saved).answers;
  assert.deepEqual(answers.sentiment, { tone: 'warm', scores: [1, 2.5, null] }, 'answers, top level');
  assert.equal(answers.business.founded, 1987, 'answers, nested in business');
  assert.equal(answers.calendar.key_dates[0].reminder_days, 3, 'answers, in a list item');
  assert.equal(answers.budget.split.influencers, 40, 'answers, in an optional object');
  assert.deepEqual(saved.sync, { device: 'tablet', seq: 41 }, 'envelope');
  assert.equal(activePlan(saved).color, '#ffaa00', 'plan');
  assert.equal(saved.prefs.theme, 'dark', 'prefs');

  // Another edit after a reload still keeps them (what was saved reads back whole).
  await open(page, 'goals');
  await open(page);
  await page.fill('#f-business-value_proposition', 'Lift more.');
  await waitForActive(page, a => a.business.value_proposition === 'Lift more.');
  const again = await parsedStore(page);
  assert.equal(activePlan(again).answers.business.tax.vat, 'IT01234567890');
  assert.equal(activePlan(again).answers.channels.current[0].handle, '@kraftgym');
  assert.deepEqual(again.sync, seeded.sync);
  noErrors(page);
  await page.context().close();
});

test('the answers file exported holds the answers\' unknown fields', async () => {
  const seeded = storeWithUnknownFields();
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: JSON.stringify(seeded) }, 'plan');
  const file = await download(page, 'export-answers');
  const exported = JSON.parse(file.bytes.toString('utf8'));
  assert.deepEqual(exported, activePlan(seeded).answers, 'the file is the stored answers, unknown fields included');
  noErrors(page);
  await page.context().close();
});

test('an imported file\'s unknown fields are stored', async () => {
  const file = addUnknownAnswers(JSON.parse(repoFixture('answers_design_example.json')));
  const dir = mkdtempSync(join(tmpdir(), 'rotta-unknown-'));
  const path = join(dir, 'answers-from-a-newer-rotta.json');
  writeFileSync(path, JSON.stringify(file, null, 2));

  const page = await newPage(browser, { locale: 'en-GB' });
  await open(page, 'plan');
  const { status } = await importFile(page, path);
  assert.match(status, /importat|imported/i, 'the file (in Italian) switches the interface to Italian');
  const stored = await waitForActive(page, a => a.business.name === file.business.name);
  assert.deepEqual(stored, file, 'stored exactly as the file, unknown fields included');

  // And they survive an edit of the imported answers.
  await open(page);
  await page.fill('#f-business-name', 'Forno Rossi 2');
  const edited = await waitForActive(page, a => a.business.name === 'Forno Rossi 2');
  assert.deepEqual(edited, { ...file, business: { ...file.business, name: 'Forno Rossi 2' } });
  noErrors(page);
  await page.context().close();
});

test('a store of a newer version with unknown fields is shown read-only and stays byte-identical', async () => {
  const newer = JSON.stringify({ ...storeWithUnknownFields(), version: STORE_VERSION + 1 }, null, 1);
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: newer });
  await notice(page, 'newer');
  assert.equal(await page.inputValue('#f-business-name'), 'Kraft Gym');
  await page.fill('#f-business-name', 'Typed in the old tab');
  await settle(page);
  await open(page);
  await page.fill('#f-business-value_proposition', 'More typing');
  await settle(page);
  assert.equal(await raw(page), newer, 'byte-identical after typing');
  assert.deepEqual(Object.keys(await allStorage(page)), [STORE_KEY], 'nothing else written');
  noErrors(page);
  await page.context().close();
});
