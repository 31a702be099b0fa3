// Five languages (issue #13 §5–6), in the built app: a first visit speaks the browser's
// language when Rotta has it (else English); Spanish, French and German are fetched only when
// chosen (they are not part of the first load) and then read from the catalogue file; a
// language that cannot be fetched leaves the screen in the language shown, says so, loses
// nothing, and loads when chosen again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { catalogue, launch, newPage, open, waitForApp, waitForSaved, heading } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The language files fetched by the page so far. */
function languageRequests(page) {
  const seen = [];
  page.on('request', r => { if (/\/locales\/[a-z]+\.[0-9a-f]+\.txt$/.test(r.url())) seen.push(r.url().replace(/.*\/locales\//, '')); });
  return seen;
}

for (const [browserLocale, lang] of [['de-DE', 'de'], ['fr-CA', 'fr'], ['es-ES', 'es'], ['it-IT', 'it'], ['pt-BR', 'en']]) {
  test(`a first visit from a ${browserLocale} browser speaks ${lang}`, async () => {
    const page = await newPage(browser, { locale: browserLocale });
    try {
      await open(page);
      await waitForApp(page);
      await page.waitForFunction(text => document.querySelector('h1.step-title')?.textContent === text,
        catalogue(lang, 'StepBusiness'), { timeout: 5000 });
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.locator('.header__lang select').inputValue(), lang);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
    }
  });
}

test('Spanish, French and German are fetched only when chosen, then the whole screen changes', async () => {
  const page = await newPage(browser, { locale: 'en-GB', serviceWorkers: 'block' });
  const fetched = languageRequests(page);
  try {
    await open(page);
    await waitForApp(page);
    await page.fill('#f-business-name', 'Panadería Sol');
    assert.deepEqual(fetched, [], 'an English first load fetches no other language');
    for (const lang of ['es', 'fr', 'de']) {
      await page.selectOption('.header__lang select', lang);
      await page.waitForFunction(text => document.querySelector('h1.step-title')?.textContent === text,
        catalogue(lang, 'StepBusiness'), { timeout: 5000 });
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.locator('.step-intro').first().textContent(), catalogue(lang, 'IntroBusiness'));
      await waitForSaved(page, a => a.locale === lang && a.business.name === 'Panadería Sol');
    }
    assert.deepEqual(fetched.map(f => f.split('.')[0]), ['es', 'fr', 'de'], 'each language fetched once');
    // Back to a language in the wasm: nothing fetched, the typed name still there.
    await page.selectOption('.header__lang select', 'it');
    assert.equal(await heading(page), catalogue('it', 'StepBusiness'));
    assert.equal(await page.inputValue('#f-business-name'), 'Panadería Sol');
    assert.equal(fetched.length, 3);
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
    await page.route(/\/locales\/[a-z]+\.[0-9a-f]+\.txt$/, route => (refuse ? route.abort('internetdisconnected') : route.continue()));
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
