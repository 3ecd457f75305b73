#!/usr/bin/env node
// Bundles the CLI into out/cli/ as plain JavaScript, so `raaderum` starts without compiling TypeScript on
// every call. Run by npm's `prepare` lifecycle (npm install / npm ci), so `npx raaderum` works right after
// install with no build output committed. Packages stay external (node_modules is there at run time), and
// code splitting keeps exceljs out of start-up: only the commands that write or read a catalogue load it.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const BUNDLE_DIR = join(here, '../../out/cli');

export async function buildCli(outdir = BUNDLE_DIR) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { main: join(here, 'main.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  // The module type of the bundle, whatever the folder above says.
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  // `raaderum --help` as the bundle prints it, so the launcher can print it without loading every command (the
  // commands load lazily; help needs them all). Written last: the launcher uses it only beside a fresh bundle.
  const { helpText } = await import(`${pathToFileURL(join(outdir, 'main.mjs')).href}?built=${Date.now()}`);
  writeFileSync(join(outdir, HELP_FILE), `${await helpText()}\n`);
}

/** The help text's file in the bundle folder. */
export const HELP_FILE = 'help.txt';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli(process.argv[2] ?? BUNDLE_DIR);
}
