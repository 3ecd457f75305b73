import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isReadError } from '../../shared/model/problem.ts';
import { parseProject, serializeProject } from '../../shared/project/index.ts';
import { syntheticProject } from '../../test/helpers/catalogue-project.ts';
import { gunzipNative, projectFromBytes } from './project-io.ts';

async function failure(f: () => Promise<unknown> | unknown): Promise<{ code: string; message: string }> {
  try {
    await f();
  } catch (error) {
    if (isReadError(error)) return { code: error.problem.code, message: error.problem.message };
    throw error;
  }
  throw new Error('ingen fejl');
}

describe('projektfilen åbnet i arbejdsbordet', () => {
  const project = syntheticProject(40);
  const bytes = serializeProject(project, { gzip: true });

  it('en komprimeret fil pakket ud af platformen giver præcis det samme projekt som kernens udpakning', async () => {
    expect(await projectFromBytes(bytes, 'p.raaderum')).toEqual(parseProject(bytes, 'p.raaderum'));
    expect(await projectFromBytes(serializeProject(project, { gzip: false }))).toEqual(project);
  });

  it('en afbrudt eller ændret komprimeret fil afvises med den samme danske besked som i kernen', async () => {
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
    const flipped = bytes.slice();
    const middle = Math.floor(bytes.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0xff;
    for (const damaged of [cut, flipped]) {
      const ours = await failure(() => projectFromBytes(damaged, 'p.raaderum'));
      expect(ours).toEqual(await failure(() => parseProject(damaged, 'p.raaderum')));
      expect(ours.code).toBe('project.damaged');
      expect(ours.message).toContain("Projektfilen 'p.raaderum' er beskadiget");
    }
  });

  it('udpakningen stopper ved grænsen: en zip-bombe koster ikke mere end grænsen', async () => {
    const bomb = gzipSync(new Uint8Array(4 * 1024 * 1024), { level: 9 });
    expect(await gunzipNative(bomb, 1024 * 1024)).toBeNull();
    expect((await gunzipNative(bomb, 4 * 1024 * 1024))?.length).toBe(4 * 1024 * 1024);
    const text = strToU8('{"format":"raaderum"}');
    expect(await gunzipNative(gzipSync(text), 1024)).toEqual(text);
  });
});
