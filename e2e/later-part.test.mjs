// The part of Rotta loaded after the first screen (src/ui/later.rs, issue #16): the Plan step,
// the engine and everything only it needs are a second wasm file, fetched when the browser is
// idle after the questionnaire is on screen. Here, for real, on this test's own static server:
// on a slow link the Plan step shows a progress state until the part arrives; when the server
// is stopped after the first screen, the questionnaire keeps working and saving, the Plan step
// says it cannot load yet and tries again, and once the server is back the plan appears with
// everything typed meanwhile.
//
// The service worker is blocked in these pages: with it, the first visit's install precaches
// the later part (e2e/offline.test.mjs checks that) and a stopped server would not be noticed.
// The part's request is held by the test (page.route) until the test lets it go, so "after the
// first screen, before the part arrived" is a fixed moment rather than a race with the
// browser's idle time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { freePort, serve, siteWithApp } from './site.mjs';
import { catalogue, heading, launch, newPage, waitForApp, waitForSaved } from './lib.mjs';
import { fixtureJson } from './wizard-steps.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LATER_PART = /\/split_[^/]*\.wasm$/;

/** A page with the service worker blocked and a complete plan (the ceramics workshop) saved. */
async function pageWithPlan() {
  const page = await newPage(browser, { locale: 'en-GB', serviceWorkers: 'block' });
  // A failed fetch of the later part is what these tests cause; the browser logs it.
  page.expectedErrors = m => /Failed to load resource|ERR_CONNECTION_REFUSED|Failed to fetch|TypeError/.test(m);
  const answers = { ...fixtureJson('ceramics-it.json'), locale: 'en' };
  const store = {
    version: 2,
    plans: [{ id: 'ceramics', name: 'Ceramics', created_ms: 0, updated_ms: 0, answers }],
    active: 'ceramics',
    prefs: { locale: 'en' },
  };
  await page.context().addInitScript(s => {
    if (localStorage.getItem('rotta.store') === null) localStorage.setItem('rotta.store', s);
  }, JSON.stringify(store));
  return page;
}

/** Holds every request for the later part until `release` (or answers them once `passing`). */
async function holdLaterPart(page) {
  const held = { routes: [], requests: 0, passing: false };
  await page.route(LATER_PART, route => {
    held.requests += 1;
    if (held.passing) route.continue().catch(() => {});
    else held.routes.push(route);
  });
  held.release = () => {
    held.passing = true;
    for (const route of held.routes.splice(0)) route.continue().catch(() => {});
  };
  return held;
}

async function until(what, check, timeout = 15000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) assert.fail(`${what}: not after ${timeout} ms`);
    await new Promise(r => setTimeout(r, 100));
  }
}

const goToStep = (page, slug) => page.click(`.progress a[href="?step=${slug}"]`);
const unexpectedErrors = page => page.errors.filter(e => !page.expectedErrors(e));

test('on a slow link the Plan step shows that the plan is loading, then the plan', async () => {
  const { site } = siteWithApp('later-slow');
  const server = await serve(site, await freePort());
  const page = await pageWithPlan();
  try {
    const held = await holdLaterPart(page);
    await page.goto(server.url);
    await waitForApp(page);
    assert.equal(await heading(page), 'Business');
    // The questionnaire did not wait for the later part: it is on screen and interactive,
    // and the part is asked for when the browser is idle.
    await until('the later part prefetched after the first screen', () => held.requests > 0);
    await goToStep(page, 'plan');
    const status = page.locator('.later--loading[role=status]');
    await status.waitFor();
    assert.equal((await status.textContent()).trim(), catalogue('en', 'LaterLoading'));
    assert.equal(await page.locator('#f-whatif-hours').count(), 0, 'no plan before its part arrived');
    held.release();
    await page.locator('#f-whatif-hours').waitFor({ timeout: 15000 });
    assert.equal(await status.count(), 0, 'the progress state is gone');
    assert.match(await page.locator('main').textContent(), /Bottega Ceramica Lunardi/);
    assert.deepEqual(unexpectedErrors(page), []);
  } finally {
    await page.context().close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

test('server stopped after the first screen: the questionnaire keeps saving, the Plan step says it cannot load yet, retries, and shows the plan once the server is back', async () => {
  const { site } = siteWithApp('later-down');
  const port = await freePort();
  let server = await serve(site, port);
  const page = await pageWithPlan();
  try {
    const held = await holdLaterPart(page);
    await page.goto(server.url);
    await waitForApp(page);
    await until('the later part prefetched after the first screen', () => held.requests > 0);

    // The network drops: the server stops before the part arrived.
    await server.stop();
    await assert.rejects(fetch(server.url), 'the server is really down');
    held.release();

    // The questionnaire keeps working and saving.
    await page.fill('#f-business-name', 'Bottega Offline');
    await waitForSaved(page, a => a.business.name === 'Bottega Offline');

    // The Plan step says it cannot load yet, in words, and offers to try at once.
    await goToStep(page, 'plan');
    assert.equal(await heading(page), 'Plan');
    const failed = page.locator('.later--failed[role=alert]');
    await failed.waitFor({ timeout: 15000 });
    assert.match(await failed.textContent(), new RegExp(catalogue('en', 'LaterFailed').slice(0, 40)));
    const retry = failed.getByRole('button', { name: catalogue('en', 'LaterRetry') });
    const before = held.requests;
    await retry.click();
    await until('the retry button asks for the part again', () => held.requests > before);
    await page.waitForTimeout(500);
    assert.equal(await failed.count(), 1, 'still failing while the server is down');
    assert.equal(await page.locator('#f-whatif-hours').count(), 0);

    // Back in the questionnaire: still editable, still saved.
    await goToStep(page, 'business');
    assert.equal(await page.inputValue('#f-business-name'), 'Bottega Offline');
    await page.fill('#f-business-value_proposition', 'Hand-made ceramics from Faenza, typed while offline.');
    await waitForSaved(page, a => a.business.value_proposition.endsWith('typed while offline.'));
    await goToStep(page, 'plan');
    await failed.waitFor();

    // The server is back: without a click, the next automatic retry brings the plan, made
    // from everything typed while it was down.
    server = await serve(site, port);
    await page.locator('#f-whatif-hours').waitFor({ timeout: 20000 });
    assert.equal(await failed.count(), 0, 'the failure message is gone');
    assert.match(await page.locator('main').textContent(), /Bottega Offline/);
    const saved = await waitForSaved(page, a => a.business.name === 'Bottega Offline');
    assert.ok(saved.business.value_proposition.endsWith('typed while offline.'));
    assert.deepEqual(unexpectedErrors(page), []);
  } finally {
    await page.context().close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});
