#!/usr/bin/env node
// `npm start`: find the Electron program, build main, preload and renderer with electron-vite, launch.
// Where Electron's program is missing and cannot be fetched (an offline laptop, a locked-down network),
// say so in one line and how to fix it, instead of a stack trace from the download.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const appArgs = args.filter((arg) => arg !== '--no-build');

function fail(line) {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

function platformPath() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    return null;
  }
}

function electronVersion(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return '45';
  }
}

/** The Electron executable, fetched once if it is missing; null when it cannot be had. */
function findElectron() {
  const dir = electronPackageDir();
  if (dir === null) return { path: null, reason: 'package' };
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, platformPath());
    return existsSync(candidate) ? { path: candidate } : { path: null, reason: 'override', dir };
  }
  const recorded = () => {
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const candidate = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(candidate) ? candidate : null;
  };
  const found = recorded();
  if (found) return { path: found };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { path: null, reason: 'skipped', dir };
  // Electron 45 fetches its program on first launch; do that once, quietly, with a time limit.
  process.stdout.write('Henter Electron-programmet (første start) …\n');
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
    cwd: dir,
    stdio: 'pipe',
    timeout: 120_000,
    env: process.env,
  });
  const fetched = result.status === 0 ? recorded() : null;
  return fetched ? { path: fetched } : { path: null, reason: 'download', dir };
}

const electron = findElectron();
if (electron.path === null) {
  const version = electron.dir ? electronVersion(electron.dir) : '45';
  if (electron.reason === 'package') {
    fail(
      "Electron er ikke installeret: kør 'npm install' i projektmappen. (Electron is not installed: run 'npm install'.)",
    );
  }
  if (electron.reason === 'override') {
    fail(
      `ELECTRON_OVERRIDE_DIST_PATH peger på en mappe uden Electron-programmet (${platformPath()}): pak Electron ${version} til ${process.platform}-${process.arch} ud dér. (ELECTRON_OVERRIDE_DIST_PATH has no Electron executable.)`,
    );
  }
  fail(
    `Electron-programmet mangler (ingen netforbindelse til at hente det). Kør 'npm install' på en maskine med internet, eller sæt ELECTRON_OVERRIDE_DIST_PATH til en mappe med en udpakket Electron ${version} (${process.platform}-${process.arch}). (The Electron ${version} binary is missing and could not be downloaded; run 'npm install' online or set ELECTRON_OVERRIDE_DIST_PATH.)`,
  );
}

if (!skipBuild) {
  const viteCli = join(
    dirname(require.resolve('electron-vite/package.json', { paths: [root] })),
    'bin',
    'electron-vite.js',
  );
  const build = spawnSync(process.execPath, [viteCli, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0)
    fail('Byggeriet af Råderum mislykkedes (se fejlene ovenfor). (The build failed; see the errors above.)');
}

const child = spawn(electron.path, [root, ...appArgs], { cwd: root, stdio: 'inherit', windowsHide: false });
child.on('error', (error) =>
  fail(`Electron kunne ikke startes: ${error.message}. (Electron could not be started.)`),
);
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
