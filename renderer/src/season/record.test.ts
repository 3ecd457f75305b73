import { describe, expect, it } from 'vitest';
import { blankProposal } from '../../../shared/model/index.ts';
import { continueFromVersion, takeVersion } from '../../../shared/season/index.ts';
import { createWorkbenchStore, emptyProject, initialState } from '../store/workbench-store.ts';

function storeWith(): ReturnType<typeof createWorkbenchStore> {
  const store = createWorkbenchStore(initialState());
  const project = {
    ...emptyProject(),
    proposals: [blankProposal('BU-01', 4, { title: 'Færre vikarer' })],
  };
  store.actions.load(project, null, true);
  return store;
}

const log = (store: ReturnType<typeof createWorkbenchStore>) =>
  store.getState().history.present.project.changeLog;

describe('historikken skrives ved hver ændring af et forslag', () => {
  it('en rettelse er én post: hvornår, hvem, feltet, gammel → ny; fortryd tager posten med tilbage', () => {
    const store = storeWith();
    store.actions.changeRows((rows) =>
      rows.map((r) => ({ ...r, proposal: { ...r.proposal, title: 'Flere vikarer' } })),
    );
    expect(log(store)).toHaveLength(1);
    const entry = log(store)[0];
    expect(entry?.who).toBe('ukendt');
    expect(entry?.source).toEqual({ kind: 'edit' });
    expect(Number.isNaN(Date.parse(entry?.when ?? ''))).toBe(false);
    expect(entry?.changes).toEqual([
      { kind: 'changed', id: 'BU-01', field: 'title', from: 'Færre vikarer', to: 'Flere vikarer' },
    ]);
    store.actions.undo();
    expect(log(store)).toHaveLength(0);
  });

  it('en import er én post, der nævner filen; mål og indstillinger skriver ingen post', () => {
    const store = storeWith();
    store.actions.changeRows(
      (rows) => [
        ...rows,
        { key: 99, proposal: blankProposal('SS-01', 4) },
        { key: 100, proposal: blankProposal('SS-02', 4) },
      ],
      'import af 2 forslag',
      { kind: 'import', files: ['forslag-SS.xlsx'] },
    );
    expect(log(store)).toHaveLength(1);
    expect(log(store)[0]?.source).toEqual({ kind: 'import', files: ['forslag-SS.xlsx'] });
    expect(log(store)[0]?.changes.map((c) => c.kind)).toEqual(['added', 'added']);
    store.actions.changeProject((p) => ({ ...p, settings: { ...p.settings, municipality: 'Fjordby' } }));
    expect(log(store)).toHaveLength(1);
  });

  it('"Fortsæt fra denne version" skriver sin egen post, ikke to', () => {
    const store = storeWith();
    const meta = { who: 'MJ', when: '2026-09-01T10:00:00.000Z' };
    store.actions.changeProject((p) => takeVersion(p, '1. behandling', meta));
    store.actions.changeRows((rows) => rows.map((r) => ({ ...r, proposal: { ...r.proposal, title: 'X' } })));
    store.actions.changeProject((p) => continueFromVersion(p, '1. behandling', meta));
    expect(log(store).map((e) => e.source.kind)).toEqual(['edit', 'version']);
    expect(store.getState().history.present.project.proposals[0]?.title).toBe('Færre vikarer');
  });
});
