import {
  HOST_ERROR_CODES,
  HostError,
  REQUEST_NAMES,
  parsePayload,
  parseResult,
  requestChannel,
  type Envelope,
  type RequestName,
  type RequestPayload,
  type RequestResult,
} from '../../shared/ipc/contract.ts';
import { isAppUrl } from './security.ts';

/** The frame an IPC message came from, as Electron describes it (`event.senderFrame`). */
export interface SenderFrame {
  url: string;
  /** Its parent frame; null for a main frame. */
  parent: unknown;
}

/** The parts of an `IpcMainInvokeEvent` the router looks at. */
export interface InvokeEvent {
  senderFrame: SenderFrame | null;
  sender: { id: number };
}

/** What a handler learns about the caller: which window's WebContents asked. */
export interface RequestContext {
  webContentsId: number;
}

export type RequestHandlers = {
  [N in RequestName]: (payload: RequestPayload<N>, context: RequestContext) => Promise<RequestResult<N>>;
};

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcRouter {
  /** Answers one message; exposed for tests and for the single registration loop. */
  dispatch(channel: string, event: InvokeEvent, payload: unknown): Promise<Envelope>;
  dispose(): void;
}

const CHANNEL_TO_NAME = new Map<string, RequestName>(
  REQUEST_NAMES.map((name) => [requestChannel(name), name]),
);

/**
 * The one place IPC enters the main process. Each contract request gets exactly one channel; every message
 * goes through `dispatch`, which refuses unknown channels, senders that are not the main frame of an app://
 * page, and payloads the contract's schema rejects, then validates the handler's result as well.
 * Nothing throws back into Electron: the answer is an envelope with a Danish message.
 */
export function createIpcRouter(options: {
  ipcMain: IpcMainLike;
  handlers: RequestHandlers;
  /** Called with every refusal; the app logs them. */
  onRejected?: (reason: string, channel: string) => void;
}): IpcRouter {
  const { ipcMain, handlers } = options;

  const reject = (code: string, message: string, channel: string): Envelope => {
    options.onRejected?.(code, channel);
    return { ok: false, code, message };
  };

  async function dispatch(channel: string, event: InvokeEvent, payload: unknown): Promise<Envelope> {
    const name = CHANNEL_TO_NAME.get(channel);
    if (name === undefined)
      return reject(HOST_ERROR_CODES.unknownChannel, 'Ukendt forespørgsel til værten.', channel);
    if (!isTrustedSender(event)) {
      return reject(
        HOST_ERROR_CODES.foreignSender,
        'Forespørgslen kom ikke fra Råderums eget vindue.',
        channel,
      );
    }
    try {
      const value = await runHandler(name, payload, { webContentsId: event.sender.id });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof HostError) return reject(error.code, error.message, channel);
      return reject(HOST_ERROR_CODES.failed, 'Værten kunne ikke udføre handlingen. Prøv igen.', channel);
    }
  }

  async function runHandler<N extends RequestName>(
    name: N,
    payload: unknown,
    context: RequestContext,
  ): Promise<unknown> {
    const parsed = parsePayload(name, payload);
    const handler = handlers[name] as (p: RequestPayload<N>, c: RequestContext) => Promise<RequestResult<N>>;
    return parseResult(name, await handler(parsed, context));
  }

  for (const [channel] of CHANNEL_TO_NAME) {
    ipcMain.handle(channel, (event, ...args) => dispatch(channel, event, args.length > 1 ? args : args[0]));
  }

  return {
    dispatch,
    dispose: () => {
      for (const [channel] of CHANNEL_TO_NAME) ipcMain.removeHandler(channel);
    },
  };
}

/** Only the top frame of a page served from app://raaderum/ may talk to the host. */
export function isTrustedSender(event: InvokeEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
