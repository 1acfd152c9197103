// Draws resources/icon.png (512x512): a briefing page on a dark-blue rounded square.
// `node scripts/build/icon.mjs [OUT]`; no image libraries, just geometry and node:zlib.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = resolve(process.argv[2] ?? join(root, 'resources', 'icon.png'));

const hex = (value) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const page = { left: 146, top: 104, right: 366, bottom: 408, fold: 62 };
const lines = [
  { y: 236, right: 334 },
  { y: 272, right: 334 },
  { y: 308, right: 300 },
  { y: 344, right: 318 },
];

/** The page with its top-right corner folded down. */
function onSheet(x, y) {
  const inPage = insideRoundedRect(x, y, page.left, page.top, page.right, page.bottom, 10);
  return inPage && x - (page.right - page.fold) <= y - page.top;
}

/** The colour at one sample point, painted back to front; null is transparent. */
function sample(x, y) {
  if (!insideRoundedRect(x, y, 16, 16, 496, 496, 104)) return null;
  const t = (y - 16) / 480;
  const top = hex('#2c5282');
  const bottom = hex('#1a2f4f');
  let colour = top.map((c, i) => Math.round(c + (bottom[i] - c) * t));
  if (onSheet(x - 8, y - 12)) colour = colour.map((c) => Math.round(c * 0.72));
  if (onSheet(x, y)) {
    colour = hex('#ffffff');
    if (insideRoundedRect(x, y, 180, 160, 270, 184, 6)) colour = hex('#d64541');
    for (const line of lines) {
      if (insideRoundedRect(x, y, 180, line.y, line.right, line.y + 14, 7)) colour = hex('#8fa3bf');
    }
    const foldX = page.right - page.fold;
    if (x >= foldX && y <= page.top + page.fold && x - foldX <= y - page.top) colour = hex('#c3cfdf');
  }
  return colour;
}

function render() {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const at = (py * SIZE + px) * 4;
      if (covered === 0) continue;
      pixels[at] = Math.round(r / covered);
      pixels[at + 1] = Math.round(g / covered);
      pixels[at + 2] = Math.round(b / covered);
      pixels[at + 3] = Math.round((255 * covered) / SAMPLES ** 2);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
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

function encodePng(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, encodePng(render()));
console.log(`wrote ${out}`);
