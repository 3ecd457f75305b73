import { open, rename, copyFile, unlink, stat } from 'node:fs/promises';
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
}

/**
 * Writes a file so that a crash, a full disk or a lost network share never leaves a half-written document:
 * the bytes go to a temporary file in the same folder (same volume, so the rename is atomic), are flushed
 * to disk, and only then replace the target. The previous version is kept as `.bak`.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await options.beforeRename?.(temp);
    if (options.backup !== false && (await exists(path))) await copyFile(path, `${path}.bak`);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
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
