// Share links in the browser: opening one shows the plan read-only with "save as a new plan",
// the visitor's own plans are never touched, and a damaged link gives a clear message.
// (The exact round trip of the encoding is tested on the host: tests/share_links.rs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, heading, waitForApp, waitForPlan, APP_URL } from './lib.mjs';
import {
  STORE_KEY, raw, allStorage, settle, seedAndOpen, notice, noticeKinds, repoFixture, noErrors,
  blankPage,
} from './fixtures/storage/helpers.mjs';

let browser;
let link;
const fixture = JSON.parse(repoFixture('store/v4.json'));
const gym = fixture.plans.find(p => p.id === 'k7f3-gym');

before(async () => {
  browser = await launch();
  // The link is made by the app itself, from the gym plan of the fixture.
  const page = await newPage(browser, { locale: 'en-GB' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedAndOpen(page, { [STORE_KEY]: repoFixture('store/v4.json') }, 'plan');
  await page.click('#share-link');
  link = await page.inputValue('#share-url');
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/workshop\/rotta\/\?step=plan#share=1\.[A-Za-z0-9_-]+$/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'copied');
  noErrors(page);
  await page.context().close();
});
after(async () => { await browser?.close(); });

const mainText = page => page.locator('#main').innerText();

test('a share link opens read-only in a fresh browser, and can be saved as a new plan', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await page.goto(link);
  await waitForApp(page);
  const banner = page.locator('.shared-banner');
  await banner.waitFor();
  assert.equal(await heading(page), 'Plan');
  assert.match(await banner.innerText(), /Save as a new plan/i);
  assert.match(await mainText(page), /Kraft Gym/);
  // Read-only: no steps, no plans panel, no import; nothing is stored, even after a while.
  assert.equal(await page.locator('.sidebar').count(), 0);
  assert.equal(await page.locator('#import-file').count(), 0);
  await settle(page);
  assert.deepEqual(await allStorage(page), {}, 'opening a link writes nothing');
  // Asking for a step of the questionnaire still shows the shared plan.
  await page.goto(link.replace('?step=plan', '?step=business'));
  await waitForApp(page);
  assert.equal(await heading(page), 'Plan');
  await banner.waitFor();

  await page.click('#shared-save');
  await banner.waitFor({ state: 'detached' });
  assert.equal(new URL(page.url()).hash, '', 'the link is gone from the address');
  const store = JSON.parse(await raw(page));
  assert.equal(store.plans.length, 1, 'the untouched first-visit plan is not kept beside it');
  assert.deepEqual(store.plans[0].answers, gym.answers, 'saved exactly as shared');
  assert.equal(store.active, store.plans[0].id);
  assert.equal(await page.locator('.sidebar').count(), 1);
  // It is an ordinary plan now: a reload keeps it, without the banner.
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator('.shared-banner').count(), 0);
  await page.click('.progress a[href="?step=business"]');
  assert.equal(await page.inputValue('#f-business-name'), 'Kraft Gym');
  noErrors(page);
  await page.context().close();
});

test('opening a link never touches the visitor\'s own plans; "back to your plans" returns to them', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  const own = JSON.stringify({
    version: 2, active: 'mine', prefs: { locale: 'en' },
    plans: [{ ...fixture.plans[0], id: 'mine', name: 'My bakery' }],
  });
  await seedAndOpen(page, { [STORE_KEY]: own });
  assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi');
  // The link arrives in the address of the open app (pasted, or followed from a chat).
  await page.evaluate(l => { location.hash = new URL(l).hash; }, link);
  await page.locator('.shared-banner').waitFor();
  await waitForPlan(page);
  assert.match(await mainText(page), /Kraft Gym/);
  await settle(page);
  assert.equal(await raw(page), own, 'own plans untouched while a shared one is shown');

  await page.click('#shared-close');
  await page.locator('.shared-banner').waitFor({ state: 'detached' });
  assert.equal(new URL(page.url()).hash, '');
  await page.locator('#f-business-name').waitFor();
  assert.equal(await page.inputValue('#f-business-name'), 'Forno Rossi');
  await settle(page);
  assert.equal(await raw(page), own);

  // Saving a link as a new plan keeps the visitor's plan beside it.
  await page.evaluate(l => { location.hash = new URL(l).hash; }, link);
  await page.locator('.shared-banner').waitFor();
  await page.click('#shared-save');
  await page.locator('.shared-banner').waitFor({ state: 'detached' });
  const store = JSON.parse(await raw(page));
  assert.deepEqual(store.plans.map(p => p.name), ['My bakery', 'Kraft Gym']);
  assert.deepEqual(store.plans[0].answers, fixture.plans[0].answers);
  noErrors(page);
  await page.context().close();
});

test('damaged links: a clear message, and the visitor\'s own data stays on screen and in storage', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  const own = repoFixture('store/v4.json');
  const [base, fragment] = link.split('#');
  const payload = fragment.slice('share=1.'.length);
  const flip = (s, i) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  const damaged = {
    'one character changed': `share=1.${flip(payload, Math.floor(payload.length / 2))}`,
    'cut in half': `share=1.${payload.slice(0, Math.floor(payload.length / 2))}`,
    'last character missing': `share=1.${payload.slice(0, -1)}`,
    'characters not in the alphabet': `share=1.${payload.slice(0, 10)}*%20<>${payload.slice(10)}`,
    'empty': 'share=',
    'a newer format': `share=2.${payload}`,
    'no format': `share=${payload}`,
    'script in the link': 'share=1.<script>window.__xss=1</script>',
  };
  await seedAndOpen(page, { [STORE_KEY]: own });
  for (const [what, bad] of Object.entries(damaged)) {
    await page.goto(`${base}#${bad}`);
    await waitForApp(page);
    const n = await notice(page, 'share');
    const text = await n.innerText();
    assert.match(text, /The share link cannot be opened/, what);
    assert.ok(text.length > 'The share link cannot be opened:'.length + 10, `${what}: says why (${text})`);
    assert.deepEqual(await noticeKinds(page), ['share'], what);
    assert.equal(await page.locator('.shared-banner').count(), 0, `${what}: nothing shown as shared`);
    assert.match(await mainText(page), /Kraft Gym/, `${what}: the visitor's own plan is on screen`);
    await settle(page, 500);
    assert.equal(await raw(page), own, `${what}: storage untouched`);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
  }
  // A newer format says so rather than "damaged".
  await page.goto(`${base}#share=2.${payload}`);
  await waitForApp(page);
  const newer = await (await notice(page, 'share')).innerText();
  await page.goto(`${base}#${damaged['one character changed']}`);
  await waitForApp(page);
  const flipped = await (await notice(page, 'share')).innerText();
  assert.notEqual(newer, flipped, 'a link from a newer Rotta is told apart from a damaged one');
  noErrors(page);
  await page.context().close();
});

test('a damaged link on a first visit: the message, an empty plan, nothing written', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await blankPage(page);
  const [base, fragment] = link.split('#');
  await page.goto(`${base}#${fragment.slice(0, 40)}`);
  await waitForApp(page);
  const n = await notice(page, 'share');
  assert.match(await n.innerText(), /Il link di condivisione non si può aprire/);
  await settle(page);
  assert.deepEqual(await allStorage(page), {});
  noErrors(page);
  await page.context().close();
});

const noClipboard = {
  'no clipboard at all (plain http on a local network address)': () => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  },
  'the browser refuses the clipboard': () => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  },
};

for (const [what, script] of Object.entries(noClipboard)) {
  test(`${what}: the link is still shown, selected for copying by hand, and not claimed as copied`, async () => {
    const page = await newPage(browser, { locale: 'en-GB' });
    await page.addInitScript(script);
    await seedAndOpen(page, { [STORE_KEY]: repoFixture('store/v4.json') }, 'plan');
    await page.click('#share-link');
    const url = page.locator('#share-url');
    await url.waitFor();
    assert.match(await url.inputValue(), /#share=1\./);
    await page.waitForFunction(() => document.activeElement?.id === 'share-url');
    const selected = await page.evaluate(() => {
      const input = document.activeElement;
      return input.value.slice(input.selectionStart, input.selectionEnd);
    });
    assert.equal(selected, await url.inputValue(), 'the whole link is selected');
    await settle(page, 300);
    assert.doesNotMatch(await page.locator('.share').innerText(), /Link copied/);
    noErrors(page);
    await page.context().close();
  });
}

