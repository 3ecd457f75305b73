#!/usr/bin/env node
// The `raaderum` command. The CLI is TypeScript that runs the same shared/ code as the app;
// tsx loads it directly, so `npx raaderum` works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
