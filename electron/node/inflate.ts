import { Duplex, type TransformOptions } from 'node:stream';
import { createInflateRaw, type ZlibOptions } from 'node:zlib';
import { setPlatformInflater, type NativeInflater } from '../../shared/workbook/index.ts';

/**
 * Output piece size of the inflater: Node's DecompressionStream gives 16 KB pieces, each a round trip to the thread
 * pool; a 110 MB sheet in 256 KB pieces takes a fraction of the wall time on a busy machine (test/bench: cli).
 */
const PIECE_BYTES = 256 * 1024;

/** A raw-deflate stream of node:zlib giving large pieces. */
export function nodeInflater(): NativeInflater {
  // Room for several pieces ahead, so zlib (in its thread pool) inflates while the reader scans the last piece
  // (node:zlib passes stream options on to its Transform).
  const options: ZlibOptions & TransformOptions = {
    chunkSize: PIECE_BYTES,
    readableHighWaterMark: 8 * PIECE_BYTES,
  };
  return Duplex.toWeb(createInflateRaw(options));
}

/** Large workbook parts are inflated by node:zlib in large pieces (see `setPlatformInflater`). */
export function useNodeInflater(): void {
  setPlatformInflater(nodeInflater);
}
