#!/usr/bin/env node
// The `raaderum` command. The CLI is TypeScript that runs the same shared/ code as the app. `npm install`
// bundles it into out/cli/ (electron/cli/build.mjs, the `prepare` script), which starts fast; when that bundle
// is missing or older than the sources (a developer's edit), tsx runs the sources instead.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshBundle } from './bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const bundle = freshBundle(join(root, 'out/cli'), [join(root, 'electron'), join(root, 'shared')]);
let main;
if (bundle) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
