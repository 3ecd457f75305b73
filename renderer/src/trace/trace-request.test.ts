import { describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/project/index.ts';
import { blankProposal, type Proposal } from '../../../shared/model/index.ts';
import { scenarioCalculation } from '../views/OversigtView.tsx';
import { initialState, type WorkbenchState } from '../store/workbench-store.ts';
import { runTrace, type ProposalTraceRequest } from './trace-request.ts';

function stateWith(proposals: Proposal[], scenario: WorkbenchState['scenario']): WorkbenchState {
  const project = { ...createProject(), proposals };
  return { ...initialState(project), scenario };
}

const proposals = [
  blankProposal('BU-01', 4, { vej: 'brede', status: 'forslag', amounts: [-100_000, 0, 0, 0] }),
  blankProposal('BU-02', 4, { vej: 'brede', status: 'prioriteret', amounts: [-250_500, 0, 0, 0] }),
  blankProposal('BU-03', 4, { vej: 'brede', status: 'fravalgt', amounts: [-7_000, 0, 0, 0] }),
  blankProposal('SS-01', 4, { vej: 'smalle', status: 'forslag', amounts: [-40_000, 0, 0, 0] }),
];

const brede = (year: number, extra: Partial<ProposalTraceRequest> = {}): ProposalTraceRequest => ({
  kind: 'proposals',
  title: 'Den brede vej',
  shown: 0,
  filter: { year, veje: ['brede'] },
  among: { kind: 'scenario' },
  ...extra,
});

describe('Hvad består tallet af? i arbejdsbordet', () => {
  it('følger Oversigts scenarie: de medregnede statusser og de udeladte forslag', () => {
    const base = stateWith(proposals, { statuses: null, excludedKeys: [] });
    const keys = base.history.present.keys;
    const s = {
      ...base,
      scenario: { statuses: ['forslag' as const, 'prioriteret' as const], excludedKeys: [keys[1] ?? -1] },
    };
    const year = s.history.present.project.settings.years[0] ?? 0;
    const result = runTrace(s, brede(year));
    expect(result.kind === 'proposals' && result.rows.map((r) => [r.id, r.key])).toEqual([
      ['BU-01', keys[0]],
    ]);
    // Exactly Oversigt's number for the same row.
    expect(result.total).toBe(scenarioCalculation(s).breakdown.byVej.brede[0]);
    expect(result.total).toBe(-100_000);
  });

  it('ingen status afkrydset: tallet er 0 og intet forslag står bag det, som i Oversigt', () => {
    const s = stateWith(proposals, { statuses: [], excludedKeys: [] });
    const year = s.history.present.project.settings.years[0] ?? 0;
    expect(runTrace(s, brede(year))).toMatchObject({ total: 0, rows: [] });
    expect(scenarioCalculation(s).breakdown.byVej.brede[0]).toBe(0);
  });

  it('en række i Pr. status tæller kun sin status, og kun hvis scenariet medregner den', () => {
    const s = stateWith(proposals, { statuses: ['prioriteret', 'fravalgt'], excludedKeys: [] });
    const year = s.history.present.project.settings.years[0] ?? 0;
    const only = (state: WorkbenchState, status: 'prioriteret' | 'fravalgt'): number =>
      runTrace(state, { ...brede(year), filter: { year, statuses: [status] } }).total;
    const calc = scenarioCalculation(s);
    expect(only(s, 'prioriteret')).toBe(calc.breakdown.byStatus.prioriteret[0]);
    expect(only(s, 'fravalgt')).toBe(calc.breakdown.byStatus.fravalgt[0]);
    expect(only(s, 'fravalgt')).toBe(-7_000);
    const without = { ...s, scenario: { statuses: ['prioriteret' as const], excludedKeys: [] } };
    expect(only(without, 'fravalgt')).toBe(0);
  });

  it('rækker fra Forslag-gitteret: kun de viste rækker, alle statusser', () => {
    const s = stateWith(proposals, { statuses: ['forslag'], excludedKeys: [] });
    const year = s.history.present.project.settings.years[0] ?? 0;
    const keys = s.history.present.keys;
    const result = runTrace(s, {
      ...brede(year),
      filter: { year },
      among: { kind: 'rows', keys: [keys[1] ?? -1, keys[2] ?? -1, keys[3] ?? -1] },
    });
    expect(result.kind === 'proposals' && result.rows.map((r) => r.id)).toEqual(['BU-02', 'BU-03', 'SS-01']);
    expect(result.total).toBe(-297_500);
  });

  it('et projekt uden budget giver et tomt budgetspor', () => {
    const s = stateWith([], { statuses: null, excludedKeys: [] });
    expect(runTrace(s, { kind: 'budget', title: 'I alt', shown: 0, filter: { year: 2026 } })).toEqual({
      kind: 'budget',
      total: 0,
      rows: [],
      zeroCount: 0,
    });
  });
});
