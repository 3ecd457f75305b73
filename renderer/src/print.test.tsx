import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { blankProposal, type Project } from '../../shared/model/index.ts';
import { createProject } from '../../shared/project/index.ts';
import { defaultPrintOptions } from './print-options.ts';
import { PrintView } from './views/PrintView.tsx';
import { testContext } from './test-context.ts';
import { docFor } from './store/workbench-store.ts';
import { tableCells } from './test-html.ts';

const NOW = new Date('2026-11-27T10:00:00Z');

function project(): Project {
  return {
    ...createProject({ municipality: 'Testrup Kommune', budgetYear: 2026 }),
    proposals: [
      blankProposal('BU-01', 4, {
        title: 'Færre vikarer',
        committee: 'Børne- og Ungeudvalget',
        vej: 'brede',
        kategori: 'effektivisering',
        status: 'forslag',
        amounts: [-1_234_000, -2_000_000, -2_000_000, -2_000_000],
        description: 'Vikarbudgettet tilpasses.',
      }),
      blankProposal('SS-02', 4, {
        title: 'Lukning af café',
        committee: 'Social- og Sundhedsudvalget',
        vej: 'direkte',
        kategori: 'opgavebortfald',
        status: 'prioriteret',
        amounts: [-500_000, -500_000, -500_000, -500_000],
        // 200 of the 500 is a merindtægt (café rent from a new tenant).
        income: [-200_000, -200_000, -200_000, -200_000],
      }),
      blankProposal('TM-03', 4, {
        title: 'LED-belysning',
        committee: 'Teknik- og Miljøudvalget',
        vej: 'tvaergaaende',
        kategori: 'effektivisering',
        status: 'tilModning',
        amounts: [250_000, -300_000, -300_000, -300_000],
        investment: 250_000,
      }),
    ],
  };
}

/** The cells of the table with this accessible name, row by row, as the reader sees them. */
function table(html: string, name: string): string[][] {
  const start = html.indexOf(`aria-label="${name}"`);
  expect(start, `tabellen "${name}"`).toBeGreaterThan(-1);
  return tableCells(html.slice(start, html.indexOf('</table>', start)));
}

describe('udskriftsvisningen af kataloget', () => {
  it('viser forside, totaler pr. år i 1.000 kr. med dansk talformat og en side pr. forslag', () => {
    const html = renderToStaticMarkup(
      <PrintView project={project()} options={{ statuses: [], savingsPositive: false, now: NOW }} />,
    );
    expect(html).toContain('Testrup Kommune');
    expect(html).toContain('Prioriteringskatalog, budget 2026-2029');
    // -1.234 - 500 + 250 = -1.484; -2.000 - 500 - 300 = -2.800 in the later years.
    expect(table(html, 'Total pr. år').at(-1)).toEqual([
      'I alt',
      '-1.484,0',
      '-2.800,0',
      '-2.800,0',
      '-2.800,0',
    ]);
    expect(table(html, 'Pr. kategori')).toContainEqual([
      'Effektivisering',
      '-984,0',
      '-2.300,0',
      '-2.300,0',
      '-2.300,0',
    ]);
    expect(html.match(/class="print-page print-proposal"/g)).toHaveLength(3);
    expect(html).toContain('aria-label="BU-01: Færre vikarer"');
    expect(html).toContain('Vikarbudgettet tilpasses.');
    // The investment proposal says when it has paid for itself: 250 out in 2026, 300 back in 2027.
    expect(html).toMatch(/Tilbagebetalt<\/dt><dd>I 2027/);
  });

  it('tager kun de valgte statusser med og vender fortegnet, når besparelser vises positivt', () => {
    const html = renderToStaticMarkup(
      <PrintView
        project={project()}
        options={{ statuses: ['prioriteret'], savingsPositive: true, now: NOW }}
      />,
    );
    expect(html.match(/class="print-page print-proposal"/g)).toHaveLength(1);
    expect(html).toContain('aria-label="SS-02: Lukning af café"');
    expect(html).not.toContain('Færre vikarer');
    expect(table(html, 'Total pr. år').at(-1)).toEqual(['I alt', '500,0', '500,0', '500,0', '500,0']);
    // The proposal's own economy: 300 less expenditure and 200 more income make a saving of 500.
    expect(table(html, 'Økonomi: SS-02').slice(1, 4)).toEqual([
      ['Mindreudgifter', '300,0', '300,0', '300,0', '300,0'],
      ['Merindtægter', '200,0', '200,0', '200,0', '200,0'],
      ['Besparelse (netto)', '500,0', '500,0', '500,0', '500,0'],
    ]);
  });

  it('har resumé, listen grupperet pr. udvalg, årsværk og kommune, dato og sidetal på hver side', () => {
    const base = project();
    const p: Project = {
      ...base,
      targets: [
        {
          name: 'Råderum',
          rule: { kind: 'amount', amounts: [-1_000_000, -1_000_000, -5_000_000, -5_000_000] },
          scope: { kategorier: [], veje: [], committees: [], catalogue: null },
        },
      ],
      proposals: base.proposals.map((q, i) =>
        i === 0 ? { ...q, fte: [-1, -2, -2, -2.5], staffImpact: 'To stillinger nedlægges.' } : q,
      ),
    };
    const html = renderToStaticMarkup(
      <PrintView project={p} options={{ statuses: [], savingsPositive: false, now: NOW }} />,
    );
    // Every page's footer: kommune and date, and the page number of all pages.
    expect(html).toContain('@bottom-left { content: "Testrup Kommune · 27.11.2026"');
    expect(html).toMatch(/@bottom-right \{ content: "Side " counter\(page\) " af " counter\(pages\)/);
    expect(html).toContain('@page list { size: A4 landscape;');
    // Resumé: the catalogue holds -1.484 against a target of -1.000 in 2026 (484 more), -2.800 against -5.000 later.
    expect(html).toContain('Kataloget indeholder forslag for 0,5 mio. kr. mere end målet i 2026');
    expect(html).toContain('Kataloget indeholder forslag for 2,2 mio. kr. mindre end målet i 2028');
    expect(table(html, 'Antal forslag pr. vej').at(-1)).toEqual(['I alt', '3']);
    // The list: a heading and a subtotal per udvalg, then the grand total.
    const list = table(html, 'Forslag pr. udvalg');
    expect(list.map((r) => r[0])).toEqual([
      'Nr.',
      'Børne- og Ungeudvalget',
      'BU-01',
      'I alt Børne- og Ungeudvalget',
      'Social- og Sundhedsudvalget',
      'SS-02',
      'I alt Social- og Sundhedsudvalget',
      'Teknik- og Miljøudvalget',
      'TM-03',
      'I alt Teknik- og Miljøudvalget',
      'I alt',
    ]);
    expect(list.at(-1)).toEqual([
      'I alt',
      '-1.484,0',
      '-2.800,0',
      '-2.800,0',
      '-2.800,0',
      '-1,0',
      '-2,0',
      '-2,0',
      '-2,5',
    ]);
    // Årsværk: per udvalg and the proposals with a staff impact.
    expect(table(html, 'Årsværk pr. udvalg').at(-1)).toEqual(['I alt', '-1,0', '-2,0', '-2,0', '-2,5']);
    expect(table(html, 'Forslag med konsekvenser for medarbejdere').slice(1)).toEqual([
      ['BU-01', 'Færre vikarer', '-1,0', '-2,0', '-2,0', '-2,5', 'To stillinger nedlægges.'],
    ]);
    // In the order of the workbook: front page, Resumé, Oversigt, the list, one page per proposal, Årsværk.
    const order = [
      'aria-label="Forside"',
      'aria-label="Resumé"',
      'aria-label="Oversigt"',
      'aria-label="Forslag"',
      'aria-label="BU-01: Færre vikarer"',
      'aria-label="Årsværk"',
    ];
    const at = order.map((label) => html.indexOf(label));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('viser kataloget mens værten udskriver, og appen igen bagefter', async () => {
    let shownWhilePrinting: unknown = 'not called';
    const ctx = testContext({
      printToPdf: vi.fn(async () => {
        shownWhilePrinting = ctx.store.getState().printing;
        return { status: 'saved' as const, name: 'Katalog.pdf' };
      }),
    });
    const p = project();
    ctx.store.setState({ history: { ...ctx.store.getState().history, present: docFor(p) } });
    await ctx.store.actions.printView(ctx.host);
    expect(shownWhilePrinting).toEqual({ ...defaultPrintOptions(p), now: expect.any(Date) });
    expect(ctx.host.printToPdf).toHaveBeenCalledWith({
      suggestedName: 'Prioriteringskatalog.pdf',
      landscape: false,
    });
    expect(ctx.store.getState().printing).toBeNull();
  });
});
