// DESIGN §8, row by row, in a real browser: first visit, older and newer stored versions,
// localStorage blocked, quota exceeded, and importing a bad or huge file. (Corrupted and
// foreign data: storage-bad-values; two tabs: storage-tabs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, newPage, open, heading, waitForApp, waitForSaved, APP_URL } from './lib.mjs';
import {
  STORE_KEY, seedAndOpen, raw, allStorage, noticeKinds, notice, settle,
  activeSaved, repoFixture, noErrors, backupTexts, quotaScript,
  STORE_VERSION,
} from './fixtures/storage/helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Clicks `button` and returns the text of the file it downloads. */
async function downloadedText(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await download.path(), 'utf8');
}

test('first visit: an empty plan, and nothing is written until the user types', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await open(page);
  assert.equal(await heading(page), 'Business');
  assert.equal(await page.inputValue('#f-business-name'), '');
  assert.deepEqual(await noticeKinds(page), []);
  // Walking through the steps is not typing: still nothing written.
  for (const step of ['goals', 'audience', 'plan', 'business']) await open(page, step);
  await settle(page);
  assert.deepEqual(await allStorage(page), {}, 'no key at all, not even the probe');

  await page.fill('#f-business-name', 'Forno Rossi');
  const saved = await waitForSaved(page, a => a.business.name === 'Forno Rossi');
  assert.equal(saved.schema, 'rotta.answers/2');
  assert.deepEqual(Object.keys(await allStorage(page)), [STORE_KEY]);
  noErrors(page);
  await page.context().close();
});

test('an edit made just before the page goes away is saved (no wait for the autosave delay)', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await open(page);
  await page.fill('#f-business-name', 'Typed then reloaded');
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.inputValue('#f-business-name'), 'Typed then reloaded');
  noErrors(page);
  await page.context().close();
});

test('unreadable data that cannot be backed up (storage full): never overwritten, and saving is said to be off', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('rotta.store.backup')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const garbage = '{"version":2,"plans":[{"id":"a","name":"Ca';
  await seedAndOpen(page, { [STORE_KEY]: garbage });
  await notice(page, 'unreadable');
  await notice(page, 'savefailed');
  await page.fill('#f-business-name', 'typed');
  await settle(page);
  await page.reload();
  await waitForApp(page);
  assert.equal(await raw(page), garbage, 'the only copy is never overwritten');
  noErrors(page);
  await page.context().close();
});

for (const [fixture, fromVersion] of [['v0_bare_answers.json', 0], ['v1.json', 1]]) {
  test(`an older version (${fixture}) is migrated; the original stays until the new one is saved`, async () => {
    const original = repoFixture(`store/${fixture}`);
    const page = await newPage(browser, { locale: 'en-GB' });
    await seedAndOpen(page, { [STORE_KEY]: original });
    const migrated = await notice(page, 'migrated');
    assert.ok((await migrated.textContent()).length > 20);
    assert.deepEqual(await noticeKinds(page), ['migrated']);
    // The plan is on screen, as the older build saved it.
    assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi');
    assert.equal(await page.inputValue('#f-business-value_proposition'),
      JSON.parse(original).answers?.business?.value_proposition ?? JSON.parse(original).business.value_proposition);
    // Nothing was overwritten by merely opening it: the original is both in place and aside.
    await settle(page);
    assert.equal(await raw(page), original, `version ${fromVersion} text untouched until an edit`);
    assert.deepEqual(await backupTexts(page), [original]);

    await page.fill('#f-business-name', 'Forno Rossi & figli');
    await waitForSaved(page, a => a.business.name === 'Forno Rossi & figli');
    const store = JSON.parse(await raw(page));
    assert.equal(store.version, STORE_VERSION);
    assert.equal(store.plans.length, 1);
    assert.equal(store.plans[0].answers.audience.location, 'Bologna', 'the rest of the plan came along');
    // The saved store is not the original's migrated form byte for byte (it holds the edit), so
    // the copy of the original stays, listed, until the user deletes it (issue #12 §1).
    assert.deepEqual(await backupTexts(page), [original], 'the copy is never deleted silently');
    // After a reload it is a current envelope: no more migration notice.
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi & figli');
    assert.deepEqual(await noticeKinds(page), []);
    noErrors(page);
    await page.context().close();
  });
}

test('a newer version is shown read-only and never overwritten, whatever the user does', async () => {
  const current = JSON.parse(repoFixture('store/v4.json'));
  // Pretty-printed on purpose: "byte-identical" must hold for the exact text, spaces included.
  const newer = JSON.stringify({ ...current, version: STORE_VERSION + 1, sync: { device: 'tablet' } }, null, 3);
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: newer });
  const n = await notice(page, 'newer');
  assert.match(await n.textContent(), /newer version of Rotta/);
  // As the notice says, the data is shown: its open plan is on screen, its plans listed.
  assert.equal(await page.inputValue('#f-business-name'), 'Kraft Gym');
  assert.equal(await page.locator('.plans__item').count(), 2);

  await page.fill('#f-business-name', 'Typed in the old app');
  await page.fill('#f-business-value_proposition', 'More typing');
  await open(page, 'goals');
  await settle(page);
  // Plan operations do not write either.
  await page.locator('details.plans summary').click();
  await page.click('#plan-new');
  await settle(page);
  // The page going away (which flushes saves) does not write.
  await open(page);
  await notice(page, 'newer');
  await page.fill('#f-business-name', 'Again');
  await settle(page);
  assert.equal(await raw(page), newer, 'byte-identical after typing and reloading');
  assert.deepEqual(Object.keys(await allStorage(page)), [STORE_KEY], 'nothing else written');
  noErrors(page);
  await page.context().close();
});

const blockedStorage = {
  'localStorage throws on access (private mode, blocked cookies)': () => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('denied', 'SecurityError'); },
    });
  },
  'localStorage refuses every write': () => {
    Storage.prototype.setItem = function () { throw new DOMException('denied', 'SecurityError'); };
  },
};

for (const [what, script] of Object.entries(blockedStorage)) {
  test(`${what}: the app works in memory, says so, and export still works`, async () => {
    const page = await newPage(browser, { locale: 'en-GB' });
    await page.addInitScript(script);
    await open(page);
    const banner = await notice(page, 'nostorage');
    assert.match(await banner.textContent(), /lost on reload/);

    await page.fill('#f-business-name', 'Memory Bakery');
    await page.fill('#f-business-value_proposition', 'Bread that only lives in memory.');
    // Moving inside the app (a reload would lose everything, as the banner says).
    await page.click('.progress a[href="?step=plan"]');
    await page.waitForURL(/step=plan/);
    assert.equal(await heading(page), 'Plan');
    await page.locator('[data-notice=nostorage]').waitFor();
    // The banner's download gives the answers typed so far.
    const fromBanner = JSON.parse(await downloadedText(page, banner.locator('button')));
    assert.equal(fromBanner.business.name, 'Memory Bakery');
    // And so does the plan view's export.
    const exported = JSON.parse(await downloadedText(page, page.locator('#export-answers')));
    assert.equal(exported.business.value_proposition, 'Bread that only lives in memory.');
    const md = await downloadedText(page, page.locator('#export-plan-md'));
    assert.match(md, /Memory Bakery/);
    // Plan operations work in memory too.
    await page.locator('details.plans summary').click();
    await page.click('#plan-new');
    await page.click('.progress a[href="?step=business"]');
    assert.equal(await page.inputValue('#f-business-name'), '');
    noErrors(page);
    await page.context().close();
  });
}

test('quota exceeded: the last good save stays, a notice offers export, the next edit retries', async () => {
  const good = repoFixture('store/v4.json');
  const page = await newPage(browser, { locale: 'en-GB' });
  await page.addInitScript(quotaScript);
  await seedAndOpen(page, { [STORE_KEY]: good });
  assert.equal(await page.inputValue('#f-business-name'), 'Kraft Gym');
  await page.evaluate(() => { window.__quotaFull = true; });

  await page.fill('#f-business-name', 'Kraft Gym Bologna');
  const failed = await notice(page, 'savefailed');
  assert.match(await failed.textContent(), /last saved version is intact/);
  assert.equal(await raw(page), good, 'the last good save is what is stored');
  // The user's typing is still on screen, and can be downloaded.
  assert.equal(await page.inputValue('#f-business-name'), 'Kraft Gym Bologna');
  const downloaded = JSON.parse(await downloadedText(page, failed.locator('button', { hasText: 'Download answers' })));
  assert.equal(downloaded.business.name, 'Kraft Gym Bologna');
  // A plan operation is refused the same way, without changing anything stored.
  await page.locator('details.plans summary').click();
  await page.locator('.plans__duplicate').first().click();
  await settle(page);
  assert.equal(await raw(page), good);

  // Space freed (e.g. other data deleted): the next edit saves everything typed.
  await page.evaluate(() => { window.__quotaFull = false; });
  await page.fill('#f-business-value_proposition', 'Strength training, small groups.');
  const saved = await waitForSaved(page, a => a.business.value_proposition === 'Strength training, small groups.');
  assert.equal(saved.business.name, 'Kraft Gym Bologna', 'the edit made while full was not lost');
  await page.locator('[data-notice=savefailed]').waitFor({ state: 'detached' });
  const store = JSON.parse(await raw(page));
  assert.deepEqual(store.plans.map(p => p.id).slice(0, 2), ['plan-1', 'k7f3-gym'], 'the other plan is intact');
  noErrors(page);
  await page.context().close();
});

test('a real full storage: the last good save stays and the notice is shown', async () => {
  const good = repoFixture('store/v4.json');
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: good });
  // Fill the origin's storage with another key until the browser refuses more.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 16; i++) {
      try { localStorage.setItem(`filler.${i}`, chunk); } catch { chunk = chunk.slice(chunk.length / 2); }
    }
  });
  // A text that cannot fit in what is left (the stored fixture is pretty-printed, so the
  // envelope must grow by more than its spaces).
  await page.fill('#f-business-value_proposition', 'z'.repeat(8000));
  await notice(page, 'savefailed');
  assert.equal(await raw(page), good);
  assert.equal(await activeSaved(page).then(a => a.business.name), 'Kraft Gym');
  noErrors(page);
  await page.context().close();
});

test('storage full: "Free space" opens the plans list; deleting a plan saves the edit and clears the notice, undo brings the notice back', async () => {
  const store = JSON.parse(repoFixture('store/v4.json'));
  // A third, old plan that takes room (a long pasted brief).
  const old = structuredClone(store.plans[0]);
  Object.assign(old, { id: 'old-brief', name: 'Old brief', updated_ms: 1 });
  old.answers.business.value_proposition = 'brief '.repeat(3000);
  store.plans.push(old);
  const seeded = JSON.stringify(store);
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: seeded });
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 16; i++) {
      try { localStorage.setItem(`filler.${i}`, chunk); } catch { chunk = chunk.slice(chunk.length / 2); }
    }
  });
  await page.fill('#f-business-value_proposition', 'z'.repeat(5000));
  const full = await notice(page, 'savefailed');
  assert.equal(await raw(page), seeded, 'the last good save stays');
  assert.match(await full.textContent(), /free space by deleting plans/);

  await page.click('#notice-free-space');
  assert.equal(await page.locator('#plans-panel').evaluate(d => d.open), true, 'the plans list is open');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('#plans-panel') !== null), true,
    'the focus is in the plans list');
  await page.locator('.plans__item[data-plan="old-brief"] .plans__delete').click();
  await page.locator('[data-notice=savefailed]').waitFor({ state: 'detached' });
  let saved = JSON.parse(await raw(page));
  assert.deepEqual(saved.plans.map(p => p.id).sort(), store.plans.slice(0, 2).map(p => p.id).sort());
  assert.equal(saved.plans.find(p => p.id === saved.active).answers.business.value_proposition, 'z'.repeat(5000),
    'the edit that could not be saved is saved now');

  // Undo needs the room again: the notice comes back and the last good save stays.
  const lastGood = await raw(page);
  await page.click('#plan-undo');
  await notice(page, 'savefailed');
  assert.equal(await raw(page), lastGood);
  noErrors(page);
  await page.context().close();
});

/** The import box of the plan view: picks a file and returns the status line shown. */
async function importFile(page, name, buffer) {
  await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer });
  const status = page.locator('#import-status p');
  await status.waitFor();
  return status;
}

test('importing a bad or huge file: a clear error, and the current data untouched', async () => {
  const stored = repoFixture('store/v4.json');
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: stored }, 'plan');
  const before = await page.evaluate(() => document.querySelector('#main').innerText);

  const valid = JSON.parse(repoFixture('answers_design_example.json'));
  const bad = [
    ['huge.json', Buffer.alloc(600 * 1024, ' '), /too large|too big|KiB|MB/i],
    ['huge-valid.json', Buffer.from(JSON.stringify({ ...valid, padding: 'p'.repeat(530 * 1024) })), /too large|too big|KiB|MB/i],
    ['notes.json', Buffer.from('These are my notes, not JSON.'), /not|read/i],
    ['cut.json', Buffer.from(JSON.stringify(valid).slice(0, 300)), /not|read/i],
    ['other-app.json', Buffer.from('{"todos":[{"title":"milk","done":false}]}'), /Rotta|answers/i],
    ['future.json', Buffer.from(JSON.stringify({ ...valid, schema: 'rotta.answers/9' })), /Rotta|answers|version/i],
    ['wrong-type.json', Buffer.from(JSON.stringify({ ...valid, business: { ...valid.business, name: 42 } })), /./],
    ['empty.json', Buffer.alloc(0), /./],
    ['binary.json', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x89, 0x50, 0x4e, 0x47]), /./],
  ];
  for (const [name, buffer, why] of bad) {
    const status = await importFile(page, name, buffer);
    const text = await status.textContent();
    assert.match(text, /The file was not imported and your current answers are untouched/, name);
    assert.match(text, why, `${name}: says why (${text})`);
    await settle(page, 500);
    assert.equal(await raw(page), stored, `${name}: storage untouched`);
    assert.equal(await page.evaluate(() => document.querySelector('#main').innerText)
      .then(t => t.includes('Kraft Gym')), true, `${name}: the plan on screen is still the user's`);
  }

  // A valid file asks first; saying no changes nothing.
  page.once('dialog', d => d.dismiss());
  let status = await importFile(page, 'forno.json', Buffer.from(JSON.stringify(valid)));
  await page.locator('.import--cancelled').waitFor();
  await settle(page, 500);
  assert.equal(await raw(page), stored);
  // Saying yes replaces the open plan's answers, and only those.
  page.once('dialog', d => d.accept());
  status = await importFile(page, 'forno.json', Buffer.from(JSON.stringify(valid)));
  await page.locator('.import--done').waitFor();
  await waitForSaved(page, a => a.business.name === valid.business.name);
  const store = JSON.parse(await raw(page));
  assert.equal(store.plans.find(p => p.id === 'plan-1').answers.business.name, 'Forno Rossi');
  assert.equal(store.plans.length, JSON.parse(stored).plans.length);
  assert.ok(before.length > 0);
  noErrors(page);
  await page.context().close();
});
