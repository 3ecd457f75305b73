import type { Project } from '../../shared/model/index.ts';
import { isGzip, joinChunks, parseProject, serializeProject } from '../../shared/project/index.ts';
import { MAX_PROJECT_BYTES } from '../../shared/project/limits.ts';

/** The `.raaderum` bytes of a project (the core's format: versioned, validated, gzip when large). */
export function projectToBytes(project: Project): Uint8Array {
  return serializeProject(project, { savedBy: 'Råderum (arbejdsbord)' });
}

/**
 * Gunzip by the browser's own DecompressionStream (native code: several times faster than the core's fflate on a
 * 200,000-line budget), stopping as soon as the output passes `maxBytes` (null then). Damaged data rejects.
 */
export async function gunzipNative(data: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
  const input = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      // The stream needs bytes of its own ArrayBuffer; a view of a shared buffer is copied.
      controller.enqueue(
        data.buffer instanceof ArrayBuffer
          ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
          : new Uint8Array(data),
      );
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return joinChunks(chunks, size);
}

/**
 * Throws the core's ReadError with a Danish message when the file is not a usable project. A gzipped file is
 * unpacked natively where the platform can; damaged data is left to the core, which names what is wrong.
 */
export async function projectFromBytes(bytes: Uint8Array, fileName?: string): Promise<Project> {
  if (isGzip(bytes) && bytes.length <= MAX_PROJECT_BYTES && typeof DecompressionStream === 'function') {
    let inflated: Uint8Array | null | undefined;
    try {
      inflated = await gunzipNative(bytes, MAX_PROJECT_BYTES);
    } catch {
      inflated = undefined;
    }
    if (inflated !== undefined) return parseProject(bytes, fileName, { inflated });
  }
  return parseProject(bytes, fileName);
}
