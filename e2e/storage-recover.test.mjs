// Issue #12 §1, "All my plans vanished", in a real browser: when the stored envelope cannot be
// read whole, the readable plans are offered back ("Recover N plans", naming what could not be
// read); every kept copy is listed in the plans panel with its date and size, to restore,
// download or delete (after a confirmation only); import accepts a whole store or a backup
// file and adds their plans; "Free space" shows the kept copies with their sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, newPage, waitForApp } from './lib.mjs';
import {
  STORE_KEY, BACKUP_KEY, seedAndOpen, raw, backups, backupTexts, notice, settle, openPlans,
  shownPlans, repoFixture, noErrors, waitForActive, quotaScript,
  STORE_VERSION,
} from './fixtures/storage/helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const good = JSON.parse(repoFixture('store/v4.json'));

/** The v2 fixture with a third plan, and the second plan (Kraft Gym) holding a sector value a
 * newer build added without a version bump: the whole envelope is unreadable. */
function damagedStore() {
  const store = structuredClone(good);
  const third = structuredClone(store.plans[0]);
  Object.assign(third, { id: 'p-verdi', name: 'Pasticceria Verdi' });
  third.answers.business.name = 'Pasticceria Verdi';
  store.plans.push(third);
  store.plans[1].answers.business.sector = 'gym';
  return JSON.stringify(store, null, 2);
}
const DAMAGED = damagedStore();
const DAMAGED_NAME = good.plans[1].name;

const stored = async page => JSON.parse(await raw(page));
// By business name: a plan created on a first visit is stored as "My plan" and listed under its business.
const names = store => store.plans.map(p => p.answers.business.name).sort();

/** Clicks `button` and returns the text of the file it downloads. */
async function downloadedText(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await download.path(), 'utf8');
}

/** The import box of the plan view: picks a file and returns the status line shown. */
async function importFile(page, name, text) {
  const status = page.locator('#import-status p');
  const before = await status.count() ? await status.textContent() : null;
  await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction(b => {
    const p = document.querySelector('#import-status p');
    return p && p.textContent !== b;
  }, before);
  return status.textContent();
}

/** The kept copies as the plans panel lists them. */
async function shownBackups(page) {
  await openPlans(page);
  return page.locator('#backups-list .backups__item').evaluateAll(rows => rows.map(r => ({
    key: r.dataset.backup,
    when: r.querySelector('.backups__when')?.textContent ?? '',
    size: r.querySelector('.backups__size')?.textContent ?? '',
  })));
}

test('one damaged plan among three: "Recover 2 plans" names the damaged one, and the two come back for good', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: DAMAGED });
  const n = await notice(page, 'unreadable');
  const recover = n.locator('#notice-recover');
  assert.equal((await recover.textContent()).trim(), 'Recover 2 plans');
  const lost = await n.locator('#notice-lost').textContent();
  assert.match(lost, /^Could not be read: plan 2 “Kraft Gym – 2027 ☀” \(answers: .*gym/, lost);
  // Nothing is added before the user asks, and the raw text is kept aside.
  assert.equal(await raw(page), DAMAGED);
  assert.deepEqual(await backupTexts(page), [DAMAGED]);

  // The user started typing in the fresh plan meanwhile: that plan is kept too.
  await page.fill('#f-business-name', 'Typed meanwhile');
  await waitForActive(page, a => a.business.name === 'Typed meanwhile');
  await recover.click();
  assert.equal(await n.locator('#notice-recovered').textContent(), '2 plans added to the list of plans.');
  assert.equal(await recover.count(), 0, 'offered once');
  assert.equal(await page.locator('#plans-panel').evaluate(d => d.open), true, 'the plans panel opens');
  let list = await shownPlans(page);
  assert.deepEqual(list.map(p => p.name).sort(), ['Forno Rossi', 'Pasticceria Verdi', 'Typed meanwhile']);
  assert.equal(await page.inputValue('#f-business-name'), 'Typed meanwhile', 'the open plan stays open');
  const saved = await stored(page);
  assert.deepEqual(names(saved), ['Forno Rossi', 'Pasticceria Verdi', 'Typed meanwhile']);
  assert.equal(new Set(saved.plans.map(p => p.id)).size, 3);
  assert.equal(saved.plans.find(p => p.name === 'Forno Rossi').answers.business.value_proposition,
    good.plans[0].answers.business.value_proposition, 'recovered whole');

  await page.reload();
  await waitForApp(page);
  list = await shownPlans(page);
  assert.deepEqual(list.map(p => p.name).sort(), ['Forno Rossi', 'Pasticceria Verdi', 'Typed meanwhile']);
  assert.deepEqual(await backupTexts(page), [DAMAGED], 'the raw text stays in its kept copy');
  assert.equal(await page.locator('[data-notice=unreadable]').count(), 0);
  noErrors(page);
  await page.context().close();
});

test('recovering before typing anything: the fresh plan is not kept, a recovered plan opens (Italian)', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await seedAndOpen(page, { [STORE_KEY]: DAMAGED });
  const n = await notice(page, 'unreadable');
  assert.equal((await n.locator('#notice-recover').textContent()).trim(), 'Recupera 2 piani');
  assert.match(await n.locator('#notice-lost').textContent(), /^Non leggibili: piano 2 “Kraft Gym/);
  await n.locator('#notice-recover').click();
  await n.locator('#notice-recovered').waitFor();
  assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi');
  assert.deepEqual(names(await stored(page)), ['Forno Rossi', 'Pasticceria Verdi']);
  noErrors(page);
  await page.context().close();
});

test('kept copies are listed with date and size: Download gives the raw text, Restore adds its plans, Delete asks first', async () => {
  const legacy = 'the backup of an earlier accident';
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: DAMAGED, [BACKUP_KEY]: legacy });
  await notice(page, 'unreadable');
  const kept = await backups(page);
  const [dated] = Object.keys(kept).filter(k => k !== BACKUP_KEY);
  assert.match(dated, /^rotta\.store\.backup\.\d+$/, 'the new copy has a dated key');
  assert.equal(kept[dated], DAMAGED);
  assert.equal(kept[BACKUP_KEY], legacy, 'the earlier copy is not replaced');

  const list = await shownBackups(page);
  assert.deepEqual(list.map(b => b.key), [dated, BACKUP_KEY], 'newest first');
  const kb = Buffer.byteLength(DAMAGED) / 1024;
  assert.equal(list[0].size, `${kb.toFixed(1)} KB`);
  assert.match(list[0].when, new RegExp(`${new Date().getUTCFullYear()}, \\d\\d:\\d\\d$`), list[0].when);
  assert.equal(list[1].when, 'date unknown');
  assert.equal(list[1].size, `${legacy.length} B`);

  // Download: the raw text, byte for byte.
  const row = page.locator(`[data-backup="${dated}"]`);
  assert.equal(await downloadedText(page, row.locator('.backup__download')), DAMAGED);

  // Restore: its readable plans are added; the copy stays.
  await row.locator('.backup__restore').click();
  await page.locator('#backups-status', { hasText: '2 plans added' }).waitFor();
  assert.match(await page.locator('#backups-status').textContent(), /Could not be read: plan 2 “Kraft Gym/);
  assert.deepEqual((await shownPlans(page)).map(p => p.name).sort(), ['Forno Rossi', 'Pasticceria Verdi']);
  assert.deepEqual(names(await stored(page)), ['Forno Rossi', 'Pasticceria Verdi']);
  // A copy that holds no plan says so, and changes nothing.
  await page.locator(`[data-backup="${BACKUP_KEY}"] .backup__restore`).click();
  await page.locator('#backups-status', { hasText: 'not a valid answers file' }).waitFor();
  assert.deepEqual(names(await stored(page)), ['Forno Rossi', 'Pasticceria Verdi']);

  // Delete asks first; cancelling keeps the copy.
  let asked = '';
  page.once('dialog', d => { asked = d.message(); d.dismiss(); });
  await row.locator('.backup__delete').click();
  await settle(page, 300);
  assert.match(asked, /Delete this copy for good\?/);
  assert.equal((await backups(page))[dated], DAMAGED, 'kept after Cancel');
  assert.equal(await row.count(), 1);
  page.once('dialog', d => d.accept());
  await row.locator('.backup__delete').click();
  await row.waitFor({ state: 'detached' });
  assert.deepEqual(Object.keys(await backups(page)), [BACKUP_KEY], 'only the confirmed one is gone');
  noErrors(page);
  await page.context().close();
});

test('import: a whole store and a damaged backup add their plans; a foreign or newer file is refused and nothing changes', async () => {
  const mine = repoFixture('store/v4.json');
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: mine }, 'plan');
  let status = await importFile(page, 'rotta-store.json', mine);
  assert.equal(status, '2 plans added to the list of plans.');
  let saved = await stored(page);
  assert.equal(saved.plans.length, 4);
  assert.equal(new Set(saved.plans.map(p => p.id)).size, 4, 'ids made unique');
  assert.deepEqual(saved.plans.slice(0, 2), JSON.parse(mine).plans.map(p => ({ ...p, updated_ms: p.updated_ms })),
    'the plans already there are untouched');
  assert.equal(saved.active, JSON.parse(mine).active, 'the open plan stays open');

  status = await importFile(page, 'rotta-saved-data-backup.json', DAMAGED);
  assert.match(status, /^2 plans added to the list of plans\. Could not be read: plan 2 “Kraft Gym – 2027 ☀”/);
  saved = await stored(page);
  assert.equal(saved.plans.length, 6);
  assert.equal(saved.plans.filter(p => p.name === 'Pasticceria Verdi').length, 1);
  const shown = await shownPlans(page);
  assert.equal(shown.length, 6);

  const before = await raw(page);
  for (const [name, text, why] of [
    ['todo.json', '{"todos":[{"title":"milk","done":false}]}', /not a Rotta file: neither an answers file, nor saved plans/],
    ['newer.json', JSON.stringify({ ...good, version: STORE_VERSION + 1 }), /newer version of Rotta/],
    ['nothing.json', '{"version":2,"plans":[{"id":"a"}]}', /none of them can be read/],
  ]) {
    status = await importFile(page, name, text);
    assert.match(status, /^The file was not imported and your current answers are untouched:/, name);
    assert.match(status, why, `${name}: ${status}`);
    await settle(page, 500);
    assert.equal(await raw(page), before, `${name}: nothing changed`);
  }
  assert.equal(DAMAGED_NAME, 'Kraft Gym – 2027 ☀');
  noErrors(page);
  await page.context().close();
});

test('storage full: "Free space" shows the kept copies with their sizes, to delete them', async () => {
  const big = `${DAMAGED.slice(0, -1)}${' '.repeat(300 * 1024)}}`;
  const key = 'rotta.store.backup.1700000000000';
  const page = await newPage(browser, { locale: 'en-GB' });
  await page.addInitScript(quotaScript);
  await seedAndOpen(page, { [STORE_KEY]: repoFixture('store/v4.json'), [key]: big });
  await page.evaluate(() => { window.__quotaFull = true; });
  await page.fill('#f-business-name', 'Kraft Gym Bologna');
  await notice(page, 'savefailed');
  await page.click('#notice-free-space');
  assert.equal(await page.locator('#plans-panel').evaluate(d => d.open), true);
  const row = page.locator(`[data-backup="${key}"]`);
  await row.waitFor();
  assert.equal(await row.locator('.backups__size').textContent(), `${(Buffer.byteLength(big) / 1024).toFixed(1)} KB`);
  assert.match(await row.locator('.backups__when').textContent(), /2023/);
  page.once('dialog', d => d.accept());
  await row.locator('.backup__delete').click();
  await row.waitFor({ state: 'detached' });
  assert.deepEqual(await backups(page), {});
  // Room made: the next edit saves everything typed.
  await page.evaluate(() => { window.__quotaFull = false; });
  await page.fill('#f-business-value_proposition', 'Small groups.');
  await waitForActive(page, a => a.business.name === 'Kraft Gym Bologna' && a.business.value_proposition === 'Small groups.');
  noErrors(page);
  await page.context().close();
});
