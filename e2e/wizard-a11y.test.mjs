// Accessibility and layout: axe-core finds no violation on any step, the review or the plan,
// in Italian and in English (light mode, and the plan once in dark mode); the plan view is
// photographed at phone and desktop widths, and printed to an A4 PDF turned into PNGs for a
// person to look at (test-output/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { launch, newPage, open, keepsData, missingHostConfig } from './lib.mjs';
import { assertAccessible, fixture, outDir, withAnswers } from './wizard-steps.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SLUGS = ['business', 'goals', 'audience', 'channels', 'time', 'budget', 'calendar', 'review', 'plan'];

for (const [locale, file] of [['it-IT', 'ceramics-it.json'], ['en-GB', 'studio-en.json']]) {
  test(`axe finds no violation on any step, the review or the plan (${locale})`, async () => {
    const page = await newPage(browser, { locale });
    await withAnswers(page, open, fixture(file), 'business');
    for (const slug of SLUGS) {
      await open(page, slug);
      await assertAccessible(page, `${slug} (${locale})`);
    }
    // Messages next to fields are checked too: an error and a warning on screen.
    await open(page, 'time');
    await page.fill('#f-resources-hours_per_week', '500');
    await page.locator('#f-resources-hours_per_week-msg .field__error').waitFor();
    await assertAccessible(page, `time step with an error (${locale})`);
    // The "why?" of a recommendation, opened.
    await open(page, 'plan');
    await page.locator('details.why summary').first().click();
    await assertAccessible(page, `plan with a rationale open (${locale})`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('axe finds no violation on a new, empty plan (first visit)', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  for (const slug of SLUGS) {
    await open(page, slug);
    await assertAccessible(page, `${slug} (empty)`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('dark mode (from the system setting): no violation on the plan and every step, contrast included', async () => {
  const browserContext = await browser.newContext({ locale: 'it-IT', colorScheme: 'dark' });
  await keepsData(browserContext);
  const page = await browserContext.newPage();
  page.errors = [];
  page.on('pageerror', e => page.errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error' && !missingHostConfig(m)) page.errors.push(m.text()); });
  await withAnswers(page, open, fixture('ceramics-it.json'), 'plan');
  assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
  await assertAccessible(page, 'plan (dark)');
  await page.screenshot({ path: `${outDir()}/plan-dark.png` });
  for (const slug of SLUGS.slice(0, -1)) {
    await open(page, slug);
    await assertAccessible(page, `${slug} (dark)`);
  }
  // An error message in dark mode is readable too.
  await open(page, 'time');
  await page.fill('#f-resources-hours_per_week', '0');
  await page.locator('#f-resources-hours_per_week-msg .field__error').waitFor();
  await assertAccessible(page, 'time step with an error (dark)');
  assert.deepEqual(page.errors, []);
  await browserContext.close();
});

test('the plan view at 360 px and 1280 px: readable, no sideways scrolling of the page', async () => {
  for (const width of [360, 1280]) {
    const page = await newPage(browser, { locale: 'it-IT', viewport: { width, height: 800 } });
    await withAnswers(page, open, fixture('ceramics-it.json'), 'plan');
    // Every section of the plan, Situation to Control, and the calendar are on the page.
    for (const id of ['plan-situation', 'plan-objectives', 'plan-strategy', 'plan-tactics', 'plan-action',
      'plan-control', 'plan-workload', 'plan-budget', 'plan-calendar']) {
      assert.equal(await page.locator(`#${id}`).isVisible(), true, `${id} visible at ${width}px`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at ${width}px`);
    // The month view (an SVG per month, scaled to the width) and the week-by-week table are
    // on every screen.
    assert.equal(await page.locator('#plan-calendar .chart--calendar img.chart__svg').first().isVisible(), true);
    assert.equal(await page.locator('.calendar-table').isVisible(), true);
    // Every post's working title can be read without scrolling sideways.
    const titles = await page.locator('.calendar-table .entry__title').evaluateAll(cells =>
      cells.map(c => { const r = c.getBoundingClientRect(); return { right: r.right, width: r.width }; }));
    assert.ok(titles.length > 50);
    assert.ok(titles.every(t => t.right <= width && t.width > 0), `titles fit in ${width}px`);
    await assertAccessible(page, `plan at ${width}px`);
    await page.screenshot({ path: `${outDir()}/plan-${width}.png`, fullPage: true });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('every step fits a 360 px phone and a projector at 150 % zoom (683 × 512)', async () => {
  for (const viewport of [{ width: 360, height: 640 }, { width: 683, height: 512 }]) {
    const page = await newPage(browser, { locale: 'it-IT', viewport });
    await withAnswers(page, open, fixture('ceramics-it.json'), 'business');
    for (const slug of SLUGS) {
      await open(page, slug);
      const wide = await page.evaluate(w => {
        const over = [...document.querySelectorAll('input, select, textarea, button, label, legend, h1, h2, p, td, th, dd, dt')]
          .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > w + 0.5 && !e.closest('.table-wrap'));
        return { scroll: document.documentElement.scrollWidth - w, over: over.slice(0, 5).map(e => e.id || e.className || e.tagName) };
      }, viewport.width);
      assert.ok(wide.scroll <= 0 && wide.over.length === 0,
        `${slug} at ${viewport.width}px: page ${wide.scroll}px too wide, beyond the edge: ${wide.over}`);
      // Short controls stay on one line (no "Modi-fica" broken letter by letter).
      const broken = await page.locator('.review__edit, .step-nav .button, .choice label').evaluateAll(els => els
        .filter(e => {
          // The lines its visible text occupies: the distinct tops of the text's boxes.
          const tops = new Set();
          const walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            if (n.parentElement.closest('.visually-hidden') || !n.textContent.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const r of range.getClientRects()) tops.add(Math.round(r.top));
          }
          return tops.size > 1;
        })
        .map(e => e.textContent.trim()));
      assert.deepEqual(broken, [], `${slug} at ${viewport.width}px: broken over several lines`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('Print gives a clean A4 handout: no navigation or buttons, sections and calendar readable', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await withAnswers(page, open, fixture('ceramics-it.json'), 'plan');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.progress', '.step-nav', '.exports', '.what-if', '.header__lang', '.plans']) {
    const visible = await page.locator(hidden).first().isVisible().catch(() => false);
    assert.equal(visible, false, `${hidden} is not printed`);
  }
  assert.equal(await page.locator('.calendar-table').isVisible(), true);
  // The sections flow (issue #14: a handout that prints tight); e2e/plan-print.test.mjs
  // counts the pages.
  const breaks = await page.evaluate(() =>
    [...document.querySelectorAll('.plan-section')].slice(1).map(s => getComputedStyle(s).breakBefore));
  assert.ok(breaks.length >= 6 && breaks.every(b => b !== 'page'), `no forced page breaks between sections: ${breaks}`);
  const dir = outDir();
  const pdf = `${dir}/plan-print.pdf`;
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  assert.ok(statSync(pdf).size > 10_000, 'the PDF has content');
  // pdftoppm (poppler-utils, installed by scripts/setup) turns the pages into PNGs.
  for (const f of readdirSync(dir)) if (/^plan-print-\d+\.png$/.test(f)) execFileSync('rm', [`${dir}/${f}`]);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${dir}/plan-print`]);
  const pages = readdirSync(dir).filter(f => /^plan-print-\d+\.png$/.test(f));
  assert.ok(pages.length >= 2, `the handout has ${pages.length} pages`);
  assert.ok(existsSync(`${dir}/${pages[0]}`));
  // The text of the PDF holds the plan's sections and the calendar.
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const words of ['Situazione', 'Obiettivi', 'Strategia', 'Tattiche', 'Azione', 'Controllo', 'Calendario editoriale']) {
    assert.ok(text.includes(words), `the PDF says "${words}"`);
  }
  assert.ok(!text.includes('Avanti') && !text.includes('Importa risposte'), 'no buttons in the PDF');
  assert.ok(!text.includes('Rivedi la risposta'), 'no links to the questionnaire in the PDF');
  // The first page opens with the strategy on a page, and is not wasted: the situation follows.
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-']).toString();
  assert.match(first, /Strategia social: Bottega Ceramica Lunardi[\s\S]*La strategia in una pagina[\s\S]*Situazione/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
