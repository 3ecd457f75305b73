import { copyFile, link, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface AtomicWriteOptions {
  /** Keep the previous version as `<file>.bak` (default true). */
  backup?: boolean;
  /**
   * Runs after the temporary file is flushed and before it replaces the target. Tests use it to inject a
   * crash at the one moment that matters; a throw here leaves the old file untouched.
   */
  beforeRename?: (tempPath: string) => Promise<void> | void;
  /** Runs after `<file>.bak` holds the previous version and before the new one replaces `<file>`; for crash tests. */
  afterBackup?: () => Promise<void> | void;
}

/** `.<name>.<12 hex>.tmp`: the temporary files this module makes beside `<name>`, and only those. */
export function tempFilePattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${escaped}\\.[0-9a-f]{12}\\.tmp$`);
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Temporary files this process is writing right now; a cleanup never touches them. */
const inProgress = new Set<string>();

/**
 * Writes a file so that a crash, a kill, a full disk or a lost network share never leaves a half-written
 * document or backup: the bytes go to a temporary file in the same folder (same volume, so the rename is
 * atomic) and are flushed; the previous version becomes `<file>.bak` by a rename as well (a hard link, or a
 * flushed copy where the file system has none); only then does the new file replace the target. At every
 * moment both the file and its `.bak` are complete. Temporary files a killed save left behind (same naming)
 * are removed by the next save of the same file.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(path);
  inProgress.add(temp);
  try {
    await writeFlushed(temp, data);
    try {
      await options.beforeRename?.(temp);
      if (options.backup !== false && (await exists(path))) await replaceBackup(path);
      await options.afterBackup?.();
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  } finally {
    inProgress.delete(temp);
  }
  await syncDirectory(dirname(path));
  await removeStaleTemps(path);
}

async function writeFlushed(path: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

/** `<file>.bak` becomes the current `<file>` in one rename, from a hard link or a flushed copy. */
async function replaceBackup(path: string): Promise<void> {
  const temp = tempPathFor(path);
  inProgress.add(temp);
  try {
    try {
      await link(path, temp);
    } catch {
      // No hard links here (FAT, some network shares): a copy, flushed before it is renamed.
      await copyFile(path, temp);
      const handle = await open(temp, 'r+');
      await handle.sync().finally(() => handle.close());
    }
    await rename(temp, `${path}.bak`);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    inProgress.delete(temp);
  }
}

/** Makes the renames durable on POSIX; Windows cannot open a folder for this and needs it less. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // not supported on this platform or file system; the rename itself is already atomic
  }
}

/** Leftovers of earlier saves of `path` that were killed or lost power; best effort. */
async function removeStaleTemps(path: string): Promise<void> {
  const dir = dirname(path);
  const pattern = tempFilePattern(basename(path));
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const full = join(dir, name);
    if (pattern.test(name) && !inProgress.has(full)) await unlink(full).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Why a file could not be written or read, in words a finance user can act on. */
export interface FileErrorDescription {
  code: 'file.locked' | 'file.read-only' | 'file.not-found' | 'file.disk-full' | 'file.write-failed';
  message: string;
}

/**
 * Maps the Node error of a failed save to a Danish message. On Windows a file that Excel (or another
 * program) has open fails with EBUSY or EPERM; a read-only share or folder gives EROFS or EACCES.
 */
export function describeFileError(error: unknown, fileName: string): FileErrorDescription {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'ETXTBSY':
      return {
        code: 'file.locked',
        message: `'${fileName}' kunne ikke gemmes, fordi filen er åben i et andet program (måske Excel). Luk filen dér og prøv igen, eller gem under et andet navn. Intet er gået tabt.`,
      };
    case 'EROFS':
    case 'EACCES':
      return {
        code: 'file.read-only',
        message: `'${fileName}' kunne ikke gemmes, fordi mappen eller drevet er skrivebeskyttet. Gem et andet sted, fx i Dokumenter. Intet er gået tabt.`,
      };
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        code: 'file.not-found',
        message: `'${fileName}' eller dens mappe findes ikke længere. Den kan være flyttet, eller netværksdrevet er ikke forbundet.`,
      };
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code: 'file.disk-full',
        message: `'${fileName}' kunne ikke gemmes, fordi der ikke er mere plads på drevet. Frigør plads eller gem et andet sted. Intet er gået tabt.`,
      };
    default:
      return {
        code: 'file.write-failed',
        message: `'${fileName}' kunne ikke gemmes (${code || 'ukendt fejl'}). Prøv igen eller gem et andet sted. Intet er gået tabt.`,
      };
  }
}
