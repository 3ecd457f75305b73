import { z } from 'zod';
import { ProblemError } from '../model/problem.ts';
import { COMMAND_IDS, type CommandId } from './commands.ts';

/**
 * The one contract between the renderer and its host (the Electron main process, or the browser host).
 *
 * Everything the renderer may ask of the host is a request in `REQUESTS`: a name, a zod schema for the
 * payload and one for the result. Everything the host may tell the renderer is an event in `EVENTS`.
 * The preload, the main-side router and the renderer's `window.raaderum` type (`RaaderumHost`) are all
 * derived from these two maps, so a renamed request breaks the compiler, not the user.
 *
 * The contract is host-neutral: files travel as bytes and names, never as paths. The Electron host keeps
 * the paths it was granted (by a dialog, a drop, the recent list or the OS) on its own side.
 */

/** Bytes that survived structured clone (and `contextBridge`, which copies them into another realm). */
export const bytesSchema = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array || Object.prototype.toString.call(value) === '[object Uint8Array]',
  { message: 'Forventede bytes (Uint8Array).' },
);

/** A file name as the user sees it ("Budget 2027.xlsx"); never a path. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/]/.test(name) && !name.includes('\0'), {
    message: 'Et filnavn må ikke indeholde en sti.',
  });

/** What a file is to the renderer: a budget workbook, a department submission or a `.raaderum` project. */
export const fileKindSchema = z.enum(['workbook', 'proposals', 'project']);
export type FileKind = z.infer<typeof fileKindSchema>;

export const openedFileSchema = z.object({ name: fileNameSchema, bytes: bytesSchema });
export type OpenedFile = z.infer<typeof openedFileSchema>;

/**
 * A project the host read for the renderer. `grant` (Electron) stands for the file's path: the file becomes
 * the window's document, the one a plain "Gem" writes to, only when the renderer has loaded the project and
 * passes the grant to `adoptProject`; until then (the user may still answer "Annuller" to "Vil du gemme
 * ændringerne …?", or the file may not be a project) the document stays what it was.
 */
export const grantSchema = z.string().min(1).max(100);
export const openedProjectSchema = openedFileSchema.extend({ grant: grantSchema.optional() });
export type OpenedProject = z.infer<typeof openedProjectSchema>;

export const openedFileWithKindSchema = openedProjectSchema.extend({ kind: fileKindSchema });
export type OpenedFileWithKind = z.infer<typeof openedFileWithKindSchema>;

/**
 * The outcome of writing a file. A locked file or a read-only share is an expected outcome, not a crash:
 * `failed` carries a stable code and the Danish sentence to show, and nothing has been lost.
 */
export const writeOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), name: fileNameSchema }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), code: z.string(), message: z.string() }),
]);
export type WriteOutcome = z.infer<typeof writeOutcomeSchema>;

export const recentFileSchema = z.object({
  /** Opaque; pass it back to `openRecent`. */
  id: z.string().min(1).max(100),
  name: fileNameSchema,
  kind: fileKindSchema,
  /** ISO 8601. */
  openedAt: z.string(),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

export const recoveryEntrySchema = z.object({
  id: z.string().min(1).max(100),
  /** The document's name when it was autosaved ("Nyt projekt" when it had none). */
  name: z.string().min(1).max(255),
  /** ISO 8601. */
  savedAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** `win32`, `darwin`, `linux` in Electron; `web` in a browser. */
  platform: z.string(),
  /** True in an installed build (devtools off). */
  packaged: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const none = z.undefined();

/** Every request the renderer may make. Payload `none` means the method takes no argument. */
export const REQUESTS = {
  /** Shows the open dialog for a budget workbook (xlsx, xlsm, ods, csv); null when cancelled. */
  openWorkbook: { payload: none, result: openedFileSchema.nullable() },
  /** Shows the open dialog for department submissions (several files at once); empty when cancelled. */
  openProposals: { payload: none, result: z.array(openedFileSchema) },
  /** Shows the open dialog for a `.raaderum` project; see `adoptProject` for when it becomes the document. */
  openProject: { payload: none, result: openedProjectSchema.nullable() },
  /** The renderer has loaded the project opened with this grant: its file is now the window's document. */
  adoptProject: { payload: z.object({ grant: grantSchema }), result: z.undefined() },
  /** The page started a document with no file (Tomt projekt, a new budget): the next "Gem" asks where. */
  newDocument: { payload: none, result: z.undefined() },
  /**
   * Saves the project to the current document's file; asks where (suggesting `suggestedName`) when the
   * document has none yet. Atomic, keeps `.bak`, removes this window's recovery copy on success.
   */
  saveProject: {
    payload: z.object({ bytes: bytesSchema, suggestedName: fileNameSchema }),
    result: writeOutcomeSchema,
  },
  /** Always asks where; the chosen file becomes the current document. */
  saveProjectAs: {
    payload: z.object({ bytes: bytesSchema, suggestedName: fileNameSchema }),
    result: writeOutcomeSchema,
  },
  /** Asks where to write the prioriteringskatalog (xlsx) and writes it atomically. */
  writeCatalogue: {
    payload: z.object({ bytes: bytesSchema, suggestedName: fileNameSchema }),
    result: writeOutcomeSchema,
  },
  /** Prints the current view to a PDF the user places. */
  printToPdf: {
    payload: z.object({ suggestedName: fileNameSchema, landscape: z.boolean().optional() }),
    result: writeOutcomeSchema,
  },
  /** Recently opened or saved files, newest first. */
  listRecent: { payload: none, result: z.array(recentFileSchema) },
  /** Opens a file from the recent list by its id (a project with a grant, as `openProject`). */
  openRecent: { payload: z.object({ id: z.string().min(1).max(100) }), result: openedFileWithKindSchema },
  /** Stores the current unsaved project (autosave: about a second after the last change, and on blur). */
  putRecovery: {
    payload: z.object({ bytes: bytesSchema, name: z.string().min(1).max(255) }),
    result: z.undefined(),
  },
  /** Copies left by sessions that did not end cleanly (a crash), newest first; offer "Gendan". */
  listRecovery: { payload: none, result: z.array(recoveryEntrySchema) },
  getRecovery: {
    payload: z.object({ id: z.string().min(1).max(100) }),
    result: openedFileSchema.extend({ name: z.string().min(1).max(255) }).nullable(),
  },
  /** Removes one recovery copy, or this session's own copy when `id` is left out. */
  clearRecovery: { payload: z.object({ id: z.string().min(1).max(100).optional() }), result: z.undefined() },
  appInfo: { payload: none, result: appInfoSchema },
  /** The document's name and whether it has unsaved changes: the window title and the close prompt use it. */
  setDocumentState: {
    payload: z.object({ name: z.string().min(1).max(255), dirty: z.boolean() }),
    result: z.undefined(),
  },
} as const;

/** Commands the host dispatches to the renderer by id (the renderer owns what they do): any in the table. */
export const hostCommandIdSchema = z.enum(COMMAND_IDS);
export type HostCommandId = CommandId;

/** Everything the host may send the renderer. */
export const EVENTS = {
  /** A menu item was chosen (or, after "Gem" in the close prompt, `file.save`). */
  command: z.object({ id: hostCommandIdSchema }),
  /** A file arrived from the OS (double-click, "Åbn med", a second launch), a drop or the recent menu. */
  fileOpened: openedFileWithKindSchema,
} as const;

export type RequestName = keyof typeof REQUESTS;
export type EventName = keyof typeof EVENTS;
export type RequestPayload<N extends RequestName> = z.infer<(typeof REQUESTS)[N]['payload']>;
export type RequestResult<N extends RequestName> = z.infer<(typeof REQUESTS)[N]['result']>;
export type EventPayload<N extends EventName> = z.infer<(typeof EVENTS)[N]>;

export const REQUEST_NAMES = Object.keys(REQUESTS) as RequestName[];
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

/** One IPC channel per request; the prefix keeps them apart from anything Electron sends itself. */
export function requestChannel(name: RequestName): string {
  return `raaderum:request:${name}`;
}
export function eventChannel(name: EventName): string {
  return `raaderum:event:${name}`;
}

/**
 * Preload → main only, never exposed to the page: the path of a file dropped on the window (from
 * `webUtils.getPathForFile`). The host opens it and answers with a `fileOpened` event.
 */
export const DROP_CHANNEL = 'raaderum:internal:drop';

/** A method of the host: requests without a payload take no argument. */
export type RequestMethod<N extends RequestName> = [RequestPayload<N>] extends [undefined]
  ? () => Promise<RequestResult<N>>
  : (payload: RequestPayload<N>) => Promise<RequestResult<N>>;

/** Subscribes to a host event; returns the function that unsubscribes. */
export type EventSubscriber<N extends EventName> = (
  listener: (payload: EventPayload<N>) => void,
) => () => void;

type EventMethodName<N extends EventName> = `on${Capitalize<N>}`;

/**
 * `window.raaderum`: one method per request, one `onX` per event (`onCommand`, `onFileOpened`), and `kind`.
 */
export type RaaderumHost = { readonly kind: 'electron' | 'web' } & {
  readonly [N in RequestName]: RequestMethod<N>;
} & {
  readonly [N in EventName as EventMethodName<N>]: EventSubscriber<N>;
};

export function eventMethodName<N extends EventName>(name: N): EventMethodName<N> {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as EventMethodName<N>;
}

/**
 * What actually crosses the wire for a request. The router never lets an exception escape into Electron
 * (whose rejection text is "Error invoking remote method …"): it answers with a code and a Danish message,
 * and the preload turns that back into a `HostError`.
 */
export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;

/** A request the host refused or could not carry out; `message` is Danish and can be shown as it is. */
export class HostError extends ProblemError {
  readonly code: string;
  constructor(code: string, message: string) {
    super({ code, severity: 'error', message });
    this.name = 'HostError';
    this.code = code;
  }
}

/** Stable codes of `HostError` and of `failed` write outcomes. */
export const HOST_ERROR_CODES = {
  unknownChannel: 'ipc.unknown-channel',
  badPayload: 'ipc.bad-payload',
  badResult: 'ipc.bad-result',
  foreignSender: 'ipc.foreign-sender',
  failed: 'host.failed',
  fileLocked: 'file.locked',
  readOnly: 'file.read-only',
  notFound: 'file.not-found',
  unsupported: 'file.unsupported',
  tooLarge: 'file.too-large',
  diskFull: 'file.disk-full',
  writeFailed: 'file.write-failed',
  /** A save or export aimed at a file the session read from: the source is never an output. */
  isSource: 'file.is-source',
} as const;

/** Validates a payload against its request's schema; throws `HostError` with a Danish message if it fails. */
export function parsePayload<N extends RequestName>(name: N, payload: unknown): RequestPayload<N> {
  const parsed = REQUESTS[name].payload.safeParse(payload);
  if (!parsed.success) {
    throw new HostError(HOST_ERROR_CODES.badPayload, `Ugyldig forespørgsel til værten (${name}).`);
  }
  return parsed.data as RequestPayload<N>;
}

/** Validates a result against its request's schema; throws `HostError` if the host answered something else. */
export function parseResult<N extends RequestName>(name: N, result: unknown): RequestResult<N> {
  const parsed = REQUESTS[name].result.safeParse(result);
  if (!parsed.success) {
    throw new HostError(HOST_ERROR_CODES.badResult, `Værten svarede uventet (${name}).`);
  }
  return parsed.data as RequestResult<N>;
}

export function parseEvent<N extends EventName>(name: N, payload: unknown): EventPayload<N> | null {
  const parsed = EVENTS[name].safeParse(payload);
  return parsed.success ? (parsed.data as EventPayload<N>) : null;
}
