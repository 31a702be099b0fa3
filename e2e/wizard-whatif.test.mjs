// Live what-if on the plan view: hours, budget and refused channels changed in place update the
// plan and the calendar at once, with no reload, and the questionnaire shows the new answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, waitForSaved } from './lib.mjs';
import { fixture, withAnswers } from './wizard-steps.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** What the plan view shows now: chosen channels with cadence, warnings, calendar rows. */
async function planOnScreen(page) {
  return page.evaluate(() => ({
    channels: [...document.querySelectorAll('.channel-card')].map(c =>
      `${c.dataset.channel} ${c.querySelector('.channel-card__cadence').textContent}`),
    // The discovery channels the plan tends (the rest are light companions).
    discovery: [...document.querySelectorAll('.channel-card[data-kind=discovery]')].map(c =>
      `${c.dataset.channel} ${c.querySelector('.channel-card__cadence').textContent}`),
    warnings: [...document.querySelectorAll('.plan-warnings li')].map(li => li.dataset.code),
    posts: document.querySelectorAll('.calendar-table tr.entry.ch').length,
    needed: Number(document.querySelector('#plan-minutes-needed').textContent),
    available: Number(document.querySelector('#plan-minutes-available').textContent),
    budget: document.querySelector('#plan-budget').textContent,
  }));
}

test('hours and refused channels change the strategy and the calendar in place', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await withAnswers(page, open, fixture('ceramics-it.json'), 'plan');
  await page.evaluate(() => { window.notReloaded = true; });
  const url = page.url();
  const before = await planOnScreen(page);
  // 5.5 hours a week: two discovery channels for this workshop (never more than three),
  // with the Google profile and the Pinterest audience kept as light companions.
  assert.equal(before.discovery.length, 2, `channels: ${before.channels}`);
  assert.equal(before.available, 330);
  assert.equal(await page.inputValue('#f-whatif-hours'), '5,5');

  // Less time: fewer channels, fewer posts, and the plan says time is short.
  await page.fill('#f-whatif-hours', '1');
  await page.waitForFunction(() => document.querySelector('#plan-minutes-available')?.textContent === '60');
  const cards = await planOnScreen(page);
  const posts = list => list.reduce((sum, c) => sum + Number(c.split(' ')[1]), 0);
  assert.equal(cards.discovery.length, 1, `one channel for one hour: ${cards.channels}`);
  assert.ok(posts(cards.channels) < posts(before.channels), `cadence ${before.channels} → ${cards.channels}`);
  const kept = cards.channels.map(c => c.split(' ')[0]);
  const dropped = before.channels.map(c => c.split(' ')[0]).find(c => !kept.includes(c));
  // The calendar is redrawn a moment after the figures (ui::plan_view::calendar), not never.
  await page.waitForFunction(ch => document.querySelectorAll(`.calendar-table tr.ch--${ch}`).length === 0,
    dropped, { timeout: 2000 });
  const less = await planOnScreen(page);
  assert.ok(less.posts < before.posts, `calendar posts ${before.posts} → ${less.posts}`);
  assert.equal(await page.locator(`.calendar-table tr.ch--${dropped}`).count(), 0, `${dropped} posts leave the calendar`);
  assert.ok(less.warnings.includes('too_little_time'), `warnings: ${less.warnings}`);

  // Back to more time, then refuse Instagram: the plan moves to another channel.
  await page.fill('#f-whatif-hours', '5,5');
  await page.waitForFunction(() => document.querySelector('#plan-minutes-available')?.textContent === '330');
  assert.deepEqual((await planOnScreen(page)).channels, before.channels);
  const first = before.channels[0].split(' ')[0];
  await page.check(`#f-whatif-refused-${first}`);
  await page.waitForFunction(ch => !document.querySelector(`.channel-card[data-channel=${ch}]`), first);
  await page.waitForFunction(ch => document.querySelectorAll(`.calendar-table tr.ch--${ch}`).length === 0,
    first, { timeout: 2000 });
  const refused = await planOnScreen(page);
  assert.ok(!refused.channels.some(c => c.startsWith(first)), `channels: ${refused.channels}`);
  assert.ok(refused.channels.length >= 1);
  assert.equal(await page.locator(`.calendar-table tr.ch--${first}`).count(), 0, `no ${first} post left in the calendar`);
  assert.equal(await page.locator(`.excluded li[data-channel=${first}]`).count(), 1, `${first} is listed as left out`);

  // No reload happened, the address did not change.
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  assert.equal(page.url(), url);
  // The questionnaire has the same answers.
  const saved = await waitForSaved(page, a => a.channels.refused.includes(first));
  assert.equal(saved.resources.hours_per_week, 5.5);
  await open(page, 'channels');
  assert.equal(await page.isChecked(`#f-channels-refused-${first}`), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the budget changes the split and the warnings in place', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await withAnswers(page, open, fixture('studio-en.json'), 'plan');
  await page.evaluate(() => { window.notReloaded = true; });
  const before = await planOnScreen(page);
  assert.match(before.budget, /300 GBP/);
  assert.ok(!before.warnings.includes('no_ads_budget'));
  // The budget chart's ads bar (core::charts::budget) has a width.
  const adsWidth = await page.locator('#plan-budget .chart--budget img.chart__svg').evaluate(img => {
    const svg = new DOMParser().parseFromString(decodeURIComponent(img.src.slice(img.src.indexOf(',') + 1)), 'image/svg+xml');
    return Number(svg.querySelector('rect[data-part=ads]')?.getAttribute('width'));
  });
  assert.ok(adsWidth > 0, `the ads bar has a width: ${adsWidth}`);
  assert.match(before.budget, /Ads: \d+ GBP \(\d+%\)/);

  await page.fill('#f-whatif-budget', '0');
  await page.locator('.plan-warnings li[data-code=no_ads_budget]').waitFor();
  // With no money there is nothing to split: no bars, and the caption says so.
  assert.equal(await page.locator('#plan-budget .chart--budget img.chart__svg').count(), 0);
  assert.match((await planOnScreen(page)).budget, /The monthly budget is 0 GBP: there is nothing to split/);

  await page.fill('#f-whatif-budget', '900');
  await page.waitForFunction(() => !document.querySelector('.plan-warnings li[data-code=no_ads_budget]'));
  assert.match((await planOnScreen(page)).budget, /900 GBP/);
  // A bad value keeps its text and leaves the plan as it was.
  await page.fill('#f-whatif-budget', 'lots');
  assert.equal(await page.inputValue('#f-whatif-budget'), 'lots');
  assert.match(await page.locator('#f-whatif-budget-msg').textContent(), /Write a number/);
  assert.match((await planOnScreen(page)).budget, /900 GBP/);
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
