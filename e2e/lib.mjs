// Shared helpers for the end-to-end tests: a headless Debian Chromium (never a downloaded
// browser) driven by playwright-core, against the app at APP_URL.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

export const APP_URL = process.env.APP_URL ?? 'http://127.0.0.1:8765/workshop/rotta/';
export const OUT = process.env.TEST_OUTPUT ?? 'test-output';

/** A headless Chromium. `backForwardCache`: keep the back/forward cache Playwright turns off
 * by default, for the tests of pages restored from it. */
export async function launch({ backForwardCache = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: backForwardCache ? ['--disable-back-forward-cache'] : [],
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Makes `navigator.storage.persist()` grant persistent storage in every page of `context`. */
export async function keepsData(context) {
  await context.addInitScript(() => {
    if (navigator.storage) {
      Object.defineProperty(navigator.storage, 'persist', { configurable: true, value: () => Promise.resolve(true) });
    }
  });
}

/**
 * The browser's console line for a site without rotta.config.json (optional, docs/hosting.md):
 * the app reads it at start and a 404 is the expected "no config", not an error of the app.
 */
export const missingHostConfig = m =>
  /status of 404/.test(m.text()) && (m.location()?.url ?? '').endsWith('/rotta.config.json');

/** A new page in its own context (fresh storage), collecting page errors. */
export async function newPage(browser, { locale = 'it-IT', viewport, serviceWorkers = 'allow' } = {}) {
  const context = await browser.newContext({ locale, viewport, acceptDownloads: true, serviceWorkers });
  // Headless Chromium refuses persistent storage; the tests run as a browser that keeps the
  // data (no one-time export reminder) unless they stub navigator.storage.persist themselves
  // (e2e/storage-eviction.test.mjs).
  await keepsData(context);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', e => page.errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error' && !missingHostConfig(m)) page.errors.push(m.text()); });
  return page;
}

/** Opens the app at `?step=…` (or the start) and waits until it has mounted. */
export async function open(page, step) {
  await page.goto(step ? `${APP_URL}?step=${step}` : APP_URL);
  await waitForApp(page);
  if (step === 'plan') await waitForLaterPart(page);
}

/**
 * Waits while the Plan step says its part is still loading (src/ui/later.rs): a page opened
 * on it fetches that part after the first screen. Whatever the step then shows (the plan, or
 * what is missing), it is on screen when this returns.
 */
export async function waitForLaterPart(page) {
  await page.waitForFunction(() => !document.querySelector('.later--loading'), null, { timeout: 30000 });
}

export async function waitForApp(page) {
  await page.locator('h1.step-title').waitFor();
}

/**
 * Waits until the plan is drawn. The Plan step is in the part of the app loaded after the
 * first screen (src/ui/later.rs): a page opened on it shows a progress state until then.
 */
export async function waitForPlan(page) {
  await page.locator('.plan').waitFor({ timeout: 30000 });
}

export const heading = page => page.locator('h1.step-title').textContent();

/** The store envelope as saved in localStorage. */
export async function savedStore(page) {
  const raw = await page.evaluate(() => localStorage.getItem('rotta.store'));
  if (raw === null) return null;
  try { return JSON.parse(raw); } catch { return { unreadable: raw }; }
}

/** Waits until the autosave has written `predicate(activeAnswers)`. */
export async function waitForSaved(page, predicate, timeout = 5000) {
  const start = Date.now();
  for (;;) {
    const store = await savedStore(page);
    const active = store?.plans?.find(p => p.id === store.active)?.answers;
    if (active && predicate(active)) return active;
    if (Date.now() - start > timeout) throw new Error(`autosave did not happen: ${JSON.stringify(store)?.slice(0, 500)}`);
    await page.waitForTimeout(100);
  }
}

/** The text of `key` in locales/<lang>.txt, as the app must show it. */
export function catalogue(lang, key) {
  for (const line of readFileSync(new URL(`../locales/${lang}.txt`, import.meta.url), 'utf8').split('\n')) {
    if (line.startsWith(`${key} = `)) return line.slice(key.length + 3).trim();
  }
  throw new Error(`${key} not in locales/${lang}.txt`);
}
