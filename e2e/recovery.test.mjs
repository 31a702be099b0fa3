// A real crash (issue #12 §8): the app panics in its own code and the page shows the
// recovery screen with the answers to download, instead of a frozen or blank page. The
// panic comes from `crash_for_tests`, compiled only into the test build that scripts/test
// makes with `--features crash-trigger` and serves at CRASH_APP_URL; the shipped build has
// no such function (checked below against APP_URL).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { APP_URL, launch, newPage, waitForApp, waitForSaved } from './lib.mjs';

const CRASH_APP_URL = process.env.CRASH_APP_URL;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('after a real panic the page offers the answers, and nothing stored is lost', { skip: !CRASH_APP_URL && 'CRASH_APP_URL is not set (scripts/test sets it)' }, async () => {
  const page = await newPage(browser, { locale: 'en-GB', serviceWorkers: 'block' });
  await page.goto(CRASH_APP_URL);
  await waitForApp(page);
  await page.fill('#f-business-name', 'Forno Rossi');
  await waitForSaved(page, a => a.business.name === 'Forno Rossi');
  const before = await page.evaluate(() => localStorage.getItem('rotta.store'));

  // The panic traps the wasm instance: the call throws in the page, after the hook ran.
  const thrown = await page.evaluate(() => {
    try { window.wasmBindings.crash_for_tests(); return null; } catch (e) { return String(e); }
  });
  assert.ok(thrown, 'the panic stops the call');
  const screen = page.locator('#recovery[role=alert]');
  await screen.waitFor({ timeout: 5000 });
  assert.match(await screen.textContent(), /Something went wrong/);
  // The answers, as they were, in a data: link that needs no Rust code to work.
  const href = await screen.locator('a[download]').getAttribute('href');
  assert.ok(href.startsWith('data:application/json'), href.slice(0, 40));
  const answers = JSON.parse(decodeURIComponent(href.slice(href.indexOf(',') + 1)));
  assert.equal(answers.business.name, 'Forno Rossi');
  assert.equal(answers.schema, 'rotta.answers/2');
  // The way out: a reload link; and the stored plans are untouched by the crash.
  assert.equal(await screen.locator('a[href=""]').count(), 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('rotta.store')), before);
  assert.ok(page.errors.some(e => /panicked|unreachable/i.test(e)), `the panic is logged: ${page.errors}`);

  // Reloading opens the app again with the answers.
  await page.goto(CRASH_APP_URL);
  await waitForApp(page);
  assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi');
  await page.context().close();
});

test('the shipped build has no crash trigger', async () => {
  const page = await newPage(browser, { serviceWorkers: 'block' });
  await page.goto(APP_URL);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => typeof window.wasmBindings?.crash_for_tests), 'undefined');
  assert.equal(await page.evaluate(() => typeof window.wasmBindings?.bench_plan), 'function',
    'the bindings are there, only the trigger is not');
  await page.context().close();
});
