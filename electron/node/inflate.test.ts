import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isReadError } from '../../shared/model/problem.ts';
import { setPlatformInflater } from '../../shared/workbook/index.ts';
import { ZipArchive } from '../../shared/workbook/zip.ts';
import { nodeInflater } from './inflate.ts';

/** 3 MB of hex digits from a hash chain: compresses to about half, so the part goes to the platform inflater. */
const part = ((): Uint8Array => {
  const out: string[] = [];
  let h = 'råderum';
  for (let i = 0; i < 3_000_000 / 64; i++) out.push((h = createHash('sha256').update(h).digest('hex')));
  return new TextEncoder().encode(out.join(''));
})();
const zipped = zipSync({ 'xl/worksheets/sheet1.xml': part }, { level: 6 });

/** The zip with its one entry's uncompressed size in the central directory set to `size`. */
function declaring(size: number): Uint8Array {
  const out = zipped.slice();
  const view = new DataView(out.buffer);
  const at = out.length - 22 - 46 - 'xl/worksheets/sheet1.xml'.length;
  expect(view.getUint32(at, true)).toBe(0x02014b50);
  view.setUint32(at + 24, size, true);
  return out;
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array | string> {
  try {
    const zip = new ZipArchive(bytes, 'stor.xlsx');
    const entry = zip.find('xl/worksheets/sheet1.xml');
    if (!entry) throw new Error('entry missing');
    return await zip.readBytes(entry);
  } catch (error) {
    return isReadError(error) ? error.problem.code : String(error);
  }
}

describe('kommandolinjens udpakning med node:zlib i store stykker', () => {
  /** How many inflaters node:zlib made: the large part must go to it, not to DecompressionStream. */
  let made = 0;
  beforeEach(() => {
    made = 0;
    setPlatformInflater(() => {
      made++;
      return nodeInflater();
    });
  });
  afterEach(() => setPlatformInflater(null));

  it('giver præcis de bytes, der blev pakket', async () => {
    expect(zipped.length).toBeGreaterThan(512 * 1024);
    const out = await inflate(zipped);
    expect(made).toBe(1);
    expect(out instanceof Uint8Array && Buffer.from(out).equals(Buffer.from(part))).toBe(true);
  });

  it('en del, der fylder mere end kataloget siger, afvises som zip-bombe', async () => {
    expect(await inflate(declaring(1_000_000))).toBe('decompression_bomb');
    expect(made).toBe(1);
  });

  it('ødelagte komprimerede data afvises som beskadiget fil', async () => {
    const broken = zipped.slice();
    const view = new DataView(broken.buffer);
    // The first byte of the deflate data becomes a block of the reserved type 3, which no inflater accepts.
    broken[30 + view.getUint16(26, true) + view.getUint16(28, true)] = 0xff;
    expect(await inflate(broken)).toBe('corrupt_or_truncated');
    expect(made).toBe(1);
  });
});
