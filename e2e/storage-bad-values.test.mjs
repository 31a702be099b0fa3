// Bad values under the store key (DESIGN §8, "corrupted or foreign data"): whatever is there,
// the app starts, shows the right notice, and the user's data is either intact or kept in the
// backup (and never overwritten silently). Each value is written straight into localStorage
// before the app loads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, newPage, heading, waitForSaved, APP_URL } from './lib.mjs';
import {
  STORE_KEY, BACKUP_KEY, SAME_ORIGIN_BLANK, blankPage, seedAndOpen, raw, noticeKinds, notice, settle,
  repoFixture, noErrors, waitForActive, backups, backupTexts,
  STORE_VERSION,
} from './fixtures/storage/helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const good = repoFixture('store/v4.json');
const envelope = JSON.parse(good);
const plan = envelope.plans[0];
/** The good envelope with `change` applied to a deep copy. */
const changed = change => { const e = structuredClone(envelope); change(e); return JSON.stringify(e); };
const withPlan = change => changed(e => change(e.plans[0]));
const withAnswers = change => withPlan(p => change(p.answers));

// What must happen: `unreadable` (notice, raw kept in the backup and offered), `newer`
// (notice, read-only), `current` (read as it is: no notice, the plan on screen), `empty`
// (nothing worth keeping: a first visit).
const cases = [
  ['truncated JSON (half)', good.slice(0, Math.floor(good.length / 2)), 'unreadable'],
  ['truncated JSON (last brace missing)', good.trimEnd().slice(0, -1), 'unreadable'],
  ['plain text', 'hello, I am not JSON', 'unreadable'],
  ['JSON null', 'null', 'unreadable'],
  ['a number', '42', 'unreadable'],
  ['a string', '"rotta"', 'unreadable'],
  ['an array', JSON.stringify([envelope]), 'unreadable'],
  ['an empty object', '{}', 'unreadable'],
  ['version as text', changed(e => { e.version = '2'; }), 'unreadable'],
  ['negative version', changed(e => { e.version = -1; }), 'unreadable'],
  ['fractional version', changed(e => { e.version = 2.5; }), 'unreadable'],
  ['version null', changed(e => { e.version = null; }), 'unreadable'],
  ['plans missing', changed(e => { delete e.plans; }), 'unreadable'],
  ['plans is an object', changed(e => { e.plans = { a: e.plans[0] }; }), 'unreadable'],
  ['a null plan', changed(e => { e.plans.push(null); }), 'unreadable'],
  ['empty plan id', withPlan(p => { p.id = ''; }), 'unreadable'],
  ['numeric plan id', withPlan(p => { p.id = 7; }), 'unreadable'],
  ['plan without name', withPlan(p => { delete p.name; }), 'unreadable'],
  ['time as text', withPlan(p => { p.updated_ms = 'yesterday'; }), 'unreadable'],
  ['answers null', withPlan(p => { p.answers = null; }), 'unreadable'],
  ['answers of another schema', withAnswers(a => { a.schema = 'other.app/1'; }), 'unreadable'],
  ['unknown sector', withAnswers(a => { a.business.sector = 'space_travel'; }), 'unreadable'],
  ['business name is a number', withAnswers(a => { a.business.name = 42; }), 'unreadable'],
  ['impossible date', withAnswers(a => { a.calendar.start = '2027-02-30'; }), 'unreadable'],
  ['hours as text', withAnswers(a => { a.resources.hours_per_week = 'three'; }), 'unreadable'],
  ['competitors null', withAnswers(a => { a.business.competitors = null; }), 'unreadable'],
  ['two plans with one id', changed(e => { e.plans[1].id = e.plans[0].id; }), 'unreadable'],
  ['active is a number', changed(e => { e.active = 5; }), 'unreadable'],
  ['prefs is text', changed(e => { e.prefs = 'it'; }), 'unreadable'],
  ['unknown language', changed(e => { e.prefs.locale = 'pt'; }), 'unreadable'],
  ['another app\'s data', '{"todos":[{"title":"milk","done":false}],"filter":"all"}', 'unreadable'],
  ['redux-persist state', '{"_persist":"{\\"version\\":-1,\\"rehydrated\\":true}","user":"null"}', 'unreadable'],
  ['a byte order mark before the JSON', `\ufeff${good}`, 'unreadable'],
  ['a lone surrogate in a name', good.replace('"Forno Rossi"', '"Forno \\ud800 Rossi"'), 'unreadable'],
  ['deep nesting', `{"version":2,"plans":${'['.repeat(20000)}${']'.repeat(20000)}}`, 'unreadable'],
  ['NUL bytes', `\u0000${good.slice(0, 50)}\u0000`, 'unreadable'],
  ['HTML instead of JSON', '<!doctype html><script>window.__xss=1</script>', 'unreadable'],
  ['a newer version', changed(e => { e.version = STORE_VERSION + 1; }), 'newer'],
  ['a much newer, different shape', '{"version":99,"workspaces":[{"id":1}]}', 'newer'],
  ['unknown fields everywhere', changed(e => {
    e.sync = { device: 'x' };
    e.plans[0].colour = 'red';
    e.plans[0].answers.business.tagline = 'extra';
  }), 'current'],
  ['active naming no plan', changed(e => { e.active = 'gone'; }), 'current'],
  ['active null with plans', changed(e => { e.active = null; }), 'current'],
  ['prefs null', changed(e => { e.prefs = null; }), 'current'],
  ['a 200,000-character value proposition', changed(e => { e.plans[1].answers.business.value_proposition = 'v'.repeat(200000); }), 'current'],
  ['an empty text', '', 'empty'],
  ['only blanks', ' \n\t ', 'empty'],
];

test(`${cases.length} bad stored values: the app starts with the right notice and keeps the data`, async () => {
  assert.ok(cases.filter(c => c[2] !== 'current').length >= 25);
  assert.equal(new Set(cases.map(c => c[1])).size, cases.length, 'every value is distinct');
  const page = await newPage(browser, { locale: 'en-GB' });
  for (const [what, value, expected] of cases) {
    await seedAndOpen(page, { [STORE_KEY]: value });
    assert.equal(await heading(page), 'Business', `${what}: the app starts`);
    if (expected === 'current' || expected === 'empty') {
      await settle(page, 300);
      assert.deepEqual(await noticeKinds(page), [], `${what}: no notice`);
    } else {
      await notice(page, expected);
      assert.deepEqual(await noticeKinds(page), [expected], `${what}: the ${expected} notice`);
    }
    assert.equal(await raw(page), value, `${what}: nothing written by opening the app`);
    switch (expected) {
      case 'unreadable': {
        assert.deepEqual(await backupTexts(page), [value], `${what}: kept byte for byte as a copy`);
        // Typing saves a fresh envelope; the backup stays.
        await page.fill('#f-business-name', `typed after ${what}`);
        await waitForActive(page, a => a.business.name === `typed after ${what}`);
        assert.deepEqual(await backupTexts(page), [value], `${what}: backup kept after the first save`);
        break;
      }
      case 'newer': {
        await page.fill('#f-business-name', 'typed');
        await settle(page);
        assert.equal(await raw(page), value, `${what}: never overwritten`);
        assert.deepEqual(await backups(page), {});
        break;
      }
      case 'current': {
        const shown = await page.inputValue('#f-business-name');
        assert.ok(['Forno Rossi', 'Kraft Gym'].includes(shown), `${what}: a stored plan is on screen (${shown})`);
        if (what.startsWith('a 200,000')) {
          assert.equal((await page.inputValue('#f-business-value_proposition')).length, 200000, 'not cut');
        }
        assert.deepEqual(await backups(page), {});
        break;
      }
      case 'empty': {
        await page.fill('#f-business-name', 'first');
        await waitForActive(page, a => a.business.name === 'first');
        break;
      }
    }
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(page.errors, [], `${what}: no page errors`);
  }
  await page.context().close();
});

test('the unreadable text is offered for download exactly as it was', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  const value = `${good.slice(0, 700)}… «àèìòù» \u202e`;
  await seedAndOpen(page, { [STORE_KEY]: value });
  const n = await notice(page, 'unreadable');
  assert.match(await n.textContent(), /non erano leggibili/);
  const [download] = await Promise.all([page.waitForEvent('download'), n.locator('button').click()]);
  assert.equal(readFileSync(await download.path(), 'utf8'), value);
  noErrors(page);
  await page.context().close();
});

test('an earlier, different backup is never replaced by a new one', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  const older = 'the backup of an earlier accident';
  const value = '{"version":2,"plans":[nope]}';
  await seedAndOpen(page, { [STORE_KEY]: value, [BACKUP_KEY]: older });
  await notice(page, 'unreadable');
  assert.equal(await raw(page, BACKUP_KEY), older);
  const kept = await page.evaluate(v => Object.keys(localStorage)
    .filter(k => k.startsWith('rotta.store.backup') && localStorage.getItem(k) === v), value);
  assert.equal(kept.length, 1, 'the new unreadable text has a backup key of its own');
  await page.fill('#f-business-name', 'x');
  await waitForSaved(page, a => a.business.name === 'x');
  assert.equal(await raw(page, BACKUP_KEY), older);
  noErrors(page);
  await page.context().close();
});

test('a text over the 4 MiB cap: the app starts and the text is not lost', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await blankPage(page);
  await page.goto(SAME_ORIGIN_BLANK);
  // Built in the page: a valid-looking envelope whose one name is 4.5 MiB long.
  const length = await page.evaluate(() => {
    localStorage.clear();
    const text = `{"version":2,"plans":[{"id":"a","name":"${'n'.repeat(4.5 * 1024 * 1024)}"}]}`;
    localStorage.setItem('rotta.store', text);
    window.name = String(text.length);
    return text.length;
  });
  await page.goto(APP_URL);
  await page.locator('h1.step-title').waitFor();
  await notice(page, 'unreadable');
  await page.fill('#f-business-name', 'after the huge text');
  await settle(page);
  // Either the backup could be made (then the key may hold the new save), or it could not
  // (then nothing may be overwritten): in both cases the huge text is still somewhere.
  const kept = await page.evaluate(n => Object.keys(localStorage)
    .filter(k => (localStorage.getItem(k) ?? '').length === n), length);
  assert.equal(kept.length >= 1, true, `the huge text is kept (${kept})`);
  noErrors(page);
  await page.context().close();
});
