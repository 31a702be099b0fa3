#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml): makes the built app installable, offline-capable
// and locked down by a Content-Security-Policy. It runs on the staging directory, after
// Trunk has written every asset and index.html and before it replaces dist/:
//
// 0. in release builds, splits the wasm (scripts/split-wasm.mjs): the part of the app loaded
//    after the first screen becomes its own file, and Trunk's wasm and glue are rebuilt;
// 1. copies the web app manifest and its icons from pwa/;
// 1b. writes the skeleton's texts from the catalogue (locales/<lang>.txt): the Italian into
//    the HTML, the other languages into the inline script (skeletonTexts), before the hashes;
// 2. inserts a CSP <meta> as the first element after <meta charset> in index.html. Scripts
//    are allowed from the app's own origin plus the sha256 of each inline script: Trunk's
//    bootstrap is an inline <script type="module"> whose text holds the hashed file names,
//    so its hash changes with every build and can only be computed here;
// 3. writes every language's texts (locales/<lang>.<hash>.txt: the wasm carries none; the
//    page fetches the one it shows, precached like every other file), and their names into
//    the inline script (textFiles), before the hashes;
// 3b. writes each language's post-idea bank (ideas/<lang>.<hash>.txt, fetched when a plan is
//    shown in that language, precached too);
// 4. writes sw.js from pwa/sw.js with the exact list of built files (hashed names kept, each
//    with the SHA-256 of its content, which the service worker checks before caching) and
//    a build id hashed from the names and contents of those files, so every build that
//    changes anything gets a new cache and its service worker is seen as an update.
//
// Usage: run by Trunk (TRUNK_STAGING_DIR and TRUNK_SOURCE_DIR set), or by hand on a built
// directory: `node scripts/post-build.mjs DIR`.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitWasm } from './split-wasm.mjs';

const SOURCE = process.env.TRUNK_SOURCE_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const PWA = join(SOURCE, 'pwa');
const LOCALES = join(SOURCE, 'locales');
/** The languages of the catalogue; the first is the reference, written into the HTML. */
const SKELETON_LANGUAGES = ['it', 'en', 'es', 'fr', 'de'];
/** The skeleton languages written into index.html itself (Italian is the page's own). */
const INLINE_SKELETON_LANGUAGES = ['en'];

/**
 * The policy; `scriptHashes` and `styleHashes` are CSP hash sources ('sha256-…') of the
 * inline <script> and <style> elements.
 */
export function contentSecurityPolicy(scriptHashes, styleHashes = []) {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the page compile WebAssembly, nothing more ('unsafe-eval'
    // would also allow eval()). No 'unsafe-inline': only the hashed bootstrap runs inline.
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    // Stylesheets from the app's origin and the hashed inline <style> elements (Trunk's
    // rel="inline" CSS). Leptos sets styles through the CSSOM (style:width=…), which CSP
    // does not restrict; style="" attributes in markup stay blocked.
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    // data: for the blank favicon of index.html.
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    // frame-ancestors, report-uri and sandbox are ignored in a <meta> CSP: set them as HTTP
    // headers where the host allows it.
  ].join('; ');
}

/** The CSP hash source of an inline script's or style's text, as the browser computes it. */
export function cspHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The texts of the inline `tag` elements ("script" without src, or "style") of an HTML
 * document, with line ends normalised as the HTML parser does before the browser hashes them.
 */
export function inlineTexts(html, tag) {
  const texts = [];
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)<\\/${tag}\\s*>`, 'gi');
  for (const [, attributes, text] of html.matchAll(pattern)) {
    if (!/\bsrc\s*=/i.test(attributes)) texts.push(text.replace(/\r\n?/g, '\n'));
  }
  return texts;
}

const hashesOf = (html, tag) => [...new Set(inlineTexts(html, tag).map(cspHash))];

/** `html` with the CSP <meta> right after <meta charset> (replacing one already there). */
export function withContentSecurityPolicy(html) {
  const policy = contentSecurityPolicy(hashesOf(html, 'script'), hashesOf(html, 'style'));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const existing = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;
  if (existing.test(html)) return html.replace(existing, meta);
  const charset = /<meta charset=[^>]*>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset>: cannot place the CSP first');
  return html.replace(charset, found => `${found}\n    ${meta}`);
}

/**
 * A catalogue file (`Key = text` lines, `#` comments, `\n` a line break) as a Map, the
 * same reading as build.rs.
 */
export function parseCatalogue(text) {
  const texts = new Map();
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const at = line.indexOf(' = ');
    if (at < 0) continue;
    texts.set(line.slice(0, at).trim(), line.slice(at + 3).trimEnd().replaceAll('\\n', '\n'));
  }
  return texts;
}

const escapeHtml = text =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * index.html's skeleton in every language from the catalogue. An element's `data-t` names
 * catalogue keys, with literal words between them ("StepOf 1 Of 9" → "Passo 1 di 9"). The
 * reference language's text is written into the element (into `content` for a <meta>);
 * the others go, by `data-t`, into the inline script's `/*SKELETON_TEXTS*\/ {};` line, which picks
 * one at first paint. A key missing from a language fails the build (build.rs has already
 * checked that every language has every key). Runs before the CSP hashes are computed.
 * `catalogues` maps a language to its parsed catalogue (parseCatalogue).
 */
export function skeletonTexts(html, catalogues, files = new Map()) {
  const resolve = (lang, spec) => spec.split(' ').map(word => {
    if (!/^[A-Z]\w*$/.test(word)) return word;
    const text = catalogues.get(lang)?.get(word);
    if (text === undefined) throw new Error(`skeleton: locales/${lang}.txt has no ${word}`);
    return text;
  }).join(' ');
  const [reference, ...others] = SKELETON_LANGUAGES;
  const specs = new Set();
  let out = html.replace(/<meta\b([^>]*?)\sdata-t="([^"]+)"([^>]*?)\scontent="[^"]*"/g,
    (_, before, spec, after) => `<meta${before} data-t="${spec}"${after} content="${escapeHtml(resolve(reference, spec))}"`);
  out = out.replace(/<(\w+)\b([^>]*?)\sdata-t="([^"]+)"([^>]*)>([^<]*)<\/\1>/g, (_, tag, before, spec, after) => {
    specs.add(spec);
    return `<${tag}${before} data-t="${spec}"${after}>${escapeHtml(resolve(reference, spec))}</${tag}>`;
  });
  // English travels inline (the language of every browser Rotta does not speak); Spanish,
  // French and German are small files fetched only by a page that shows them, so the first
  // load of everyone else does not carry them (issue #13: a language is paid for by those
  // who use it). `files` receives them (name → JSON) for the caller to write.
  const texts = {};
  for (const lang of others) {
    const own = Object.fromEntries([...specs].map(spec => [spec, resolve(lang, spec)]));
    if (INLINE_SKELETON_LANGUAGES.includes(lang)) {
      texts[lang] = own;
    } else {
      const json = JSON.stringify(own);
      const name = `locales/skeleton.${lang}.${fnv1a(new TextEncoder().encode(json)).toString(16).padStart(8, '0')}.json`;
      files.set(name, json);
      texts[lang] = name;
    }
  }
  // The marker stays, so running the hook again rewrites the same line.
  const placeholder = /\/\*SKELETON_TEXTS\*\/ \{.*\};$/m;
  if (!placeholder.test(out)) {
    if (specs.size === 0) return out; // a page without a skeleton
    throw new Error('index.html lacks the `/*SKELETON_TEXTS*/ {};` line');
  }
  // `<` escaped: no text may close the script.
  const json = JSON.stringify(texts).replaceAll('<', '\\u003c');
  return out.replace(placeholder, () => `/*SKELETON_TEXTS*/ ${json};`);
}

/** Every language's catalogue (the skeleton's and the language files'), read from `dir` (locales/). */
export function readCatalogues(dir = LOCALES) {
  return new Map(SKELETON_LANGUAGES.map(lang => [lang, parseCatalogue(readFileSync(join(dir, `${lang}.txt`), 'utf8'))]));
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
function filesUnder(dir) {
  const found = [];
  const walk = current => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/**
 * The files the service worker precaches (the page as './', everything else by name, sw.js
 * itself excluded), each with the SHA-256 (hex) of its bytes, and the build id: a hash of
 * every file's name and content. The service worker caches a build only if every file it
 * fetches has the hash listed here (a CDN mixing builds can never become the offline copy).
 */
export function precacheList(dir) {
  // rotta.config.json is the host's, edited without a build (docs/hosting.md): never listed,
  // or an edited copy would fail the hash check and the whole install. sw.js keeps it apart.
  const files = filesUnder(dir).filter(f => f !== 'sw.js' && f !== 'rotta.config.json');
  const build = createHash('sha256');
  const entries = [];
  for (const file of files) {
    const sha256 = createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');
    build.update(file).update('\0').update(sha256).update('\n');
    entries.push({ url: file === 'index.html' ? './' : `./${file}`, sha256 });
  }
  return { build: build.digest('hex').slice(0, 16), urls: entries.map(e => e.url), entries };
}

/** pwa/sw.js with the build id and the list (URLs and hashes) filled in. */
export function serviceWorker(template, { build, entries }) {
  const filled = template
    .replace("/*BUILD*/ 'dev'", JSON.stringify(build))
    .replace('/*PRECACHE*/ []', `[\n${entries.map(e => `  ${JSON.stringify(e)}`).join(',\n')}\n]`);
  if (filled === template || filled.includes('/*BUILD*/') || filled.includes('/*PRECACHE*/')) {
    throw new Error('pwa/sw.js lacks the /*BUILD*/ or /*PRECACHE*/ placeholder');
  }
  return filled;
}

/** FNV-1a (32 bits) of `bytes`, continuing from `hash` (the same function as build.rs). */
function fnv1a(bytes, hash = 0x811c9dc5) {
  for (const b of bytes) hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
  return hash >>> 0;
}

/**
 * Writes `locales/<lang>.<fnv of the source>.txt` for every language (the wasm carries none;
 * the page fetches the one it shows): a
 * header `rotta-texts <fingerprint of the key list> <count>`, then the texts one per line in
 * the reference's (Italian) key order, so the wasm needs no key names (core::l10n::install).
 * `catalogues` is readCatalogues()'s; the name hashes the source file's bytes, as build.rs
 * does. build.rs has already refused a catalogue with a missing key; this checks again.
 */
export function writeLanguageFiles(dir, catalogues, locales = LOCALES) {
  const reference = [...catalogues.get('it').keys()];
  const encoder = new TextEncoder();
  const fingerprint = reference.reduce((hash, key) => fnv1a(encoder.encode(`${key}\n`), hash), 0x811c9dc5);
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const written = [];
  for (const lang of SKELETON_LANGUAGES) {
    const texts = catalogues.get(lang);
    const missing = reference.filter(key => !texts.has(key));
    if (missing.length) throw new Error(`locales/${lang}.txt lacks ${missing.join(', ')}`);
    // One text per line: a line break inside a text is written back as `\n`.
    const lines = reference.map(key => texts.get(key).replaceAll('\n', '\\n'));
    const body = [`rotta-texts ${fingerprint} ${reference.length}`, ...lines].join('\n') + '\n';
    const name = `locales/${lang}.${fnv1a(readFileSync(join(locales, `${lang}.txt`))).toString(16).padStart(8, '0')}.txt`;
    writeFileSync(join(dir, name), body);
    written.push(name);
  }
  return written;
}

/**
 * `html` with the inline script's `/*TEXT_FILES*\/ {};` line holding each language's file
 * (`names` as writeLanguageFiles returns them, `locales/<lang>.<hash>.txt`), so the page can
 * fetch the language it shows beside the wasm. Runs before the CSP hashes are computed.
 */
export function textFiles(html, names) {
  const placeholder = /\/\*TEXT_FILES\*\/ \{.*\};$/m;
  if (!placeholder.test(html)) {
    if (!html.includes('/*SKELETON_TEXTS*/')) return html; // a page without the skeleton's script
    throw new Error('index.html lacks the `/*TEXT_FILES*/ {};` line');
  }
  const files = Object.fromEntries(names.map(name => [name.split('/')[1].split('.')[0], name]));
  // The marker stays, so running the hook again rewrites the same line.
  return html.replace(placeholder, () => `/*TEXT_FILES*/ ${JSON.stringify(files)};`);
}

const IDEAS = join(SOURCE, 'ideas');
const IDEA_LANGUAGES = ['it', 'en', 'es', 'fr', 'de'];

/**
 * Writes `ideas/<lang>.<fnv>.txt`, each language's idea bank as build.rs reads it
 * (src/core/ideas/bank_file.rs `canonical`): the files of ideas/<lang>/ sorted by name, each
 * after a `[<name>]` line and ending with a line feed; the name hashes that text, as build.rs
 * does, so the wasm knows which file to fetch. build.rs has already checked the banks.
 */
export function writeIdeaFiles(dir, ideas = IDEAS) {
  mkdirSync(join(dir, 'ideas'), { recursive: true });
  const written = [];
  for (const lang of IDEA_LANGUAGES) {
    const sections = readdirSync(join(ideas, lang)).filter(f => f.endsWith('.txt')).map(f => f.slice(0, -4));
    // Code-unit order, as Rust sorts the names.
    sections.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let text = '';
    for (const section of sections) {
      const body = readFileSync(join(ideas, lang, `${section}.txt`), 'utf8');
      text += `[${section}]\n${body}${body.endsWith('\n') ? '' : '\n'}`;
    }
    const name = `ideas/${lang}.${fnv1a(new TextEncoder().encode(text)).toString(16).padStart(8, '0')}.txt`;
    writeFileSync(join(dir, name), text);
    written.push(name);
  }
  return written;
}

/** Everything the hook does, on the built directory `dir`. */
export function postBuild(dir) {
  copyFileSync(join(PWA, 'manifest.webmanifest'), join(dir, 'manifest.webmanifest'));
  mkdirSync(join(dir, 'icons'), { recursive: true });
  for (const icon of readdirSync(join(PWA, 'icons'))) {
    if (icon.endsWith('.png')) copyFileSync(join(PWA, 'icons', icon), join(dir, 'icons', icon));
  }
  const catalogues = readCatalogues();
  const languageFiles = writeLanguageFiles(dir, catalogues);
  writeIdeaFiles(dir);
  const index = join(dir, 'index.html');
  const skeletonFiles = new Map();
  const page = textFiles(skeletonTexts(readFileSync(index, 'utf8'), catalogues, skeletonFiles), languageFiles);
  for (const [name, json] of skeletonFiles) writeFileSync(join(dir, name), json);
  writeFileSync(index, withContentSecurityPolicy(page));
  const list = precacheList(dir);
  writeFileSync(join(dir, 'sw.js'), serviceWorker(readFileSync(join(PWA, 'sw.js'), 'utf8'), list));
  return list;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('post-build: no directory (TRUNK_STAGING_DIR unset and no argument)');
    process.exit(2);
  }
  if (process.env.TRUNK_PROFILE === 'release') {
    const target = process.env.CARGO_TARGET_DIR ?? join(SOURCE, 'target');
    const parts = await splitWasm(dir, join(target, 'wasm32-unknown-unknown', 'release', 'rotta.wasm'));
    console.log(`post-build: wasm split, besides the main part: ${parts.join(', ')}`);
  }
  const { build, urls } = postBuild(dir);
  console.log(`post-build: CSP set, sw.js build ${build} precaches ${urls.length} files`);
}
