// Whether the prebuilt CLI in out/cli/ may be used: it must exist and be newer than every source file it was
// built from, so an edit to the TypeScript is never hidden behind an old bundle (the launcher then runs the
// sources through tsx instead). Checking the mtimes of the few hundred source files costs a few milliseconds.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time (ms) of the .ts files under `dirs`, tests left out. */
export function newestSource(dirs) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        newest = Math.max(newest, statSync(path).mtimeMs);
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return newest;
}

/** The bundle's entry file when it is there and not older than `sourceDirs`; otherwise undefined. */
export function freshBundle(bundleDir, sourceDirs) {
  const entry = join(bundleDir, 'main.mjs');
  let built;
  try {
    built = statSync(entry).mtimeMs;
  } catch {
    return undefined;
  }
  return built >= newestSource(sourceDirs) ? entry : undefined;
}
