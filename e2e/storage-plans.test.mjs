// Several plans in one browser: create, rename, duplicate, delete with undo, switch; the list
// shows each plan's name and last change, and everything survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, waitForApp } from './lib.mjs';
import {
  STORE_KEY, raw, openPlans, shownPlans, settle, waitForActive, seedAndOpen, repoFixture, noErrors,
} from './fixtures/storage/helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const stored = async page => JSON.parse(await raw(page));
const row = (page, id) => page.locator(`.plans__item[data-plan="${id}"]`);
const nameField = page => page.inputValue('#f-business-name');

/** Today as the list shows it in English ("23 Nov 2026"), in UTC like the app. */
function todayShown() {
  const now = new Date();
  const month = now.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }).slice(0, 3);
  return `${now.getUTCDate()} ${month} ${now.getUTCFullYear()}`;
}

test('create, rename, switch, duplicate, delete with undo; the list shows name and last change', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await open(page);
  await page.fill('#f-business-name', 'Alpha Bakery');
  await waitForActive(page, a => a.business.name === 'Alpha Bakery');
  const alpha = (await stored(page)).active;

  let list = await shownPlans(page);
  assert.equal(list.length, 1);
  assert.equal(list[0].name, 'Alpha Bakery', 'an unnamed plan is listed under its business');
  assert.match(list[0].meta, /open · last change/);
  assert.ok(list[0].meta.includes(todayShown()), `${list[0].meta} shows today's date`);

  // Create: a fresh plan opens; the first is kept as typed.
  await page.click('#plan-new');
  assert.equal(await nameField(page), '');
  await page.fill('#f-business-name', 'Beta Gym');
  await waitForActive(page, a => a.business.name === 'Beta Gym');
  const beta = (await stored(page)).active;
  assert.notEqual(beta, alpha);
  list = await shownPlans(page);
  assert.deepEqual(list.map(p => [p.name, p.active]), [['Beta Gym', true], ['Alpha Bakery', false]],
    'newest change first, the open one marked');

  // Rename (the browser's prompt); cancelling or a blank name changes nothing.
  page.once('dialog', d => d.dismiss());
  await row(page, alpha).locator('.plans__rename').click();
  page.once('dialog', d => d.accept('   '));
  await row(page, alpha).locator('.plans__rename').click();
  await settle(page, 300);
  assert.equal((await stored(page)).plans.find(p => p.id === alpha).name !== '   ', true);
  page.once('dialog', async d => {
    assert.equal(d.type(), 'prompt');
    assert.equal(d.defaultValue(), 'Alpha Bakery');
    await d.accept('  Client A – 2027  ');
  });
  await row(page, alpha).locator('.plans__rename').click();
  await row(page, alpha).locator('.plans__name', { hasText: 'Client A – 2027' }).waitFor();
  assert.equal((await stored(page)).plans.find(p => p.id === alpha).name, 'Client A – 2027');
  assert.equal(await nameField(page), 'Beta Gym', 'renaming another plan does not open it');

  // Switch: the other plan's answers come on screen; edits go to it.
  await row(page, alpha).locator('.plans__open').click();
  assert.equal(await nameField(page), 'Alpha Bakery');
  await page.fill('#f-business-value_proposition', 'Bread at dawn.');
  await waitForActive(page, a => a.business.value_proposition === 'Bread at dawn.');
  let store = await stored(page);
  assert.equal(store.active, alpha);
  assert.equal(store.plans.find(p => p.id === beta).answers.business.value_proposition, '');

  // Duplicate: a copy opens, named after the original; editing it leaves the original alone.
  await row(page, alpha).locator('.plans__duplicate').click();
  await page.locator('.plans__name', { hasText: 'Client A – 2027 (copy)' }).waitFor();
  store = await stored(page);
  const copy = store.plans.find(p => p.name === 'Client A – 2027 (copy)');
  assert.equal(store.active, copy.id);
  assert.equal(await nameField(page), 'Alpha Bakery');
  await page.fill('#f-business-name', 'Alpha Bakery, second shop');
  await waitForActive(page, a => a.business.name === 'Alpha Bakery, second shop');
  store = await stored(page);
  assert.equal(store.plans.find(p => p.id === alpha).answers.business.name, 'Alpha Bakery');
  assert.equal(store.plans.length, 3);

  // Delete with undo.
  await row(page, copy.id).locator('.plans__delete').click();
  await page.locator('.plans__deleted').waitFor();
  assert.match(await page.locator('.plans__deleted').textContent(), /Plan deleted: Client A – 2027 \(copy\)/);
  assert.equal(await row(page, copy.id).count(), 0);
  assert.equal((await stored(page)).plans.length, 2);
  await page.click('#plan-undo');
  await row(page, copy.id).waitFor();
  store = await stored(page);
  assert.equal(store.plans.length, 3);
  assert.equal(store.active, copy.id);
  assert.equal(await nameField(page), 'Alpha Bakery, second shop', 'undo brings back the edits too');

  // Delete for good, then reload: the list is as left.
  await row(page, beta).locator('.plans__delete').click();
  await settle(page, 300);
  await page.reload();
  await waitForApp(page);
  list = await shownPlans(page);
  assert.deepEqual(list.map(p => p.name).sort(), ['Client A – 2027', 'Client A – 2027 (copy)']);
  assert.ok(list.every(p => p.meta.includes(todayShown())));
  assert.equal(await nameField(page), 'Alpha Bakery, second shop', 'the open plan stays open after a reload');
  noErrors(page);
  await page.context().close();
});

test('deleting the last plan leaves a fresh one to edit, and undo brings the old one back', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await open(page);
  await page.fill('#f-business-name', 'Unico');
  await waitForActive(page, a => a.business.name === 'Unico');
  const only = (await stored(page)).active;
  await openPlans(page);
  await row(page, only).locator('.plans__delete').click();
  await page.locator('.plans__deleted').waitFor();
  assert.match(await page.locator('.plans__deleted').textContent(), /Piano eliminato: /);
  assert.equal(await nameField(page), '');
  const list = await shownPlans(page);
  assert.equal(list.length, 1);
  assert.match(list[0].meta, /in uso · ultima modifica/);
  await page.click('#plan-undo');
  await row(page, only).waitFor();
  assert.equal(await nameField(page), 'Unico');
  noErrors(page);
  await page.context().close();
});

test('plans from a stored envelope are listed with their own names, newest change first', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: repoFixture('store/v4.json') });
  const list = await shownPlans(page);
  // plan-1 changed on 2 Jan 2026, k7f3-gym on 4 Jan 2026 (see the fixture).
  const fixture = JSON.parse(repoFixture('store/v4.json'));
  const byChange = [...fixture.plans].sort((a, b) => b.updated_ms - a.updated_ms);
  assert.deepEqual(list.map(p => p.id), byChange.map(p => p.id));
  assert.deepEqual(list.map(p => p.name), byChange.map(p => p.name));
  for (const [shown, plan] of list.map((p, i) => [p, byChange[i]])) {
    const d = new Date(plan.updated_ms);
    const month = d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }).slice(0, 3);
    assert.ok(shown.meta.includes(`${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`), shown.meta);
  }
  // Opening the other plan is not an edit of it: its last change stays.
  await row(page, 'plan-1').locator('.plans__open').click();
  assert.equal(await nameField(page), 'Forno Rossi');
  await settle(page);
  const store = await stored(page);
  for (const plan of fixture.plans) {
    assert.equal(store.plans.find(p => p.id === plan.id).updated_ms, plan.updated_ms, plan.id);
  }
  noErrors(page);
  await page.context().close();
});
