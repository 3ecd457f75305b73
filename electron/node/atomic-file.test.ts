import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempFilePattern, writeFileAtomic } from './atomic-file.ts';

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

  it('fjerner midlertidige filer, som et afbrudt gem af samme fil efterlod, og kun dem', async () => {
    const file = join(dir, 'p.raaderum');
    const ours = ['.p.raaderum.0123456789ab.tmp', '.p.raaderum.a1b2c3d4e5f6.tmp'];
    const others = ['.p.raaderum.mine.tmp', '.q.raaderum.0123456789ab.tmp', 'p.raaderum.tmp', 'noter.txt'];
    for (const name of [...ours, ...others]) await writeFile(join(dir, name), 'halvt skrevet');
    await writeFileAtomic(file, 'ny');
    expect((await readdir(dir)).sort()).toEqual([...others, 'p.raaderum'].sort());
    expect(tempFilePattern('p.raaderum').test('.p.raaderum.0123456789ab.tmp')).toBe(true);
  });

  it('sikkerhedskopien er en fuld, selvstændig fil: den nye version ændrer den ikke', async () => {
    const file = join(dir, 'c.raaderum');
    await writeFileAtomic(file, 'første');
    await writeFileAtomic(file, 'anden');
    await writeFileAtomic(file, 'tredje');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('anden');
    expect((await stat(`${file}.bak`)).ino).not.toBe((await stat(file)).ino);
    expect((await readdir(dir)).sort()).toEqual(['c.raaderum', 'c.raaderum.bak']);
  });

  it.each(['beforeRename', 'afterBackup'] as const)(
    'en proces dræbt ved %s efterlader filen og en hel .bak; næste gem rydder op',
    async (step) => {
      const file = join(dir, 'd.raaderum');
      await writeFileAtomic(file, 'første');
      await writeFileAtomic(file, 'anden');
      const script = join(dir, 'crash.mts');
      await writeFile(
        script,
        `import { writeFileAtomic } from ${JSON.stringify(join(import.meta.dirname, 'atomic-file.ts'))};
         await writeFileAtomic(${JSON.stringify(file)}, 'tredje', {
           ${step}: () => { process.kill(process.pid, 'SIGKILL'); },
         });`,
      );
      const child = spawnSync(process.execPath, ['--import', 'tsx', script], { timeout: 60_000 });
      expect(child.signal).toBe('SIGKILL');
      expect(await readFile(file, 'utf8')).toBe('anden');
      // Killed before the backup moved on, or after it: either way the .bak is a whole earlier version.
      expect(await readFile(`${file}.bak`, 'utf8')).toBe(step === 'beforeRename' ? 'første' : 'anden');
      expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
      await writeFileAtomic(file, 'fjerde');
      expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );
});
