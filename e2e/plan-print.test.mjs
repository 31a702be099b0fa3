// The plan on one screen and on paper (issue #14 §3–4): the summary opens the Plan step and
// fits a 1280×800 laptop screen; printed to an A4 PDF, a one-channel 12-week plan takes at
// most 5 pages, the summary is page 1, every section title is in the text, and every page
// carries the plan's title (with the business name), the date and "page / pages". The PDF
// is read back with poppler (pdfinfo, pdftotext), not with the browser that wrote it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, newPage, open, catalogue } from './lib.mjs';
import { fixture, outDir, withAnswers } from './wizard-steps.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The gym of e2e/fixtures/wizard/gym-one-channel-en.json: Instagram only, 12 weeks. */
const GYM = 'gym-one-channel-en.json';
const TITLE = 'Social media strategy: Kettle & Co "Gym"';
/** The page budget of the issue; this plan prints in fewer, which leaves room for more. */
const MAX_PAGES = 5;

const squash = s => s.replace(/\s+/g, ' ').trim();

/** Page count (pdfinfo) and each page's text (pdftotext, pages split at form feeds). */
function readPdf(path) {
  const info = execFileSync('pdfinfo', [path]).toString();
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  // Reading order, not layout: a title wrapped in one of two columns stays in one piece.
  const text = execFileSync('pdftotext', [path, '-']).toString();
  const perPage = text.split('\f').slice(0, pages);
  return { pages, perPage, text };
}

/** Opens the gym's plan at 1280×800. */
async function gymPlan() {
  const page = await newPage(browser, { locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  await withAnswers(page, open, fixture(GYM), 'plan');
  await page.locator('#plan-summary').waitFor();
  return page;
}

test('the summary opens the Plan step and fits one laptop screen', async () => {
  const page = await gymPlan();
  const summary = page.locator('#plan-summary');
  // First in the plan, right under its title.
  const first = await page.evaluate(() => document.querySelector('.plan > section')?.id);
  assert.equal(first, 'plan-summary');
  assert.equal(squash(await summary.locator('h2').textContent()), catalogue('en', 'SummaryTitle'));
  // Seen without scrolling: the whole summary is inside the 800 px viewport.
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await summary.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 800, `summary from ${box.y} to ${box.y + box.height} px`);
  // What it says: the channel and its cadence, the objective, hours, budget, the posts.
  assert.equal(squash(await summary.locator('.plan-summary__channels').textContent()), 'Instagram: 3 posts a week');
  assert.match(squash(await page.locator('#summary-objective').textContent()), /^Leads — trial bookings a month\. From 10 to 25 by /);
  assert.match(squash(await page.locator('#summary-hours').textContent()), /hours needed, 3 hours available$/);
  assert.equal(await page.locator('#summary-hours.plan-summary__over').count(), 0, 'the plan fits the time');
  assert.match(squash(await page.locator('#summary-budget').innerText()), /^300 GBP Ads 120 GBP Content production 120 GBP/);
  // The calendar starts on Monday 6 September 2027 (later than today): its first four weeks,
  // three posts a week.
  const posts = await summary.locator('.plan-summary__post').allTextContents();
  assert.ok(posts.length >= 11 && posts.length <= 13, `${posts.length} posts`);
  // One channel, named above: the posts do not repeat it.
  assert.match(squash(posts[0]), /^Mon 06\/09 \S/);
  assert.ok(posts.every(p => !p.includes('Instagram —')), posts.join('\n'));
  assert.match(squash(posts.at(-1)), /^\w{3} (0[1-3]\/10|2\d\/09|30\/09) /);
  // No warning for this plan, so none on top.
  assert.equal(await summary.locator('.plan-summary__warning').count(), 0);
  await page.screenshot({ path: `${outDir()}/plan-summary-1280.png` });

  // What if the hours drop to one: the plan no longer fits, the top warning says so first.
  await page.fill('#f-whatif-hours', '1');
  await summary.locator('.plan-summary__warning').waitFor();
  assert.equal(await page.locator('#summary-hours.plan-summary__over').count(), 1);
  const top = await summary.locator('.plan-summary__warning').getAttribute('data-code');
  // The plan's own list, in its order: the first of the most severe.
  const expected = await page.evaluate(() => {
    for (const severity of ['critical', 'warning', 'info']) {
      const li = document.querySelector(`#plan-warnings li.warning--${severity}`);
      if (li) return li.dataset.code;
    }
    return null;
  });
  assert.ok(expected, 'one hour a week gives the plan a warning');
  assert.equal(top, expected, 'the top warning is the most severe');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a plan of four channels still fits the screen: posts named by channel, the rest counted', async () => {
  const page = await newPage(browser, { locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  await withAnswers(page, open, fixture('studio-en.json'), 'plan');
  const summary = page.locator('#plan-summary');
  await summary.waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${outDir()}/plan-summary-studio-1280.png` });
  const box = await summary.boundingBox();
  assert.ok(box.y + box.height <= 800, `summary from ${box.y} to ${box.y + box.height} px`);
  const channels = await summary.locator('.plan-summary__channels li').count();
  assert.ok(channels >= 2, `${channels} channels`);
  const posts = await summary.locator('.plan-summary__post').allTextContents();
  assert.ok(posts.length > 0 && posts.every(p => / — /.test(p) && p.includes(' — ')), posts.join('\n'));
  assert.ok(posts.every(p => /Instagram —|TikTok —|Facebook —|Google Business Profile —|YouTube —/.test(squash(p))), posts.join('\n'));
  // Four weeks of four channels are more than a screen: 14 shown, the rest counted; the
  // print shows them all.
  assert.ok(posts.length > 14, `${posts.length} posts`);
  assert.equal(await summary.locator('.plan-summary__post:visible').count(), 14);
  assert.equal(squash(await summary.locator('.plan-summary__more').textContent()),
    `and ${posts.length - 14} more posts in the calendar below`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await summary.locator('.plan-summary__post:visible').count(), posts.length);
  assert.equal(await summary.locator('.plan-summary__more').isVisible(), false);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a one-channel 12-week plan prints in at most 5 A4 pages, summary first, with header and footer', async () => {
  const page = await gymPlan();
  // A real print fires "beforeprint" (the app opens every "why?"); page.pdf does not, so the
  // test fires it: the PDF is the longest version of the handout.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.locator('details.why:not([open])').count(), 0, 'every "why?" is open');
  await page.emulateMedia({ media: 'print' });
  // The titles of the sections printed (the what-if and the exports are screen-only).
  const titles = (await page.evaluate(() => [...document.querySelectorAll('.plan h2')]
    .filter(h => h.checkVisibility()).map(h => h.textContent))).map(squash);
  assert.ok(!titles.includes(catalogue('en', 'PlanWhatIf')), 'the what-if is not printed');
  assert.ok(titles.length >= 10, `section titles: ${titles}`);
  // The sections flow: no forced page break anywhere in the plan.
  const forced = await page.evaluate(() => [...document.querySelectorAll('.plan *')]
    .filter(e => ['page', 'left', 'right', 'always'].includes(getComputedStyle(e).breakBefore))
    .map(e => e.id || e.className));
  assert.deepEqual(forced, [], 'no forced page break before a section');

  const path = `${outDir()}/plan-print-gym.pdf`;
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
  const { pages, perPage, text } = readPdf(path);
  assert.ok(pages >= 2 && pages <= MAX_PAGES, `the handout has ${pages} pages`);
  console.log(`# the one-channel 12-week plan prints in ${pages} A4 pages`);

  const all = squash(text);
  for (const title of titles) assert.ok(all.includes(title), `the PDF has the section "${title}"`);
  // The whole calendar is there: its twelfth week and its last post.
  assert.ok(all.includes('Week 12'), 'the calendar\'s last week is printed');

  // Page 1 is the summary: its title, the objective, the next four weeks' posts.
  const one = squash(perPage[0]);
  for (const key of ['SummaryTitle', 'SummaryChannels', 'SummaryObjective', 'SummaryHours', 'SummaryBudget', 'SummaryNextPosts']) {
    assert.ok(one.includes(catalogue('en', key)), `page 1 says "${catalogue('en', key)}"`);
  }
  assert.ok(one.includes('trial bookings a month'), 'page 1 has the objective');
  const firstPost = squash(await page.locator('.plan-summary__post').first().textContent());
  assert.ok(one.includes(firstPost), `page 1 has the first post "${firstPost}"`);

  // Header and footer on every page: the title with the business name (its quotes written
  // as they are), the date it was printed, "n / N".
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const printed = catalogue('en', 'PrintPrinted').replace('{date}', today);
  perPage.forEach((p, i) => {
    const s = squash(p);
    assert.ok(s.includes(TITLE), `page ${i + 1} has the title in its header: ${s.slice(0, 120)}`);
    assert.ok(s.includes(printed), `page ${i + 1} has "${printed}"`);
    // Printed "1 / 4"; pdftotext may drop the spaces around the slash.
    assert.match(s, new RegExp(`(^|\\s)${i + 1} ?/ ?${pages}(\\s|$)`), `page ${i + 1} is numbered "${i + 1} / ${pages}"`);
  });
  // No page is left nearly empty by the flow, the last one aside.
  perPage.slice(0, -1).forEach((p, i) => {
    const lines = p.split('\n').filter(l => l.trim()).length;
    assert.ok(lines >= 35, `page ${i + 1} has only ${lines} lines`);
  });
  // Nothing of the screen only: buttons, the what-if, the import.
  assert.ok(!all.includes(catalogue('en', 'PlanWhatIf')), 'no what-if in print');
  assert.ok(!all.includes(catalogue('en', 'PlanFixAnswer')), 'no links to the questionnaire');
  // The header came through the CSSOM: the CSP refused nothing.
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the print header follows the plan: another business name, escaped as a CSS string', async () => {
  const page = await gymPlan();
  // A name that would end a CSS string and write a rule of its own if it were not escaped.
  const name = 'Ivy\\"; } body { display: none } .x { content: "';
  await open(page, 'business');
  await page.fill('#f-business-name', name);
  await open(page, 'plan');
  await page.emulateMedia({ media: 'print' });
  const path = `${outDir()}/plan-print-escaped.pdf`;
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
  const { perPage } = readPdf(path);
  const one = squash(perPage[0]);
  assert.ok(one.includes(`Social media strategy: ${name}`), `the header has the name as typed: ${one.slice(0, 160)}`);
  // The body was printed: the injected "display: none" did not apply.
  assert.ok(one.includes(catalogue('en', 'SummaryTitle')));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
