#!/usr/bin/env node
// Draws Råderum's icon (a blue tile with three rising white bars over a base line: a budget with room
// to move) and writes the PNG sizes Linux and macOS use plus a Windows .ico holding PNG frames.
// Run with `node build/make-icons.mjs`; the outputs are committed, so packaging needs no image tools.
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MASTER = 1024;
const SAMPLES = 4; // per axis: 16 samples per pixel for smooth edges

const BLUE = [31, 78, 121];
const WHITE = [255, 255, 255];
const GOLD = [242, 183, 5];

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The colour at a point of the 1024 × 1024 design, or null outside the tile. */
function shade(x, y) {
  const margin = 64;
  if (!insideRoundedRect(x, y, margin, margin, MASTER - margin, MASTER - margin, 180)) return null;
  const bars = [
    { left: 250, top: 560, color: WHITE },
    { left: 440, top: 420, color: WHITE },
    { left: 630, top: 260, color: GOLD },
  ];
  for (const bar of bars) {
    if (insideRoundedRect(x, y, bar.left, bar.top, bar.left + 140, 790, 24)) return bar.color;
  }
  if (insideRoundedRect(x, y, 200, 810, 824, 850, 20)) return WHITE;
  return BLUE;
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = MASTER / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const color = shade((px + (sx + 0.5) / SAMPLES) * scale, (py + (sy + 0.5) / SAMPLES) * scale);
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const offset = (py * size + px) * 4;
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
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
function png(size) {
  const pixels = render(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function ico(frames) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(frames.length, 4);
  const entries = [];
  let offset = 6 + 16 * frames.length;
  for (const { size, data } of frames) {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...frames.map((frame) => frame.data)]);
}

const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const images = new Map(linuxSizes.map((size) => [size, png(size)]));
mkdirSync(join(here, 'icons'), { recursive: true });
for (const [size, data] of images) writeFileSync(join(here, 'icons', `${size}x${size}.png`), data);
writeFileSync(join(here, 'icon.png'), images.get(1024));
writeFileSync(
  join(here, 'icon.ico'),
  ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: images.get(size) }))),
);
process.stdout.write(`Ikoner skrevet i ${here}\n`);
