import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'raaderum-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('atomisk gem', () => {
  it('skriver filen og beholder den forrige version som .bak', async () => {
    const file = join(dir, 'projekt.raaderum');
    await writeFileAtomic(file, 'version 1');
    await writeFileAtomic(file, 'version 2');
    expect(await readFile(file, 'utf8')).toBe('version 2');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('version 1');
  });

  it('efterlader ingen midlertidige filer', async () => {
    const file = join(dir, 'a.raaderum');
    await writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect((await readdir(dir)).sort()).toEqual(['a.raaderum']);
  });

  it('lader den gamle fil stå urørt, når mappen ikke findes', async () => {
    const file = join(dir, 'findes-ikke', 'x.raaderum');
    await expect(writeFileAtomic(file, 'x')).rejects.toThrow();
    await writeFile(join(dir, 'b.raaderum'), 'gammel');
    expect(await readFile(join(dir, 'b.raaderum'), 'utf8')).toBe('gammel');
  });
});
