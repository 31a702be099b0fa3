#!/usr/bin/env node
// Draws Rotta's app icons (a course arrow, white on the accent blue) as PNG files, with no
// download and no image library: a polygon rasterised with 4×4 supersampling, written as
// RGBA PNG with node's zlib. Run it after changing the drawing; the PNGs are committed.
//
//   node pwa/make-icons.mjs        → pwa/icons/icon-{192,512}.png, icon-maskable-{192,512}.png
//
// "any" icons: a rounded square with the arrow. "maskable" icons: full-bleed background and
// the arrow inside the central 80 % circle that every platform mask keeps.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ACCENT = [0x0b, 0x5c, 0xad]; // --c-accent in style/tokens.css
const WHITE = [0xff, 0xff, 0xff];

// The arrow in unit coordinates (0..1, y down): tip up-right, a notch at the centre.
const ARROW = [[0.80, 0.20], [0.20, 0.46], [0.50, 0.50], [0.54, 0.80]];

function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels of one icon. `scale` shrinks the arrow around the centre. */
function draw(size, { maskable }) {
  const scale = maskable ? 0.72 : 0.9;
  const arrow = ARROW.map(([x, y]) => [0.5 + (x - 0.5) * scale, 0.5 + (y - 0.5) * scale]);
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (maskable || inRoundedSquare(x, y, 0.18)) {
            if (inside(arrow, x, y)) fg++; else bg++;
          }
        }
      }
      const total = n * n;
      const alpha = (bg + fg) / total;
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        pixels[o + c] = alpha === 0 ? 0 : Math.round((ACCENT[c] * bg + WHITE[c] * fg) / (bg + fg));
      }
      pixels[o + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file of `size`×`size` RGBA pixels. */
export function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(dirname(fileURLToPath(import.meta.url)), 'icons');
mkdirSync(out, { recursive: true });
for (const size of [192, 512]) {
  writeFileSync(join(out, `icon-${size}.png`), png(size, draw(size, { maskable: false })));
  writeFileSync(join(out, `icon-maskable-${size}.png`), png(size, draw(size, { maskable: true })));
}
console.log(`icons written to ${out}`);
