import type { Project } from '../../shared/model/index.ts';
import { parseProject, serializeProject } from '../../shared/project/index.ts';

/** The `.raaderum` bytes of a project (the core's format: versioned, validated, gzip when large). */
export function projectToBytes(project: Project): Uint8Array {
  return serializeProject(project, { savedBy: 'Råderum (arbejdsbord)' });
}

/** Throws the core's ReadError with a Danish message when the file is not a usable project. */
export function projectFromBytes(bytes: Uint8Array, fileName?: string): Project {
  return parseProject(bytes, fileName);
}
