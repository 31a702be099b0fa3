// The facilitator's view (issue #15 §2): two or three of the plans kept in this browser side
// by side — channels and their cadence, hours, budget split, warnings — with the rows that
// differ marked in words (not by colour alone) and those that are the same left alone; one
// plan alone or a fourth ticked is refused with a message; printed to an A4 PDF, one page
// per pair (2 plans → 1 page, 3 → 3), each page naming its two plans. The PDF is read back
// with poppler (pdfinfo, pdftotext).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, newPage, open, catalogue, APP_URL } from './lib.mjs';
import { fixtureJson, outDir, assertAccessible } from './wizard-steps.mjs';
import { STORE_KEY, seedAndOpen, openPlans, noErrors } from './fixtures/storage/helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const en = key => catalogue('en', key);
const squash = s => s.replace(/\s+/g, ' ').trim();

/** Four plans: two gyms that differ only in their monthly budget, a studio of four channels,
 * and a copy of the studio (the fourth, to refuse). Names that are no substring of another. */
function store() {
  const gym = fixtureJson('gym-one-channel-en.json');
  const richer = structuredClone(gym);
  richer.budget.monthly = 500;
  const studio = fixtureJson('studio-en.json');
  const plan = (id, name, answers, updated) => ({ id, name, created_ms: 1767225600000, updated_ms: updated, answers });
  return JSON.stringify({
    version: 3,
    plans: [
      plan('p-alpha', 'Alpha Gym', gym, 1767312000004),
      plan('p-bravo', 'Bravo Gym', richer, 1767312000003),
      plan('p-north', 'North Studio', studio, 1767312000002),
      plan('p-south', 'South Studio', structuredClone(studio), 1767312000001),
    ],
    active: 'p-alpha',
    prefs: { locale: 'en' },
  });
}

async function seeded(step) {
  const page = await newPage(browser, { locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  await seedAndOpen(page, { [STORE_KEY]: store() }, step);
  return page;
}

const tick = (page, id) => page.locator(`.plans__item[data-plan="${id}"] .plans__compare`);

/** The comparison's rows on screen: key, marked or not, the "differs" text, the cells. */
const rows = page => page.locator('.compare__screen tr[data-row]').evaluateAll(trs => trs.map(tr => ({
  key: tr.dataset.row,
  marked: tr.classList.contains('compare-row--differs'),
  header: tr.querySelector('th').textContent,
  cells: [...tr.querySelectorAll('td')].map(td => td.textContent),
})));

/** Page count (pdfinfo) and each page's text (pdftotext, pages split at form feeds). */
function readPdf(path) {
  const info = execFileSync('pdfinfo', [path]).toString();
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
  return { pages, perPage: text.split('\f').slice(0, pages).map(squash) };
}

async function printed(page, name) {
  const path = `${outDir()}/${name}.pdf`;
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return readPdf(path);
}

test('one plan alone: Compare says two are needed and how to make one', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await open(page);
  await openPlans(page);
  await page.click('#plans-compare');
  const refusal = page.locator('[data-refusal=need_two_plans]');
  await refusal.waitFor();
  assert.equal(squash(await refusal.textContent()), en('CompareNeedTwo'));
  assert.match(en('CompareNeedTwo'), /duplicate/);
  assert.equal(await page.locator('#compare').count(), 0, 'no comparison opened');
  assert.doesNotMatch(page.url(), /compare=/);
  noErrors(page);
  await page.context().close();
});

test('two plans side by side: what differs is marked in words, what is the same is not', async () => {
  const page = await seeded('goals');
  await openPlans(page);
  // Four plans kept and none ticked: which ones?
  await page.click('#plans-compare');
  await page.locator('[data-refusal=pick_two_or_three]').waitFor();
  assert.equal(squash(await page.locator('[data-refusal]').textContent()), en('ComparePickTwo'));

  await tick(page, 'p-alpha').check();
  await tick(page, 'p-bravo').check();
  assert.equal(await page.locator('[data-refusal]').count(), 0, 'ticking again clears the message');
  await page.click('#plans-compare');
  await page.locator('#compare').waitFor();
  assert.match(page.url(), /[?&]step=goals&compare=p-alpha,p-bravo$/);
  assert.equal(squash(await page.locator('h1.step-title').textContent()), en('CompareTitle'));
  assert.equal(await page.title(), `${en('CompareTitle')} — Rotta`);
  const heads = await page.locator('.compare__screen thead th').allTextContents();
  assert.deepEqual(heads.map(squash), [en('CompareAspect'), 'Alpha Gym', 'Bravo Gym']);

  const shown = await rows(page);
  const byKey = Object.fromEntries(shown.map(r => [r.key, r]));
  // The rows of the issue: channels with their cadence, hours, the budget and its four parts.
  for (const key of ['channel-instagram', 'hours-needed', 'hours-available', 'budget-total',
    'budget-ads', 'budget-content', 'budget-management', 'budget-tools']) {
    assert.ok(byKey[key], `a row ${key}: ${shown.map(r => r.key)}`);
  }
  assert.deepEqual(byKey['channel-instagram'].cells.map(squash), ['3 posts a week', '3 posts a week']);
  assert.deepEqual(byKey['budget-total'].cells.map(squash), ['300 GBP', '500 GBP']);
  // Only the budget differs (the same gym with more money): those rows are marked, and
  // every marked row says so in words; the others do not.
  const marked = shown.filter(r => r.marked).map(r => r.key);
  assert.ok(marked.includes('budget-total'), `${marked}`);
  assert.ok(marked.every(k => k.startsWith('budget-') || k.startsWith('warning-')), `${marked}`);
  for (const r of shown) {
    const differ = new Set(r.cells.map(squash)).size > 1;
    assert.equal(r.marked, differ, `${r.key} marked ${r.marked}: ${r.cells}`);
    assert.equal(squash(r.header).endsWith(en('CompareDiffers')), differ, `${r.key}: "${r.header}"`);
  }
  assert.equal(await page.locator('.compare__screen tr[data-row="hours-needed"] .compare-row__differs').count(), 0);
  // The count says how many.
  assert.equal(squash(await page.locator('#compare-count').textContent()),
    en('CompareDifferencesOther').replace('{n}', String(marked.length)));
  await page.screenshot({ path: `${outDir()}/plans-compare-2.png`, fullPage: true });
  await assertAccessible(page, 'comparison of two plans');
  await page.emulateMedia({ colorScheme: 'dark' });
  await assertAccessible(page, 'comparison of two plans (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  // On paper: one page, naming both plans, the date, the differences still marked.
  const pdf = await printed(page, 'plans-compare-2');
  assert.equal(pdf.pages, 1, 'two plans print on one page');
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const p1 = pdf.perPage[0];
  assert.ok(p1.includes('Alpha Gym and Bravo Gym'), p1.slice(0, 200));
  assert.ok(p1.includes(en('PrintPrinted').replace('{date}', today)), p1.slice(0, 200));
  assert.ok(p1.includes(en('CompareDiffers')), 'the differences are marked in print');
  assert.ok(p1.includes('500 GBP'));
  assert.ok(!p1.includes(en('CompareBack')), 'no buttons on paper');

  // Back to the questions, where the user was.
  await page.click('#compare-back');
  await page.locator('#compare').waitFor({ state: 'detached' });
  assert.match(page.url(), /[?&]step=goals$/);
  assert.equal(await page.locator('form.step').count(), 1);
  noErrors(page);
  await page.context().close();
});

test('three plans: three columns on screen, three pages on paper (one per pair); a fourth is refused', async () => {
  // Opened on the plan: its print header (the open plan's title) must not head the pairs.
  const page = await seeded('plan');
  await page.locator('#plan-summary').waitFor();
  await openPlans(page);
  for (const id of ['p-alpha', 'p-bravo', 'p-north']) await tick(page, id).check();
  // A fourth: refused, with a message, and left unticked.
  await tick(page, 'p-south').click();
  const refusal = page.locator('[data-refusal=too_many]');
  await refusal.waitFor();
  assert.equal(squash(await refusal.textContent()), en('CompareTooMany'));
  assert.equal(await tick(page, 'p-south').isChecked(), false);
  assert.equal(await page.locator('.plans__compare:checked').count(), 3);

  await page.click('#plans-compare');
  await page.locator('#compare').waitFor();
  const heads = await page.locator('.compare__screen thead th').allTextContents();
  assert.deepEqual(heads.map(squash).slice(1), ['Alpha Gym', 'Bravo Gym', 'North Studio']);
  const shown = await rows(page);
  const byKey = Object.fromEntries(shown.map(r => [r.key, r]));
  // The studio's channels are rows, "not used" in the gyms; hours differ.
  const studioOnly = shown.filter(r => r.key.startsWith('channel-') && r.key !== 'channel-instagram');
  assert.ok(studioOnly.length >= 1, `${shown.map(r => r.key)}`);
  for (const r of studioOnly) {
    assert.deepEqual(r.cells.slice(0, 2).map(squash), [en('CompareNotUsed'), en('CompareNotUsed')]);
    assert.ok(r.marked, r.key);
  }
  assert.ok(byKey['hours-needed'].marked);
  for (const r of shown) assert.equal(r.marked, new Set(r.cells.map(squash)).size > 1, r.key);
  await assertAccessible(page, 'comparison of three plans');

  const pdf = await printed(page, 'plans-compare-3');
  assert.equal(pdf.pages, 3, 'three plans print one page per pair');
  const pairs = [['Alpha Gym', 'Bravo Gym', 'North Studio'], ['Alpha Gym', 'North Studio', 'Bravo Gym'],
    ['Bravo Gym', 'North Studio', 'Alpha Gym']];
  pairs.forEach(([a, b, other], i) => {
    const p = pdf.perPage[i];
    assert.ok(p.includes(`${a} and ${b}`), `page ${i + 1} names ${a} and ${b}: ${p.slice(0, 160)}`);
    assert.ok(!p.includes(other), `page ${i + 1} is the pair only, not ${other}`);
    assert.ok(!p.includes('Social media strategy'), `page ${i + 1} has no plan's running header`);
    assert.ok(p.includes(en('CompareTitle')), `page ${i + 1} is headed "${en('CompareTitle')}"`);
  });
  // Alpha and Bravo differ only in budget: their page marks no channel or hours row; the
  // gyms against the studio do.
  assert.equal(await page.locator('.compare-pair').count(), 3);
  const pairMarks = await page.locator('.compare-pair').evaluateAll(sections => sections.map(s =>
    [...s.querySelectorAll('tr.compare-row--differs')].map(tr => tr.dataset.row)));
  assert.ok(pairMarks[0].every(k => k.startsWith('budget-') || k.startsWith('warning-')), `${pairMarks[0]}`);
  assert.ok(pairMarks[1].includes('hours-needed') && pairMarks[2].includes('hours-needed'));
  noErrors(page);
  await page.context().close();
});

test('a comparison of plans that are gone says so and leads back', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await seedAndOpen(page, { [STORE_KEY]: store() }, 'budget&compare=p-alpha,p-gone');
  const missing = page.locator('#compare-missing');
  await missing.waitFor();
  assert.equal(squash(await missing.textContent()), en('CompareMissing'));
  // One id alone is no comparison either.
  await page.goto(`${APP_URL}?step=budget&compare=p-alpha`);
  await missing.waitFor();
  await page.click('#compare-back');
  await page.locator('#compare').waitFor({ state: 'detached' });
  assert.match(page.url(), /[?&]step=budget$/);
  noErrors(page);
  await page.context().close();
});
