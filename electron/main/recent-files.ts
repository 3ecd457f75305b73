import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { z } from 'zod';
import type { FileKind, RecentFile } from '../../shared/ipc/contract.ts';

const MAX_RECENT = 10;

const storedSchema = z.array(
  z.object({
    id: z.string(),
    path: z.string(),
    name: z.string(),
    kind: z.enum(['workbook', 'proposals', 'project']),
    openedAt: z.string(),
  }),
);
type StoredRecent = z.infer<typeof storedSchema>[number];

export interface RecentFilesStorage {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

/**
 * The recent list is also a list of grants: the renderer only ever sees ids and names, and asks for a file
 * by id. A corrupt or missing list is an empty list.
 */
export class RecentFiles {
  private entries: StoredRecent[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: RecentFilesStorage,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(): Promise<RecentFile[]> {
    return (await this.load()).map(({ id, name, kind, openedAt }) => ({ id, name, kind, openedAt }));
  }

  async add(path: string, kind: FileKind): Promise<void> {
    const id = recentId(path);
    const rest = (await this.load()).filter((entry) => entry.id !== id);
    this.entries = [
      { id, path, name: basename(path), kind, openedAt: this.now().toISOString() },
      ...rest,
    ].slice(0, MAX_RECENT);
    await this.save();
  }

  async remove(id: string): Promise<void> {
    this.entries = (await this.load()).filter((entry) => entry.id !== id);
    await this.save();
  }

  /** Called after every change (the "Seneste" menu is rebuilt). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async save(): Promise<void> {
    await this.storage.write(JSON.stringify(this.entries, null, 2));
    for (const listener of this.listeners) listener();
  }

  /** The path behind an id, or null when the id is not on the list. */
  async pathOf(id: string): Promise<{ path: string; kind: FileKind } | null> {
    const entry = (await this.load()).find((candidate) => candidate.id === id);
    return entry ? { path: entry.path, kind: entry.kind } : null;
  }

  private async load(): Promise<StoredRecent[]> {
    if (this.entries !== null) return this.entries;
    let parsed: StoredRecent[] = [];
    try {
      const text = await this.storage.read();
      const result = text === null ? null : storedSchema.safeParse(JSON.parse(text));
      if (result?.success) parsed = result.data.slice(0, MAX_RECENT);
    } catch {
      parsed = [];
    }
    this.entries = parsed;
    return parsed;
  }
}

function recentId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 16);
}
