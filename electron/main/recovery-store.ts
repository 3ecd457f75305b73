import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecoveryEntry } from '../../shared/ipc/contract.ts';

/** The file operations the store needs (node:fs/promises satisfies it; tests may wrap it). */
export interface RecoveryFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  unlink(path: string): Promise<void>;
}

const metaSchema = z.object({
  name: z.string().min(1).max(255),
  savedAt: z.string(),
  size: z.number().int(),
});
const ID_PATTERN = /^[a-z0-9-]{1,100}$/;

/**
 * Unsaved work, autosaved to the user-data folder (`recovery/<session>.bin` + `<session>.json`). Each window
 * has its own session id; copies whose session is still alive are this run's, all others were left by a
 * run that did not end cleanly and are offered for "Gendan". A save or a clean close removes the copy.
 */
export class RecoveryStore {
  private readonly live = new Set<string>();

  constructor(
    private readonly folder: string,
    private readonly fs: RecoveryFs,
    private readonly write: (path: string, data: Uint8Array | string) => Promise<void>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A new session id for a window of this run. */
  newSession(): string {
    const id = `${this.now().getTime().toString(36)}-${randomBytes(6).toString('hex')}`;
    this.live.add(id);
    return id;
  }

  endSession(session: string): void {
    this.live.delete(session);
  }

  async put(session: string, name: string, bytes: Uint8Array): Promise<void> {
    assertId(session);
    await this.fs.mkdir(this.folder, { recursive: true });
    const meta = { name, savedAt: this.now().toISOString(), size: bytes.byteLength };
    // Bytes first, then the metadata that makes them visible: a crash in between leaves no half entry.
    await this.write(join(this.folder, `${session}.bin`), bytes);
    await this.write(join(this.folder, `${session}.json`), JSON.stringify(meta));
  }

  /** Copies left by earlier runs (not this run's live windows), newest first. */
  async list(): Promise<RecoveryEntry[]> {
    let files: string[];
    try {
      files = await this.fs.readdir(this.folder);
    } catch {
      return [];
    }
    const entries: RecoveryEntry[] = [];
    for (const file of files) {
      if (!file.endsWith('.json')) continue;
      const id = file.slice(0, -'.json'.length);
      if (!ID_PATTERN.test(id) || this.live.has(id) || !files.includes(`${id}.bin`)) continue;
      const meta = await this.readMeta(id);
      if (meta) entries.push({ id, ...meta });
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async get(id: string): Promise<{ name: string; bytes: Uint8Array } | null> {
    if (!ID_PATTERN.test(id)) return null;
    const meta = await this.readMeta(id);
    if (!meta) return null;
    try {
      return {
        name: meta.name,
        bytes: new Uint8Array(await this.fs.readFile(join(this.folder, `${id}.bin`))),
      };
    } catch {
      return null;
    }
  }

  async clear(id: string): Promise<void> {
    if (!ID_PATTERN.test(id)) return;
    // Metadata first: once it is gone the entry is no longer offered, whatever happens to the bytes.
    await this.fs.unlink(join(this.folder, `${id}.json`)).catch(() => undefined);
    await this.fs.unlink(join(this.folder, `${id}.bin`)).catch(() => undefined);
  }

  private async readMeta(id: string): Promise<z.infer<typeof metaSchema> | null> {
    try {
      const text = new TextDecoder().decode(await this.fs.readFile(join(this.folder, `${id}.json`)));
      const parsed = metaSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}

function assertId(id: string): void {
  if (!ID_PATTERN.test(id)) throw new Error('Ugyldigt gendannelses-id.');
}
