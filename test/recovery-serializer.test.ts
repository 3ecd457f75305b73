import { describe, expect, it } from 'vitest';
import { createProject, parseProject } from '../shared/project/index.ts';
import { createWorkerSerializer } from '../renderer/src/recovery-serializer.ts';
import { handlers } from '../renderer/src/worker/handlers.ts';
import type { WorkerRequest } from '../renderer/src/worker/protocol.ts';
import { blankProposal } from '../renderer/src/grid/proposal-fields.ts';
import { readCleanBudgetCsv } from './calc-fixtures.ts';

// The recovery copy's serialiser with the worker's own job handler (run directly, as the worker would).
const job = { signal: new AbortController().signal, progress: () => undefined };

describe('gendannelseskopien dannes i baggrundsjobbet', () => {
  it('budgettet sendes én gang; de næste kopier sender kun resten og giver stadig hele projektet', async () => {
    const budget = readCleanBudgetCsv();
    const project = { ...createProject({ municipality: 'Eksempelby', budgetYear: 2026 }, budget) };
    const sent: (string | number)[] = [];
    const serialize = createWorkerSerializer(async (request) => {
      sent.push(request.budget === 'kept' ? 'kept' : (request.budget?.lines.length ?? 0));
      return (await handlers(request, job)) as Uint8Array;
    });
    const first = parseProject(await serialize(project));
    const edited = { ...project, proposals: [{ ...blankProposal('F-1', 4), title: 'Færre vikarer' }] };
    const second = parseProject(await serialize(edited));
    expect(sent).toEqual([budget.lines.length, 'kept']);
    expect(first.budget?.lines).toHaveLength(budget.lines.length);
    expect(second.budget?.lines).toEqual(first.budget?.lines);
    expect(second.proposals.map((p) => p.title)).toEqual(['Færre vikarer']);
  });

  it('et baggrundsjob, der har mistet budgettet (startet forfra), får det igen', async () => {
    const budget = readCleanBudgetCsv();
    const project = createProject({ municipality: 'Eksempelby', budgetYear: 2026 }, budget);
    let fresh = false;
    const serialize = createWorkerSerializer(
      async (request: Extract<WorkerRequest, { kind: 'serializeProject' }>) => {
        if (fresh && request.budget === 'kept') throw new Error('Budgettet er ikke i baggrundsjobbet.');
        return (await handlers(request, job)) as Uint8Array;
      },
    );
    await serialize(project);
    fresh = true;
    const again = parseProject(await serialize({ ...project, proposals: [blankProposal('F-1', 4)] }));
    expect(again.budget?.lines).toHaveLength(budget.lines.length);
    expect(again.proposals).toHaveLength(1);
  });
});
