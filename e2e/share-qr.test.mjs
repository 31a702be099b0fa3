// The share link as a QR code (issue #15 §1), decoded by an independent decoder: jsQR (npm,
// a devDependency) reads the pixels of the image the page actually shows, drawn into a
// canvas at the size and pixel ratio it is shown at, and must give back the link in the share
// box, in the box and in "Show large"; the code follows the answers; a link too long for a
// code that scans across a room says so and offers the answers file, which opens in Rotta.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, newPage, open, catalogue } from './lib.mjs';
import {
  assertAccessible, download, expectFocus, fixture, fixtureJson, importFile, outDir, withAnswers,
} from './wizard-steps.mjs';
import { STORE_KEY, seedAndOpen, repoFixture, noErrors } from './fixtures/storage/helpers.mjs';

const JSQR = new URL('../node_modules/jsqr/dist/jsQR.js', import.meta.url);
/** core::qr::MAX_LINK_BYTES: the longest link drawn (version 25 at level L). */
const MAX_LINK_BYTES = 1273;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/**
 * Decodes the QR code of the `<img>` at `selector` as shown: drawn into a canvas at its
 * on-screen size times the device pixel ratio, read back as pixels, decoded by jsQR (loaded
 * through the DevTools protocol, like axe: the app's CSP rightly refuses script tags).
 */
async function decodeShown(page, selector) {
  if (!(await page.evaluate(() => typeof window.jsQR === 'function'))) {
    await page.evaluate(`${readFileSync(JSQR, 'utf8')}\n;void 0`);
  }
  return page.evaluate(async sel => {
    const img = document.querySelector(sel);
    await img.decode();
    const box = img.getBoundingClientRect();
    const w = Math.round(box.width * devicePixelRatio);
    const h = Math.round(box.height * devicePixelRatio);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d');
    context.drawImage(img, 0, 0, w, h);
    const code = window.jsQR(context.getImageData(0, 0, w, h).data, w, h, { inversionAttempts: 'dontInvert' });
    return { text: code?.data ?? null, version: code?.version ?? null, width: w, height: h };
  }, selector);
}

/** The link in the share box once made, and its QR code's version (from the figure). */
async function shareLink(page) {
  await page.click('#share-link');
  await page.locator('#share-qr, #share-qr-too-long').first().waitFor();
  return page.inputValue('#share-url');
}

const qrVersion = async page => Number(await page.locator('.share__qr').getAttribute('data-version'));
/** A version-`v` code's width in modules, with the 4-module quiet zone on both sides. */
const side = v => 4 * v + 17 + 8;
/** The largest whole number of pixels per module within `px` (core::qr::whole_module_size). */
const fitted = (v, px) => Math.max(1, Math.floor(px / side(v))) * side(v);

test('the QR code shown decodes to the share link, in the box and shown large; it follows the answers', async () => {
  const page = await newPage(browser, { locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedAndOpen(page, { [STORE_KEY]: repoFixture('store/v3.json') }, 'plan');
  const link = await shareLink(page);
  assert.match(link, /\?step=plan#share=1\.[A-Za-z0-9_-]+$/);
  const copied = page.locator('.share [role=status]', { hasText: catalogue('en', 'ShareLinkCopied') });
  await copied.waitFor();

  const img = page.locator('#share-qr');
  assert.equal(await img.getAttribute('alt'), catalogue('en', 'ShareQrAlt'));
  assert.match(await img.getAttribute('src'), /^data:image\/svg\+xml,/);
  const inBox = await decodeShown(page, '#share-qr');
  assert.equal(inBox.text, link, 'the code in the box decodes to the link shown');
  assert.equal(inBox.version, await qrVersion(page));
  const version = await qrVersion(page);
  assert.equal(inBox.width, fitted(version, 384), 'whole pixels a module, up to 384px in the box');
  await assertAccessible(page, 'the share box with its QR code');

  // "Show large", from the keyboard: a modal filling the screen; Escape leaves it.
  await page.focus('#share-qr-large');
  await page.keyboard.press('Enter');
  const dialog = page.locator('#share-qr-dialog');
  await page.waitForFunction(() => document.querySelector('#share-qr-dialog')?.open === true);
  await expectFocus(page, 'share-qr-close');
  const large = await decodeShown(page, '#share-qr-big');
  assert.equal(large.text, link, 'the large code decodes to the link');
  assert.equal(large.height, fitted(version, 800 - 2 * 16), 'as large as the screen\'s height allows');
  await page.screenshot({ path: join(outDir(), 'share-qr-large.png') });
  await assertAccessible(page, 'the QR code shown large');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('#share-qr-dialog')?.open === false);
  await expectFocus(page, 'share-qr-large');
  // And the Close button.
  await page.click('#share-qr-large');
  await page.click('#share-qr-close');
  await page.waitForFunction(() => document.querySelector('#share-qr-dialog')?.open === false);
  assert.equal(await dialog.isVisible(), false);

  // Another idea for a post changes the answers: the link and its code follow, and the
  // "copied" notice no longer claims the new link was copied.
  const srcBefore = await img.getAttribute('src');
  await page.locator('tr.entry.ch .entry__brief').first().waitFor({ timeout: 15000 });
  await page.locator('tr.entry.ch').first().getByRole('button', { name: 'Another idea' }).click();
  await page.waitForFunction(l => document.querySelector('#share-url')?.value !== l, link);
  const newLink = await page.inputValue('#share-url');
  assert.notEqual(newLink, link);
  // The code follows once the link has settled (400 ms: drawing it is too slow for every
  // keystroke of the what-if).
  await page.waitForFunction(src => document.querySelector('#share-qr')?.getAttribute('src') !== src, srcBefore);
  assert.equal((await decodeShown(page, '#share-qr')).text, newLink);
  assert.equal(await copied.count(), 0, 'the new link was not copied');
  await page.click('#share-qr-large');
  assert.equal((await decodeShown(page, '#share-qr-big')).text, newLink);
  await page.keyboard.press('Escape');
  noErrors(page);
  await page.context().close();
});

test('a typical full plan (the longest fixture link) still fits and decodes, on a projector-sized screen', async () => {
  const page = await newPage(browser, { locale: 'it-IT', viewport: { width: 1280, height: 720 } });
  await withAnswers(page, open, fixture('ceramics-it.json'), 'plan');
  const link = await shareLink(page);
  assert.ok(link.length > 1100 && link.length <= MAX_LINK_BYTES, `${link.length} characters`);
  const version = await qrVersion(page);
  assert.ok(version >= 20 && version <= 25, `version ${version}`);
  assert.equal(await page.locator('#share-qr').getAttribute('alt'), catalogue('it', 'ShareQrAlt'));
  assert.equal((await decodeShown(page, '#share-qr')).text, link);
  await page.click('#share-qr-large');
  const large = await decodeShown(page, '#share-qr-big');
  assert.equal(large.text, link);
  assert.equal(large.version, version);
  // 5 screen pixels per module at 720 lines (117 modules and the quiet zone).
  assert.equal(large.height, fitted(version, 720 - 2 * 16));
  assert.ok(large.height / side(version) >= 5, `${large.height}px for version ${version}`);
  await page.keyboard.press('Escape');
  noErrors(page);
  await page.context().close();
});

test('a link too long for a scannable code: a clear message, and the answers file instead', async () => {
  // The studio plan with long free texts (each within the questionnaire's 500 characters).
  const answers = fixtureJson('studio-en.json');
  const words = 'dumbbells kettlebell mobility rowing coach cardio stretching squad lunchtime '
    + 'evening Leeds beginners friendly nutrition recovery posture strength bodyweight '
    + 'community challenge Saturday morning circuit boxing yoga pilates sauna ';
  const long = seed => words.split(' ').map((w, i) => (i * seed) % 7 === 0 ? w.toUpperCase() : w)
    .join(seed % 2 ? ', ' : ' ').slice(0, 420);
  answers.business.value_proposition = long(3);
  answers.audience.persona.who = long(5);
  answers.audience.persona.needs = long(9);
  answers.audience.persona.objections = long(11);
  const file = join(outDir(), 'share-qr-long-answers.json');
  writeFileSync(file, JSON.stringify(answers, null, 2));

  const page = await newPage(browser, { locale: 'en-GB' });
  await withAnswers(page, open, file, 'plan');
  const link = await shareLink(page);
  assert.ok(link.length > MAX_LINK_BYTES, `${link.length} characters`);
  assert.equal(await page.locator('#share-qr').count(), 0, 'no code that would not scan');
  assert.equal(await page.locator('#share-qr-large').count(), 0);
  const expected = catalogue('en', 'ShareQrTooLong')
    .replace('{length}', link.length.toLocaleString('en-GB'))
    .replace('{max}', MAX_LINK_BYTES.toLocaleString('en-GB'));
  assert.equal(await page.locator('#share-qr-too-long').innerText(), expected);
  const button = page.locator('#share-qr-file');
  assert.equal(await button.innerText(), catalogue('en', 'ShareQrDownloadAnswers'));
  await assertAccessible(page, 'the share box with a link too long for a QR code');

  // The file button downloads the answers file, the same as "Download answers"...
  const offered = await download(page, 'share-qr-file');
  assert.match(offered.name, /^rotta-iron-bell-studio-\d{4}-\d{2}-\d{2}-answers\.json$/);
  const saved = JSON.parse(offered.bytes.toString('utf8'));
  assert.equal(saved.schema, 'rotta.answers/2');
  assert.equal(saved.business.value_proposition, answers.business.value_proposition);
  assert.deepEqual(saved.audience.persona, answers.audience.persona);
  const exported = await download(page, 'export-answers');
  assert.equal(offered.bytes.toString('utf8'), exported.bytes.toString('utf8'));
  // ...and it opens in a fresh browser as the same plan.
  const other = await newPage(browser, { locale: 'en-GB' });
  await open(other, 'plan');
  const { status } = await importFile(other, offered.path);
  assert.match(status, /imported/i);
  await other.click('#share-link');
  await other.locator('#share-qr-too-long').waitFor();
  assert.equal(await other.inputValue('#share-url'), link, 'the same plan, the same link');
  noErrors(page);
  noErrors(other);
  await page.context().close();
  await other.context().close();
});
