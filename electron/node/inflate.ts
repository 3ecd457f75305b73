import { Duplex } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { setPlatformInflater, type NativeInflater } from '../../shared/workbook/index.ts';

/**
 * Output piece size of the inflater: Node's DecompressionStream gives 16 KB pieces, each a round trip to the thread
 * pool; a 110 MB sheet in 256 KB pieces takes a fraction of the wall time on a busy machine (test/bench: cli).
 */
const PIECE_BYTES = 256 * 1024;

/** A raw-deflate stream of node:zlib giving large pieces. */
export function nodeInflater(): NativeInflater {
  return Duplex.toWeb(createInflateRaw({ chunkSize: PIECE_BYTES }));
}

/** Large workbook parts are inflated by node:zlib in large pieces (see `setPlatformInflater`). */
export function useNodeInflater(): void {
  setPlatformInflater(nodeInflater);
}
