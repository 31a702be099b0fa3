// The performance benchmark behind ./scripts/bench (see README, "Performance").
// Usage: node bench/bench.mjs DIST [--runs N] [--plan-samples N] [--out BENCHMARKS.md] [--no-lighthouse]
//        [--workshop-browsers N]
//
// Serves DIST (a release build) and a static page of the same first screen from one local
// server with brotli (bench/serve.mjs), drives Debian's Chromium headless through the
// DevTools protocol (playwright-core), prints a table and writes it to --out.
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem, platform, release } from 'node:os';
import { join, basename } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const DIST = args[0] && !args[0].startsWith('--') ? args[0] : 'dist';
const RUNS = Number(option('--runs', 9));
const PLAN_SAMPLES = Number(option('--plan-samples', 1000));
const PLANS_PER_SAMPLE = 10;
const KEYSTROKES = 21;
const OUT = option('--out', 'BENCHMARKS.md');
const LIGHTHOUSE = !args.includes('--no-lighthouse');
// Lighthouse's simulated throttling varies from run to run; its docs advise the median of several.
const LIGHTHOUSE_RUNS = Number(option('--lighthouse-runs', 3));
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIXTURE = new URL('./answers-52w-3ch.json', import.meta.url);
const TODAY = '2027-01-04';

/** Mobile-like conditions of the issue: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4× CPU. */
const THROTTLE = { latency: 150, download: 1.6e6 / 8, upload: 750e3 / 8, cpu: 4 };
// Issue #16's targets (first load, interactive ratio, the workshop room); the plan and
// keystroke ones from the first mission.
const TARGETS = {
  brotliKiB: 180, fcpRatio: 1.1, interactiveRatio: 3, planMs: 0.5, keystrokeMs: 16, workshopS: 5,
};
/** The workshop room: this many fresh browsers at once behind one link of this speed. */
const WORKSHOP = { browsers: Number(option('--workshop-browsers', 30)), bitsPerSecond: 10e6, latencyMs: 20 };
/** The part of the app loaded after the first screen (scripts/split-wasm.mjs). */
const isLaterPart = file => /^split_.*\.wasm$/.test(file);

const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (...m) => console.error('[bench]', ...m);

// ---------------------------------------------------------------------------------------
// The site: the app under /app/, the static comparison page under /static/.
const site = mkdtempSync(join(tmpdir(), 'rotta-bench-'));
cpSync(DIST, join(site, 'app'), { recursive: true });
mkdirSync(join(site, 'static'));
const server = await serve(site);
const APP = `${server.url}app/`;
const STATIC = `${server.url}static/`;

const browser = await chromium.launch({
  executablePath: CHROME,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage'],
});
const chromiumVersion = browser.version();

async function freshPage({ throttled = false, locale = 'it-IT' } = {}) {
  const context = await browser.newContext({ locale, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: THROTTLE.latency,
      downloadThroughput: THROTTLE.download, uploadThroughput: THROTTLE.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
  }
  page.errors = [];
  page.on('pageerror', e => page.errors.push(String(e)));
  return { context, page, cdp };
}

const waitForMounted = page => page.waitForFunction(
  () => performance.getEntriesByName('rotta-interactive').length > 0, null, { timeout: 60000 });

// ---------------------------------------------------------------------------------------
// 1. Bytes of the first load: every response of a cold load of the app, and the files.
log('first load: which assets, how many bytes');
const firstLoad = await (async () => {
  const { context, page, cdp } = await freshPage();
  const requests = new Map();
  cdp.on('Network.responseReceived', e => requests.set(e.requestId, { url: e.response.url, status: e.response.status }));
  cdp.on('Network.loadingFinished', e => {
    const r = requests.get(e.requestId);
    if (r) r.transferred = e.encodedDataLength;
  });
  await page.goto(APP, { waitUntil: 'load' });
  await waitForMounted(page);
  // From navigation to interactive, and the part of it after the main wasm's last byte
  // (compile, instantiate, mount: what a browser still needs once its bytes are in).
  const { interactiveMs, afterBytesMs } = await page.evaluate(() => {
    const interactive = performance.getEntriesByName('rotta-interactive')[0].startTime;
    const wasm = performance.getEntriesByType('resource').find(e => /_bg\.wasm$/.test(e.name));
    return { interactiveMs: interactive, afterBytesMs: interactive - wasm.responseEnd };
  });
  await page.waitForLoadState('networkidle');
  // The static comparison page: the app's own first screen, serialised after mounting, with
  // its scripts, preloads and manifest taken out. Same content, same styles, no program.
  const staticHtml = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    for (const e of doc.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], link[rel=manifest]')) e.remove();
    return `<!DOCTYPE html>\n${doc.outerHTML}`;
  });
  writeFileSync(join(site, 'static', 'index.html'), staticHtml);
  await context.close();
  const files = [...requests.values()]
    // Not the service worker, nor a file the app asked for that is not there (the host's
    // optional rotta.config.json, a 404 here).
    .filter(r => r.url.startsWith(APP) && !r.url.endsWith('/sw.js') && r.status === 200)
    .map(r => {
      const path = new URL(r.url).pathname.slice('/app/'.length) || 'index.html';
      const data = readFileSync(join(DIST, path.endsWith('/') || path === '' ? 'index.html' : path));
      return {
        file: basename(path) || 'index.html',
        raw: data.length,
        gzip: gzipSync(data, { level: 9 }).length,
        brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        transferred: r.transferred ?? 0,
      };
    });
  const sum = rows => rows.reduce((t, f) => ({
    raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli, transferred: t.transferred + f.transferred,
  }), { raw: 0, gzip: 0, brotli: 0, transferred: 0 });
  // The later part is fetched too (when the browser is first idle), but after the first
  // screen is interactive: listed apart, not in the first load.
  const first = files.filter(f => !isLaterPart(f.file));
  const later = files.filter(f => isLaterPart(f.file));
  return { files: first, total: sum(first), later, laterTotal: sum(later), interactiveMs, afterBytesMs, staticBytes: Buffer.byteLength(staticHtml) };
})();

// ---------------------------------------------------------------------------------------
// 2. Navigation → first contentful paint and → interactive, throttled, app and static page
// alternating (which one goes first alternates too), each in a fresh context, cache off.
async function coldLoad(url, isApp) {
  const { context, page } = await freshPage({ throttled: true });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  if (isApp) await waitForMounted(page);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const times = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
    const nav = performance.getEntriesByType('navigation')[0];
    const mark = performance.getEntriesByName('rotta-interactive')[0];
    // The static page is interactive once its HTML is parsed and painted.
    return { fcp, interactive: mark ? mark.startTime : Math.max(fcp, nav.domContentLoadedEventEnd) };
  });
  if (page.errors.length) throw new Error(`${url}: ${page.errors.join('; ')}`);
  await context.close();
  return times;
}

log(`throttled loads: ${RUNS} of each`);
const loads = { app: [], static: [] };
for (let i = 0; i < RUNS; i++) {
  const order = i % 2 ? ['static', 'app'] : ['app', 'static'];
  for (const which of order) loads[which].push(await coldLoad(which === 'app' ? APP : STATIC, which === 'app'));
}
const load = which => ({
  fcp: median(loads[which].map(l => l.fcp)),
  interactive: median(loads[which].map(l => l.interactive)),
});
const appLoad = load('app');
const staticLoad = load('static');

// ---------------------------------------------------------------------------------------
// 2b. The Plan step's first paint after Review, throttled: a cold load of the Review step
// with a complete plan saved, then Next. "Prefetched": the person read the Review step long
// enough for the later part to arrive (the usual case); "at once": Next as soon as the
// Review step is interactive, so the part may still be on its way (the progress state shows).
const benchStore = () => JSON.stringify({
  version: 2,
  plans: [{ id: 'bench', name: 'Bench', created_ms: 0, updated_ms: 0, answers: JSON.parse(readFileSync(FIXTURE, 'utf8')) }],
  active: 'bench',
  prefs: { locale: 'it' },
});

async function planAfterReview(prefetched) {
  const { context, page } = await freshPage({ throttled: true });
  await context.addInitScript(s => {
    if (localStorage.getItem('rotta.store') === null) localStorage.setItem('rotta.store', s);
  }, benchStore());
  let laterArrived = false;
  page.on('requestfinished', r => { if (isLaterPart(basename(new URL(r.url()).pathname))) laterArrived = true; });
  await page.goto(`${APP}?step=review`, { waitUntil: 'load', timeout: 120000 });
  await waitForMounted(page);
  if (prefetched) {
    const start = Date.now();
    while (!laterArrived && Date.now() - start < 120000) await page.waitForTimeout(100);
  }
  const result = await page.evaluate(() => new Promise(resolve => {
    // From the click on Next to the frame after the plan (its what-if field) is in the page.
    const start = performance.now();
    let sawProgress = false;
    const done = () => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ ms: performance.now() - start, sawProgress });
      channel.port2.postMessage(null);
    });
    const observer = new MutationObserver(() => {
      if (document.querySelector('.later--loading')) sawProgress = true;
      if (document.getElementById('f-whatif-hours')) { observer.disconnect(); done(); }
    });
    observer.observe(document.body, { subtree: true, childList: true });
    document.querySelector('.step-nav button[type=submit]').click();
    setTimeout(() => { observer.disconnect(); resolve({ ms: NaN, sawProgress }); }, 120000);
  }));
  if (page.errors.length) throw new Error(`plan after review: ${page.errors.join('; ')}`);
  await context.close();
  return result;
}

const PLAN_RUNS = Math.min(RUNS, 5);
log(`Plan step after Review, throttled: ${PLAN_RUNS} prefetched, ${PLAN_RUNS} at once`);
const planPaint = { prefetched: [], atOnce: [] };
for (let i = 0; i < PLAN_RUNS; i++) {
  planPaint.prefetched.push(await planAfterReview(true));
  planPaint.atOnce.push(await planAfterReview(false));
}

// ---------------------------------------------------------------------------------------
// 3. answers → plan (52 weeks, 3 channels) in wasm, 4. keystroke → paint, 5. memory.
const fixture = readFileSync(FIXTURE, 'utf8');

async function openPlan(throttled) {
  const { context, page, cdp } = await freshPage({ throttled: false });
  await page.goto(APP);
  await waitForMounted(page);
  const store = {
    version: 2,
    plans: [{ id: 'bench', name: 'Bench', created_ms: 0, updated_ms: 0, answers: JSON.parse(fixture) }],
    active: 'bench',
    prefs: { locale: 'it' },
  };
  await page.evaluate(s => localStorage.setItem('rotta.store', s), JSON.stringify(store));
  await page.goto(`${APP}?step=plan`);
  await waitForMounted(page);
  await page.locator('#f-whatif-hours').waitFor({ timeout: 30000 });
  if (throttled) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
  return { context, page };
}

log(`answers → plan in wasm: ${PLAN_SAMPLES} samples × ${PLANS_PER_SAMPLE} plans`);
const planTiming = await (async () => {
  const { context, page } = await freshPage();
  await page.goto(APP);
  await waitForMounted(page);
  const result = await page.evaluate(async ([json, today, samples, perSample]) => {
    const b = window.wasmBindings;
    if (!b?.bench_plan) return { missing: true };
    // Async: the engine is in the part loaded after the first screen (src/ui/later.rs).
    await b.bench_plan(json, today, 20, perSample); // warm-up: let the engine's code tier up
    return { shape: Array.from(await b.bench_plan_shape(json, today)), samples: Array.from(await b.bench_plan(json, today, samples, perSample)) };
  }, [fixture, TODAY, PLAN_SAMPLES, PLANS_PER_SAMPLE]);
  await context.close();
  return result.missing ? null : { shape: result.shape, median: median(result.samples), runs: result.samples.length * PLANS_PER_SAMPLE };
})();

async function keystrokes(throttled) {
  const { context, page } = await openPlan(throttled);
  const input = page.locator('#f-whatif-hours');
  await input.click();
  await page.evaluate(() => {
    // From the input event's timestamp to the frame after #plan-minutes-needed shows the new
    // figure (a task queued from requestAnimationFrame runs after that frame is painted).
    window.__keystroke = null;
    window.__calendar = null;
    document.addEventListener('input', event => {
      const start = event.timeStamp;
      const before = document.getElementById('plan-minutes-needed')?.textContent;
      // The calendar is redrawn one frame after the figures (ui::plan_view::calendar):
      // time from the input event to the frame after its table first changed.
      window.__calendar = new Promise(resolve => {
        const table = document.querySelector('.calendar-table');
        if (!table) { resolve(NaN); return; }
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - start);
            channel.port2.postMessage(null);
          });
        });
        // Leptos rebuilds rows in place (text and attributes), so watch the whole subtree.
        observer.observe(table, { childList: true, subtree: true, characterData: true, attributes: true });
        setTimeout(() => { observer.disconnect(); resolve(NaN); }, 5000);
      });
      window.__keystroke = new Promise(resolve => {
        const afterPaint = () => requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(null);
        });
        const changed = () => document.getElementById('plan-minutes-needed')?.textContent !== before;
        if (changed()) { afterPaint(); return; }
        const observer = new MutationObserver(() => {
          if (changed()) { observer.disconnect(); afterPaint(); }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => { observer.disconnect(); resolve(NaN); }, 5000);
      });
    }, { capture: true });
  });
  const times = [];
  const calendarTimes = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    await input.press('Control+a');
    await input.press(i % 2 ? '9' : '4');
    const ms = await page.evaluate(() => window.__keystroke);
    times.push(ms);
    calendarTimes.push(await page.evaluate(() => window.__calendar));
  }
  const memory = await page.evaluate(() => ({
    wasm: window.wasmBindings?.wasm_memory_bytes?.() ?? NaN,
    jsHeap: performance.memory?.usedJSHeapSize ?? NaN,
    entries: document.querySelectorAll('tr').length,
  }));
  await context.close();
  const measured = times.filter(Number.isFinite);
  const calendarMeasured = calendarTimes.filter(Number.isFinite);
  return {
    median: median(measured), unchanged: times.length - measured.length, memory,
    calendar: median(calendarMeasured), calendarUnchanged: calendarTimes.length - calendarMeasured.length,
  };
}

let keystroke = null;
let keystrokeThrottled = null;
try {
  log(`keystroke → paint: ${KEYSTROKES} keystrokes, unthrottled and 4× CPU`);
  keystroke = await keystrokes(false);
  keystrokeThrottled = await keystrokes(true);
} catch (e) {
  log(`keystroke → paint could not be measured: ${e.message.split('\n')[0]}`);
}

// ---------------------------------------------------------------------------------------
// 5b. The workshop room: WORKSHOP.browsers fresh browser contexts open the app at the same
// moment through one shared link (bench/serve.mjs `link`); the time until the last of them
// is interactive. One machine runs every browser here, so the figure includes their CPU
// contention; the calculation from the measured bytes (every first load over the one link,
// then one browser's own start) is given beside it. Twice: as it happens (service workers
// on: a browser that is in precaches the rest of the app, sharing the link with those still
// loading) and with service workers blocked (the first loads alone).
async function workshopRoom(serviceWorkers) {
  const room = await serve(site, 0, { link: { bitsPerSecond: WORKSHOP.bitsPerSecond, latencyMs: WORKSHOP.latencyMs } });
  await room.precompress(join(site, 'app')); // before the clock: a real host serves precompressed files
  const url = `${room.url}app/`;
  const contexts = await Promise.all(Array.from({ length: WORKSHOP.browsers }, () =>
    browser.newContext({ locale: 'it-IT', viewport: { width: 1280, height: 800 }, serviceWorkers })));
  const start = Date.now();
  try {
    return await Promise.all(contexts.map(async context => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit', timeout: 300000 });
      await page.waitForFunction(() => performance.getEntriesByName('rotta-interactive').length > 0, null,
        { timeout: 300000, polling: 100 });
      return Date.now() - start;
    }));
  } finally {
    await Promise.all(contexts.map(c => c.close()));
    await room.close();
  }
}
const workshop = {};
for (const serviceWorkers of ['allow', 'block']) {
  try {
    log(`workshop room: ${WORKSHOP.browsers} browsers at once through one ${WORKSHOP.bitsPerSecond / 1e6} Mbit/s link, service workers ${serviceWorkers}ed`);
    const times = (await workshopRoom(serviceWorkers)).sort((a, b) => a - b);
    workshop[serviceWorkers] = { first: times[0], median: median(times), last: times.at(-1) };
  } catch (e) {
    log(`workshop room could not be measured: ${e.message.split('\n')[0]}`);
  }
}
const workshopCalculated = {
  transferS: (WORKSHOP.browsers * firstLoad.total.transferred * 8) / WORKSHOP.bitsPerSecond,
  startMs: firstLoad.afterBytesMs,
};

await browser.close();

// ---------------------------------------------------------------------------------------
// 6. Lighthouse, mobile preset (simulated Slow 4G, 4× CPU), Debian's Chromium.
// Asynchronous: the server answering Lighthouse's requests runs in this same process.
async function lighthouse(url) {
  const out = join(site, `lh-${Date.now()}.json`);
  try {
    await promisify(execFile)('lighthouse', [url, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'],
    { env: { ...process.env, CHROME_PATH: CHROME }, timeout: 180000, maxBuffer: 1 << 26 });
  } catch (e) {
    log(`lighthouse failed: ${e.message.split('\n')[0]}`);
    return null;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const score = k => Math.round((r.categories[k]?.score ?? NaN) * 100);
  const audit = k => r.audits[k]?.displayValue ?? '–';
  return {
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
    fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'), si: audit('speed-index'),
    below: Object.entries(r.audits).filter(([, a]) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual').map(([k]) => k),
  };
}
let lhApp = null;
let lhStatic = null;
if (LIGHTHOUSE) {
  log('lighthouse (mobile): app, then static page');
  // The run with the median performance score stands for all (its other figures with it).
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const run = await lighthouse(APP);
    if (run) runs.push(run);
  }
  runs.sort((a, b) => a.performance - b.performance);
  lhApp = runs[runs.length >> 1] ?? null;
  if (lhApp) lhApp.scores = runs.map(r => r.performance);
  lhStatic = await lighthouse(STATIC);
}
await server.close();
rmSync(site, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------
// The report.
const kib = b => `${(b / 1024).toFixed(1)} KiB`;
const ms = x => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 2 : 0)} ms` : 'n/a');
const ratio = (a, b) => a / b;
const verdict = (ok, miss) => (ok === null ? 'n/a' : ok ? 'met' : `missed (${miss})`);
const pct = (value, target) => `${Math.round((value / target - 1) * 100)} % over`;
const brotliTotal = firstLoad.total.brotli / 1024;

const lines = [];
lines.push('## First-load assets (bytes)', '');
lines.push('| file | raw | gzip -9 | brotli -11 | transferred (br, with headers) |', '|---|---:|---:|---:|---:|');
for (const f of firstLoad.files) lines.push(`| ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} | ${f.transferred} |`);
lines.push(`| **total** | **${firstLoad.total.raw}** | **${firstLoad.total.gzip}** | **${firstLoad.total.brotli}** (${kib(firstLoad.total.brotli)}) | ${firstLoad.total.transferred} |`, '');
lines.push(`Static comparison page: ${firstLoad.staticBytes} bytes raw (the app's first screen, serialised after mounting, without scripts).`, '');
if (firstLoad.later.length) {
  lines.push('Loaded after the first screen is interactive (prefetched when the browser is idle; src/ui/later.rs):', '');
  lines.push('| file | raw | gzip -9 | brotli -11 | transferred |', '|---|---:|---:|---:|---:|');
  for (const f of firstLoad.later) lines.push(`| ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} | ${f.transferred} |`);
  lines.push('');
}

lines.push('## Figures against targets', '');
lines.push('| measure | Rotta | static page (floor) | ratio | target | verdict |', '|---|---:|---:|---:|---|---|');
lines.push(`| first-load transfer, brotli, every file before the first screen (the later part apart, above) | ${kib(firstLoad.total.brotli)} | ${kib(firstLoad.staticBytes)} raw | | ≤ ${TARGETS.brotliKiB} KiB | ${verdict(brotliTotal <= TARGETS.brotliKiB, pct(brotliTotal, TARGETS.brotliKiB))} |`);
const fcpRatio = ratio(appLoad.fcp, staticLoad.fcp);
const intRatio = ratio(appLoad.interactive, staticLoad.interactive);
lines.push(`| navigation → first contentful paint (median of ${RUNS}, throttled) | ${ms(appLoad.fcp)} | ${ms(staticLoad.fcp)} | ${fcpRatio.toFixed(2)}× | ≤ ${TARGETS.fcpRatio}× static | ${verdict(fcpRatio <= TARGETS.fcpRatio, pct(fcpRatio, TARGETS.fcpRatio))} |`);
lines.push(`| navigation → app interactive (median of ${RUNS}, throttled) | ${ms(appLoad.interactive)} | ${ms(staticLoad.interactive)} | ${intRatio.toFixed(2)}× | ≤ ${TARGETS.interactiveRatio}× static | ${verdict(intRatio <= TARGETS.interactiveRatio, pct(intRatio, TARGETS.interactiveRatio))} |`);
const planMedian = runs => median(runs.map(r => r.ms).filter(Number.isFinite));
const sawProgress = runs => runs.filter(r => r.sawProgress).length;
lines.push(`| Plan step's first paint after Next on Review, part prefetched (median of ${PLAN_RUNS}, throttled; reported) | ${ms(planMedian(planPaint.prefetched))} | | | | reported |`);
lines.push(`| the same with Next at once, part maybe still coming (median of ${PLAN_RUNS}, throttled; progress state seen in ${sawProgress(planPaint.atOnce)} of ${PLAN_RUNS}) | ${ms(planMedian(planPaint.atOnce))} | | | | reported |`);
for (const [serviceWorkers, how] of [['allow', 'service workers on, as in the room'], ['block', 'service workers blocked: the first loads alone']]) {
  const room = workshop[serviceWorkers];
  if (!room) continue;
  const s = room.last / 1000;
  lines.push(`| workshop: ${WORKSHOP.browsers} fresh browsers at once through one ${WORKSHOP.bitsPerSecond / 1e6} Mbit/s link → the last one interactive (measured, ${how}; one machine running all of them; first ${(room.first / 1000).toFixed(1)} s, median ${(room.median / 1000).toFixed(1)} s) | ${s.toFixed(1)} s | | | ≤ ${TARGETS.workshopS} s | ${verdict(s <= TARGETS.workshopS, pct(s, TARGETS.workshopS))} |`);
}
{
  const s = workshopCalculated.transferS + workshopCalculated.startMs / 1000;
  lines.push(`| workshop, calculated: ${WORKSHOP.browsers} × ${firstLoad.total.transferred} bytes over ${WORKSHOP.bitsPerSecond / 1e6} Mbit/s (${workshopCalculated.transferS.toFixed(1)} s) + one browser's start after its last byte (${ms(workshopCalculated.startMs)}, unthrottled) | ${s.toFixed(1)} s | | | ≤ ${TARGETS.workshopS} s | ${verdict(s <= TARGETS.workshopS, pct(s, TARGETS.workshopS))} |`);
}
if (planTiming) {
  lines.push(`| answers → plan, ${planTiming.shape[2]} weeks, ${planTiming.shape[0]} channels, ${planTiming.shape[1]} calendar entries (wasm, median of ${PLAN_SAMPLES} samples × ${PLANS_PER_SAMPLE} plans, unthrottled) | ${ms(planTiming.median)} | | | ≤ ${TARGETS.planMs} ms | ${verdict(planTiming.median <= TARGETS.planMs, pct(planTiming.median, TARGETS.planMs))} |`);
} else {
  lines.push('| answers → plan in wasm | n/a (bench_plan not exported by this build) | | | ≤ 0.5 ms | n/a |');
}
if (keystroke) {
  lines.push(`| keystroke in what-if hours → next paint of the updated plan (median of ${KEYSTROKES}, unthrottled) | ${ms(keystroke.median)} | | | ≤ ${TARGETS.keystrokeMs} ms | ${verdict(keystroke.median <= TARGETS.keystrokeMs, pct(keystroke.median, TARGETS.keystrokeMs))} |`);
  lines.push(`| the same with 4× CPU throttling (information) | ${ms(keystrokeThrottled?.median)} | | | | |`);
  lines.push(`| keystroke → the 52-week calendar redrawn too, at the next idle moment (median of ${KEYSTROKES - keystroke.calendarUnchanged}, unthrottled; information) | ${ms(keystroke.calendar)} | | | | |`);
  lines.push(`| the same with 4× CPU throttling (information) | ${ms(keystrokeThrottled?.calendar)} | | | | |`);
  lines.push(`| wasm memory after the full plan is on screen | ${kib(keystroke.memory.wasm)} | | | | |`);
  lines.push(`| JS heap used after the full plan is on screen | ${kib(keystroke.memory.jsHeap)} | | | | |`);
} else {
  lines.push('| keystroke → paint, memory | n/a (the plan view or its what-if field could not be opened) | | | ≤ 16 ms | n/a |');
}
if (lhApp) {
  const lh = (name, k) => `| Lighthouse mobile ${name} | ${lhApp[k]} | ${lhStatic?.[k] ?? '–'} | | 100 | ${verdict(lhApp[k] >= 100, `${100 - lhApp[k]} points short`)} |`;
  lines.push(lh(`performance (median of ${lhApp.scores.length} runs: ${lhApp.scores.join(', ')})`, 'performance'), lh('accessibility', 'accessibility'), lh('best practices', 'bestPractices'));
}
lines.push('');
if (lhApp) {
  lines.push('## Lighthouse details (mobile preset: simulated Slow 4G, 4× CPU; Rotta: the median run)', '');
  lines.push('| page | FCP | LCP | TBT | CLS | Speed Index | audits below 0.9 |', '|---|---|---|---|---|---|---|');
  for (const [name, r] of [['Rotta', lhApp], ['static page', lhStatic]]) {
    if (r) lines.push(`| ${name} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.si} | ${r.below.join(', ') || 'none'} |`);
  }
  lines.push('');
}
lines.push('## Plan step after Review, individual throttled runs (ms)', '');
lines.push('| run | prefetched | at once | progress state seen (at once) |', '|---:|---:|---:|---|');
for (let i = 0; i < PLAN_RUNS; i++) {
  lines.push(`| ${i + 1} | ${planPaint.prefetched[i].ms.toFixed(0)} | ${planPaint.atOnce[i].ms.toFixed(0)} | ${planPaint.atOnce[i].sawProgress ? 'yes' : 'no'} |`);
}
lines.push('');
lines.push('## Individual throttled loads (ms)', '');
lines.push('| run | Rotta FCP | Rotta interactive | static FCP | static interactive |', '|---:|---:|---:|---:|---:|');
for (let i = 0; i < RUNS; i++) {
  lines.push(`| ${i + 1} | ${loads.app[i].fcp.toFixed(0)} | ${loads.app[i].interactive.toFixed(0)} | ${loads.static[i].fcp.toFixed(0)} | ${loads.static[i].interactive.toFixed(0)} |`);
}
lines.push('');

const cpu = cpus();
const header = [
  '# Benchmarks', '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`./scripts/bench\` on ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), ` +
  `${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, headless Chromium ${chromiumVersion}, shared with other work: times are indicative, ratios within one run are the figures to read.`, '',
  `How: the release build (\`${DIST}\`) and a static page of the same first screen are served from 127.0.0.1 by \`bench/serve.mjs\` (Node, brotli 11, as a static host with compression would). ` +
  `Throttled loads use the DevTools protocol: ${THROTTLE.latency} ms latency per request, ${THROTTLE.download * 8 / 1e6} Mbit/s down, ${THROTTLE.upload * 8 / 1e3} kbit/s up, ${THROTTLE.cpu}× CPU, cache disabled, a fresh browser context per load, app and static page alternating. ` +
  '"Interactive" is the `rotta-interactive` mark `ui::mount` sets after mounting; for the static page it is when its HTML is parsed and painted. ' +
  `The plan is timed inside wasm by \`ui::bench::bench_plan\` (\`performance.now()\` around batches of ${PLANS_PER_SAMPLE} plans, because Chromium rounds that clock to 0.1 ms) on \`bench/answers-52w-3ch.json\`. ` +
  `The Plan step is timed in the page from the click on Next (Review, with \`bench/answers-52w-3ch.json\` saved) to the frame after its what-if field is in the page. ` +
  `The workshop room: ${WORKSHOP.browsers} browser contexts of one headless Chromium open the app at once from a second server whose responses all share one emulated ${WORKSHOP.bitsPerSecond / 1e6} Mbit/s link (${WORKSHOP.latencyMs} ms before each response; \`bench/serve.mjs\`), once with service workers on and once blocked, from the start to each page's \`rotta-interactive\` mark. ` +
  'The keystroke is timed from the input event to the frame after `#plan-minutes-needed` changed; the figures and bars above the calendar are redrawn in that frame, the calendar (thousands of nodes) when the browser is next idle (`requestIdleCallback`, 250 ms at most), timed separately from the input event to the frame after its table changed.', '',
];
// Hand-written analysis below this marker survives re-runs.
const MARKER = '<!-- analysis: kept by scripts/bench -->';
let analysis = '';
try {
  const previous = readFileSync(OUT, 'utf8');
  if (previous.includes(MARKER)) analysis = previous.slice(previous.indexOf(MARKER));
} catch { /* first run */ }
const report = [...header, ...lines, analysis].join('\n');
writeFileSync(OUT, report);
console.log(report);
if (loads.app.length === 0) process.exit(1);
