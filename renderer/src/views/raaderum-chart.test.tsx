import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { calculateProject } from '../../../shared/calc/index.ts';
import {
  blankProposal,
  type Kr,
  type Proposal,
  type SignDisplay,
  type Status,
  type Target,
} from '../../../shared/model/index.ts';
import { createProject } from '../../../shared/project/index.ts';
import { RaaderumChart } from './RaaderumChart.tsx';
import { showAmount } from './display.ts';

const YEARS = [2026, 2027, 2028, 2029];
const K = 1000;
const ALL = { kategorier: [], veje: [], committees: [], catalogue: null };

function p(id: string, vej: Proposal['vej'], amounts: Kr[], status: Status = 'forslag'): Proposal {
  return blankProposal(id, YEARS.length, { vej, amounts, status, committee: 'Teknik- og Miljøudvalget' });
}

const PROPOSALS = [
  p('S1', 'stille', [-1_200 * K, -1_200 * K, -2_400 * K, -2_400 * K]),
  p('S2', 'stille', [-300 * K, 0, 0, -100 * K]),
  p('B1', 'brede', [-800 * K, -900 * K, -1_000 * K, -1_000 * K]),
  // An investment: merudgift in the first year, savings after it.
  p('T1', 'tvaergaaende', [2_000 * K, -500 * K, -1_500 * K, -1_500 * K]),
  p('D1', 'direkte', [350 * K, 350 * K, 350 * K, 350 * K]),
  p('U1', null, [-150 * K, -150 * K, 0, 0]),
  // Rejected: counts nowhere, neither in "I alt" nor in the chart.
  p('F1', 'smalle', [-9_000 * K, -9_000 * K, -9_000 * K, -9_000 * K], 'fravalgt'),
];

const TARGETS: Target[] = [
  {
    name: 'Samlet mål',
    rule: { kind: 'amount', amounts: [-2_000 * K, -3_000 * K, -4_000 * K, -5_000 * K] },
    scope: ALL,
  },
  {
    name: 'Den stille vej',
    rule: { kind: 'amount', amounts: [-1_000 * K, -1_000 * K, -1_000 * K, -1_000 * K] },
    scope: { ...ALL, veje: ['stille'] },
  },
];

const COUNTED: Status[] = ['forslag', 'prioriteret', 'tilModning'];

type Attrs = Record<string, string>;

/** The SVG's drawn shapes with their attributes, as a reader of the markup sees them. */
function shapes(html: string): { tag: string; attrs: Attrs; text: string }[] {
  return [...html.matchAll(/<(rect|line|text)\b([^>]*?)\/?>(?:([^<]*)<\/text>)?/g)].map((m) => ({
    tag: m[1] ?? '',
    attrs: Object.fromEntries([...(m[2] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
    text: m[3] ?? '',
  }));
}

function render(proposals: Proposal[], targets: Target[], sign: SignDisplay) {
  const project = { ...createProject({ years: YEARS }), proposals, targets };
  const calc = calculateProject(project, COUNTED);
  const html = renderToStaticMarkup(<RaaderumChart calc={calc} proposals={proposals} sign={sign} />);
  const all = shapes(html);
  const zero = Number(all.find((s) => s.attrs.class === 'zero')?.attrs.y1);
  // The scale read off two gridlines with their labels (kroner per pixel), not from the chart's code.
  const ticks = [...html.matchAll(/<g class="tick" data-value="(-?\d+)"><line[^>]*y1="([\d.]+)"/g)].map(
    (m) => ({
      value: Number(m[1]),
      y: Number(m[2]),
    }),
  );
  const [t0, t1] = ticks;
  if (!t0 || !t1) throw new Error('ingen gitterlinjer');
  const pxPerKr = (t0.y - t1.y) / (t1.value - t0.value);
  /** The value a shape's edge stands for, read from its position. */
  const valueAt = (y: number): number => (zero - y) / pxPerKr;
  return { calc, html, all, zero, pxPerKr, valueAt };
}

const shownOf = (kr: number, sign: SignDisplay): number => (sign === 'positiveIsSaving' ? -kr : kr);

describe('diagrammet "Råderum mod mål pr. år" siger det samme som tabellen', () => {
  it.each<SignDisplay>(['negativeIsSaving', 'positiveIsSaving'])(
    'med %s: hver vejs besparelser og merudgifter har den højde, forslagene giver, i hver sin retning fra nul',
    (sign) => {
      const { all, zero, valueAt, pxPerKr } = render(PROPOSALS, TARGETS, sign);
      const counted = PROPOSALS.filter((x) => COUNTED.includes(x.status));
      YEARS.forEach((year, i) => {
        const segments = all.filter((s) => s.tag === 'rect' && s.attrs['data-year'] === String(year));
        for (const vej of ['stille', 'brede', 'smalle', 'tvaergaaende', 'direkte', 'ukendt'] as const) {
          const of = counted.filter((x) => (x.vej ?? 'ukendt') === vej).map((x) => x.amounts[i] ?? 0);
          const savings = of.filter((a) => a < 0).reduce((a, b) => a + b, 0);
          const costs = of.filter((a) => a > 0).reduce((a, b) => a + b, 0);
          for (const [kind, expected] of [
            ['saving', savings],
            ['cost', costs],
          ] as const) {
            const rect = segments.find((s) => s.attrs['data-vej'] === vej && s.attrs.class?.includes(kind));
            if (expected === 0) {
              expect(rect).toBeUndefined();
              continue;
            }
            const top = Number(rect?.attrs.y);
            const height = Number(rect?.attrs.height);
            expect(height / pxPerKr).toBeCloseTo(Math.abs(expected), -1);
            // Savings lie on the side of zero the convention gives them; merudgifter on the other.
            const above = top + height <= zero + 1e-6;
            expect(above).toBe(shownOf(expected, sign) > 0);
          }
        }
        // The net marker stands at "I alt" of the table, and its label is the table's text.
        const net = all.find((s) => s.attrs.class === 'net' && s.attrs['data-year'] === String(year));
        const total = counted.reduce((a, x) => a + (x.amounts[i] ?? 0), 0);
        expect(valueAt(Number(net?.attrs.y1))).toBeCloseTo(shownOf(total, sign), -1);
        const label = all.find((s) => s.attrs.class === 'net-label' && s.attrs['data-year'] === String(year));
        expect(label?.text).toBe(showAmount(total, sign));
      });
    },
  );

  it('hvert mål er sin egen linje i sin egen højde, aldrig summen af målene', () => {
    const { all, valueAt } = render(PROPOSALS, TARGETS, 'negativeIsSaving');
    for (const target of TARGETS) {
      const lines = all.filter((s) => s.attrs.class === 'target' && s.attrs['data-target'] === target.name);
      expect(lines).toHaveLength(YEARS.length);
      lines.forEach((line, i) => {
        const amounts = target.rule.kind === 'amount' ? target.rule.amounts : [];
        expect(valueAt(Number(line.attrs.y1))).toBeCloseTo(amounts[i] ?? NaN, -1);
      });
    }
  });

  it('forklaringen nævner kun det, der er tegnet, og aksen har danske tal', () => {
    const { html } = render(PROPOSALS, TARGETS, 'negativeIsSaving');
    const legend = html.slice(html.indexOf('class="legend"'));
    const texts = [...legend.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual([
      'Den stille vej',
      'Den brede vej',
      'Den tværgående vej',
      'Den direkte vej',
      'Uden vej',
      'Merudgifter og investeringer',
      'I alt (netto)',
      'Mål: Samlet mål',
      'Mål: Den stille vej',
    ]);
    expect(html).toContain('>-2.000</text>');
    expect(html).not.toMatch(/>-?\d+000<\/text>/);

    const onlySavings = render([p('B1', 'brede', [-K, -K, -K, -K])], [], 'negativeIsSaving').html;
    const rest = onlySavings.slice(onlySavings.indexOf('class="legend"'));
    expect([...rest.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])).toEqual([
      'Den brede vej',
      'I alt (netto)',
    ]);
  });

  it('for alle forslag: nettomærket står, hvor besparelser og merudgifter ender tilsammen, og akserne rummer alt', () => {
    const amount = fc.integer({ min: -5_000, max: 5_000 }).map((x) => x * 100);
    const vej = fc.constantFrom('stille', 'brede', 'smalle', 'tvaergaaende', 'direkte', null);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(vej, fc.array(amount, { minLength: 4, maxLength: 4 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom<SignDisplay>('negativeIsSaving', 'positiveIsSaving'),
        (rows, sign) => {
          const proposals = rows.map(([v, a], i) => p(`P${i}`, v, a));
          const { all, valueAt, calc, zero } = render(proposals, [], sign);
          YEARS.forEach((year, i) => {
            const rects = all.filter((s) => s.tag === 'rect' && s.attrs['data-year'] === String(year));
            const sum = rects.reduce(
              (acc, r) =>
                acc +
                (Number(r.attrs.y) < zero - 1e-6 ? 1 : -1) * (valueAt(0) - valueAt(Number(r.attrs.height))),
              0,
            );
            const net = all.find((s) => s.attrs.class === 'net' && s.attrs['data-year'] === String(year));
            const expected = shownOf(calc.breakdown.total[i] ?? 0, sign);
            expect(valueAt(Number(net?.attrs.y1))).toBeCloseTo(expected, -1);
            expect(sum).toBeCloseTo(expected, -1);
            for (const r of rects) expect(Number(r.attrs.y)).toBeGreaterThanOrEqual(0);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
