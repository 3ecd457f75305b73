import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const launcher = join(root, 'electron', 'launch.mjs');
const electronInstalled = existsSync(join(root, 'node_modules', 'electron', 'path.txt'));

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'raaderum-launch-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function launch(args: string[], env: Record<string, string | undefined>) {
  const cleanEnv = { ...process.env };
  delete cleanEnv.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [launcher, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...cleanEnv, ...env },
  });
}

describe('npm start', () => {
  it.skipIf(electronInstalled)(
    'siger på én linje, at Electron-programmet mangler, og hvordan det løses',
    () => {
      const result = launch([], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('Electron-programmet mangler');
      expect(lines[0]).toContain('npm install');
      expect(lines[0]).toContain('ELECTRON_OVERRIDE_DIST_PATH');
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    },
  );

  it('siger tydeligt til, når ELECTRON_OVERRIDE_DIST_PATH peger på en tom mappe', () => {
    const result = launch([], { ELECTRON_OVERRIDE_DIST_PATH: dir });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(process.platform !== 'linux')(
    'starter Electron med appens mappe og filerne og giver dens exitkode videre',
    () => {
      const log = join(dir, 'args.txt');
      const binary = join(
        dir,
        process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron',
      );
      if (process.platform === 'darwin') return; // the fake below is a plain file, not an app bundle
      writeFileSync(binary, `#!/bin/sh\nprintf '%s\\n' "$@" > ${JSON.stringify(log)}\nexit 3\n`);
      chmodSync(binary, 0o755);
      const result = launch(['--no-build', 'Budget 2027.raaderum'], { ELECTRON_OVERRIDE_DIST_PATH: dir });
      expect(result.status).toBe(3);
      expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([root, 'Budget 2027.raaderum']);
    },
  );
});
