import {
  EVENTS,
  HOST_ERROR_CODES,
  HostError,
  REQUEST_NAMES,
  envelopeSchema,
  eventChannel,
  eventMethodName,
  parseEvent,
  parsePayload,
  parseResult,
  requestChannel,
  type EventName,
  type EventPayload,
  type RaaderumHost,
  type RequestName,
  type RequestResult,
} from '../../shared/ipc/contract.ts';

/** The parts of `ipcRenderer` the preload uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

async function request<N extends RequestName>(
  ipc: IpcRendererLike,
  name: N,
  payload: unknown,
): Promise<RequestResult<N>> {
  const checked = parsePayload(name, payload);
  const envelope = envelopeSchema.safeParse(await ipc.invoke(requestChannel(name), checked));
  if (!envelope.success) throw new HostError(HOST_ERROR_CODES.badResult, 'Værten svarede uventet.');
  if (!envelope.data.ok) throw new HostError(envelope.data.code, envelope.data.message);
  return parseResult(name, envelope.data.value);
}

/**
 * Files opened from the OS can arrive before the page has subscribed (a double-click on a `.raaderum`
 * file starts the app with it), so they wait for the first listener. Menu commands are not kept: one
 * chosen before the page was ready should not run later by surprise.
 */
const BUFFERED_EVENTS: ReadonlySet<EventName> = new Set<EventName>(['fileOpened']);
const MAX_BUFFERED = 20;

function createEventHub<N extends EventName>(
  ipc: IpcRendererLike,
  name: N,
): (listener: (payload: EventPayload<N>) => void) => () => void {
  const listeners = new Set<(payload: EventPayload<N>) => void>();
  const pending: EventPayload<N>[] = [];
  ipc.on(eventChannel(name), (_event, payload) => {
    const parsed = parseEvent(name, payload);
    if (parsed === null) return;
    if (listeners.size === 0) {
      if (BUFFERED_EVENTS.has(name) && pending.length < MAX_BUFFERED) pending.push(parsed);
      return;
    }
    for (const listener of [...listeners]) listener(parsed);
  });
  return (listener) => {
    listeners.add(listener);
    for (const payload of pending.splice(0)) listener(payload);
    return () => {
      listeners.delete(listener);
    };
  };
}

/**
 * `window.raaderum`: one function per contract request and one `onX` per event, nothing else. Payloads
 * are validated before they leave the page and results before they reach it; the raw `ipcRenderer`
 * never crosses the bridge, and listeners never see Electron's event object.
 */
export function createPreloadHost(ipc: IpcRendererLike): RaaderumHost {
  // One line per request and event, checked against the contract by `satisfies`: a request added to or
  // renamed in the contract breaks the compiler here, and no method can take or return the wrong type.
  const host = {
    kind: 'electron',
    openWorkbook: () => request(ipc, 'openWorkbook', undefined),
    openProposals: () => request(ipc, 'openProposals', undefined),
    openProject: () => request(ipc, 'openProject', undefined),
    adoptProject: (payload) => request(ipc, 'adoptProject', payload),
    newDocument: () => request(ipc, 'newDocument', undefined),
    saveProject: (payload) => request(ipc, 'saveProject', payload),
    saveProjectAs: (payload) => request(ipc, 'saveProjectAs', payload),
    writeCatalogue: (payload) => request(ipc, 'writeCatalogue', payload),
    printToPdf: (payload) => request(ipc, 'printToPdf', payload),
    listRecent: () => request(ipc, 'listRecent', undefined),
    openRecent: (payload) => request(ipc, 'openRecent', payload),
    putRecovery: (payload) => request(ipc, 'putRecovery', payload),
    listRecovery: () => request(ipc, 'listRecovery', undefined),
    getRecovery: (payload) => request(ipc, 'getRecovery', payload),
    clearRecovery: (payload) => request(ipc, 'clearRecovery', payload),
    appInfo: () => request(ipc, 'appInfo', undefined),
    setDocumentState: (payload) => request(ipc, 'setDocumentState', payload),
    onCommand: createEventHub(ipc, 'command'),
    onFileOpened: createEventHub(ipc, 'fileOpened'),
  } satisfies RaaderumHost;
  return Object.freeze(host);
}

/** The names `window.raaderum` must have: every request, every `onX`, and `kind`. */
export function expectedHostKeys(): string[] {
  return [
    'kind',
    ...REQUEST_NAMES,
    ...(Object.keys(EVENTS) as EventName[]).map((n) => eventMethodName(n)),
  ].sort();
}
