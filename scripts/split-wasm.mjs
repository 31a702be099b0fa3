// The release build's wasm split (issue #16; docs/size.md, "The split"), run by
// scripts/post-build.mjs inside Trunk's post_build hook.
//
// Trunk 0.21 runs wasm-bindgen itself and has no split step. So Trunk builds as usual
// (its wasm-bindgen and file names; `data-wasm-opt="0"`, since the optimisation happens
// here), and this step then rebuilds the two files Trunk wrote from the same cargo output:
//
// 1. `wasm-split-cli` (crate wasm_split_cli_support) cuts cargo's wasm (linked with --emit-relocs, .cargo/config.toml) at the
//    split points (`#[wasm_split]`, src/ui/later.rs): the code and data reachable only from a
//    split point go to its own wasm file; a small JS module (`__wasm_split.js`) fetches and
//    instantiates it against the main module's memory and function table when first called;
// 2. wasm-bindgen runs on the main part (`--keep-lld-exports`: the split part imports the
//    main part's functions through those exports);
// 3. `wasm-opt -Oz` optimises every part (both at once);
// 4. the files get Trunk's names (the main part) or content-hashed names (the rest), the
//    modules' imports are rewritten to those names, and the `integrity` hashes Trunk put on
//    index.html's preload links are recomputed.
//
// `ROTTA_NO_OPT=1` skips step 3 (the parts are copied as they are): when a split build fails
// at start-up, it tells a wasm-opt problem from a split one.
//
// Every file lands in the staging directory, so the service worker's precache list
// (post-build's next step) includes the split parts: the app works offline after the first
// load whether or not the user reached the Plan step online.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The wasm features rustc 1.95 emits for wasm32-unknown-unknown; wasm-opt must accept them. */
const WASM_FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-reference-types',
  '--enable-sign-ext',
  '--enable-multivalue',
  '--enable-mutable-globals',
];

/** FNV-1a (32 bits) of `bytes`, as 8 hex digits: the same short hash as the other built files. */
function shortHash(bytes) {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** An `integrity` value for `bytes` (what Trunk writes: SHA-384, base64). */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** `html` with the integrity of the preload link of `file` set to that of `bytes`. */
export function withIntegrity(html, file, bytes) {
  const link = new RegExp(`(<link[^>]*href="\\./${file.replace(/\./g, '\\.')}"[^>]*integrity=")[^"]*(")`);
  if (!link.test(html)) throw new Error(`split-wasm: index.html has no preload link with integrity for ${file}`);
  return html.replace(link, `$1${integrity(bytes)}$2`);
}

/**
 * Splits the cargo output `rawWasm` and rewrites Trunk's files in the staging directory
 * `dir`. Returns the names of the files written besides Trunk's two.
 */
export async function splitWasm(dir, rawWasm) {
  const names = readdirSync(dir);
  const glue = names.find(n => /^rotta-[0-9a-f]+\.js$/.test(n));
  if (!glue) throw new Error(`split-wasm: no rotta-<hash>.js in ${dir}`);
  const mainWasm = glue.replace(/\.js$/, '_bg.wasm');
  if (!names.includes(mainWasm)) throw new Error(`split-wasm: no ${mainWasm} in ${dir}`);

  const work = mkdtempSync(join(tmpdir(), 'rotta-split-'));
  try {
    await run('wasm-split-cli', [rawWasm, work]);
    const chunks = readdirSync(work).filter(n => n.endsWith('.wasm') && n !== 'main.wasm');
    if (chunks.length === 0) {
      throw new Error('split-wasm: no split part came out (is the wasm linked with --emit-relocs?)');
    }
    await run('wasm-bindgen', [
      '--target', 'web', '--keep-lld-exports', '--no-typescript',
      '--out-dir', join(work, 'bg'), '--out-name', 'rotta', join(work, 'main.wasm'),
    ]);
    const optimise = (input, output) => process.env.ROTTA_NO_OPT ? run('cp', [input, output]) :
      run('wasm-opt', ['-Oz', ...WASM_FEATURES, '--strip-debug', '--strip-producers', input, '-o', output]);
    await Promise.all([
      optimise(join(work, 'bg', 'rotta_bg.wasm'), join(dir, mainWasm)),
      ...chunks.map(chunk => optimise(join(work, chunk), join(work, `opt-${chunk}`))),
    ]);

    const written = [];
    let loader = readFileSync(join(work, '__wasm_split.js'), 'utf8');
    if (!loader.includes('from "./main.js"')) throw new Error('split-wasm: __wasm_split.js does not import ./main.js');
    loader = loader.replace('from "./main.js"', `from "./${glue}"`);
    for (const chunk of chunks) {
      const bytes = readFileSync(join(work, `opt-${chunk}`));
      const name = chunk.replace(/\.wasm$/, `.${shortHash(bytes)}.wasm`);
      const url = `"./${chunk}"`;
      if (!loader.includes(url)) throw new Error(`split-wasm: __wasm_split.js does not fetch ${chunk}`);
      loader = loader.replace(url, `"./${name}"`);
      writeFileSync(join(dir, name), bytes);
      written.push(name);
    }
    const loaderName = `__wasm_split.${shortHash(Buffer.from(loader))}.js`;
    writeFileSync(join(dir, loaderName), loader);
    written.push(loaderName);

    let js = readFileSync(join(work, 'bg', 'rotta.js'), 'utf8');
    // Only the module specifier changes: the key of the import object stays "./__wasm_split.js",
    // the module name the wasm itself imports from.
    if (!js.includes('from "./__wasm_split.js"')) throw new Error('split-wasm: the glue does not import ./__wasm_split.js');
    js = js.replace('from "./__wasm_split.js"', `from "./${loaderName}"`);
    writeFileSync(join(dir, glue), js);

    const index = join(dir, 'index.html');
    let html = readFileSync(index, 'utf8');
    html = withIntegrity(html, glue, Buffer.from(js));
    html = withIntegrity(html, mainWasm, readFileSync(join(dir, mainWasm)));
    writeFileSync(index, html);
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
