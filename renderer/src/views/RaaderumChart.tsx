import { UNKNOWN_KEY, VEJ_KEYS, type ProjectCalculation } from '../../../shared/calc/index.ts';
import { formatThousands } from '../../../shared/numbers/index.ts';
import { VEJ_LABEL } from '../../../shared/model/index.ts';
import { VEJ_COLOUR } from '../components/VejTag.tsx';
import { TEXT } from '../text.ts';

const W = 700;
const H = 260;
const PAD = { left: 70, right: 190, top: 16, bottom: 30 };

/**
 * Råderum (savings found, stacked by vej) against the target per year, in plain SVG. Savings are drawn
 * upwards whatever the sign convention, since "more råderum" reads as "higher".
 */
export function RaaderumChart({ calc }: { calc: ProjectCalculation }) {
  const years = calc.years;
  const veje = VEJ_KEYS.filter((v) => v !== UNKNOWN_KEY);
  const stacks = years.map((_, i) => veje.map((v) => Math.max(0, -(calc.breakdown.byVej[v][i] ?? 0))));
  const targetTotals = years.map((_, i) =>
    calc.targets.reduce((s, t) => s + Math.max(0, -(t.target[i] ?? 0)), 0),
  );
  const max = Math.max(1, ...stacks.map((s) => s.reduce((a, b) => a + b, 0)), ...targetTotals);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, years.length);
  const barW = Math.min(60, slot * 0.5);
  const y = (v: number): number => PAD.top + plotH - (v / max) * plotH;
  const description = years
    .map((year, i) => {
      const found = (stacks[i] ?? []).reduce((a, b) => a + b, 0);
      return TEXT.chart.describeYear(year, formatThousands(found), formatThousands(targetTotals[i] ?? 0));
    })
    .join(' ');
  return (
    <figure className="chart">
      <figcaption>{TEXT.chart.title}</figcaption>
      <svg
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${TEXT.chart.title}. ${description}`}
      >
        <line x1={PAD.left} x2={PAD.left + plotW} y1={y(0)} y2={y(0)} stroke="#14181f" />
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={PAD.left + plotW} y1={y(max * f)} y2={y(max * f)} stroke="#e1e5ea" />
            <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" fontSize="13">
              {formatThousands(max * f)}
            </text>
          </g>
        ))}
        {years.map((year, i) => {
          const x = PAD.left + slot * i + (slot - barW) / 2;
          let acc = 0;
          return (
            <g key={year}>
              {veje.map((v, j) => {
                const h = stacks[i]?.[j] ?? 0;
                const top = y(acc + h);
                const bottom = y(acc);
                acc += h;
                return h > 0 ? (
                  <rect key={v} x={x} y={top} width={barW} height={bottom - top} fill={VEJ_COLOUR[v]} />
                ) : null;
              })}
              {(targetTotals[i] ?? 0) > 0 && (
                <line
                  x1={x - 8}
                  x2={x + barW + 8}
                  y1={y(targetTotals[i] ?? 0)}
                  y2={y(targetTotals[i] ?? 0)}
                  stroke="#14181f"
                  strokeWidth={3}
                  strokeDasharray="6 3"
                />
              )}
              <text x={x + barW / 2} y={H - 10} textAnchor="middle" fontSize="13">
                {year}
              </text>
            </g>
          );
        })}
        {veje.map((v, j) => (
          <g key={v} transform={`translate(${W - PAD.right + 12}, ${PAD.top + j * 20})`}>
            <rect width={12} height={12} fill={VEJ_COLOUR[v]} />
            <text x={18} y={11} fontSize="13">
              {VEJ_LABEL[v]}
            </text>
          </g>
        ))}
        <g transform={`translate(${W - PAD.right + 12}, ${PAD.top + veje.length * 20 + 6})`}>
          <line x1={0} x2={12} y1={6} y2={6} stroke="#14181f" strokeWidth={3} strokeDasharray="4 2" />
          <text x={18} y={11} fontSize="13">
            {TEXT.chart.target}
          </text>
        </g>
      </svg>
    </figure>
  );
}
