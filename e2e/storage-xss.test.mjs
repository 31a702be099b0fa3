// Hostile text typed into every free-text field and key-date name: it is stored, shown,
// printed, exported and shared as text, and never runs — in the wizard, the review, the plan
// view, the print view, after a reload from storage, and in a share link opened elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, newPage, open, heading, waitForApp, waitForPlan, APP_URL } from './lib.mjs';
import { waitForActive, noErrors } from './fixtures/storage/helpers.mjs';
import { PAYLOADS } from './fixtures/storage/xss-payloads.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const STEPS = ['business', 'goals', 'audience', 'channels', 'time', 'budget', 'calendar', 'review', 'plan'];

/** Records every dialog (alert, confirm, prompt) the page opens, and closes it; a prompt the
 * test expects (`page.answerPrompt`, e.g. "rename") is answered instead. */
function watchDialogs(page) {
  page.dialogs = [];
  page.on('dialog', d => {
    if (d.type() === 'prompt' && page.answerPrompt !== undefined) {
      const answer = page.answerPrompt;
      page.answerPrompt = undefined;
      d.accept(answer).catch(() => {});
      return;
    }
    page.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
}

/** The texts of the scripts of the served index.html: the app's own, allowed in <body>. */
let ownScripts;
async function appScripts() {
  if (!ownScripts) {
    const html = await (await fetch(APP_URL)).text();
    ownScripts = {
      scripts: [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map(m => m[1]),
      html,
    };
  }
  return ownScripts;
}

/** Fails if a payload ran or left an active element anywhere in the page. */
async function assertNothingRan(page, where) {
  const found = await page.evaluate(({ scripts: own, html }) => {
    // The app's own templates (the start-up error panel) are those of index.html, as served.
    const served = new DOMParser().parseFromString(html, 'text/html');
    const ownTemplate = e => e.tagName === 'TEMPLATE' && e.parentElement === document.body && e.id !== ''
      && served.getElementById(e.id)?.outerHTML === e.outerHTML;
    const active = /^(SCRIPT|IFRAME|OBJECT|EMBED|BASE|META|LINK|STYLE|FRAME|FRAMESET|TEMPLATE|SVG|MATH|MARQUEE|VIDEO|AUDIO|SOURCE)$/;
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href'];
    const bad = [];
    for (const e of document.body.querySelectorAll('*')) {
      // The app's own scripts are those of index.html (its stylesheets live in <head>).
      const appOwn = (e.tagName === 'SCRIPT' && e.parentElement === document.body && own.includes(e.textContent))
        || ownTemplate(e);
      if (active.test(e.tagName.toUpperCase()) && !appOwn) bad.push(e.outerHTML.slice(0, 120));
      // The plan's charts are images of SVG the app drew (data: URLs, which run no script):
      // allowed, and their SVG is checked in turn for anything active.
      const chart = e.tagName === 'IMG' && e.classList.contains('chart__svg')
        && e.getAttribute('src')?.startsWith('data:image/svg+xml,');
      if (chart) {
        const svg = new DOMParser().parseFromString(decodeURIComponent(e.src.slice(e.src.indexOf(',') + 1)), 'image/svg+xml');
        for (const inner of svg.querySelectorAll('*')) {
          if (/^(script|foreignObject|iframe|a)$/i.test(inner.localName)) bad.push(`chart SVG ${inner.localName}`);
          for (const a of inner.attributes) {
            if (a.name.startsWith('on') || /^\s*javascript:/i.test(a.value)) bad.push(`chart SVG ${inner.localName} ${a.name}`);
          }
        }
      }
      for (const a of e.attributes) {
        if (a.name.startsWith('on')) bad.push(`${e.tagName} ${a.name}`);
        if (!chart && urlAttributes.includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) bad.push(`${e.tagName} ${a.name}=${a.value.slice(0, 60)}`);
      }
    }
    return { xss: window.__xss, bad };
  }, await appScripts());
  assert.equal(found.xss, undefined, `${where}: payload number ${found.xss} ran`);
  assert.deepEqual(found.bad, [], `${where}: injected elements`);
  assert.deepEqual(page.dialogs, [], `${where}: no dialog`);
}

/** Clicks the progress link of `step` (moving inside the app, as a user does). */
async function goTo(page, step) {
  await page.click(`.progress a[href="?step=${step}"]`);
  await page.waitForURL(new RegExp(`step=${step}`));
}

/** Adds items to a list field with its "Add…" button and types `texts` into them. */
async function fillList(page, addLabel, idPrefix, texts) {
  for (const [i, text] of texts.entries()) {
    await page.getByRole('button', { name: addLabel, exact: true }).click();
    await page.fill(`#${idPrefix}-${i}${idPrefix.endsWith('key_dates') ? '-name' : ''}`, text);
  }
}

test(`${PAYLOADS.length} XSS payloads typed into every free-text field never run`, async () => {
  assert.ok(PAYLOADS.length >= 50);
  const page = await newPage(browser, { locale: 'en-GB' });
  watchDialogs(page);
  await open(page);
  await assertNothingRan(page, 'a clean start');

  const p = [...PAYLOADS];
  const take = n => p.splice(0, n);
  const [valueProposition, name, location, who, needs, objections] = take(6);
  await page.fill('#f-business-name', name);
  await page.fill('#f-business-value_proposition', valueProposition);
  const competitors = take(5);
  await fillList(page, 'Add competitor', 'f-business-competitors', competitors);
  await assertNothingRan(page, 'business step, typed');

  await goTo(page, 'audience');
  await page.fill('#f-audience-location', location);
  await page.fill('#f-audience-persona-who', who);
  await page.fill('#f-audience-persona-needs', needs);
  await page.fill('#f-audience-persona-objections', objections);
  const keywords = take(20);
  await fillList(page, 'Add keyword', 'f-audience-listen_keywords', keywords);
  await assertNothingRan(page, 'audience step, typed');

  await goTo(page, 'calendar');
  const keyDates = take(p.length);
  await fillList(page, 'Add date', 'f-calendar-key_dates', keyDates);
  await assertNothingRan(page, 'calendar step, typed');

  // What was typed is what is stored, control characters and all (inputs drop line breaks).
  const saved = await waitForActive(page, a => a.calendar.key_dates.length === keyDates.length
    && a.calendar.key_dates.at(-1).name === keyDates.at(-1));
  assert.equal(saved.business.name, name);
  assert.deepEqual(saved.business.competitors, competitors);
  assert.deepEqual(saved.audience.listen_keywords, keywords);
  assert.deepEqual(saved.calendar.key_dates.map(k => k.name), keyDates.map(k => k.replace(/[\r\n]/g, '')));

  for (const step of STEPS) {
    await goTo(page, step);
    await assertNothingRan(page, `step ${step}`);
  }
  // Shown as text: the review and the plan quote the hostile texts literally.
  await goTo(page, 'review');
  const review = await page.locator('#main').innerText();
  for (const text of [name, location, competitors[0], keywords[0]]) {
    assert.ok(review.includes(text), `review shows ${JSON.stringify(text)} as text`);
  }
  await goTo(page, 'plan');
  assert.ok((await page.locator('#main').innerText()).includes(name), 'the plan quotes the business name as text');
  await page.emulateMedia({ media: 'print' });
  await assertNothingRan(page, 'print view');
  await page.screenshot({ path: 'test-output/xss-print.png' });
  await page.emulateMedia({ media: 'screen' });

  // Exports: no spreadsheet formula, no calendar property smuggled in.
  const download = async id => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    return readFileSync(await d.path(), 'utf8');
  };
  const csv = await download('#export-csv');
  assert.doesNotMatch(csv, /(^|,)"?[=+@]/m, 'no cell starts as a formula');
  const ics = (await download('#export-ics')).replace(/\r\n[ \t]/g, '');
  assert.doesNotMatch(ics, /^(ATTACH|X-INJECTED)/m, 'no property injected into the calendar');
  await assertNothingRan(page, 'after the exports');

  // From storage: a reload shows the same texts, still inert.
  await page.reload();
  await waitForApp(page);
  assert.equal(await heading(page), 'Plan');
  await assertNothingRan(page, 'plan view after a reload');
  await goTo(page, 'calendar');
  assert.equal(await page.inputValue('#f-calendar-key_dates-0-name'), keyDates[0]);
  await assertNothingRan(page, 'calendar step after a reload');

  // A share link of these answers, opened in a fresh browser.
  await goTo(page, 'plan');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#share-link');
  const link = await page.inputValue('#share-url');
  noErrors(page);
  await page.context().close();

  const other = await newPage(browser, { locale: 'it-IT' });
  watchDialogs(other);
  await other.goto(link);
  await waitForApp(other);
  await other.locator('.shared-banner').waitFor();
  await waitForPlan(other);
  assert.ok((await other.locator('#main').innerText()).includes(name), 'the shared plan shows the texts');
  await assertNothingRan(other, 'shared plan');
  await other.emulateMedia({ media: 'print' });
  await assertNothingRan(other, 'shared plan, print view');
  await other.emulateMedia({ media: 'screen' });
  await other.click('#shared-save');
  await other.locator('.shared-banner').waitFor({ state: 'detached' });
  for (const step of STEPS) {
    await goTo(other, step);
    await assertNothingRan(other, `saved shared plan, step ${step}`);
  }
  noErrors(other);
  await other.context().close();
});

test('hostile plan names in the plans list are shown as text', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  watchDialogs(page);
  await open(page);
  await page.fill('#f-business-name', PAYLOADS[1]);
  await waitForActive(page, a => a.business.name === PAYLOADS[1]);
  await page.locator('details.plans summary').click();
  const id = await page.locator('.plans__item').first().getAttribute('data-plan');
  for (const payload of PAYLOADS.slice(0, 8)) {
    page.answerPrompt = payload;
    await page.locator(`.plans__item[data-plan="${id}"] .plans__rename`).click();
    await page.waitForFunction(
      ([i, n]) => document.querySelector(`.plans__item[data-plan="${i}"] .plans__name`)?.textContent === n.trim(),
      [id, payload], { timeout: 5000 });
    await assertNothingRan(page, `plan renamed to ${payload}`);
  }
  await page.click('#plan-new');
  await page.locator(`.plans__item[data-plan="${id}"] .plans__duplicate`).click();
  await page.locator(`.plans__item[data-plan="${id}"] .plans__delete`).click();
  await page.locator('.plans__deleted').waitFor();
  await assertNothingRan(page, 'plan list after duplicate and delete');
  noErrors(page);
  // The detector itself works: an element really injected is caught (whether or not a
  // Content-Security-Policy then stops its handler from running).
  await page.evaluate(p => document.querySelector('#main').insertAdjacentHTML('beforeend', p), PAYLOADS[1]);
  await assert.rejects(assertNothingRan(page, 'control'), /control: (payload number 2 ran|injected elements)/);
  await page.context().close();
});
