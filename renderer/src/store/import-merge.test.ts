import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Proposal } from '../../../shared/model/index.ts';
import { createProject } from '../../../shared/project/index.ts';
import { blankProposal } from '../grid/proposal-fields.ts';
import { mergeImport } from './import-merge.ts';
import { docFor, rowsOf, withRows, newRowKey, type Doc } from './workbench-store.ts';

const p = (id: string, title = ''): Proposal => ({ ...blankProposal(id, 4), title });
const docOf = (proposals: Proposal[]): Doc => docFor({ ...createProject(), proposals });
const titles = (doc: Doc): string[] => doc.project.proposals.map((x) => `${x.id}:${x.title}`);

describe('import af forslag mens der redigeres', () => {
  it('en redigering, en ny række og en sletning under importen overlever; de importerede kommer til sidst', () => {
    const before = docOf([p('F-001', 'a'), p('F-002', 'b'), p('F-003', 'c')]);
    // While the import runs: F-001 retitled, F-003 deleted, a row added.
    const rows = rowsOf(before);
    const current = withRows(before, [
      { key: rows[0]?.key ?? -1, proposal: p('F-001', 'a rettet') },
      rows[1] ?? { key: -1, proposal: p('x') },
      { key: newRowKey(), proposal: p('F-004', 'ny') },
    ]);
    const imported = [...before.project.proposals, p('BU-1', 'importeret'), p('BU-2', 'importeret 2')];
    const { doc, keptEdits } = mergeImport(before, current, imported);
    expect(titles(doc)).toEqual([
      'F-001:a rettet',
      'F-002:b',
      'F-004:ny',
      'BU-1:importeret',
      'BU-2:importeret 2',
    ]);
    expect(keptEdits).toBe(0);
    expect(doc.keys.slice(0, 3)).toEqual(current.keys);
  });

  it('en erstatning fra importen gælder et uberørt forslag; et redigeret beholder brugerens version', () => {
    const before = docOf([p('F-001', 'a'), p('F-002', 'b')]);
    const rows = rowsOf(before);
    const current = withRows(before, [
      rows[0] ?? { key: -1, proposal: p('x') },
      {
        key: rows[1]?.key ?? -1,
        proposal: p('F-002', 'b rettet'),
      },
    ]);
    const imported = [p('F-001', 'a fra skema'), p('F-002', 'b fra skema')];
    const { doc, keptEdits } = mergeImport(before, current, imported);
    expect(titles(doc)).toEqual(['F-001:a fra skema', 'F-002:b rettet']);
    expect(keptEdits).toBe(1);
  });

  it('uden redigeringer undervejs er resultatet præcis importens liste', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), (n, extra) => {
        const before = docOf(Array.from({ length: n }, (_, i) => p(`F-${i}`, `t${i}`)));
        const imported = [
          ...before.project.proposals.map((x, i) => (i % 2 === 0 ? { ...x, title: `ny ${i}` } : x)),
          ...Array.from({ length: extra }, (_, i) => p(`N-${i}`)),
        ];
        const { doc, keptEdits } = mergeImport(before, before, imported);
        expect(doc.project.proposals).toEqual(imported);
        expect(new Set(doc.keys).size).toBe(doc.keys.length);
        expect(keptEdits).toBe(0);
      }),
    );
  });
});
