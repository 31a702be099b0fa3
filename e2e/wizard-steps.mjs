// Helpers shared by the wizard end-to-end tests (e2e/wizard-*.test.mjs): reading the saved
// answers, moving focus with the keyboard only, importing a file, downloading an export and
// running axe-core. Not a test file itself (no `.test.` in its name).
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { savedStore, waitForApp, OUT } from './lib.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
/** e2e/fixtures/wizard/NAME */
export const fixture = name => join(HERE, 'fixtures', 'wizard', name);
export const fixtureJson = name => JSON.parse(readFileSync(fixture(name), 'utf8'));
export const AXE = join(HERE, '..', 'node_modules', 'axe-core', 'axe.min.js');

export function outDir() {
  mkdirSync(OUT, { recursive: true });
  return OUT;
}

/** The answers of the active plan as last saved, or null. */
export async function activeAnswers(page) {
  const store = await savedStore(page);
  return store?.plans?.find(p => p.id === store.active)?.answers ?? null;
}

/** Where the keyboard focus is: a short description for messages and checks. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`: the keyboard-only
 * way to reach a control. Reading where the focus is does not interact with the page.
 */
export async function tabTo(page, selector, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    const hit = await page.evaluate(s => document.activeElement?.matches(s) ?? false, selector);
    if (hit) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`keyboard focus never reached ${selector} (now on ${await focused(page)})`);
}

/** Tab to a text box, select what is in it and type `text` in its place. */
export async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.type(text);
}

/** Tab to a checkbox and press Space until it is in the wanted state. */
export async function setCheck(page, selector, on) {
  await tabTo(page, selector);
  const now = await page.evaluate(() => document.activeElement.checked);
  if (now !== on) await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => document.activeElement.checked), on, `${selector} checked`);
}

/** Tab to a drop-down and move through it with the arrow keys until `value` is chosen. */
export async function chooseOption(page, selector, value) {
  await tabTo(page, selector);
  const { index, current } = await page.evaluate(v => {
    const s = document.activeElement;
    return { index: [...s.options].findIndex(o => o.value === v), current: s.selectedIndex };
  }, value);
  assert.notEqual(index, -1, `${selector} has no option ${value}`);
  const key = index > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(index - current); i++) await page.keyboard.press(key);
  assert.equal(await page.evaluate(() => document.activeElement.value), value, `${selector} value`);
}

/** Tab to a button (by its visible text) and press Enter. */
export async function pressButton(page, text) {
  for (let i = 0; i < 120; i++) {
    const hit = await page.evaluate(t => {
      const el = document.activeElement;
      return el?.tagName === 'BUTTON' && el.textContent.trim().startsWith(t);
    }, text);
    if (hit) { await page.keyboard.press('Enter'); return; }
    await page.keyboard.press('Tab');
  }
  throw new Error(`no button "${text}" reachable with Tab`);
}

/** Picks `file` in the import box; `accept` answers the confirmation (when one is asked). */
export async function importFile(page, file, { accept = true } = {}) {
  const asked = [];
  const onDialog = d => { asked.push(d.message()); (accept ? d.accept() : d.dismiss()); };
  page.on('dialog', onDialog);
  await page.setInputFiles('#import-file', file);
  await page.locator('#import-status p').waitFor();
  page.off('dialog', onDialog);
  return { asked, status: (await page.locator('#import-status').textContent()).trim() };
}

/** Clicks the export button `id` and returns the download's file name and bytes. */
export async function download(page, id) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}

/**
 * Runs axe-core on the page as it is and fails with every violation listed (rule, impact,
 * the elements). No rule is disabled.
 */
export async function assertAccessible(page, where) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) {
    // The app's Content-Security-Policy rightly refuses inline scripts, so a <script> tag
    // (page.addScriptTag) is blocked; evaluating the file through the DevTools protocol is
    // not subject to it and leaves the page's own policy in force for everything else.
    await page.evaluate(`${readFileSync(AXE, 'utf8')}\n;void 0`);
  }
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const lines = result.violations.map(v =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map(n => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('')}`).join('\n    ')}`);
  assert.deepEqual(lines, [], `axe violations on ${where}:\n${lines.join('\n')}`);
}

/** Reloads and waits for the app. */
export async function reload(page) {
  await page.reload();
  await waitForApp(page);
}

/** Opens the app on `slug` with `answers` already imported through the Plan step's import box. */
export async function withAnswers(page, open, answersFile, slug) {
  await open(page, 'plan');
  const { status } = await importFile(page, answersFile);
  assert.match(status, /importat|imported/i, `import of ${answersFile}`);
  if (slug !== 'plan') await open(page, slug);
}

/** Waits until the element with `id` has the keyboard focus (focus moves after a repaint). */
export async function expectFocus(page, id) {
  try {
    await page.waitForFunction(id => document.activeElement?.id === id, id, { timeout: 3000 });
  } catch {
    assert.fail(`focus should be on #${id}, is on ${await focused(page)}`);
  }
}

/**
 * Tab to a date box and type `iso` (YYYY-MM-DD) with the keyboard. The box shows its parts in
 * the browser's order (month first in a US build, day first elsewhere): one ArrowUp on the
 * first part tells which part it is, then the digits are typed in that order.
 */
export async function typeDate(page, selector, iso) {
  await tabTo(page, selector);
  const before = await page.evaluate(() => document.activeElement.value);
  await page.keyboard.press('ArrowUp');
  const after = await page.evaluate(() => document.activeElement.value);
  const [y0, m0, d0] = before.split('-');
  const [y1, m1] = after.split('-');
  const first = y1 !== y0 ? 'year' : m1 !== m0 ? 'month' : 'day';
  assert.ok(before && after && before !== after, `ArrowUp changes ${selector} (${before} → ${after}, ${d0})`);
  const [y, m, d] = iso.split('-');
  const digits = { year: `${y}${m}${d}`, month: `${m}${d}${y}`, day: `${d}${m}${y}` }[first];
  await page.keyboard.type(digits);
  assert.equal(await page.evaluate(() => document.activeElement.value), iso, `${selector} typed`);
}
