// The Content-Security-Policy: the build hook (scripts/post-build.mjs) writes it with the
// hashes of the inline scripts; the built app mounts and runs every step with no violation;
// a script injected into the page (as an XSS would) is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, open, heading, APP_URL } from './lib.mjs';
import { postBuild, withContentSecurityPolicy } from '../scripts/post-build.mjs';

const sha256 = text => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy of an HTML document's CSP <meta>, as directive → sources. */
function policyOf(html) {
  const content = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(content, 'the page has a CSP <meta>');
  return Object.fromEntries(content.split(';').map(d => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
}

test('the hook hashes every inline script and style, and lists the build for the service worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rotta-hook-'));
  try {
    const bootstrap = "\nimport init from './rotta-0123abcd.js';\nawait init({ module_or_path: './rotta-0123abcd_bg.wasm' });\n";
    const style = ':root { --c-accent: #0b5cad; }';
    writeFileSync(join(dir, 'index.html'),
      `<!DOCTYPE html>\n<html><head>\n<meta charset="utf-8" />\n<title>t</title>\n<style>${style}</style>\n` +
      `<script type="module">${bootstrap}</script>\n<script src="./other.js"></script>\n</head><body></body></html>\n`);
    writeFileSync(join(dir, 'rotta-0123abcd.js'), 'export default 1;');
    writeFileSync(join(dir, 'rotta-0123abcd_bg.wasm'), Buffer.from([0, 97, 115, 109]));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.css'), 'a{}');

    const first = postBuild(dir);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const policy = policyOf(html);
    assert.deepEqual(policy['script-src'], ["'self'", "'wasm-unsafe-eval'", sha256(bootstrap)]);
    assert.deepEqual(policy['style-src'], ["'self'", sha256(style)]);
    assert.deepEqual(policy['object-src'], ["'none'"]);
    for (const directive of Object.values(policy)) {
      assert.ok(!directive.includes("'unsafe-inline'") && !directive.includes("'unsafe-eval'"), String(directive));
    }
    // The policy comes before anything it governs.
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'));
    assert.ok(html.indexOf('<meta charset') < html.indexOf('Content-Security-Policy'));

    // sw.js: the exact file list, the page as './', manifest and icons copied in.
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const entries = JSON.parse(sw.match(/const PRECACHE = (\[[\s\S]*?\]);/)[1]);
    const listed = entries.map(e => e.url);
    assert.deepEqual(listed, first.urls);
    // …each with the SHA-256 of its bytes, which the service worker checks before caching.
    for (const { url, sha256 } of entries) {
      const file = join(dir, url === './' ? 'index.html' : url.slice(2));
      assert.equal(sha256, createHash('sha256').update(readFileSync(file)).digest('hex'), url);
    }
    for (const url of ['./', './rotta-0123abcd.js', './rotta-0123abcd_bg.wasm', './sub/a.css',
      './manifest.webmanifest', './icons/icon-192.png', './icons/icon-maskable-512.png']) {
      assert.ok(listed.includes(url), `${url} in ${listed}`);
    }
    assert.ok(!listed.includes('./sw.js') && !listed.includes('./index.html'));
    assert.match(sw, new RegExp(`const BUILD = "${first.build}"`));

    // Running it again changes nothing (one CSP, same build); changing a file changes the build.
    assert.equal(postBuild(dir).build, first.build);
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8').match(/Content-Security-Policy/g).length, 1);
    writeFileSync(join(dir, 'sub', 'a.css'), 'a{color:red}');
    assert.notEqual(postBuild(dir).build, first.build);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a page without <meta charset> is refused rather than given a misplaced policy', () => {
  assert.throws(() => withContentSecurityPolicy('<html><head><script>x()</script></head></html>'), /meta charset/);
});

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Records CSP violations from the very start of every page of `page`. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', e => {
      window.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
}

test('the built page carries the policy, with the hash of its own bootstrap', async () => {
  const html = await (await fetch(APP_URL)).text();
  const policy = policyOf(html);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(m => m[1]);
  assert.ok(inline.length >= 1, 'Trunk inlines its bootstrap');
  for (const script of inline) assert.ok(policy['script-src'].includes(sha256(script)), 'bootstrap hash');
  assert.ok(policy['script-src'].includes("'wasm-unsafe-eval'"));
  assert.ok(!policy['script-src'].includes("'unsafe-inline'") && !policy['script-src'].includes("'unsafe-eval'"));
});

test('the app mounts and runs every step with no policy violation', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await recordViolations(page);
  for (const step of ['business', 'goals', 'audience', 'channels', 'time', 'budget', 'calendar', 'review', 'plan']) {
    await open(page, step);
  }
  assert.equal(await heading(page), 'Plan');
  // The plan's bars are sized through the CSSOM, which the policy allows.
  assert.ok(await page.locator('.bar__fill').count() > 0, 'the plan shows its bars');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an injected inline script or event handler does not run', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await recordViolations(page);
  await open(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.head.append(script);
    const image = document.createElement('img');
    image.setAttribute('src', 'does-not-exist.png');
    image.setAttribute('onerror', 'window.handlerRan = true;');
    document.body.append(image);
  });
  await page.waitForFunction(() => window.cspViolations.length >= 2);
  assert.equal(await page.evaluate(() => window.injected), undefined);
  assert.equal(await page.evaluate(() => window.handlerRan), undefined);
  const directives = (await page.evaluate(() => window.cspViolations)).map(v => v.split(' ')[0]);
  assert.ok(directives.includes('script-src-elem'), String(directives));
  assert.ok(directives.includes('script-src-attr'), String(directives));
  // The app is unharmed.
  assert.equal(await heading(page), 'Business');
  await page.context().close();
});
