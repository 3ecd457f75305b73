import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { expenditureOf, type Proposal, type SignDisplay } from '../../../shared/model/index.ts';
import { createProject } from '../../../shared/project/index.ts';
import { AppContext } from '../app-context.ts';
import { blankProposal } from '../grid/proposal-fields.ts';
import { createWorkbenchStore, currentProject, initialState, rowsOf } from '../store/workbench-store.ts';
import { testContext } from '../test-context.ts';
import { DetailPanel, withIncome } from './DetailPanel.tsx';

const YEARS = [2026, 2027, 2028, 2029];

/** A saving of 87.500 kr. in 2026 that is 95.300 kr. less expenditure and 7.800 kr. lost user payments. */
function lejrskole(): Proposal {
  return {
    ...blankProposal('BU-21', 4),
    title: 'Knallertkursus',
    amounts: [-87_500, -175_000, -175_000, -175_000],
    income: [7_800, 15_600, 15_600, 15_600],
  };
}

function render(proposal: Proposal, sign: SignDisplay): string {
  const loaded = createWorkbenchStore(initialState());
  loaded.actions.load(
    { ...createProject({ years: YEARS, priceYear: 2026, signDisplay: sign }), proposals: [proposal] },
    null,
    true,
  );
  // A server render reads the store's initial state, so the loaded state is made the initial one.
  const ctx = { ...testContext(), store: createWorkbenchStore(loaded.getState()) };
  return renderToStaticMarkup(
    <AppContext.Provider value={ctx}>
      <DetailPanel proposal={proposal} issues={[]} onChange={() => undefined} onClose={() => undefined} />
    </AppContext.Provider>,
  );
}

/** The cell texts of the table row headed `label`. */
function rowTexts(html: string, label: string): string[] {
  const row = new RegExp(`<tr[^>]*><th scope="row">${label}</th>(.*?)</tr>`).exec(html)?.[1] ?? '';
  return [...row.matchAll(/<td[^>]*>(?:<input[^>]*value="([^"]*)"[^>]*\/?>|([^<]*))<\/td>/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

describe('detaljepanelets økonomi', () => {
  it('viser udgifter, indtægter og netto pr. år med enhed og prisniveau', () => {
    const html = render(lejrskole(), 'negativeIsSaving');
    expect(html).toContain('1.000 kr., 2026-priser');
    expect(rowTexts(html, 'Udgifter')).toEqual(['-95,3', '-190,6', '-190,6', '-190,6']);
    expect(rowTexts(html, 'Indtægter')).toEqual(['7,8', '15,6', '15,6', '15,6']);
    expect(rowTexts(html, 'Netto')).toEqual(['-87,5', '-175,0', '-175,0', '-175,0']);
    expect(html).toContain('aria-label="Indtægter 2027"');
  });

  it('med positive besparelser vendes alle tre rækker og ordene siger hvad et positivt tal er', () => {
    const html = render(lejrskole(), 'positiveIsSaving');
    expect(rowTexts(html, 'Mindreudgifter')).toEqual(['95,3', '190,6', '190,6', '190,6']);
    expect(rowTexts(html, 'Merindtægter')).toEqual(['-7,8', '-15,6', '-15,6', '-15,6']);
    expect(rowTexts(html, 'Besparelse \\(netto\\)')).toEqual(['87,5', '175,0', '175,0', '175,0']);
  });

  it('en indtægt skrevet på dansk ændrer indtægt og udgift, ikke nettobeløbet', () => {
    const next = withIncome(lejrskole(), 4, 1, ['(1.234,5)'], 'negativeIsSaving');
    expect(next?.income).toEqual([7_800, -1_234_500, 15_600, 15_600]);
    expect(next?.amounts).toEqual(lejrskole().amounts);
    expect(next && expenditureOf(next)).toEqual([-95_300, 1_059_500, -190_600, -190_600]);
    // Shown with savings positive, a merindtægt is typed positive and stored negative.
    expect(withIncome(lejrskole(), 4, 0, ['250'], 'positiveIsSaving')?.income[0]).toBe(-250_000);
    expect(withIncome(lejrskole(), 4, 0, ['mange'], 'negativeIsSaving')).toBeNull();
    expect(withIncome(lejrskole(), 4, 0, [''], 'negativeIsSaving')?.income[0]).toBe(0);
  });

  it('en række celler indsat fra Excel fylder dette og de følgende år, og intet ud over planperioden', () => {
    const next = withIncome(lejrskole(), 4, 2, ['-1', '-2', '-3'], 'negativeIsSaving');
    expect(next?.income).toEqual([7_800, 15_600, -1_000, -2_000]);
    expect(withIncome(lejrskole(), 4, 0, ['1', 'x'], 'negativeIsSaving')).toBeNull();
  });

  it('det viste beløb skrevet igen giver samme indtægt (begge fortegnsvisninger)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.constantFrom<SignDisplay>('negativeIsSaving', 'positiveIsSaving'),
        (kr, sign) => {
          const p = { ...lejrskole(), income: [kr, 0, 0, 0] };
          const html = render(p, sign);
          const label = sign === 'positiveIsSaving' ? 'Merindtægter' : 'Indtægter';
          const shown = rowTexts(html, label)[0] ?? '';
          expect(withIncome(p, 4, 0, [shown], sign)?.income[0]).toBe(kr);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('viser årsværk pr. planår som felter med årstal i navnet', () => {
    const html = render({ ...lejrskole(), fte: [-0.5, -1.25, -1.25, 0] }, 'negativeIsSaving');
    expect(rowTexts(html, 'Årsværk')).toEqual(['-0,50', '-1,25', '-1,25', '0,00']);
    expect(html).toContain('aria-label="Årsværk 2029"');
  });

  it('en ændret indtægt er ét trin i fortrydelseshistorikken', () => {
    const ctx = testContext();
    const p = lejrskole();
    ctx.store.actions.load({ ...createProject({ years: YEARS }), proposals: [p] }, null, true);
    const next = withIncome(p, 4, 0, ['-1', '-2', '-3', '-4'], 'negativeIsSaving');
    if (!next) throw new Error('ulæselig');
    // What ForslagView's onChange does with the panel's result.
    ctx.store.actions.changeRows((rows) => rows.map((r) => ({ key: r.key, proposal: next })));
    expect(currentProject(ctx.store.getState()).proposals[0]?.income).toEqual([-1000, -2000, -3000, -4000]);
    ctx.store.actions.undo();
    expect(rowsOf(ctx.store.getState().history.present)[0]?.proposal.income).toEqual(p.income);
  });
});
