// Prints the first-load size of a built app (every file index.html loads, and the texts of
// the language shown: the largest of locales/<lang>.<hash>.txt, since the wasm carries none),
// raw, gzip and brotli, and below it the parts loaded after the first screen (the split wasm files,
// `split_*.wasm`, scripts/split-wasm.mjs). Usage: node scripts/size-report.mjs dist [--budget BYTES]
// With --budget, exits 1 when the brotli total of the first load exceeds it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const budgetAt = process.argv.indexOf('--budget');
const budget = budgetAt > 0 ? Number(process.argv[budgetAt + 1]) : null;
const firstLoad = ['.html', '.js', '.wasm', '.css', '.webmanifest'];
const isLater = f => /^split_.*\.wasm$/.test(f);
const all = readdirSync(dir).filter(f => firstLoad.includes(extname(f)) && f !== 'sw.js').sort();
const files = all.filter(f => !isLater(f));
const measure = f => {
  const data = readFileSync(join(dir, f));
  return {
    file: f,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
// The language file the first screen needs: the largest, so the total holds for every language.
const texts = readdirSync(join(dir, 'locales'))
  .filter(f => /^[a-z]{2}\.[0-9a-f]{8}\.txt$/.test(f))
  .map(f => measure(join('locales', f)))
  .sort((a, b) => b.brotli - a.brotli)
  .slice(0, 1);
const rows = [...files.map(measure), ...texts];
const laterRows = all.filter(isLater).map(measure);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(40)} ${pad('raw', 10)} ${pad('gzip', 10)} ${pad('brotli', 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(40)} ${pad(r.raw, 10)} ${pad(r.gzip, 10)} ${pad(r.brotli, 10)}`);
console.log(`${'total first load'.padEnd(40)} ${pad(total.raw, 10)} ${pad(total.gzip, 10)} ${pad(total.brotli, 10)}`);
console.log(`(${(total.brotli / 1024).toFixed(1)} KiB brotli)`);
for (const r of laterRows) {
  console.log(`${('later: ' + r.file).padEnd(40)} ${pad(r.raw, 10)} ${pad(r.gzip, 10)} ${pad(r.brotli, 10)}`);
}
if (budget !== null && total.brotli > budget) {
  console.error(`size budget exceeded: ${total.brotli} bytes brotli > ${budget}`);
  process.exit(1);
}
