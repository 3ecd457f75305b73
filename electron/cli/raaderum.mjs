#!/usr/bin/env node
// The `raaderum` command. The CLI is TypeScript that runs the same shared/ code as the app. `npm install`
// bundles it into out/cli/ (electron/cli/build.mjs, the `prepare` script), which starts fast; when that bundle
// is missing or older than the sources (a developer's edit), tsx runs the sources instead.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshBundle } from './bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const bundle = freshBundle(join(root, 'out/cli'), [join(root, 'electron'), join(root, 'shared')]);
const argv = process.argv.slice(2);
const [first] = argv;
// `raaderum`, `raaderum --help`: the help the build wrote beside the bundle, without loading every command.
if (bundle && (first === undefined || first === '--help' || first === '-h')) {
  let help;
  try {
    help = readFileSync(join(dirname(bundle), 'help.txt'), 'utf8');
  } catch {
    help = undefined;
  }
  if (help !== undefined) {
    process.stdout.write(help);
    // As main(): asked for, it is an answer (0); without any command it is wrong usage (1).
    process.exit(first === undefined ? 1 : 0);
  }
}
let main;
if (bundle) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(argv);
