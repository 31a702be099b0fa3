// Two tabs of one browser editing the same plans (DESIGN §8): the other tab follows through
// the `storage` event, simultaneous edits are merged with a notice, and no edit is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForApp, keepsData, missingHostConfig, APP_URL } from './lib.mjs';
import {
  STORE_KEY, backupTexts, SAME_ORIGIN_BLANK, blankPage, raw, noticeKinds, notice, settle, openPlans, shownPlans,
  repoFixture, noErrors,
  STORE_VERSION,
} from './fixtures/storage/helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Counts this page's writes to the store key, to prove tabs do not write back and forth. */
function countWrites() {
  const setItem = Storage.prototype.setItem;
  window.__writes = 0;
  Storage.prototype.setItem = function (key, value) {
    if (key === 'rotta.store') window.__writes += 1;
    return setItem.call(this, key, value);
  };
}

/** Two tabs of one browser on the app, over the stored text `seed` (or nothing). */
async function twoTabs(seed, inBrowser = browser) {
  const context = await inBrowser.newContext({ locale: 'en-GB' });
  await keepsData(context);
  await context.addInitScript(countWrites);
  await context.addInitScript(deafSwitch);
  await blankPage(context);
  const pages = [];
  for (let i = 0; i < 2; i++) {
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', e => page.errors.push(String(e)));
    page.on('console', m => { if (m.type() === 'error' && !missingHostConfig(m)) page.errors.push(m.text()); });
    pages.push(page);
  }
  await pages[0].goto(SAME_ORIGIN_BLANK);
  await pages[0].evaluate(s => { localStorage.clear(); if (s !== null) localStorage.setItem('rotta.store', s); }, seed);
  for (const page of pages) {
    await page.goto(APP_URL);
    await waitForApp(page);
  }
  return { context, a: pages[0], b: pages[1] };
}

const valueOf = (page, selector) => page.inputValue(selector);
const waitForValue = (page, selector, value) => page.waitForFunction(
  ([s, v]) => document.querySelector(s)?.value === v, [selector, value], { timeout: 5000 });
const writes = page => page.evaluate(() => window.__writes);

/** Types a changing text into `selector` every 100 ms for `ms`: edits never saved meanwhile. */
async function keepTyping(page, selector, prefix, ms) {
  let last = '';
  for (let i = 0; i * 100 < ms; i++) {
    last = `${prefix} ${i}`;
    await page.fill(selector, last);
    await page.waitForTimeout(100);
  }
  return last;
}

test('the other tab follows each save, and idle tabs do not write back and forth', async () => {
  const { context, a, b } = await twoTabs(repoFixture('store/v4.json'));
  assert.equal(await valueOf(b, '#f-business-name'), 'Kraft Gym');

  await a.fill('#f-business-name', 'Kraft Gym Centro');
  await waitForValue(b, '#f-business-name', 'Kraft Gym Centro');
  // Then the other way round, on another step of the same plan.
  await b.fill('#f-business-value_proposition', 'Small groups, real coaches.');
  await waitForValue(a, '#f-business-value_proposition', 'Small groups, real coaches.');
  await settle(a, 1200);
  assert.equal(await writes(a), 1, 'tab A wrote once');
  assert.equal(await writes(b), 1, 'tab B wrote once: following is not an edit');
  const store = JSON.parse(await raw(a));
  const gym = store.plans.find(p => p.id === 'k7f3-gym').answers;
  assert.equal(gym.business.name, 'Kraft Gym Centro');
  assert.equal(gym.business.value_proposition, 'Small groups, real coaches.');
  assert.deepEqual(await noticeKinds(a), []);
  assert.deepEqual(await noticeKinds(b), []);
  // A new plan made in one tab appears in the other tab's list.
  await openPlans(a);
  await a.click('#plan-new');
  await b.waitForFunction(() => document.querySelectorAll('.plans__item').length === 3);
  // …without taking the other tab away from the plan it has open.
  assert.equal(await valueOf(b, '#f-business-name'), 'Kraft Gym Centro');
  noErrors(a);
  noErrors(b);
  await context.close();
});

test('both tabs edit the same field of a plan at once: nothing is lost and the user is told', async () => {
  const { context, a, b } = await twoTabs(repoFixture('store/v4.json'));
  // B keeps typing (its edits stay unsaved: saves wait 400 ms) while A saves an edit of the
  // same field. (Edits of different fields combine in the plan: the tests further down.)
  await b.fill('#f-business-value_proposition', 'B typing');
  await a.fill('#f-business-value_proposition', 'Typed in A');
  const typing = keepTyping(b, '#f-business-value_proposition', 'B typing', 1200);
  const lastOfB = await typing;
  await settle(b, 1500);

  const store = JSON.parse(await raw(a));
  const texts = store.plans.map(p => p.answers.business);
  assert.ok(texts.some(t => t.value_proposition === 'Typed in A'), `A's edit is kept: ${JSON.stringify(texts)}`);
  assert.ok(texts.some(t => t.value_proposition === lastOfB), `B's edit is kept: ${JSON.stringify(texts)}`);
  assert.ok(store.plans.some(p => p.id === 'plan-1' && p.answers.business.name === 'Forno Rossi'),
    'the plan nobody touched is intact');
  // The tab that merged says so.
  await notice(b, 'mergedothertab');
  // Both tabs now show what is stored, and the lists show the kept copy.
  const active = store.plans.find(p => p.id === store.active).answers.business;
  assert.equal(await valueOf(b, '#f-business-value_proposition'), active.value_proposition);
  await waitForValue(a, '#f-business-value_proposition', active.value_proposition);
  const listA = await shownPlans(a);
  const listB = await shownPlans(b);
  assert.equal(listA.length, store.plans.length);
  assert.deepEqual(listA.map(p => p.name).sort(), listB.map(p => p.name).sort());
  assert.ok(listA.some(p => / \((other tab|altra scheda)\)/.test(p.name)), JSON.stringify(listA));
  // The tab whose edit went into the copy is told too: it must not look as if it vanished.
  await notice(a, 'mergedothertab');
  noErrors(a);
  noErrors(b);
  await context.close();
});

test('a plan deleted in one tab while edited in the other is kept', async () => {
  const { context, a, b } = await twoTabs(repoFixture('store/v4.json'));
  await openPlans(a);
  // B has an unsaved edit (saves wait 400 ms) when A deletes the plan, and keeps typing.
  await b.fill('#f-business-name', 'Still editing');
  await a.evaluate(() => document.querySelector('.plans__item[data-plan=k7f3-gym] .plans__delete').click());
  const typing = keepTyping(b, '#f-business-name', 'Still editing', 1000);
  const lastOfB = await typing;
  await settle(b, 1500);
  const store = JSON.parse(await raw(a));
  const kept = store.plans.find(p => p.answers.business.name === lastOfB);
  assert.ok(kept, `the plan edited in B survives: ${JSON.stringify(store.plans.map(p => p.name))}`);
  assert.equal(await valueOf(b, '#f-business-name'), lastOfB);
  await notice(b, 'mergedothertab');
  // Tab A's list shows it again.
  await a.locator('.plans__item[data-plan=k7f3-gym]').waitFor();
  noErrors(a);
  noErrors(b);
  await context.close();
});

test('a plan deleted in one tab while the other only looks at it disappears from both', async () => {
  const { context, a, b } = await twoTabs(repoFixture('store/v4.json'));
  await openPlans(a);
  await openPlans(b);
  await a.locator('.plans__item[data-plan=plan-1] .plans__delete').click();
  await b.waitForFunction(() => !document.querySelector('.plans__item[data-plan=plan-1]'));
  const store = JSON.parse(await raw(b));
  assert.deepEqual(store.plans.map(p => p.id), ['k7f3-gym']);
  // A's undo brings it back in both.
  await a.click('#plan-undo');
  await b.locator('.plans__item[data-plan=plan-1]').waitFor();
  assert.deepEqual(JSON.parse(await raw(b)).plans.map(p => p.id).sort(), ['k7f3-gym', 'plan-1']);
  noErrors(a);
  noErrors(b);
  await context.close();
});

test('the other tab writes garbage or a newer version: this tab keeps its data and stops writing over it', async () => {
  const { context, a, b } = await twoTabs(repoFixture('store/v4.json'));
  const garbage = '{"version":2,"plans":[brok';
  await a.evaluate(g => localStorage.setItem('rotta.store', g), garbage);
  await notice(b, 'unreadable');
  assert.equal(await valueOf(b, '#f-business-name'), 'Kraft Gym', 'B still shows its plan');
  // B's next save replaces the garbage, which is kept aside first.
  await b.fill('#f-business-name', 'Kraft Gym after the garbage');
  await settle(b);
  assert.equal(JSON.parse(await raw(b)).plans[1].answers.business.name, 'Kraft Gym after the garbage');
  assert.ok((await backupTexts(b)).includes(garbage), 'the garbage is kept as a copy');
  const newer = JSON.stringify({ version: STORE_VERSION + 1, plans: [] });
  await a.evaluate(n => localStorage.setItem('rotta.store', n), newer);
  await notice(b, 'newer');
  await b.fill('#f-business-name', 'typed after the newer version arrived');
  await settle(b);
  assert.equal(await raw(b), newer, 'the newer data is never overwritten');
  noErrors(b);
  await context.close();
});

test('a shared plan saved as new in one tab keeps what the other tab saved meanwhile', async () => {
  const { context, a, b } = await twoTabs(repoFixture('store/v4.json'));
  // A link to a plan, made by the app in tab B.
  await b.click('.progress a[href="?step=plan"]');
  await b.click('#share-link');
  const link = await b.inputValue('#share-url');
  // B opens it (read-only, not following storage) while A goes on editing its plan.
  await b.evaluate(l => { location.hash = new URL(l).hash; }, link);
  await b.locator('.shared-banner').waitFor();
  await a.fill('#f-business-name', 'Edited in A meanwhile');
  await settle(a);
  await openPlans(a);
  await a.click('#plan-new');
  await settle(a, 300);
  await b.click('#shared-save');
  await b.locator('.shared-banner').waitFor({ state: 'detached' });
  const store = JSON.parse(await raw(a));
  assert.ok(store.plans.some(p => p.answers.business.name === 'Edited in A meanwhile'),
    `A's edit survives B's save: ${JSON.stringify(store.plans.map(p => p.answers.business.name))}`);
  assert.equal(store.plans.length, 4, 'both plans, A\'s new one and the saved shared one');
  await waitForValue(a, '#f-business-name', '');
  noErrors(a);
  noErrors(b);
  await context.close();
});

test('"back to your plans" after a shared plan shows the open plan as the other tab left it', async () => {
  const { context, a, b } = await twoTabs(repoFixture('store/v4.json'));
  await b.click('.progress a[href="?step=plan"]');
  await b.click('#share-link');
  const link = await b.inputValue('#share-url');
  await b.evaluate(l => { location.hash = new URL(l).hash; }, link);
  await b.locator('.shared-banner').waitFor();
  await a.fill('#f-business-name', 'Renamed business in A');
  await settle(a);
  await b.click('#shared-close');
  await b.click('.progress a[href="?step=business"]');
  assert.equal(await valueOf(b, '#f-business-name'), 'Renamed business in A');
  // And B's next edit does not bring the old version back.
  await b.fill('#f-business-value_proposition', 'Typed in B');
  await settle(b);
  const gym = JSON.parse(await raw(a)).plans.find(p => p.id === 'k7f3-gym').answers.business;
  assert.equal(gym.name, 'Renamed business in A');
  assert.equal(gym.value_proposition, 'Typed in B');
  noErrors(a);
  noErrors(b);
  await context.close();
});


test('a plan shown in the language chosen, not its own: following is not an edit and nothing typed goes into a copy', async () => {
  // Issue #12 §3. The open plan is Italian, the language chosen last is English: both tabs
  // show it in English, which is not an edit of the plan.
  const seed = JSON.parse(repoFixture('store/v4.json'));
  seed.active = 'plan-1';
  assert.equal(seed.plans.find(p => p.id === 'plan-1').answers.locale, 'it');
  assert.equal(seed.prefs.locale, 'en');
  const { context, a, b } = await twoTabs(JSON.stringify(seed));
  for (const page of [a, b]) {
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await valueOf(page, '#f-business-name'), 'Forno Rossi');
  }
  const copies = store => store.plans.map(p => p.name).filter(n => /\((other tab|altra scheda)\)/.test(n));
  const check = async (what, name, proposition) => {
    const store = JSON.parse(await raw(a));
    assert.deepEqual(copies(store), [], `${what}: no "(other tab)" copy`);
    assert.deepEqual(store.plans.map(p => p.id).sort(), ['k7f3-gym', 'plan-1'], `${what}: no plan added`);
    const bakery = store.plans.find(p => p.id === 'plan-1').answers.business;
    assert.equal(bakery.name, name, `${what}: the name typed is in the plan`);
    assert.equal(bakery.value_proposition, proposition, `${what}: the text typed is in the plan`);
    for (const page of [a, b]) {
      assert.equal(await valueOf(page, '#f-business-name'), name, `${what}: both tabs show the name`);
      assert.equal(await valueOf(page, '#f-business-value_proposition'), proposition,
        `${what}: both tabs show the text`);
      assert.deepEqual(await noticeKinds(page), [], `${what}: nothing to tell`);
    }
  };
  const proposition = seed.plans.find(p => p.id === 'plan-1').answers.business.value_proposition;

  // A types and saves; B, which typed nothing, follows.
  await a.fill('#f-business-name', 'Forno Rossi typed in A');
  await settle(a, 1500);
  await check('after A typed', 'Forno Rossi typed in A', proposition);
  // Then B types on the plan it followed, and A follows.
  await b.fill('#f-business-value_proposition', 'Typed in B after following A.');
  await settle(b, 1500);
  await check('after B typed', 'Forno Rossi typed in A', 'Typed in B after following A.');
  // And A types again.
  await a.fill('#f-business-name', 'Forno Rossi typed in A again');
  await settle(a, 1500);
  await check('after A typed again', 'Forno Rossi typed in A again', 'Typed in B after following A.');
  assert.equal(await writes(a), 2, 'tab A wrote its two edits');
  assert.equal(await writes(b), 1, 'tab B wrote its one edit: following is not an edit');
  noErrors(a);
  noErrors(b);
  await context.close();
});

// --- A tab that missed the other tab's save (issue #12 §2) ----------------------------------

/** Lets a test make a page deaf to the `storage` event, as a frozen or discarded tab is: the
 * app's listener is wrapped when it is added, and skips the event while `window.__deaf`. */
function deafSwitch() {
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (this === window && type === 'storage' && typeof listener === 'function') {
      const wrapped = function (event) { if (!window.__deaf) return listener.call(this, event); };
      return add.call(this, type, wrapped, options);
    }
    return add.call(this, type, listener, options);
  };
}
const missStorageEvents = page => page.evaluate(() => { window.__deaf = true; });

const GYM = 'k7f3-gym';
const gymOf = async page => JSON.parse(await raw(page)).plans.find(p => p.id === GYM).answers.business;

test('a tab that missed the other tab\'s save merges before it writes: both edits stay in the plan', async () => {
  const { context, a, b } = await twoTabs(repoFixture('store/v4.json'));
  await missStorageEvents(a);
  await b.fill('#f-business-name', 'Kraft Gym renamed in B');
  await settle(b);
  assert.equal(await valueOf(a, '#f-business-name'), 'Kraft Gym', 'A did not hear of B\'s save');
  // A, stale, types into another field of the same plan.
  await a.fill('#f-business-value_proposition', 'Typed in the stale tab A');
  await settle(a, 1200);
  const gym = await gymOf(a);
  assert.equal(gym.name, 'Kraft Gym renamed in B', 'B\'s edit survives A\'s write');
  assert.equal(gym.value_proposition, 'Typed in the stale tab A', 'A\'s edit is saved');
  assert.equal(JSON.parse(await raw(a)).plans.length, 2, 'no copy: the edits did not collide');
  // A now shows what is stored, and says it merged; B follows A's write.
  await waitForValue(a, '#f-business-name', 'Kraft Gym renamed in B');
  await notice(a, 'mergedothertab');
  await waitForValue(b, '#f-business-value_proposition', 'Typed in the stale tab A');
  noErrors(a);
  noErrors(b);
  await context.close();
});

test('a stale tab typing into the field the other tab changed keeps both texts and tells the user', async () => {
  const { context, a, b } = await twoTabs(repoFixture('store/v4.json'));
  await missStorageEvents(a);
  await b.fill('#f-business-name', 'Name typed in B');
  await settle(b);
  await a.fill('#f-business-name', 'Name typed in the stale tab A');
  await settle(a, 1200);
  const store = JSON.parse(await raw(a));
  const names = store.plans.map(p => p.answers.business.name);
  assert.ok(names.includes('Name typed in B'), `B's text is kept: ${JSON.stringify(names)}`);
  assert.ok(names.includes('Name typed in the stale tab A'), `A's text is kept: ${JSON.stringify(names)}`);
  assert.ok(store.plans.some(p => / \((other tab|altra scheda)\)/.test(p.name)), JSON.stringify(store.plans.map(p => p.name)));
  await notice(a, 'mergedothertab');
  noErrors(a);
  noErrors(b);
  await context.close();
});

test('a tab the user comes back to shows what the other tab saved meanwhile, before anything is typed', async () => {
  const { context, a, b } = await twoTabs(repoFixture('store/v4.json'));
  // A is hidden (another tab in front) and, like a frozen tab, hears nothing.
  await missStorageEvents(a);
  await b.fill('#f-business-name', 'Saved in B while A was hidden');
  await settle(b);
  assert.equal(await valueOf(a, '#f-business-name'), 'Kraft Gym', 'A did not hear of B\'s save');
  // The user comes back to A. (Headless Chromium shows every page, so the return is the
  // event a browser fires then: `visibilitychange` with the page visible.)
  await a.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await waitForValue(a, '#f-business-name', 'Saved in B while A was hidden');
  // And A's next edit keeps it, with nothing to merge.
  await a.fill('#f-business-value_proposition', 'Typed in A after coming back');
  await settle(a, 1200);
  const gym = await gymOf(a);
  assert.equal(gym.name, 'Saved in B while A was hidden');
  assert.equal(gym.value_proposition, 'Typed in A after coming back');
  assert.deepEqual(await noticeKinds(a), [], 'nothing to merge: A had followed');
  noErrors(a);
  noErrors(b);
  await context.close();
});

test('a page restored from the back/forward cache shows what another tab saved while it was away', async () => {
  const cachingBrowser = await launch({ backForwardCache: true });
  try {
    const { context, a, b } = await twoTabs(repoFixture('store/v4.json'), cachingBrowser);
    await a.evaluate(() => addEventListener('pageshow', e => { if (e.persisted) sessionStorage.setItem('restored', '1'); }));
    await blankPage(a);
    await a.goto(SAME_ORIGIN_BLANK);
    await b.fill('#f-business-name', 'Saved in B while A was away');
    await settle(b);
    // A page restored from the cache fires `pageshow`, not `load`.
    await a.goBack({ waitUntil: 'commit' });
    await waitForApp(a);
    assert.equal(await a.evaluate(() => sessionStorage.getItem('restored')), '1',
      'the page came back from the back/forward cache, not reloaded');
    await waitForValue(a, '#f-business-name', 'Saved in B while A was away');
    await a.fill('#f-business-value_proposition', 'Typed in A after coming back');
    await settle(a, 1200);
    const gym = await gymOf(a);
    assert.equal(gym.name, 'Saved in B while A was away');
    assert.equal(gym.value_proposition, 'Typed in A after coming back');
    noErrors(a);
    noErrors(b);
    await context.close();
  } finally {
    await cachingBrowser.close();
  }
});
