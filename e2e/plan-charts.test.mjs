// The plan's charts in the real browser: the five pictures (workload, budget, phases, month
// view, channel scores) are SVG images (shown through data: URLs, so no markup enters the
// page) with an accessible name, each with a visible text
// equivalent carrying the plan's figures, printed too; names typed by the user stay text;
// axe finds no violation on the plan with its charts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, open } from './lib.mjs';
import { assertAccessible, fixture, withAnswers } from './wizard-steps.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Each chart and the section it belongs to.
const CHARTS = [
  ['workload', 'plan-workload'],
  ['budget', 'plan-budget'],
  ['phases', 'plan-control'],
  ['calendar', 'plan-calendar'],
  ['scores', 'plan-strategy'],
];

/**
 * The pictures of chart `id`, once loaded: each image's alternative text and size, and what
 * its SVG holds, parsed back from the image's data: URL.
 */
async function pictures(page, id) {
  await page.waitForFunction(sel => [...document.querySelectorAll(sel)].every(i => i.complete && i.naturalWidth > 0),
    `.chart--${id} img.chart__svg`);
  return page.locator(`.chart--${id} img.chart__svg`).evaluateAll(imgs => imgs.map(img => {
    const text = decodeURIComponent(img.src.slice(img.src.indexOf(',') + 1));
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const box = img.getBoundingClientRect();
    return {
      alt: img.alt, width: box.width, height: box.height, text,
      root: svg.localName, role: svg.getAttribute('role'), label: svg.getAttribute('aria-label'),
      viewBox: svg.getAttribute('viewBox'),
      unsafe: svg.querySelectorAll('[style], script, foreignObject').length,
      parts: [...svg.querySelectorAll('rect[data-part]')].map(r => r.getAttribute('data-part')),
    };
  }));
}

/** The caption lines of chart `id`. */
const caption = (page, id) => page.locator(`.chart--${id} figcaption li`).allTextContents();

test('the five charts are SVG images with a name and a visible text equivalent with the figures', async () => {
  const page = await newPage(browser, { locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  await withAnswers(page, open, fixture('studio-en.json'), 'plan');
  // The calendar's month view is drawn a moment after the rest of the plan.
  await page.locator('#plan-calendar .chart--calendar img.chart__svg').first().waitFor();

  for (const [id, section] of CHARTS) {
    const figure = page.locator(`#${section} figure.chart--${id}`);
    assert.equal(await figure.count(), 1, `${id} chart in #${section}`);
    const drawn = await pictures(page, id);
    assert.ok(drawn.length >= 1, `${id} draws an SVG`);
    for (const picture of drawn) {
      assert.equal(picture.root, 'svg', `${id}: a well-formed SVG`);
      assert.equal(picture.role, 'img');
      assert.ok(picture.alt.length > 3, `${id} has an accessible name`);
      assert.equal(picture.alt, picture.label, `${id}: the image is named as its SVG`);
      // The accessibility tree sees an image of that name (role and name computed by Chromium).
      assert.equal(await figure.getByRole('img', { name: picture.alt, exact: true }).count() >= 1, true, `${id}: img "${picture.alt}"`);
      assert.ok(picture.viewBox, `${id} scales through its viewBox`);
      assert.equal(picture.unsafe, 0);
      assert.ok(picture.width > 100 && picture.height > 50, `${id} is drawn at a readable size: ${picture.width}×${picture.height}`);
    }
    assert.equal(await figure.locator('figcaption').isVisible(), true, `${id}'s text is visible`);
    assert.ok((await caption(page, id)).length >= 1);
  }

  // Workload: the same minutes as the figures above the chart.
  const needed = await page.locator('#plan-minutes-needed').textContent();
  const available = await page.locator('#plan-minutes-available').textContent();
  const [low, high] = (await page.locator('#plan-minutes-needed-range').textContent()).match(/\d+/g);
  const workload = await caption(page, 'workload');
  assert.ok(workload.includes(`Needed: ${needed} minutes a week (from ${low} to ${high})`), workload.join('\n'));
  assert.ok(workload.includes(`Available: ${available} minutes a week`), workload.join('\n'));
  const over = Number(needed) - Number(available);
  assert.ok(workload.includes(over > 0
    ? `The plan needs ${over} minutes a week more than you have.`
    : `The plan fits, with ${-over} minutes a week to spare.`), workload.join('\n'));
  // The needed bar is split by kind of work; the posts' part is there.
  assert.equal((await pictures(page, 'workload'))[0].parts.filter(p => p === 'posts').length, 1);

  // Budget: four parts of the 300 GBP, each with its amount and share; they add up.
  const budget = await caption(page, 'budget');
  assert.equal(budget.length, 4, budget.join('\n'));
  assert.match(budget[0], /^Ads: [\d,.]+ GBP \(\d+%\)$/);
  const amounts = budget.map(line => Number(line.match(/: ([\d,.]+) GBP/)[1].replace(/,/g, '')));
  assert.equal(Math.round(amounts.reduce((a, b) => a + b, 0)), 300);
  const budgetParts = (await pictures(page, 'budget'))[0].parts;
  for (const part of ['ads', 'content', 'management', 'tools']) {
    assert.equal(budgetParts.filter(p => p === part).length, 1, part);
  }

  // Phases: the four phases and the 6-month horizon of the answers.
  const phases = await caption(page, 'phases');
  assert.deepEqual(phases.slice(0, 2), ['Foundation: month 1', 'Consistency: from month 2 to month 3']);
  assert.equal(phases.at(-1), 'Your horizon: 6 months');

  // Month view: one grid per month; the months' posts add up to the calendar table's posts;
  // the business's own key dates are named.
  const months = (await caption(page, 'calendar')).filter(l => !l.startsWith('Key dates'));
  assert.equal(await page.locator('.chart--calendar img.chart__svg').count(), months.length);
  const posts = months.reduce((sum, l) => sum + Number((l.match(/: (\d+) posts?/) ?? [0, 0])[1]), 0);
  assert.equal(posts, await page.locator('.calendar-table tr.entry.ch').count());
  assert.ok((await caption(page, 'calendar')).some(l => l.startsWith('Key dates in September 2027') && l.includes('Open day')));

  // Scores: each recommended channel with the score its card shows.
  const scores = await caption(page, 'scores');
  const cards = await page.locator('.channel-card').evaluateAll(cards => cards.map(c => ({
    name: c.querySelector('h3').textContent,
    total: c.querySelector('.score__part--total dd').textContent,
  })));
  assert.ok(cards.length >= 1);
  assert.equal(scores.length, cards.length);
  cards.forEach((card, i) => assert.ok(scores[i].startsWith(`${card.name} scores ${card.total} (Audience: `), scores[i]));

  // Printed: every chart and its text are on paper.
  await page.emulateMedia({ media: 'print' });
  for (const [id] of CHARTS) {
    assert.equal(await page.locator(`.chart--${id} img.chart__svg`).first().isVisible(), true, `${id} printed`);
    assert.equal(await page.locator(`.chart--${id} figcaption`).isVisible(), true, `${id}'s text printed`);
  }
  await page.emulateMedia({ media: 'screen' });

  await assertAccessible(page, 'plan with its charts');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the charts follow a what-if change, and a plan with no budget says so instead of drawing', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await withAnswers(page, open, fixture('studio-en.json'), 'plan');
  await page.fill('#f-whatif-hours', '1');
  await page.waitForFunction(() => document.querySelector('#plan-minutes-available')?.textContent === '60');
  assert.ok((await caption(page, 'workload')).includes('Available: 60 minutes a week'));
  await page.fill('#f-whatif-budget', '0');
  await page.waitForFunction(() => !document.querySelector('.chart--budget img.chart__svg'));
  assert.deepEqual(await caption(page, 'budget'),
    ['The monthly budget is 0 GBP: there is nothing to split, the plan runs on your time alone.']);
  await assertAccessible(page, 'plan with one hour and no budget');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('names typed by the user stay text in the charts (a key date named like markup)', async () => {
  const answers = JSON.parse(readFileSync(fixture('studio-en.json'), 'utf8'));
  const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  answers.calendar.key_dates[0].name = evil;
  const file = join(mkdtempSync(join(tmpdir(), 'rotta-charts-')), 'evil.json');
  writeFileSync(file, JSON.stringify(answers));
  const page = await newPage(browser, { locale: 'en-GB' });
  await withAnswers(page, open, file, 'plan');
  await page.locator('#plan-calendar .chart--calendar img.chart__svg').first().waitFor();
  const lines = await caption(page, 'calendar');
  assert.ok(lines.some(l => l.includes(evil)), 'the name is shown as typed');
  // Nothing of the name became markup: the only images are the charts', and no picture
  // carries it unescaped.
  assert.equal(await page.locator('.chart img:not(.chart__svg), .chart script').count(), 0);
  for (const picture of await pictures(page, 'calendar')) {
    assert.ok(!picture.text.includes('<img') && !picture.text.includes('<script'), picture.label);
  }
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
