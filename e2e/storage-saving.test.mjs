// Issue #12 §5, in a real browser: when saves happen (at most 2 s while typing, at once when
// the page is hidden) and that a write counts as a save only once it reads back. (The update
// banner while the last save failed: offline.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, savedStore } from './lib.mjs';
import { noticeKinds, notice, settle, noErrors } from './fixtures/storage/helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const savedName = async page => {
  const store = await savedStore(page);
  return store?.plans?.find(p => p.id === store.active)?.answers?.business?.name ?? null;
};

test('typing without a pause for 5 s still saves within 2 s of the first keystroke', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await open(page);
  const input = page.locator('#f-business-name');
  await input.click();
  const start = Date.now();
  let firstSaveAfter = null;
  // A keystroke every 150 ms (well under the 400 ms pause), for 5 s.
  while (Date.now() - start < 5000) {
    await input.press('a');
    await page.waitForTimeout(150);
    if (firstSaveAfter === null && (await savedName(page))?.startsWith('a')) {
      firstSaveAfter = Date.now() - start;
    }
  }
  // What the user would notice: without the 2 s cap, a pause-based save never happens while
  // typing goes on. The exact 2 s is checked with a clock on the host
  // (tests/store_plans.rs `saves_wait_for_a_pause_in_typing_but_not_forever`); here a loaded
  // machine may fire the timer late, so the bound is "well before typing stops".
  assert.ok(firstSaveAfter !== null, 'nothing saved during 5 s of typing');
  assert.ok(firstSaveAfter <= 3500, `first save ${firstSaveAfter} ms after the first keystroke`);
  noErrors(page);
  await page.context().close();
});

test('hiding the page (tab switched, phone locked) saves at once', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await open(page);
  await page.fill('#f-business-name', 'Hidden at once');
  // The page goes to the background right after the keystroke, as a phone does when locked.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  // Well before the 400 ms autosave delay.
  assert.equal(await savedName(page), 'Hidden at once', 'saved on visibilitychange');
  noErrors(page);
  await page.context().close();
});

test('a write the storage drops silently is not taken for a save', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      // A storage that cuts what it is given, without an error.
      if (window.__cutWrites && key === 'rotta.store') return setItem.call(this, key, value.slice(0, 20));
      return setItem.call(this, key, value);
    };
  });
  await open(page);
  await page.fill('#f-business-name', 'Kept');
  await settle(page);
  assert.equal(await savedName(page), 'Kept');
  assert.deepEqual(await noticeKinds(page), []);
  await page.evaluate(() => { window.__cutWrites = true; });
  await page.fill('#f-business-name', 'Cut short');
  await notice(page, 'savefailed');
  await page.evaluate(() => { window.__cutWrites = false; });
  await page.fill('#f-business-name', 'Saved again');
  await settle(page);
  assert.equal(await savedName(page), 'Saved again');
  assert.deepEqual(await noticeKinds(page), [], 'the next good save clears the notice');
  noErrors(page);
  await page.context().close();
});
