// The foundation: the Business step can be filled in, navigation works both ways, a reload
// keeps the place and every answer, and bad stored data never stops the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, heading, waitForApp, waitForSaved, savedStore, APP_URL, OUT } from './lib.mjs';
import { backupTexts } from './fixtures/storage/helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the Business step is filled in, survives Next, Back and a reload', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await open(page);
  assert.equal(await heading(page), 'Business');
  assert.match(page.url(), /\/workshop\/rotta\//);

  await page.fill('#f-business-name', 'Forno Rossi');
  await page.selectOption('#f-business-sector', 'food_drink');
  await page.selectOption('#f-business-offer', 'b2c');
  await page.fill('#f-business-value_proposition', 'Sourdough bread baked in a wood oven, every morning.');
  await page.selectOption('#f-business-reach', 'local');
  await page.selectOption('#f-business-country', 'IT');
  await page.check('#f-business-has_venue');
  await page.click('text=Add competitor');
  await page.fill('#f-business-competitors-0', 'Panificio Bianchi');

  await page.click('button[type=submit]');
  await page.waitForURL(/step=goals/);
  assert.equal(await heading(page), 'Goals');
  // Focus moves to the new step's heading.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');

  await page.click('text=Back');
  await page.waitForURL(/step=business/);
  assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi');

  await waitForSaved(page, a => a.business.competitors[0] === 'Panificio Bianchi');
  await page.reload();
  await waitForApp(page);
  assert.equal(await heading(page), 'Business');
  assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi');
  assert.equal(await page.inputValue('#f-business-sector'), 'food_drink');
  assert.equal(await page.inputValue('#f-business-value_proposition'), 'Sourdough bread baked in a wood oven, every morning.');
  assert.equal(await page.inputValue('#f-business-country'), 'IT');
  assert.equal(await page.isChecked('#f-business-has_venue'), true);
  assert.equal(await page.inputValue('#f-business-competitors-0'), 'Panificio Bianchi');

  // The browser's back button and a reload on a later step keep the place too.
  await page.click('button[type=submit]');
  await page.waitForURL(/step=goals/);
  await page.reload();
  await waitForApp(page);
  assert.equal(await heading(page), 'Goals');
  await page.goBack();
  await page.waitForURL(/step=business/);
  assert.equal(await heading(page), 'Business');
  await page.screenshot({ path: `${OUT}/business-step.png`, fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the language follows the browser on the first visit', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await open(page);
  assert.equal(await heading(page), 'Attività');
  assert.equal(await savedStore(page), null, 'nothing is written until the user types');
  await page.context().close();
});

test('garbage in localStorage: the app starts, keeps the data aside and says so', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  const garbage = '{"version": 2, "plans": [tru';
  await page.goto(APP_URL);
  await page.evaluate(g => { localStorage.clear(); localStorage.setItem('rotta.store', g); }, garbage);
  await page.reload();
  await waitForApp(page);
  assert.equal(await heading(page), 'Business');
  const notice = page.locator('[data-notice=unreadable]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /could not be read/);
  assert.deepEqual(await backupTexts(page), [garbage]);
  // Until the user types, the unreadable text stays where it was too.
  assert.equal(await page.evaluate(() => localStorage.getItem('rotta.store')), garbage);
  // The kept data can be downloaded.
  const [download] = await Promise.all([page.waitForEvent('download'), notice.locator('button').click()]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  assert.equal(readFileSync(path, 'utf8'), garbage);
  // Typing works and saves a fresh envelope; the backup stays.
  await page.fill('#f-business-name', 'Nuovo');
  await waitForSaved(page, a => a.business.name === 'Nuovo');
  assert.deepEqual(await backupTexts(page), [garbage]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('every step has its own address and heading', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  const steps = { business: 'Business', goals: 'Goals', audience: 'Audience', channels: 'Channels',
    time: 'Time & people', budget: 'Budget', calendar: 'Calendar', review: 'Review', plan: 'Plan' };
  for (const [slug, title] of Object.entries(steps)) {
    await open(page, slug);
    assert.equal(await heading(page), title, `step ${slug}`);
    assert.equal(await page.locator(`.progress a[aria-current=step]`).count(), 1);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
