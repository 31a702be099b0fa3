// Five languages (issue #13 §5–6, issue #16), in the built app: a first visit speaks the
// browser's language when Rotta has it (else English); the wasm carries no language, the first
// load fetches the shown one only and the others are fetched when chosen, then read from the
// catalogue file; a language that cannot be fetched leaves the screen in the language shown,
// says so, loses nothing, and loads when chosen again; when no language can be had at start
// the page says Rotta did not start, with its way out, and nothing saved is touched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, launch, newPage, open, waitForApp, waitForSaved, heading } from './lib.mjs';
import { DIST } from './site.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The language files fetched by the page so far. */
function languageRequests(page) {
  const seen = [];
  page.on('request', r => { if (/\/locales\/[a-z]+\.[0-9a-f]+\.txt$/.test(r.url())) seen.push(r.url().replace(/.*\/locales\//, '')); });
  return seen;
}

const LANGUAGES = ['it', 'en', 'es', 'fr', 'de'];

test('no language is in the wasm: each is its own file of the build', () => {
  const wasm = readdirSync(DIST).filter(f => f.endsWith('.wasm'));
  assert.ok(wasm.length >= 2, `the wasm parts: ${wasm}`);
  const bytes = wasm.map(f => readFileSync(join(DIST, f)));
  const files = readdirSync(join(DIST, 'locales')).filter(f => /^[a-z]{2}\.[0-9a-f]{8}\.txt$/.test(f));
  assert.deepEqual(files.map(f => f.slice(0, 2)).sort(), [...LANGUAGES].sort());
  for (const lang of LANGUAGES) {
    // Texts long enough to be nowhere else; each is in its language's file.
    for (const key of ['IntroBusiness', 'SkeletonBootBody', 'StoreUntitledPlan']) {
      const text = catalogue(lang, key);
      // The wasm would hold it with real line breaks; the file writes them `\n`, as the catalogue.
      assert.ok(!bytes.some(b => b.includes(Buffer.from(text.replaceAll('\\n', '\n')))), `${lang} ${key} is in the wasm`);
      const file = readFileSync(join(DIST, 'locales', files.find(f => f.startsWith(`${lang}.`))), 'utf8');
      assert.ok(file.split('\n').includes(text), `${lang} ${key} not in its file`);
    }
  }
});

for (const [browserLocale, lang] of [['de-DE', 'de'], ['fr-CA', 'fr'], ['es-ES', 'es'], ['it-IT', 'it'], ['pt-BR', 'en']]) {
  test(`a first visit from a ${browserLocale} browser speaks ${lang}, and fetches that language only`, async () => {
    const page = await newPage(browser, { locale: browserLocale });
    const fetched = languageRequests(page);
    try {
      await open(page);
      await waitForApp(page);
      await page.waitForFunction(text => document.querySelector('h1.step-title')?.textContent === text,
        catalogue(lang, 'StepBusiness'), { timeout: 5000 });
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.locator('.header__lang select').inputValue(), lang);
      assert.deepEqual(fetched.map(f => f.split('.')[0]), [lang]);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
    }
  });
}

test('another language is fetched only when chosen, once, then the whole screen changes', async () => {
  const page = await newPage(browser, { locale: 'en-GB', serviceWorkers: 'block' });
  const fetched = languageRequests(page);
  try {
    await open(page);
    await waitForApp(page);
    await page.fill('#f-business-name', 'Panadería Sol');
    assert.deepEqual(fetched.map(f => f.split('.')[0]), ['en'], 'an English first load fetches English only');
    for (const lang of ['es', 'fr', 'de', 'it']) {
      await page.selectOption('.header__lang select', lang);
      await page.waitForFunction(text => document.querySelector('h1.step-title')?.textContent === text,
        catalogue(lang, 'StepBusiness'), { timeout: 5000 });
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.locator('.step-intro').first().textContent(), catalogue(lang, 'IntroBusiness'));
      await waitForSaved(page, a => a.locale === lang && a.business.name === 'Panadería Sol');
    }
    assert.deepEqual(fetched.map(f => f.split('.')[0]), ['en', 'es', 'fr', 'de', 'it'], 'each language fetched once');
    // Back to a language already shown: nothing fetched, the typed name still there.
    await page.selectOption('.header__lang select', 'en');
    assert.equal(await heading(page), catalogue('en', 'StepBusiness'));
    assert.equal(await page.inputValue('#f-business-name'), 'Panadería Sol');
    assert.equal(fetched.length, 5);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('a plan saved in Spanish reopens in Spanish, with no English frame on the way', async () => {
  const page = await newPage(browser, { locale: 'en-GB', serviceWorkers: 'block' });
  try {
    await open(page);
    await waitForApp(page);
    await page.selectOption('.header__lang select', 'es');
    await page.fill('#f-business-name', 'Panadería Sol');
    await waitForSaved(page, a => a.locale === 'es' && a.business.name === 'Panadería Sol');
    // Every painted frame once the skeleton is gone: the heading the user could see.
    await page.addInitScript(() => {
      window.__headings = [];
      const watch = () => {
        const title = document.querySelector('h1.step-title');
        if (!document.getElementById('skeleton') && title) window.__headings.push(title.textContent);
        if (window.__headings.length < 5) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.reload();
    await page.waitForFunction(() => window.__headings?.length >= 5);
    const seen = await page.evaluate(() => window.__headings);
    assert.deepEqual([...new Set(seen)], [catalogue('es', 'StepBusiness')]);
    assert.equal(await page.inputValue('#f-business-name'), 'Panadería Sol');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('a language that cannot be fetched: the screen stays readable, says so, and loads when chosen again', async () => {
  const page = await newPage(browser, { locale: 'en-GB', serviceWorkers: 'block' });
  try {
    let refuse = true;
    // German only: English, the language shown, loads at start.
    await page.route(/\/locales\/de\.[0-9a-f]+\.txt$/, route => (refuse ? route.abort('internetdisconnected') : route.continue()));
    await open(page);
    await waitForApp(page);
    await page.fill('#f-business-name', 'Bäckerei Sonne');
    await page.selectOption('.header__lang select', 'de');
    const alert = page.locator('.header__lang-status[role=alert]');
    await alert.waitFor({ timeout: 5000 });
    const message = await alert.textContent();
    assert.match(message, /Deutsch/);
    assert.match(message, /English/);
    assert.equal(await heading(page), 'Business', 'still English, not half-translated');
    assert.equal(await page.inputValue('#f-business-name'), 'Bäckerei Sonne');
    refuse = false;
    await page.selectOption('.header__lang select', 'de');
    await page.waitForFunction(text => document.querySelector('h1.step-title')?.textContent === text,
      catalogue('de', 'StepBusiness'), { timeout: 5000 });
    assert.equal(await alert.count(), 0, 'the message goes once German is there');
    await waitForSaved(page, a => a.locale === 'de' && a.business.name === 'Bäckerei Sonne');
    assert.deepEqual(page.errors.filter(e => !/internetdisconnected|Failed to fetch|ERR_INTERNET_DISCONNECTED/i.test(e)), []);
  } finally {
    await page.context().close();
  }
});

test('no language can be fetched at start: the page says Rotta did not start, with its way out, and the saved plan stays', async () => {
  const page = await newPage(browser, { locale: 'en-GB', serviceWorkers: 'block' });
  try {
    await open(page);
    await page.fill('#f-business-name', 'Forno Rossi');
    await waitForSaved(page, a => a.business.name === 'Forno Rossi');
    const saved = await page.evaluate(() => localStorage.getItem('rotta.store'));
    let refuse = true;
    await page.route(/\/locales\/[a-z]+\.[0-9a-f]+\.txt$/, route => (refuse ? route.abort('internetdisconnected') : route.continue()));
    await page.reload();
    const panel = page.locator('#boot-error-panel');
    await panel.waitFor({ timeout: 10000 });
    assert.equal(await panel.getAttribute('role'), 'alert');
    assert.equal(await panel.locator('h1').textContent(), catalogue('en', 'SkeletonBootFailed'));
    assert.equal(await page.locator('#skeleton').count(), 0);
    assert.equal(await page.locator('h1.step-title').count(), 0, 'no app without its texts');
    assert.equal(await page.evaluate(() => localStorage.getItem('rotta.store')), saved, 'nothing saved is touched');
    // The way out: once the files can be fetched again, Reload brings the plan back.
    refuse = false;
    await Promise.all([page.waitForEvent('load'), page.click('#boot-reload')]);
    await waitForApp(page);
    assert.equal(await heading(page), catalogue('en', 'StepBusiness'));
    assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi');
  } finally {
    await page.context().close();
  }
});
