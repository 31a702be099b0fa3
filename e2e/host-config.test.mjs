// A host makes Rotta theirs without rebuilding (issue #15 §3, docs/hosting.md): a copy of the
// built app (dist/, or DIST_DIR) with a rotta.config.json beside index.html, served by this
// test's own static server. A good config shows the host's name, logo, colours, call to
// action and privacy note, starts in the host's language and country; a bad one keeps the
// defaults for the bad fields only, says why in the console, and never breaks the page; a
// missing or unreadable one is Rotta as built. The config and logo work offline (service
// worker), and inside an <iframe> the app reports its height to the host's page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, serve, siteWithApp, waitForServiceWorker } from './site.mjs';
import { catalogue, launch, newPage, waitForApp, heading } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="32" viewBox="0 0 80 32"><rect width="80" height="32" fill="#8a2be2"/></svg>';

const GOOD = {
  name: 'Studio Nord',
  logo: 'brand/logo.svg',
  accent: '#8a2be2',
  accent_text: '#ffffff',
  accent_dark: '#f0b3ff',
  language: 'de',
  country: 'AT',
  cta: { url: 'https://studio.example/call', label: 'Book a free call' },
  privacy: 'Your answers stay in this browser. Studio Nord never sees them.',
};

/**
 * Serves a copy of the app with `config` (an object, a string written as is, or null for no
 * file) and the logo; returns { url, stop, cleanup }.
 */
async function site(name, config) {
  const { site, app } = siteWithApp(name);
  if (config !== null) {
    writeFileSync(join(app, 'rotta.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  }
  mkdirSync(join(app, 'brand'), { recursive: true });
  writeFileSync(join(app, 'brand', 'logo.svg'), LOGO);
  const server = await serve(site, await freePort());
  return { ...server, site, cleanup: async () => { await server.stop(); rmSync(site, { recursive: true, force: true }); } };
}

/** A fresh page (Italian browser) that records console messages as page.logs. */
async function pageWithLogs(options) {
  const page = await newPage(browser, options);
  page.logs = [];
  page.on('console', m => page.logs.push(`${m.type()}: ${m.text()}`));
  return page;
}


const color = (page, selector, property = 'color') =>
  page.locator(selector).first().evaluate((e, p) => getComputedStyle(e)[p], property);

test('a good config: name, logo, colours, language, country, call to action and privacy note', async () => {
  const server = await site('host-good', GOOD);
  const page = await pageWithLogs({ locale: 'it-IT' });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    // The host's language on the first visit, ahead of the browser's Italian.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    assert.equal(await heading(page), catalogue('de', 'StepBusiness'));
    // A new plan in the host's country.
    assert.equal(await page.locator('#f-business-country').inputValue(), 'AT');
    // Name and logo in the header, name in the title.
    assert.equal(await page.locator('.header__name').textContent(), 'Studio Nord');
    const logo = page.locator('img.header__logo');
    assert.equal(await logo.getAttribute('alt'), 'Studio Nord');
    assert.equal(await logo.getAttribute('src'), 'brand/logo.svg');
    await page.waitForFunction(() => document.querySelector('img.header__logo')?.naturalWidth > 0);
    assert.match(await page.title(), /Studio Nord$/);
    // The accent, through the CSS custom properties (light scheme, then dark).
    assert.equal(await color(page, '.header__name'), 'rgb(138, 43, 226)');
    assert.equal(await color(page, '.progress__item--current a', 'backgroundColor'), 'rgb(138, 43, 226)');
    assert.equal(await color(page, '.progress__item--current a'), 'rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await color(page, '.header__name'), 'rgb(240, 179, 255)');
    await page.emulateMedia({ colorScheme: 'light' });
    // The privacy note at the foot of the page.
    assert.equal(await page.locator('.host-privacy').textContent(), GOOD.privacy);
    assert.equal(await page.locator('.host-footer h2').textContent(), catalogue('de', 'HostPrivacy'));
    // The call to action on the plan: a new tab, without access to this page.
    await page.goto(`${server.url}?step=plan`);
    await waitForApp(page);
    const cta = page.locator('.plan .host-cta__link');
    assert.equal(await cta.textContent(), 'Book a free call');
    assert.equal(await cta.getAttribute('href'), 'https://studio.example/call');
    assert.equal(await cta.getAttribute('target'), '_blank');
    assert.match(await cta.getAttribute('rel'), /\bnoopener\b/);
    // Printed with its address.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await cta.isVisible(), 'the call to action is printed');
    const after = await cta.evaluate(e => getComputedStyle(e, '::after').content);
    assert.match(after, /studio\.example\/call/);
    assert.ok(await page.locator('.host-privacy').isVisible(), 'the privacy note is printed');
    await page.emulateMedia({ media: 'screen' });
    // Nothing to say about a good config, and no error.
    assert.deepEqual(page.logs.filter(l => l.includes('rotta.config.json')), []);
    assert.deepEqual(page.errors, []);
    // A saved choice of language wins over the host's on the next visit.
    await page.selectOption('.header__lang select', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('rotta.store') || '{}').prefs?.locale === 'en');
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  } finally {
    await page.context().close();
    await server.cleanup();
  }
});

test('a bad config: the bad fields keep their defaults and are named in the console; the rest applies', async () => {
  const server = await site('host-bad', {
    name: 'Kept Name',
    logo: 'https://evil.example/logo.png',
    accent: '#ffff00',
    language: 5,
    country: 'JP',
    cta: { url: 'javascript:alert(1)', label: 'Click' },
    privacy: 'Still shown.',
    colour: 'red',
  });
  const page = await pageWithLogs({ locale: 'it-IT' });
  try {
    await page.goto(`${server.url}?step=plan`);
    await waitForApp(page);
    assert.equal(await page.locator('.header__name').textContent(), 'Kept Name');
    assert.equal(await page.locator('img.header__logo').count(), 0);
    assert.equal(await color(page, '.header__name'), 'rgb(11, 92, 173)', "Rotta's own accent");
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'it', "the browser's language");
    assert.equal(await page.locator('.host-cta').count(), 0, 'no javascript: link');
    assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
    assert.equal(await page.locator('.host-privacy').textContent(), 'Still shown.');
    assert.equal(await page.locator('.recovery').count(), 0, 'no error screen');
    const warnings = page.logs.filter(l => l.startsWith('warning: Rotta: rotta.config.json')).join('\n');
    for (const field of ['"logo"', '"accent" #ffff00 has a contrast', '"language" is a number', '"country" is "JP"', '"cta.url"', 'unknown field "colour"']) {
      assert.ok(warnings.includes(field), `${field} in:\n${warnings}`);
    }
    assert.deepEqual(page.errors, []);
    // The country of a new plan is Rotta's for the language.
    await page.goto(server.url);
    await waitForApp(page);
    assert.equal(await page.locator('#f-business-country').inputValue(), 'IT');
  } finally {
    await page.context().close();
    await server.cleanup();
  }
});

test('invalid JSON, a missing file or a server error: Rotta as built, and the page works', async () => {
  for (const [name, config, said] of [
    ['host-json', '{ "name": "Half written", ', 'not valid JSON'],
    ['host-none', null, 'no rotta.config.json next to the page'],
    ['host-list', '["Studio"]', 'must be a JSON object'],
  ]) {
    const server = await site(name, config);
    const page = await pageWithLogs({ locale: 'en-GB' });
    try {
      await page.goto(server.url);
      await waitForApp(page);
      assert.equal(await page.locator('.header__name').textContent(), 'Rotta', name);
      assert.match(await page.title(), /Rotta$/);
      assert.equal(await heading(page), catalogue('en', 'StepBusiness'));
      assert.equal(await page.locator('.host-footer').count(), 0);
      assert.ok(page.logs.some(l => l.includes(said)), `${said} in ${page.logs.join('\n')}`);
      // The app works: an answer is typed and saved.
      await page.fill('#f-business-name', 'Forno Bio');
      await page.waitForFunction(() => (localStorage.getItem('rotta.store') || '').includes('Forno Bio'));
      assert.deepEqual(page.errors, [], name);
    } finally {
      await page.context().close();
      await server.cleanup();
    }
  }
});

test("offline: the host's config and logo come from the service worker's cache", async () => {
  const server = await site('host-offline', GOOD);
  const page = await pageWithLogs({ locale: 'en-GB' });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    await page.waitForFunction(async () => {
      const names = await caches.keys();
      const host = names.find(n => n.startsWith('rotta-host:'));
      if (!host) return false;
      const keys = (await (await caches.open(host)).keys()).map(r => r.url);
      return keys.some(u => u.endsWith('/rotta.config.json')) && keys.some(u => u.endsWith('/brand/logo.svg'));
    }, null, { timeout: 10000 });
    await server.stop();
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('.header__name').textContent(), 'Studio Nord');
    await page.waitForFunction(() => document.querySelector('img.header__logo')?.naturalWidth > 0);
    assert.equal(await color(page, '.header__name'), 'rgb(138, 43, 226)');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  } finally {
    await page.context().close();
    await server.cleanup();
  }
});

test("in an <iframe>, the host's page gets the app's height and the frame follows it", async () => {
  const server = await site('host-frame', null);
  const appOrigin = new URL(server.url).origin;
  // The host's page, on another origin (another port: a public origin may not frame a
  // loopback one), with the listener of docs/hosting.md.
  const hostPage = `<!DOCTYPE html><html><head><title>Host</title><link rel="icon" href="data:,"></head><body>
<h1>Our workshop</h1>
<iframe id="rotta" src="${server.url}" title="Rotta" style="width: 100%; height: 300px; border: 0"></iframe>
<script>
  window.heights = [];
  window.addEventListener('message', event => {
    if (event.origin !== '${appOrigin}') return; // only Rotta's messages
    const data = event.data;
    if (!data || data.type !== 'rotta:height' || typeof data.height !== 'number') return;
    window.heights.push(data.height);
    document.getElementById('rotta').style.height = Math.ceil(data.height) + 'px';
  });
</script></body></html>`;
  writeFileSync(join(server.site, 'workshop.html'), hostPage);
  const hostSite = await serve(server.site, await freePort());
  const page = await pageWithLogs({ locale: 'en-GB', viewport: { width: 1000, height: 700 } });
  try {
    await page.goto(new URL('/workshop.html', hostSite.url).href);
    const frame = page.frameLocator('#rotta');
    await frame.locator('h1.step-title').waitFor();
    const frameHeight = () => page.locator('#rotta').evaluate(e => e.getBoundingClientRect().height);
    await page.waitForFunction(() => window.heights.length > 0);
    await page.waitForFunction(() => document.getElementById('rotta').getBoundingClientRect().height > 300);
    const first = await frameHeight();
    // The frame shows the whole page: no scroll bar inside it.
    const inner = page.frames().find(f => f.url().startsWith(server.url));
    const [scroll, client] = await inner.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.clientHeight]);
    assert.ok(scroll <= client + 1, `the frame fits its content (${scroll} > ${client})`);
    // The content grows (the plan is much longer than the first step): the frame follows.
    await frame.locator('.progress__item a').last().click();
    await frame.locator('.plan').waitFor();
    await page.waitForFunction(h => document.getElementById('rotta').getBoundingClientRect().height > h + 500, first);
    const heights = await page.evaluate(() => window.heights);
    assert.ok(heights.every(h => Number.isInteger(h) && h > 0), String(heights));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    await hostSite.stop();
    await server.cleanup();
  }
});
