import { Inflate } from 'fflate';
import { fileError } from './errors.ts';

/**
 * A read-only view of a zip archive held in memory. Only the central directory is parsed up front;
 * entries are inflated on demand, in chunks, so a 110 MB sheet never exists as one buffer.
 *
 * Decompression bombs are refused twice: from the sizes the central directory declares (before any work),
 * and while inflating, from the bytes actually produced (a lying directory cannot push past the limits).
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

/** Limits; budget-large.xlsx legitimately inflates one 110 MB sheet. */
export const ZIP_LIMITS = {
  /** Largest single part we inflate. */
  maxEntryBytes: 768 * 1024 * 1024,
  /** Sum of all part sizes: as declared, and as actually inflated (each part counted once, however often read). */
  maxTotalBytes: 1536 * 1024 * 1024,
  /** Compression ratio above which a big part is treated as a bomb (real sheets compress 5-30x). */
  maxRatio: 400,
  /** Parts smaller than this are never judged by ratio. */
  ratioFloorBytes: 16 * 1024 * 1024,
};

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly byLowerName = new Map<string, ZipEntry>();
  /** The most each part has produced so far; their sum is what the archive has really inflated. */
  private readonly producedByEntry = new Map<ZipEntry, number>();
  /** Bytes this archive has inflated, each part counted once at its largest read: checked against the limits. */
  inflatedBytes = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly fileName: string,
  ) {
    this.entries = readCentralDirectory(bytes, fileName);
    for (const e of this.entries) this.byLowerName.set(e.name.toLowerCase(), e);
    checkDeclaredSizes(this.entries, fileName);
  }

  /** Case-insensitive, with or without a leading "/" (OPC part names are case-insensitive). */
  find(name: string): ZipEntry | undefined {
    const key = name.replace(/^\/+/, '').toLowerCase();
    return this.byLowerName.get(key);
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** The compressed bytes of an entry (validated against the local header). */
  private compressedData(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== SIG_LOCAL) {
      throw fileError('corrupt_or_truncated', this.fileName);
    }
    const nameLen = view.getUint16(at + 26, true);
    const extraLen = view.getUint16(at + 28, true);
    const start = at + 30 + nameLen + extraLen;
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw fileError('corrupt_or_truncated', this.fileName);
    return this.bytes.subarray(start, end);
  }

  /**
   * Inflates an entry chunk by chunk. `onChunk` gets each piece of output; `between` runs after each input
   * chunk (progress, cancellation, yielding) with the fraction of compressed input consumed.
   */
  async inflate(
    entry: ZipEntry,
    onChunk: (data: Uint8Array) => void,
    between?: (fraction: number) => Promise<void> | void,
    inputChunkBytes = 256 * 1024,
  ): Promise<void> {
    if (entry.encrypted) throw fileError('encrypted_password_protected', this.fileName);
    const data = this.compressedData(entry);
    // Some writers leave the size at 0; allow a modest amount then, never more than the hard limit.
    const declared = entry.uncompressedSize === 0 ? 64 * 1024 * 1024 : entry.uncompressedSize;
    const cap = Math.min(declared, ZIP_LIMITS.maxEntryBytes);
    let produced = 0;
    const guard = (chunk: Uint8Array): void => {
      produced += chunk.length;
      // The directory said how big this part is; producing more means it lied (or is a bomb).
      if (produced > cap) throw fileError('decompression_bomb', this.fileName);
      const before = this.producedByEntry.get(entry) ?? 0;
      if (produced > before) {
        // The directory's total was checked up front; this counts what really came out, whatever it said.
        const total = this.inflatedBytes + produced - before;
        if (total > ZIP_LIMITS.maxTotalBytes) throw fileError('decompression_bomb', this.fileName);
        this.producedByEntry.set(entry, produced);
        this.inflatedBytes = total;
      }
      onChunk(chunk);
    };
    if (entry.method === 0) {
      for (let pos = 0; pos < data.length; pos += inputChunkBytes) {
        guard(data.subarray(pos, Math.min(data.length, pos + inputChunkBytes)));
        if (between) await between(Math.min(1, (pos + inputChunkBytes) / Math.max(1, data.length)));
      }
      return;
    }
    if (entry.method !== 8) {
      throw fileError(
        'corrupt_or_truncated',
        this.fileName,
        'Filen bruger en komprimeringsmetode, som Råderum ikke kan læse. Åbn den i Excel, gem den som .xlsx, og prøv igen.',
      );
    }
    if (data.length >= NATIVE_INFLATE_MIN_BYTES) {
      const native = createNativeInflater();
      if (native) return this.inflateNative(native, data, guard, between, inputChunkBytes);
    }
    let failed: unknown = null;
    const inflater = new Inflate((chunk) => {
      if (failed) return;
      try {
        guard(chunk);
      } catch (error) {
        failed = error;
      }
    });
    if (data.length === 0) {
      if (entry.uncompressedSize > 0) throw fileError('corrupt_or_truncated', this.fileName);
      return;
    }
    // fflate hands over a push's whole output at once; small pushes keep a bomb's first output small (≤ 1032×).
    const step = Math.min(inputChunkBytes, FFLATE_PUSH_BYTES);
    for (let pos = 0; pos < data.length; pos += step) {
      const end = Math.min(data.length, pos + step);
      try {
        inflater.push(data.subarray(pos, end), end === data.length);
      } catch {
        if (failed) throw failed;
        throw fileError('corrupt_or_truncated', this.fileName);
      }
      if (failed) throw failed;
      if (between) await between(end / data.length);
    }
  }

  /**
   * The platform's zlib (DecompressionStream) for large parts: on budget-large.xlsx's 110 MB sheet it takes about a
   * third less CPU time than fflate in JavaScript. Same limits and the same refusals as the fflate path.
   */
  private async inflateNative(
    native: NativeInflater,
    data: Uint8Array,
    guard: (chunk: Uint8Array) => void,
    between: ((fraction: number) => Promise<void> | void) | undefined,
    inputChunkBytes: number,
  ): Promise<void> {
    const writer = native.writable.getWriter();
    const reader = native.readable.getReader();
    let consumed = 0;
    let reported = 0;
    const feeding = (async () => {
      for (let pos = 0; pos < data.length; pos += inputChunkBytes) {
        const end = Math.min(data.length, pos + inputChunkBytes);
        // A copy: a stream may take ownership of (detach) what it is given, and these bytes are the whole file.
        await writer.write(data.slice(pos, end));
        consumed = end;
      }
      await writer.close();
    })();
    // Errors in the input side surface through the reader as well; this only keeps them from being unhandled.
    feeding.catch(() => undefined);
    let finished = false;
    try {
      for (;;) {
        let next: { done: boolean; value?: Uint8Array };
        try {
          next = await reader.read();
        } catch {
          throw fileError('corrupt_or_truncated', this.fileName);
        }
        if (next.done) break;
        if (next.value && next.value.length > 0) guard(next.value);
        if (between && consumed > reported) {
          reported = consumed;
          await between(consumed / data.length);
        }
      }
      finished = true;
    } finally {
      if (!finished) {
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
      }
    }
    await feeding.catch(() => {
      throw fileError('corrupt_or_truncated', this.fileName);
    });
    if (between && reported < data.length) await between(1);
  }

  /** A whole (small) part as bytes, with the same limits. */
  async readBytes(entry: ZipEntry): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let total = 0;
    await this.inflate(entry, (chunk) => {
      parts.push(chunk.slice());
      total += chunk.length;
    });
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

function readCentralDirectory(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  let eocd = -1;
  const stop = Math.max(0, n - 22 - 65535);
  for (let i = n - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw fileError('corrupt_or_truncated', fileName);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && view.getUint32(loc, true) === SIG_ZIP64_LOCATOR) {
      const z64 = Number(view.getBigUint64(loc + 8, true));
      if (z64 + 56 <= n && view.getUint32(z64, true) === SIG_ZIP64_EOCD) {
        count = Number(view.getBigUint64(z64 + 32, true));
        cdSize = Number(view.getBigUint64(z64 + 40, true));
        cdOffset = Number(view.getBigUint64(z64 + 48, true));
      }
    }
  }
  if (cdOffset + cdSize > n || count > 1_000_000) throw fileError('corrupt_or_truncated', fileName);
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoderShim();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > n || view.getUint32(p, true) !== SIG_CENTRAL)
      throw fileError('corrupt_or_truncated', fileName);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > n) throw fileError('corrupt_or_truncated', fileName);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Zip64 extended information: the 64-bit values appear only for fields set to 0xFFFFFFFF, in this order.
    let x = p + 46 + nameLen;
    const extraEnd = x + extraLen;
    while (x + 4 <= extraEnd) {
      const id = view.getUint16(x, true);
      const size = view.getUint16(x + 2, true);
      if (id === 0x0001) {
        let q = x + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= extraEnd) {
          uncompressedSize = Number(view.getBigUint64(q, true));
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= extraEnd) {
          compressedSize = Number(view.getBigUint64(q, true));
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= extraEnd) {
          localHeaderOffset = Number(view.getBigUint64(q, true));
        }
      }
      x += 4 + size;
    }
    entries.push({
      name,
      method,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function checkDeclaredSizes(entries: readonly ZipEntry[], fileName: string): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (
      e.uncompressedSize > ZIP_LIMITS.maxEntryBytes ||
      (e.uncompressedSize > ZIP_LIMITS.ratioFloorBytes && ratio > ZIP_LIMITS.maxRatio)
    ) {
      throw fileError('decompression_bomb', fileName);
    }
  }
  if (total > ZIP_LIMITS.maxTotalBytes) throw fileError('decompression_bomb', fileName);
}

/** Input per fflate push: at most ~33 MB of output (deflate's 1032:1) reaches the size checks at once. */
const FFLATE_PUSH_BYTES = 32 * 1024;

/**
 * Parts smaller than this are inflated by fflate: a stream's setup costs more than it saves on them. Above it the
 * platform wins clearly: budget-large.xlsx's shared strings (84 KB → 1 MB) take ~130 ms CPU in fflate, still cold
 * when the workbook opens, and ~35 ms through node:zlib.
 */
const NATIVE_INFLATE_MIN_BYTES = 32 * 1024;

/** A raw-deflate stream pair, the shape of `new DecompressionStream('deflate-raw')`. */
export interface NativeInflater {
  readable: {
    getReader(): {
      read(): Promise<{ done: boolean; value?: Uint8Array }>;
      cancel(): Promise<void>;
    };
  };
  writable: {
    getWriter(): {
      write(chunk: Uint8Array): Promise<void>;
      close(): Promise<void>;
      abort(): Promise<void>;
    };
  };
}

type NativeInflaterCtor = new (format: string) => NativeInflater;

let platformInflater: (() => NativeInflater) | null = null;

/**
 * Lets a runtime give large parts a faster raw-deflate stream than DecompressionStream: Node's, for one, hands out
 * 16 KB pieces, each a round trip to its thread pool (6,700 for budget-large.xlsx's sheet); the command line sets
 * node:zlib with large pieces (electron/node/inflate.ts). Null goes back to DecompressionStream. The same limits
 * and refusals apply whichever stream inflates.
 */
export function setPlatformInflater(factory: (() => NativeInflater) | null): void {
  platformInflater = factory;
}

/** The platform's inflater, else `new DecompressionStream('deflate-raw')` where there is one, else null (fflate). */
function createNativeInflater(): NativeInflater | null {
  if (platformInflater) return platformInflater();
  const ctor: unknown = Reflect.get(globalThis, 'DecompressionStream');
  if (typeof ctor !== 'function') return null;
  try {
    return new (ctor as NativeInflaterCtor)('deflate-raw');
  } catch {
    return null;
  }
}

/** UTF-8 for entry names without depending on DOM/Node typings (TextDecoder exists in both runtimes). */
class TextDecoderShim {
  private readonly decoder = createTextDecoder('utf-8');
  decode(bytes: Uint8Array): string {
    return this.decoder.decode(bytes);
  }
}

export interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

type TextDecoderCtor = new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

/** The platform TextDecoder (Node, browsers and workers all have it); typed structurally for shared/. */
export function createTextDecoder(
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
): TextDecoderLike {
  // Typed structurally: shared/ has no DOM or Node typings, and every runtime it runs in has TextDecoder.
  const ctor: unknown = Reflect.get(globalThis, 'TextDecoder');
  return new (ctor as TextDecoderCtor)(label, options);
}
