// The static first paint: index.html alone (no wasm yet) shows the first screen in the
// browser's language, and the app replaces it in place, with nothing on screen moving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, newPage, waitForApp, APP_URL } from './lib.mjs';
import { readCatalogues, skeletonTexts } from '../scripts/post-build.mjs';

const catalogues = readCatalogues();
const text = (lang, key) => catalogues.get(lang).get(key);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/**
 * Opens the page with the wasm download held (never answered), so only index.html's skeleton
 * is there. (A refused download is a failed start: the error panel replaces the skeleton,
 * e2e/deployment.test.mjs.)
 */
async function skeletonOnly(page, url = APP_URL) {
  await page.route(/\.wasm$/, () => { /* held: no answer */ });
  await page.goto(url);
  await page.locator('#skeleton').waitFor();
}

const boxes = (page, root) => page.evaluate(selector => {
  const scope = document.querySelector(selector);
  const pick = s => scope.querySelector(s)?.getBoundingClientRect().toJSON() ?? null;
  return {
    brand: pick('.header__name'), count: pick('.progress__count'), heading: pick('h1'),
    intro: pick('.step-intro'), warnings: pick('.summary__warnings'),
  };
}, root);

test('without the wasm, the first screen is painted in Italian for an Italian browser', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await skeletonOnly(page);
  const skeleton = page.locator('#skeleton');
  assert.equal(await skeleton.locator('h1').textContent(), 'Attività');
  assert.equal(await skeleton.locator('.progress__count').textContent(), 'Passo 1 di 9');
  assert.match(await skeleton.locator('.summary__warnings').textContent(), /Manca il nome dell'attività/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'it');
  await page.context().close();
});

test('without the wasm, an English browser gets the first screen in English', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await skeletonOnly(page);
  const skeleton = page.locator('#skeleton');
  assert.equal(await skeleton.locator('h1').textContent(), 'Business');
  assert.equal(await skeleton.locator('.header__tagline').textContent(),
    'Your social media strategy, sized to the time and money you really have.');
  assert.equal(await skeleton.locator('select').inputValue(), 'English');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.context().close();
});

test('the skeleton\'s texts are the catalogue\'s: Italian in the page, the others in its script', () => {
  const files = new Map();
  const page = skeletonTexts(readFileSync(new URL('../index.html', import.meta.url), 'utf8'), catalogues, files);
  const texts = JSON.parse(page.match(/\/\*SKELETON_TEXTS\*\/ (\{.*\});$/m)[1]);
  assert.deepEqual(Object.keys(texts), ['en', 'es', 'fr', 'de']);
  // Spanish, French and German are not in the page: each is a file the page names.
  for (const lang of ['es', 'fr', 'de']) {
    assert.match(texts[lang], new RegExp(`^locales/skeleton\\.${lang}\\.[0-9a-f]{8}\\.json$`));
    texts[lang] = JSON.parse(files.get(texts[lang]));
    assert.deepEqual(Object.keys(texts[lang]), Object.keys(texts.en), lang);
  }
  assert.ok(!page.includes(text('es', 'IntroBusiness')), 'no Spanish in the page itself');
  assert.equal(texts.en['StepOf 1 Of 9'], `${text('en', 'StepOf')} 1 ${text('en', 'Of')} 9`);
  assert.equal(texts.fr.SkeletonBootFailed, text('fr', 'SkeletonBootFailed'));
  assert.ok(page.includes(`<h1 data-t="StepBusiness">${text('it', 'StepBusiness')}</h1>`));
  assert.equal(skeletonTexts(page, catalogues), page, 'running the hook again changes nothing');
});

test('without the wasm, a Spanish browser gets the first screen in Spanish', async () => {
  const page = await newPage(browser, { locale: 'es-ES' });
  await skeletonOnly(page);
  const skeleton = page.locator('#skeleton');
  assert.equal(await skeleton.locator('h1').textContent(), text('es', 'StepBusiness'));
  assert.match(await skeleton.locator('.summary__warnings').textContent(), /Falta el nombre del negocio/);
  assert.equal(await skeleton.locator('select').inputValue(), 'Español');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.title(), text('es', 'SkeletonTitle'));
  await page.context().close();
});

test('the language chosen last wins over the browser\'s, as in the app', async () => {
  const page = await newPage(browser, { locale: 'it-IT', serviceWorkers: 'block' });
  await page.goto(APP_URL);
  await waitForApp(page);
  await page.evaluate(() => localStorage.setItem('rotta.store', '{"version":2,"plans":[],"active":null,"prefs":{"locale":"de"}}'));
  await skeletonOnly(page);
  const skeleton = page.locator('#skeleton');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await skeleton.locator('select').inputValue(), 'Deutsch');
  assert.equal(await skeleton.locator('.progress__count').textContent(),
    `${text('de', 'StepOf')} 1 ${text('de', 'Of')} 9`);
  await page.context().close();
});

test('the skeleton is a picture: hidden from assistive technology and not focusable', async () => {
  const page = await newPage(browser);
  await skeletonOnly(page);
  assert.equal(await page.locator('#skeleton').getAttribute('aria-hidden'), 'true');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('#skeleton') !== null);
  assert.equal(focused, false, 'Tab must not land inside the skeleton');
  await page.context().close();
});

test('with saved answers or on another step the skeleton shows no guessed warnings', async () => {
  const page = await newPage(browser, { locale: 'it-IT', serviceWorkers: 'block' });
  await page.goto(APP_URL);
  await waitForApp(page);
  await page.evaluate(() => localStorage.setItem('rotta.store', '{"version":2,"plans":[],"active":null,"prefs":{"locale":null}}'));
  await skeletonOnly(page, `${APP_URL}?step=budget`);
  const skeleton = page.locator('#skeleton');
  assert.equal(await skeleton.locator('.summary__warnings').count(), 0);
  assert.equal(await skeleton.locator('.progress__item--done').count(), 0);
  assert.equal(await skeleton.locator('h1').count(), 0, 'no Business heading on the Budget step');
  assert.equal(await skeleton.locator('.progress__item--current').textContent(), 'Budget');
  await page.context().close();
});

test('the app replaces the skeleton in place: header, progress, heading and warnings do not move', async () => {
  for (const [locale, viewport] of [['it-IT', { width: 412, height: 823 }], ['en-US', { width: 1280, height: 800 }]]) {
    const page = await newPage(browser, { locale, viewport });
    await skeletonOnly(page);
    const before = await boxes(page, '#skeleton');
    await page.unroute(/\.wasm$/);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('#skeleton').count(), 0, 'the skeleton is gone once the app is mounted');
    const after = await boxes(page, 'body');
    for (const [part, box] of Object.entries(before)) {
      assert.ok(box, `${part} is in the skeleton`);
      for (const side of ['x', 'y', 'width', 'height']) {
        assert.ok(Math.abs(box[side] - after[part][side]) <= 2,
          `${locale} ${viewport.width}px: ${part}.${side} moves from ${box[side]} to ${after[part][side]}`);
      }
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
