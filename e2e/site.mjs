// A site of our own for the tests that stop and restart the server (offline, deployment):
// a copy of the built app (dist/, or DIST_DIR) under SUB_PATH of a fresh directory, served by
// `python3 -m http.server` on a free localhost port.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DIST = process.env.DIST_DIR ?? 'dist';
export const SUB_PATH = '/workshop/rotta/';

let lastPublished = 0;

/**
 * Writes a file of a "new deployment" with a modification time later than anything published
 * before, as a real deployment has. The browser checks sw.js with If-Modified-Since, which the
 * static server answers at one-second resolution: a file written in the same second as the copy
 * it replaces would be answered 304 (not modified) and the new build never seen.
 */
export function publishFile(path, bytes) {
  writeFileSync(path, bytes);
  lastPublished = Math.max(Date.now() / 1000, lastPublished) + 2;
  utimesSync(path, lastPublished, lastPublished);
}

/** A free TCP port on localhost. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A copy of the built app under SUB_PATH of a fresh site directory named `rotta-<name>-…`. */
export function siteWithApp(name) {
  const site = mkdtempSync(join(tmpdir(), `rotta-${name}-`));
  cpSync(DIST, join(site, SUB_PATH), { recursive: true });
  return { site, app: join(site, SUB_PATH) };
}

/** `python3 -m http.server` on `site`; resolves once it answers. */
export async function serve(site, port) {
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '-d', site], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}${SUB_PATH}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => stop(child) };
    } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the static server on port ${port} did not start`);
}

function stop(child) {
  return new Promise(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill();
  });
}

/** Waits until a service worker controls the page and is activated. */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20000 });
}
