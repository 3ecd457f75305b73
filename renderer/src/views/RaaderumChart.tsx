import { UNKNOWN_KEY, type ProjectCalculation, type VejKey } from '../../../shared/calc/index.ts';
import { formatAmount, formatDanish } from '../../../shared/numbers/index.ts';
import { VEJ_LABEL, type Proposal, type SignDisplay } from '../../../shared/model/index.ts';
import { VEJ_COLOUR } from '../components/VejTag.tsx';
import { TEXT } from '../text.ts';
import { chartModel } from './chart-model.ts';

const W = 720;
const PAD = { left: 84, right: 230, top: 28, bottom: 52 };
const PLOT_H = 230;
const LEGEND_STEP = 20;
/** Grey for proposals without a vej (the Okabe–Ito palette's colours belong to the five veje). */
const UNKNOWN_COLOUR = '#8a8f98';
/** Each target its own line: colour and dash differ, so neither alone tells them apart. */
const TARGET_STYLES = [
  { stroke: '#14181f', dash: '7 4' },
  { stroke: '#6a3d9a', dash: '2 3' },
  { stroke: '#8c510a', dash: '10 3 2 3' },
  { stroke: '#01665e', dash: '4 2' },
] as const;
const T = TEXT.chart;

const vejColour = (v: VejKey): string => (v === UNKNOWN_KEY ? UNKNOWN_COLOUR : VEJ_COLOUR[v]);
const vejName = (v: VejKey): string => (v === UNKNOWN_KEY ? TEXT.oversigt.unknownVej : VEJ_LABEL[v]);
const targetStyle = (i: number) => TARGET_STYLES[i % TARGET_STYLES.length] ?? TARGET_STYLES[0];

/**
 * Råderum against the targets per year, in plain SVG, drawn from the same calculation as the tables beside it:
 * each vej's savings and merudgifter (hatched) stacked from the zero line, in the directions the sign convention
 * on screen gives them, the net total ("I alt") marked and written under the year, and each target its own line.
 */
export function RaaderumChart({
  calc,
  proposals,
  sign,
}: {
  calc: ProjectCalculation;
  /** The proposals `calc` was calculated from (its statuses pick those that count). */
  proposals: readonly Proposal[];
  sign: SignDisplay;
}) {
  const model = chartModel(calc, proposals, sign);
  const hasCosts = model.years.some((y) => y.segments.some((s) => s.kind === 'cost'));
  const legend = [
    ...model.veje.map((v) => ({ key: v, label: vejName(v), mark: 'vej' as const, vej: v })),
    ...(hasCosts ? [{ key: 'cost', label: T.costs, mark: 'cost' as const }] : []),
    ...(model.hasProposals ? [{ key: 'net', label: T.net, mark: 'net' as const }] : []),
    ...model.targets.map((t, i) => ({
      key: `target-${i}`,
      label: T.targetNamed(t.name),
      mark: 'target' as const,
      i,
    })),
  ];
  const H = PAD.top + Math.max(PLOT_H, legend.length * LEGEND_STEP) + PAD.bottom;
  const plotH = H - PAD.top - PAD.bottom;
  const plotW = W - PAD.left - PAD.right;
  const slot = plotW / Math.max(1, model.years.length);
  const barW = Math.min(56, slot * 0.5);
  const y = (v: number): number => PAD.top + ((model.max - v) / (model.max - model.min)) * plotH;
  const step = (model.ticks[1] ?? model.max) - (model.ticks[0] ?? model.min);
  const tickText = (v: number): string => formatDanish(v / 1000, step % 1000 === 0 ? 0 : 1);
  const description = model.years
    .map((year) =>
      T.describeYear(
        year.year,
        formatAmount(year.net),
        model.targets.map((t) => `${t.name} ${formatAmount(t.values[model.years.indexOf(year)] ?? 0)}`),
      ),
    )
    .join(' ');
  return (
    <figure className="chart">
      <figcaption>
        {T.title}
        <span className="chart-sign">
          {sign === 'negativeIsSaving' ? T.negativeIsSaving : T.positiveIsSaving}
        </span>
      </figcaption>
      <svg
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${T.title}. ${description}`}
      >
        <defs>
          <pattern
            id="chart-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" fillOpacity="0.55" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#14181f" strokeWidth="1.5" />
          </pattern>
        </defs>
        <text x={PAD.left - 8} y={PAD.top - 12} textAnchor="end" fontSize="13" className="axis-unit">
          {TEXT.status.unit}
        </text>
        {model.ticks.map((v) => (
          <g key={v} className="tick" data-value={v}>
            <line x1={PAD.left} x2={PAD.left + plotW} y1={y(v)} y2={y(v)} stroke="#e1e5ea" />
            <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" fontSize="13">
              {tickText(v)}
            </text>
          </g>
        ))}
        {model.years.map((year, i) => {
          const x = PAD.left + slot * i + (slot - barW) / 2;
          return (
            <g key={year.year} className="chart-year" data-year={year.year}>
              {year.segments.map((s) => {
                const top = y(Math.max(s.from, s.to));
                const height = Math.abs(y(s.to) - y(s.from));
                return (
                  <g key={`${s.vej}-${s.kind}`}>
                    <rect
                      className={`segment ${s.kind}`}
                      data-year={year.year}
                      data-vej={s.vej}
                      data-value={s.to - s.from}
                      x={x}
                      y={top}
                      width={barW}
                      height={height}
                      fill={vejColour(s.vej)}
                    />
                    {s.kind === 'cost' && (
                      <rect x={x} y={top} width={barW} height={height} fill="url(#chart-hatch)" />
                    )}
                  </g>
                );
              })}
              {model.hasProposals && (
                <line
                  className="net"
                  data-year={year.year}
                  data-value={year.net}
                  x1={x - 10}
                  x2={x + barW + 10}
                  y1={y(year.net)}
                  y2={y(year.net)}
                  stroke="#14181f"
                  strokeWidth={4}
                />
              )}
              {model.targets.map((t, j) => (
                <line
                  key={j}
                  className="target"
                  data-year={year.year}
                  data-target={t.name}
                  data-value={t.values[i] ?? 0}
                  x1={x - 16}
                  x2={x + barW + 16}
                  y1={y(t.values[i] ?? 0)}
                  y2={y(t.values[i] ?? 0)}
                  stroke={targetStyle(j).stroke}
                  strokeWidth={2.5}
                  strokeDasharray={targetStyle(j).dash}
                />
              ))}
              <text x={x + barW / 2} y={H - PAD.bottom + 20} textAnchor="middle" fontSize="13">
                {year.year}
              </text>
              {model.hasProposals && (
                <text
                  className="net-label"
                  data-year={year.year}
                  x={x + barW / 2}
                  y={H - PAD.bottom + 38}
                  textAnchor="middle"
                  fontSize="13"
                  fontWeight="600"
                >
                  {formatAmount(year.net)}
                </text>
              )}
            </g>
          );
        })}
        <line
          className="zero"
          x1={PAD.left}
          x2={PAD.left + plotW}
          y1={y(0)}
          y2={y(0)}
          stroke="#14181f"
          strokeWidth={1.5}
        />
        <text x={PAD.left - 8} y={H - PAD.bottom + 38} textAnchor="end" fontSize="13" fontWeight="600">
          {T.netShort}
        </text>
        <g className="legend" transform={`translate(${W - PAD.right + 16}, ${PAD.top})`}>
          {legend.map((entry, k) => (
            <g key={entry.key} transform={`translate(0, ${k * LEGEND_STEP})`}>
              {entry.mark === 'vej' && <rect width={12} height={12} fill={vejColour(entry.vej)} />}
              {entry.mark === 'cost' && (
                <>
                  <rect width={12} height={12} fill="#c9ced6" />
                  <rect width={12} height={12} fill="url(#chart-hatch)" />
                </>
              )}
              {entry.mark === 'net' && <line x1={0} x2={14} y1={6} y2={6} stroke="#14181f" strokeWidth={4} />}
              {entry.mark === 'target' && (
                <line
                  x1={0}
                  x2={14}
                  y1={6}
                  y2={6}
                  stroke={targetStyle(entry.i).stroke}
                  strokeWidth={2.5}
                  strokeDasharray={targetStyle(entry.i).dash}
                />
              )}
              <text x={20} y={11} fontSize="13">
                {entry.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
