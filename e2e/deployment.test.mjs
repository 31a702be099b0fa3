// A stale or broken deployment (issue #12 §7), in the real browser against the built app
// (dist/, or DIST_DIR) served by this test's own static server under /workshop/rotta/:
// - the service worker caches a build only if every file it fetches is the one its list names
//   (SHA-256): a host serving a new index.html and sw.js with an old wasm, or the reverse,
//   never installs, and the build already cached keeps working offline;
// - when the wasm cannot be loaded the page shows an error with the way out (Reload, clear
//   the offline copy) instead of the still skeleton, and "clear" really removes this app's
//   service worker and caches.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, publishFile, serve, siteWithApp, waitForServiceWorker } from './site.mjs';
import { launch, newPage, waitForApp, OUT } from './lib.mjs';


let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const sha256 = bytes => createHash('sha256').update(bytes).digest('hex');
const wasmName = app => readdirSync(app).find(f => /^rotta-[0-9a-f]+_bg\.wasm$/.test(f));

/** This origin's caches of the app: name → sorted URLs. */
const cacheContents = page => page.evaluate(async () => {
  const out = {};
  for (const name of (await caches.keys()).filter(n => n.startsWith('rotta:'))) {
    out[name] = (await (await caches.open(name)).keys()).map(r => r.url).sort();
  }
  return out;
});

/**
 * The next build of the app in `app` (a copy in a temporary directory): index.html gains a
 * marker and the wasm a custom section (still a valid module, other bytes), and sw.js lists
 * them as the build hook would: a new build id, and each changed file's new SHA-256 where the
 * old one was (a list without hashes only gets the new id).
 */
function nextBuild(app) {
  const next = mkdtempSync(join(tmpdir(), 'rotta-next-'));
  cpSync(app, next, { recursive: true });
  const wasm = wasmName(next);
  const changed = {};
  const change = (file, edit) => {
    const before = readFileSync(join(next, file));
    const after = edit(before);
    writeFileSync(join(next, file), after);
    changed[sha256(before)] = sha256(after);
  };
  change('index.html', b => Buffer.from(b.toString('utf8').replace('</head>', '<meta name="rotta-test-build" content="2" />\n</head>')));
  const name = Buffer.from('rotta-test-build');
  change(wasm, b => Buffer.concat([b, Buffer.from([0, name.length + 2, name.length]), name, Buffer.from('2')]));
  let sw = readFileSync(join(next, 'sw.js'), 'utf8');
  const updated = sw.replace(/const BUILD = "([0-9a-f]+)"/, (_, id) => `const BUILD = "${id}-next"`);
  assert.notEqual(updated, sw, 'sw.js has its build id');
  sw = updated;
  for (const [from, to] of Object.entries(changed)) sw = sw.replaceAll(from, to);
  writeFileSync(join(next, 'sw.js'), sw);
  return { dir: next, wasm };
}

/** Asks the page's registration for a new sw.js and waits for the outcome of its install. */
const updateOutcome = page => page.evaluate(async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  await registration.update();
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return 'no new worker';
  if (worker.state === 'installing') {
    await new Promise(resolve => worker.addEventListener('statechange', () => {
      if (worker.state !== 'installing') resolve();
    }));
  }
  return worker.state;
});

test('a deployment mixing builds never becomes the offline copy; the cached build keeps working offline', async () => {
  const { site, app } = siteWithApp('deploy');
  const next = nextBuild(app);
  const server = await serve(site, await freePort());
  const page = await newPage(browser, { locale: 'en-GB' });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    const cached = await cacheContents(page);
    assert.equal(Object.keys(cached).length, 1);
    const oldFiles = Object.fromEntries(['index.html', 'sw.js', next.wasm].map(f => [f, readFileSync(join(app, f))]));
    const publish = files => {
      for (const [file, from] of Object.entries(files)) {
        publishFile(join(app, file), from === 'next' ? readFileSync(join(next.dir, file)) : oldFiles[file]);
      }
    };

    // A new index.html and sw.js, the old wasm still served under its name…
    publish({ 'index.html': 'next', 'sw.js': 'next', [next.wasm]: 'old' });
    assert.equal(await updateOutcome(page), 'redundant', 'new page with the old wasm: the install fails');
    // …and the reverse: the new wasm and sw.js, the old index.html.
    publish({ 'index.html': 'old', 'sw.js': 'next', [next.wasm]: 'next' });
    assert.equal(await updateOutcome(page), 'redundant', 'new wasm with the old page: the install fails');
    assert.deepEqual(await cacheContents(page), cached, 'the cached build is untouched, no other cache');
    assert.equal(await page.locator('#update-banner').count(), 0, 'no update is announced');

    // The build cached on the first visit still opens and works with the server gone.
    await server.stop();
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('meta[name=rotta-test-build]').count(), 0, 'the first build runs');
    await page.fill('#f-business-name', 'Forno Offline');
    assert.equal(await page.inputValue('#f-business-name'), 'Forno Offline');
    assert.deepEqual(await cacheContents(page), cached);
  } finally {
    await page.context().close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
    rmSync(next.dir, { recursive: true, force: true });
  }
});

test('a consistent new build still installs (the check refuses only what does not match)', async () => {
  const { site, app } = siteWithApp('deploy');
  const next = nextBuild(app);
  const server = await serve(site, await freePort());
  const page = await newPage(browser, { locale: 'en-GB' });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    for (const file of ['index.html', 'sw.js', next.wasm]) publishFile(join(app, file), readFileSync(join(next.dir, file)));
    assert.equal(await updateOutcome(page), 'installed');
    await page.locator('#update-banner').waitFor({ timeout: 20000 });
  } finally {
    await page.context().close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
    rmSync(next.dir, { recursive: true, force: true });
  }
});

const panel = page => page.locator('#boot-error-panel');

for (const [what, locale, breakWasm, title] of [
  ['missing', 'it-IT', (app, wasm) => rmSync(join(app, wasm)), 'Rotta non si è avviata'],
  ['corrupt', 'en-GB', (app, wasm) => writeFileSync(join(app, wasm), Buffer.from('\0asm not really a module')), 'Rotta did not start'],
]) {
  test(`with the wasm ${what}, the page shows the error and the way out, not the skeleton (${locale})`, async () => {
    const { site, app } = siteWithApp('deploy');
    breakWasm(app, wasmName(app));
    const server = await serve(site, await freePort());
    const page = await newPage(browser, { locale, serviceWorkers: 'block' });
    try {
      await page.goto(server.url);
      await panel(page).waitFor({ timeout: 10000 });
      assert.equal(await page.locator('#skeleton').count(), 0, 'the skeleton is gone');
      assert.equal(await panel(page).getAttribute('role'), 'alert');
      assert.equal(await panel(page).locator('h1').textContent(), title);
      const reload = page.locator('#boot-reload');
      const clear = page.locator('#boot-clear');
      assert.equal(await reload.textContent(), locale === 'it-IT' ? 'Ricarica' : 'Reload');
      assert.equal(await clear.textContent(), locale === 'it-IT' ? 'Cancella la copia offline' : 'Clear the offline copy');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'boot-reload');
      await page.screenshot({ path: `${OUT}/boot-error-${locale}.png` });
      // Reload really reloads (and, still broken, shows the panel again).
      await Promise.all([page.waitForEvent('load'), reload.click()]);
      await panel(page).waitFor({ timeout: 10000 });
    } finally {
      await page.context().close();
      await server.stop();
      rmSync(site, { recursive: true, force: true });
    }
  });
}

test('a broken offline copy: the panel\'s "clear" removes the service worker and caches, and the app comes back', async () => {
  const { site, app } = siteWithApp('deploy');
  const wasm = wasmName(app);
  const wasmBytes = readFileSync(join(app, wasm));
  const server = await serve(site, await freePort());
  const page = await newPage(browser, { locale: 'en-GB' });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    await page.fill('#f-business-name', 'Forno Rossi');
    await page.waitForFunction(() => localStorage.getItem('rotta.store')?.includes('Forno Rossi'));
    // The offline copy loses its wasm (as a cache mixing builds would), and the site has none.
    await page.evaluate(async name => {
      for (const key of await caches.keys()) await (await caches.open(key)).delete(new URL(name, location.href).href);
    }, wasm);
    rmSync(join(app, wasm));
    await page.reload();
    await panel(page).waitFor({ timeout: 10000 });
    assert.equal(await page.locator('#skeleton').count(), 0);

    await Promise.all([page.waitForEvent('load'), page.click('#boot-clear')]);
    await panel(page).waitFor({ timeout: 10000 });
    const after = await page.evaluate(async () => ({
      registrations: (await navigator.serviceWorker.getRegistrations()).length,
      caches: (await caches.keys()).filter(n => n.startsWith('rotta:')),
      controlled: navigator.serviceWorker.controller !== null,
      stored: localStorage.getItem('rotta.store')?.includes('Forno Rossi'),
    }));
    assert.deepEqual(after, { registrations: 0, caches: [], controlled: false, stored: true });

    // With the site whole again, Reload brings the app back, answers intact.
    writeFileSync(join(app, wasm), wasmBytes);
    await Promise.all([page.waitForEvent('load'), page.click('#boot-reload')]);
    await waitForApp(page);
    assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi');
    assert.equal(await panel(page).count(), 0);
  } finally {
    await page.context().close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

test('a start that never finishes: after a minute the panel replaces the skeleton, and goes if the app starts after all', async () => {
  const { site } = siteWithApp('deploy');
  const server = await serve(site, await freePort());
  const page = await newPage(browser, { locale: 'en-GB', serviceWorkers: 'block' });
  try {
    await page.clock.install();
    let release;
    const held = new Promise(resolve => { release = resolve; });
    await page.route(/\.wasm$/, async route => { await held; await route.continue(); });
    await page.goto(server.url);
    await page.locator('#skeleton').waitFor();
    await page.clock.runFor(50000);
    assert.equal(await panel(page).count(), 0, 'a slow download is not a failure yet');
    await page.clock.runFor(11000);
    await panel(page).waitFor();
    assert.equal(await page.locator('#skeleton').count(), 0);
    release();
    await waitForApp(page);
    assert.equal(await panel(page).count(), 0, 'the app started after all: the panel is gone');
  } finally {
    await page.context().close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});
