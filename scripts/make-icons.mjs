#!/usr/bin/env node
// Draws the toolbar/store icon at 16, 32, 48 and 128 px into assets/public/icon/ as PNG, with
// Node's zlib only (no image tools, no downloads). The same bytes on every run; rerun after a change:
//   node scripts/make-icons.mjs
// The design: a mountain (Nagorno = "mountainous") on a deep blue tile, with the soft yellow bar the
// extension uses to mark a claim sentence.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '../assets/public/icon');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1), painted back to front; each returns true when (x, y) is inside.
const BLUE = [11, 61, 98];
const WHITE = [255, 255, 255];
const SNOW = [214, 228, 240];
const YELLOW = [250, 204, 21];
const R = 0.2; // tile corner radius
function inTile(x, y) {
  const cx = Math.min(Math.max(x, R), 1 - R);
  const cy = Math.min(Math.max(y, R), 1 - R);
  return (x - cx) ** 2 + (y - cy) ** 2 <= R * R;
}
// Two peaks: the big one centred, a smaller one behind on the right.
const inPeak = (x, y, px, py, half, base) => y <= base && y >= py && Math.abs(x - px) <= ((y - py) / (base - py)) * half;
const shapes = [
  [inTile, BLUE],
  [(x, y) => inPeak(x, y, 0.66, 0.3, 0.26, 0.7), SNOW],
  [(x, y) => inPeak(x, y, 0.42, 0.2, 0.32, 0.7), WHITE],
  [(x, y) => x >= 0.16 && x <= 0.84 && y >= 0.76 && y <= 0.86, YELLOW],
];

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4; // 4x4 supersampling for smooth edges at 16 px
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const ux = (x + (sx + 0.5) / S) / size;
          const uy = (y + (sy + 0.5) / S) / size;
          let color = null;
          for (const [inside, c] of shapes) if ((inside === inTile || inTile(ux, uy)) && inside(ux, uy)) color = c;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        px[i] = Math.round(r / a);
        px[i + 1] = Math.round(g / a);
        px[i + 2] = Math.round(b / a);
        px[i + 3] = Math.round((a / (S * S)) * 255);
      }
    }
  }
  return px;
}

/** The icons' PNG bytes by size; tests/unit/icons.test.ts checks the committed ones against them. */
export function icons() {
  return Object.fromEntries([16, 32, 48, 128].map((size) => [size, png(size, draw(size))]));
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  mkdirSync(OUT, { recursive: true });
  for (const [size, bytes] of Object.entries(icons())) {
    writeFileSync(join(OUT, `${size}.png`), bytes);
    console.log(`icon/${size}.png`);
  }
}
