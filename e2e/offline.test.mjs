// Offline and updates, for real: the built app (dist/, or DIST_DIR) is served by this test's
// own static server under /workshop/rotta/, loaded once, and then the server is stopped; a
// reload must still open the app, the wizard must work and an export must download. A second
// scenario publishes a "new build" while a page is open and checks the update prompt: the
// old version keeps running until the user clicks Reload, then the new one, answers intact.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { freePort, publishFile, serve, siteWithApp, waitForServiceWorker } from './site.mjs';
import { catalogue, launch, newPage, waitForApp, waitForSaved, heading, OUT } from './lib.mjs';


let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Every file of the built app, as paths relative to it. */
function builtFiles(dir) {
  const files = [];
  const walk = d => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path); else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** The URLs (relative to the app) in the page's service worker cache. */
async function cachedFiles(page, base) {
  const urls = await page.evaluate(async () => {
    const names = (await caches.keys()).filter(n => n.startsWith('rotta:'));
    const all = [];
    for (const name of names) for (const r of await (await caches.open(name)).keys()) all.push(r.url);
    return { names, all };
  });
  return { names: urls.names, files: urls.all.map(u => u.slice(base.length) || 'index.html').sort() };
}

async function fillBusiness(page, name) {
  await page.fill('#f-business-name', name);
  await page.selectOption('#f-business-sector', 'food_drink');
  await page.selectOption('#f-business-offer', 'b2c');
  await page.fill('#f-business-value_proposition', 'Sourdough bread baked in a wood oven, every morning.');
  await page.selectOption('#f-business-reach', 'local');
  await page.selectOption('#f-business-country', 'IT');
}

async function downloaded(page, id) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
  return readFileSync(await download.path(), 'utf8');
}

/**
 * Publishes a "new build" of the app in `app`: index.html gains a marker and sw.js a new
 * build id and the new index.html's SHA-256, as a rebuild with any change would give (the
 * service worker caches a build only if every file matches its hash).
 */
function publishNewBuild(app) {
  const index = join(app, 'index.html');
  const before = readFileSync(index, 'utf8');
  const after = before.replace('</head>', '<meta name="rotta-test-build" content="2" />\n</head>');
  publishFile(index, after);
  const sha256 = text => createHash('sha256').update(text, 'utf8').digest('hex');
  const swPath = join(app, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const updated = sw.replace(/const BUILD = "([0-9a-f]+)"/, (_, id) => `const BUILD = "${id}-next"`)
    .replace(sha256(before), sha256(after));
  assert.notEqual(updated, sw, 'sw.js has its build id');
  assert.ok(updated.includes(sha256(after)), "sw.js lists the new index.html's hash");
  publishFile(swPath, updated);
}

/** The open page looks for a new sw.js now (as its hourly check or a navigation would). */
async function checkForUpdate(page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
}

/**
 * Checks for the new build once and waits for the update banner; if it does not come, says
 * what the service worker registration holds.
 */
async function bannerAfterUpdateCheck(page, timeout = 20000) {
  await checkForUpdate(page);
  const banner = page.locator('#update-banner');
  if (await banner.waitFor({ timeout }).then(() => true, () => false)) return banner;
  const state = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { installing: r?.installing?.state, waiting: r?.waiting?.state, active: r?.active?.state };
  });
  assert.fail(`no update banner ${timeout} ms after the check; service worker: ${JSON.stringify(state)}`);
}

test('loaded once, the app reloads, works and exports with the server stopped', async () => {
  const { site, app } = siteWithApp('offline');
  const server = await serve(site, await freePort());
  const page = await newPage(browser, { locale: 'en-GB' });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    // Every built file, hashed names included, is in the cache (sw.js itself is not).
    const cached = await cachedFiles(page, server.url);
    assert.equal(cached.names.length, 1, `one cache for one build: ${cached.names}`);
    const expected = builtFiles(app).filter(f => f !== 'sw.js');
    assert.ok(expected.some(f => /^rotta-[0-9a-f]+_bg\.wasm$/.test(f)), `hashed wasm in ${expected}`);
    assert.deepEqual(cached.files, expected);

    await server.stop();
    await assert.rejects(fetch(server.url), 'the server is really down');

    await page.reload();
    await waitForApp(page);
    assert.equal(await heading(page), 'Business');
    await fillBusiness(page, 'Forno Offline');
    await waitForSaved(page, a => a.business.name === 'Forno Offline');
    // Through every step with Next, up to the plan…
    const seen = [];
    while ((await heading(page)) !== 'Plan' && seen.length < 10) {
      seen.push(await heading(page));
      await page.click('button[type=submit]');
      await page.waitForFunction(previous => document.querySelector('h1.step-title')?.textContent !== previous, seen.at(-1));
    }
    assert.deepEqual(seen, ['Business', 'Goals', 'Audience', 'Channels', 'Time & people', 'Budget', 'Calendar', 'Review']);
    // …and the plan's own address opened anew, still offline.
    await page.goto(`${server.url}?step=plan`);
    await waitForApp(page);
    assert.equal(await heading(page), 'Plan');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);

    const answers = JSON.parse(await downloaded(page, 'export-answers'));
    assert.equal(answers.business.name, 'Forno Offline');
    // The post ideas come from the cached bank: every post has its brief, in the exports too.
    await page.locator('tr.entry.ch .entry__brief').first().waitFor({ timeout: 10000 });
    assert.equal(await page.locator('tr.entry.ch').count(), await page.locator('tr.entry.ch .entry__brief').count());
    const markdown = await downloaded(page, 'export-plan-md');
    assert.match(markdown, /Forno Offline/);
    assert.match(markdown, /Hook: “/);
    await page.screenshot({ path: `${OUT}/offline-plan.png` });

    // Languages that are not in the wasm come from the service worker's cache: switching
    // to each of them works with the server stopped, and the plan follows.
    for (const lang of ['es', 'fr', 'de']) {
      await page.selectOption('.header__lang select', lang);
      await page.waitForFunction(l => document.documentElement.lang === l, lang, { timeout: 5000 });
      assert.equal(await heading(page), catalogue(lang, 'StepPlan'));
      assert.equal(await page.locator('.step-intro').first().textContent(), catalogue(lang, 'IntroPlan'));
      assert.equal(await page.locator('.header__lang-status[role=alert]').count(), 0);
      // The language's ideas too (the brief template's first word in that bank).
      await page.locator('tr.entry.ch .entry__brief').first().waitFor({ timeout: 10000 });
      assert.equal(await page.locator('.ideas-status').count(), 0);
    }
    await waitForSaved(page, a => a.locale === 'de' && a.business.name === 'Forno Offline');
    assert.deepEqual(page.errors.filter(e => !isOfflineNoise(e)), []);
  } finally {
    await page.context().close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

/** The browser's own report that it could not check for a new sw.js while offline. */
const isOfflineNoise = message => /Failed to fetch|ERR_CONNECTION_REFUSED|sw\.js/i.test(message);

test('a new build is announced, and installed only when the user clicks Reload', async () => {
  const { site, app } = siteWithApp('offline');
  const server = await serve(site, await freePort());
  const page = await newPage(browser, { locale: 'it-IT' });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    await page.fill('#f-business-name', 'Forno Rossi');
    await waitForSaved(page, a => a.business.name === 'Forno Rossi');
    const before = await cachedFiles(page, server.url);

    publishNewBuild(app);
    const banner = await bannerAfterUpdateCheck(page);
    assert.match(await banner.textContent(), /nuova versione di Rotta/);
    await page.screenshot({ path: `${OUT}/update-banner.png` });
    // Not swapped under the user's feet: a reload still shows the running version.
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('meta[name=rotta-test-build]').count(), 0, 'still the old build');
    await banner.waitFor({ timeout: 20000 });

    await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
    await waitForApp(page);
    assert.equal(await page.locator('meta[name=rotta-test-build]').count(), 1, 'the new build runs');
    assert.equal(await page.locator('#update-banner').count(), 0, 'no banner after updating');
    assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi', 'answers intact');
    const after = await cachedFiles(page, server.url);
    assert.equal(after.names.length, 1, `the old build's cache is deleted: ${after.names}`);
    assert.notDeepEqual(after.names, before.names);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

test('where answers cannot be saved, the update prompt says to export them first', async () => {
  const { site, app } = siteWithApp('offline');
  const server = await serve(site, await freePort());
  const page = await newPage(browser, { locale: 'en-GB' });
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('denied', 'SecurityError'); };
  });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    publishNewBuild(app);
    const banner = await bannerAfterUpdateCheck(page);
    assert.match(await banner.textContent(), /cannot save your answers: export them before reloading/);
    assert.equal(await page.locator('#update-reload').textContent(), 'Reload');
  } finally {
    await page.context().close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

test('while the last save failed, the update banner says the answers are not saved and Reload asks first', async () => {
  const { site, app } = siteWithApp('offline');
  const server = await serve(site, await freePort());
  const page = await newPage(browser, { locale: 'en-GB' });
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__quotaFull && key === 'rotta.store') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    await page.fill('#f-business-name', 'Forno Rossi');
    await waitForSaved(page, a => a.business.name === 'Forno Rossi');
    // The storage fills up: the next edit is not saved.
    await page.evaluate(() => { window.__quotaFull = true; });
    await page.fill('#f-business-name', 'Forno Rossi Bologna');
    await page.locator('[data-notice=savefailed]').waitFor();

    publishNewBuild(app);
    const banner = await bannerAfterUpdateCheck(page);
    const text = await banner.textContent();
    assert.doesNotMatch(text, /stay saved/, 'no claim that the answers are saved');
    assert.match(text, /NOT saved/);

    // Reload asks first; declining keeps the page (and what was typed).
    const asked = [];
    page.once('dialog', dialog => { asked.push(dialog.message()); dialog.dismiss(); });
    await page.click('#update-reload');
    await page.waitForTimeout(1000);
    assert.equal(asked.length, 1, 'Reload asked for confirmation');
    assert.match(asked[0], /not saved/);
    assert.equal(await page.locator('meta[name=rotta-test-build]').count(), 0, 'not reloaded');
    assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi Bologna');

    // Space freed, the next save succeeds: the banner says so again, and Reload does not ask.
    await page.evaluate(() => { window.__quotaFull = false; });
    await page.fill('#f-business-name', 'Forno Rossi Milano');
    await waitForSaved(page, a => a.business.name === 'Forno Rossi Milano');
    assert.match(await banner.textContent(), /stay saved/);
    page.once('dialog', dialog => { asked.push(dialog.message()); dialog.accept(); });
    await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
    await waitForApp(page);
    assert.equal(asked.length, 1, 'no question once saved');
    assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi Milano');
  } finally {
    await page.context().close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});
