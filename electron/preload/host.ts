import {
  EVENT_NAMES,
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
} from '../../shared/ipc/contract.ts';

/** The parts of `ipcRenderer` the preload uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

async function request(ipc: IpcRendererLike, name: RequestName, payload: unknown): Promise<unknown> {
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
  const requests = Object.fromEntries(
    REQUEST_NAMES.map((name) => [name, (payload?: unknown) => request(ipc, name, payload)]),
  );
  const events = Object.fromEntries(
    EVENT_NAMES.map((name) => [eventMethodName(name), createEventHub(ipc, name)]),
  );
  // Built from the contract's own name lists, so the object has exactly the contract's keys; the
  // assertion only restores the per-name signatures that Object.fromEntries cannot express.
  return Object.freeze({ kind: 'electron', ...requests, ...events }) as unknown as RaaderumHost;
}

/** The names `window.raaderum` must have: every request, every `onX`, and `kind`. */
export function expectedHostKeys(): string[] {
  return [
    'kind',
    ...REQUEST_NAMES,
    ...(Object.keys(EVENTS) as EventName[]).map((n) => eventMethodName(n)),
  ].sort();
}
