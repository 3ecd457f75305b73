import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RecentFile } from '../../shared/ipc/index.ts';
import { createProject } from '../../shared/project/index.ts';
import { blankProposal } from './grid/proposal-fields.ts';
import { projectToBytes } from './project-io.ts';
import { currentProject, isDirty } from './store/workbench-store.ts';
import { openRecentFile } from './app-actions.ts';
import { RecentList } from './views/StartScreen.tsx';
import { testContext } from './test-context.ts';

const RECENT: RecentFile = {
  id: 'r1',
  name: 'Aarhus 2026.raaderum',
  kind: 'project',
  openedAt: '2026-11-20T09:30:00.000Z',
};

describe('seneste projekter på startskærmen', () => {
  it('viser hver fil med navn under overskriften, og intet når listen er tom', () => {
    const html = renderToStaticMarkup(<RecentList files={[RECENT]} onOpen={() => undefined} />);
    expect(html).toContain('Seneste projekter');
    expect(html).toContain('Aarhus 2026.raaderum');
    expect(renderToStaticMarkup(<RecentList files={[]} onOpen={() => undefined} />)).toBe('');
  });

  it('et klik åbner filen gennem værten med dens id, og projektet indlæses som gemt', async () => {
    const project = {
      ...createProject(),
      proposals: [{ ...blankProposal('F-007', 4), title: 'Færre vikarer' }],
    };
    const openRecent = vi.fn(async () => ({
      name: RECENT.name,
      kind: 'project' as const,
      bytes: projectToBytes(project),
    }));
    const ctx = testContext({ openRecent });
    await openRecentFile(ctx, RECENT);
    expect(openRecent).toHaveBeenCalledWith({ id: 'r1' });
    const s = ctx.store.getState();
    expect(currentProject(s).proposals.map((p) => p.title)).toEqual(['Færre vikarer']);
    expect(s.fileName).toBe('Aarhus 2026.raaderum');
    expect(isDirty(s)).toBe(false);
  });

  it('en fil der er væk giver en dansk fejl med filnavnet og ændrer ikke projektet', async () => {
    const ctx = testContext({
      openRecent: async () => {
        throw new Error('Filen findes ikke længere.');
      },
    });
    const before = currentProject(ctx.store.getState());
    await openRecentFile(ctx, RECENT);
    const s = ctx.store.getState();
    expect(s.errors).toEqual([
      expect.objectContaining({ message: 'Filen findes ikke længere.', file: 'Aarhus 2026.raaderum' }),
    ]);
    expect(currentProject(s)).toBe(before);
  });
});
