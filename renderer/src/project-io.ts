import type { Project } from '../../shared/model/index.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The `.raaderum` bytes of a project. */
export function projectToBytes(project: Project): Uint8Array {
  return encoder.encode(JSON.stringify({ type: 'raaderum', version: 1, project }));
}

export function projectFromBytes(bytes: Uint8Array): Project {
  const data: unknown = JSON.parse(decoder.decode(bytes));
  if (typeof data === 'object' && data !== null && 'project' in data)
    return (data as { project: Project }).project;
  throw new Error('Filen er ikke et Råderum-projekt.');
}
