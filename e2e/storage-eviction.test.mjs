// Issue #12 §6, in a real browser: persistent storage is asked for after the first real edit,
// and where the browser refuses it (it may delete the data: Safari's 7-day rule, private
// modes) the user is reminded once, ever, to export, with the date of the last export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, waitForApp, waitForSaved } from './lib.mjs';
import { STORE_KEY, seedAndOpen, raw, noticeKinds, notice, settle, repoFixture, noErrors } from './fixtures/storage/helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** `navigator.storage.persist()` records its calls and answers `granted`. */
async function stubPersist(page, granted) {
  await page.addInitScript(granted => {
    window.__persistCalls = 0;
    const storage = navigator.storage ?? {};
    Object.defineProperty(storage, 'persist', {
      configurable: true,
      value: () => { window.__persistCalls += 1; return Promise.resolve(granted); },
    });
    if (!navigator.storage) Object.defineProperty(navigator, 'storage', { value: storage });
  }, granted);
}

const persistCalls = page => page.evaluate(() => window.__persistCalls);

test('persistent storage is asked for after the first real edit; refused, the export reminder shows once', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await stubPersist(page, false);
  await open(page);
  for (const step of ['goals', 'business']) await open(page, step);
  await settle(page);
  assert.equal(await persistCalls(page), 0, 'not asked before the user types');
  assert.deepEqual(await noticeKinds(page), []);

  await page.fill('#f-business-name', 'Forno Rossi');
  await waitForSaved(page, a => a.business.name === 'Forno Rossi');
  const reminder = await notice(page, 'evictionrisk');
  assert.equal(await persistCalls(page), 1);
  assert.match(await reminder.textContent(), /may delete the saved data.*never exported/);
  await page.fill('#f-business-name', 'Forno Rossi Bologna');
  await waitForSaved(page, a => a.business.name === 'Forno Rossi Bologna');
  assert.equal(await persistCalls(page), 1, 'asked once');

  await page.click('#notice-dismiss');
  await reminder.waitFor({ state: 'detached' });
  await page.reload();
  await waitForApp(page);
  await page.fill('#f-business-name', 'Forno Rossi Milano');
  await waitForSaved(page, a => a.business.name === 'Forno Rossi Milano');
  await settle(page);
  assert.deepEqual(await noticeKinds(page), [], 'reminded once, not after a reload');
  noErrors(page);
  await page.context().close();
});

test('the reminder gives the date of the last export, which an export of the answers records', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await stubPersist(page, false);
  const store = JSON.parse(repoFixture('store/v4.json'));
  store.prefs = { ...(store.prefs ?? {}), last_export_ms: Date.UTC(2026, 2, 5, 12) };
  await seedAndOpen(page, { [STORE_KEY]: JSON.stringify(store) });
  await page.fill('#f-business-name', 'Kraft Gym Bologna');
  const reminder = await notice(page, 'evictionrisk');
  assert.match(await reminder.textContent(), /Last export: 5 March 2026/);

  // Exporting the answers records today's date.
  await open(page, 'plan');
  const before = Date.now();
  await Promise.all([page.waitForEvent('download'), page.click('#export-answers')]);
  await settle(page);
  const saved = JSON.parse(await raw(page));
  assert.ok(saved.prefs.last_export_ms >= before - 1000, JSON.stringify(saved.prefs));
  assert.equal(saved.prefs.export_reminded, true);
  noErrors(page);
  await page.context().close();
});

test('where the browser keeps the data (persist granted), no reminder', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await stubPersist(page, true);
  await open(page);
  await page.fill('#f-business-name', 'Forno Rossi');
  await waitForSaved(page, a => a.business.name === 'Forno Rossi');
  await settle(page);
  assert.equal(await persistCalls(page), 1);
  assert.deepEqual(await noticeKinds(page), []);
  noErrors(page);
  await page.context().close();
});
