import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Windows and macOS (APFS, HFS+) compare file names without case by default. */
function caseInsensitive(platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}

/**
 * The path as the file system sees it: symbolic links and `..` resolved; for a file that does not exist yet,
 * its folder resolved and its name kept. Lower-cased where the platform ignores case.
 */
export async function canonicalPath(
  path: string,
  platform: NodeJS.Platform = process.platform,
): Promise<string> {
  const absolute = resolve(path);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    real = await realpath(dirname(absolute)).then(
      (dir) => join(dir, basename(absolute)),
      () => absolute,
    );
  }
  return caseInsensitive(platform) ? real.toLowerCase() : real;
}

async function identity(path: string): Promise<string | null> {
  try {
    // bigint: a Windows file id does not fit a double
    const info = await stat(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/**
 * The first of `inputs` that is the same file as `output` (by real path, case-insensitively on Windows and
 * macOS, or as the same file on disk through a hard link), or null. Every command and dialog that writes asks
 * this before writing: a source a user read from is never replaced by an output.
 */
export async function sourceAmong(
  output: string,
  inputs: readonly string[],
  platform: NodeJS.Platform = process.platform,
): Promise<string | null> {
  const target = await canonicalPath(output, platform);
  const targetId = await identity(output);
  for (const input of inputs) {
    if ((await canonicalPath(input, platform)) === target) return input;
    if (targetId !== null && (await identity(input)) === targetId) return input;
  }
  return null;
}
