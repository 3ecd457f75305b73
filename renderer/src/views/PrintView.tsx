import type { ReactNode } from 'react';
import {
  calculateProject,
  investmentEffect,
  KATEGORI_KEYS,
  UNKNOWN_KEY,
  VEJ_KEYS,
  type KategoriKey,
  type VejKey,
} from '../../../shared/calc/index.ts';
import { catalogueTitle, selectProposals, signNote } from '../../../shared/catalogue/contents.ts';
import { ECONOMY_LABELS } from '../../../shared/catalogue/names.ts';
import { danishDate } from '../../../shared/catalogue/format.ts';
import {
  expenditureOf,
  KATEGORI_LABEL,
  STATUSES,
  STATUS_LABEL,
  VEJ_LABEL,
  type Kr,
  type Project,
  type Proposal,
} from '../../../shared/model/index.ts';
import { formatDanish } from '../../../shared/numbers/index.ts';
import { TEXT } from '../text.ts';
import { showAmount } from './display.ts';
import { AmountRow, YearHead } from '../components/YearTable.tsx';
import type { PrintOptions } from '../print-options.ts';
import { CountTable } from './print/CountTable.tsx';
import { PrintList } from './print/PrintList.tsx';
import { PrintResume } from './print/PrintResume.tsx';
import { PrintStaff } from './print/PrintStaff.tsx';

const P = TEXT.print;

const vejName = (k: VejKey): string => (k === UNKNOWN_KEY ? P.unknownVej : VEJ_LABEL[k]);
const kategoriName = (k: KategoriKey): string => (k === UNKNOWN_KEY ? P.unknownKategori : KATEGORI_LABEL[k]);
const committeeName = (k: string): string => (k === UNKNOWN_KEY ? P.unknownCommittee : k);

interface Row {
  key: string;
  label: ReactNode;
  amounts: readonly Kr[];
}

function AmountTable({
  caption,
  label,
  years,
  rows,
  total,
  money,
}: {
  caption: string;
  label: string;
  years: readonly number[];
  rows: readonly Row[];
  total: readonly Kr[];
  money: (kr: Kr) => string;
}) {
  return (
    <table className="print-table" aria-label={caption}>
      <caption>{caption}</caption>
      <YearHead label={label} unit={P.unit} years={years} />
      <tbody>
        {rows.map((r) => (
          <AmountRow key={r.key} label={r.label} amounts={r.amounts} show={money} />
        ))}
        <AmountRow className="total" label={P.total} amounts={total} show={money} />
      </tbody>
    </table>
  );
}

function Field({ label, children, long = false }: { label: string; children: ReactNode; long?: boolean }) {
  return (
    <div className={long ? 'print-field print-field-long' : 'print-field'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ProposalPage({
  proposal: p,
  years,
  priceYear,
  savingsPositive,
  money,
}: {
  proposal: Proposal;
  years: readonly number[];
  priceYear: number;
  savingsPositive: boolean;
  money: (kr: Kr) => string;
}) {
  const heading = `${p.id}: ${p.title}`;
  // The exported form sheet's words, turned round when savings are shown positive.
  const words = ECONOMY_LABELS[savingsPositive ? 'savingsPositive' : 'standard'];
  const payback = p.investment !== 0 ? investmentEffect(p, years).paybackYear : null;
  return (
    <section className="print-page print-proposal" aria-label={heading}>
      <h2>{heading}</h2>
      <dl className="print-fields">
        <Field label={P.committee}>{p.committee.trim() === '' ? P.unknownCommittee : p.committee}</Field>
        {p.area.trim() !== '' && <Field label={P.area}>{p.area}</Field>}
        <Field label={P.vej}>{p.vej === null ? P.unknownVej : VEJ_LABEL[p.vej]}</Field>
        <Field label={P.kategori}>
          {p.kategori === null ? P.unknownKategori : KATEGORI_LABEL[p.kategori]}
        </Field>
        <Field label={P.status}>{STATUS_LABEL[p.status]}</Field>
        <Field label={P.permanence}>{p.permanence === 'permanent' ? P.permanent : P.oneOff}</Field>
        <Field label={P.service}>{p.isService ? P.yes : P.no}</Field>
        <Field label={P.description} long>
          {p.description || P.notSet}
        </Field>
        <Field label={P.citizenImpact} long>
          {p.citizenImpact || P.notSet}
        </Field>
        <Field label={P.staffImpact} long>
          {p.staffImpact || P.notSet}
        </Field>
        {p.notes.trim() !== '' && (
          <Field label={P.notes} long>
            {p.notes}
          </Field>
        )}
      </dl>
      <table className="print-table" aria-label={`${P.economy}: ${p.id}`}>
        <YearHead label={P.economy} unit={P.economyUnit(priceYear)} years={years} />
        <tbody>
          {[
            { label: words.expenses, amounts: expenditureOf(p) },
            { label: words.income, amounts: p.income },
          ].map((r) => (
            <AmountRow key={r.label} label={r.label} amounts={r.amounts} show={money} />
          ))}
          <AmountRow className="total" label={words.net} amounts={p.amounts} show={money} />
          <tr>
            <th scope="row">{P.fte}</th>
            {years.map((y, i) => (
              <td key={y} className="amount">
                {formatDanish(p.fte[i] ?? 0, 1)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {p.investment !== 0 && (
        <dl className="print-fields">
          {/* The investment is a cost: shown in the stored sign's thousands, as the exported form does. */}
          <Field label={P.investment}>{showAmount(p.investment, 'negativeIsSaving')}</Field>
          <Field label={P.payback}>{payback === null ? P.noPayback : P.paybackIn(payback)}</Field>
        </dl>
      )}
    </section>
  );
}

/** A CSS string literal (for the page footer's `content`). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * Every printed page's footer: the kommune and the date at the left, "Side n af m" at the right (CSS page-margin
 * boxes, which Chromium and Electron's printToPDF fill in); the list pages are A4 landscape.
 */
function pageRules(municipality: string, date: string): string {
  const footer =
    `@bottom-left { content: ${cssString(P.footer(municipality, date))}; font-size: 9pt; }` +
    `@bottom-right { content: ${cssString(P.pageOf.before)} counter(page) ${cssString(P.pageOf.middle)} counter(pages); font-size: 9pt; }`;
  return `@page { ${footer} } @page list { size: A4 landscape; ${footer} }`;
}

/**
 * The catalogue as the council reads it, laid out like the exported workbook: a front page, the Resumé, the Oversigt
 * tables, the list grouped by udvalg (A4 landscape), one page per proposal and the Årsværk page, each page with the
 * kommune, the date and its number. Every total comes from shared/calc; amounts in 1.000 kr.
 */
export function PrintView({ project, options }: { project: Project; options: PrintOptions }) {
  const years = project.settings.years;
  const selected = selectProposals(project, {
    statuses: options.statuses,
    ...(options.catalogue !== undefined ? { catalogue: options.catalogue } : {}),
  });
  const catalogueProject: Project = { ...project, proposals: selected };
  // Every proposal in the catalogue, whatever its status (the workbook's Oversigt) …
  const all = calculateProject(catalogueProject, STATUSES).breakdown;
  // … and the counted statuses for the targets (as Oversigt counts them).
  const counted = calculateProject(catalogueProject);
  const sign = options.savingsPositive ? 'positiveIsSaving' : 'negativeIsSaving';
  const money = (kr: Kr): string => showAmount(kr, sign);
  const title = catalogueTitle(project);

  const vejRows: Row[] = VEJ_KEYS.filter((k) => k !== UNKNOWN_KEY || all.countByVej[k] > 0).map((k) => ({
    key: k,
    label: vejName(k),
    amounts: all.byVej[k],
  }));
  const kategoriRows: Row[] = KATEGORI_KEYS.filter(
    (k) => k !== UNKNOWN_KEY || all.countByKategori[k] > 0,
  ).map((k) => ({ key: k, label: kategoriName(k), amounts: all.byKategori[k] }));
  const committeeRows: Row[] = Object.entries(all.byCommittee).map(([k, amounts]) => ({
    key: k,
    label: committeeName(k),
    amounts,
  }));
  const present = new Set(selected.map((p) => `${p.vej ?? UNKNOWN_KEY}|${p.kategori ?? UNKNOWN_KEY}`));
  const vejKategoriRows: Row[] = VEJ_KEYS.flatMap((v) =>
    KATEGORI_KEYS.filter((k) => present.has(`${v}|${k}`)).map((k) => ({
      key: `${v}|${k}`,
      label: `${vejName(v)}, ${kategoriName(k).toLowerCase()}`,
      amounts: all.byVejKategori[v][k],
    })),
  );
  const statusRows: Row[] = STATUSES.map((s) => ({
    key: s,
    label: STATUS_LABEL[s],
    amounts: all.byStatus[s],
  }));
  // The Oversigt tables, in the exported workbook's order; each ends with the catalogue's total.
  const tables: { caption: string; label: string; rows: Row[] }[] = [
    { caption: P.totalPerYear, label: P.allProposals, rows: [] },
    { caption: P.perCommittee, label: P.committee, rows: committeeRows },
    { caption: P.perKategori, label: P.kategori, rows: kategoriRows },
    { caption: P.perVej, label: P.vej, rows: vejRows },
    { caption: P.perVejKategori, label: `${P.vej} / ${P.kategori.toLowerCase()}`, rows: vejKategoriRows },
    { caption: P.perStatus, label: P.status, rows: statusRows },
  ];

  return (
    <div className="print-view" role="document" aria-label={P.label}>
      <style>{pageRules(project.settings.municipality, danishDate(options.now))}</style>
      <section className="print-page print-front" aria-label={P.frontPage}>
        <p className="print-municipality">{project.settings.municipality}</p>
        <h1>{title}</h1>
        {options.catalogue !== undefined && <p className="print-catalogue">{options.catalogue}</p>}
        <p>{P.priceLevel(project.settings.priceYear)}</p>
        <p>{signNote(project, options.savingsPositive)}</p>
        <p>{P.date(danishDate(options.now))}</p>
        <CountTable
          ariaLabel={P.proposalCount}
          label={P.status}
          rows={STATUSES.map((s) => ({ key: s, label: STATUS_LABEL[s], count: all.countByStatus[s] }))}
          total={selected.length}
        />
      </section>

      <PrintResume
        project={project}
        selected={selected}
        savingsPositive={options.savingsPositive}
        money={money}
      />

      <section className="print-page print-overview" aria-label={P.overview}>
        <h2>{P.overview}</h2>
        <p className="muted">{signNote(project, options.savingsPositive)}</p>
        {tables.map((t) => (
          <AmountTable
            key={t.caption}
            caption={t.caption}
            label={t.label}
            years={years}
            rows={t.rows}
            total={all.total}
            money={money}
          />
        ))}
        <h2>{P.targets}</h2>
        {counted.targets.length === 0 ? (
          <p>{P.noTargets}</p>
        ) : (
          <>
            <p className="muted">
              {P.countedNote(counted.statuses.map((s) => STATUS_LABEL[s].toLowerCase()).join(', '))}
            </p>
            {counted.targets.map((t, ti) => (
              <table key={ti} className="print-table" aria-label={`${P.targets}: ${t.name}`}>
                <caption>{t.name}</caption>
                <YearHead label={P.targetAmount} unit={P.unit} years={years} />
                <tbody>
                  {(
                    [
                      [P.targetAmount, t.target],
                      [P.attained, t.achieved],
                      [P.gap(options.savingsPositive), t.gap],
                    ] as const
                  ).map(([label, amounts]) => (
                    <AmountRow key={label} label={label} amounts={amounts} show={money} />
                  ))}
                  <tr>
                    <th scope="row">{P.attainment}</th>
                    {t.attainment.map((a, i) => (
                      <td key={i} className="amount">
                        {a === null ? P.notSet : `${formatDanish(a * 100)} %`}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            ))}
          </>
        )}
      </section>

      {selected.length === 0 ? (
        <section className="print-page" aria-label={P.proposals}>
          <p>{P.noProposals}</p>
        </section>
      ) : (
        <PrintList selected={selected} years={years} money={money} />
      )}
      {selected.map((p, i) => (
        <ProposalPage
          key={`${p.id}-${i}`}
          proposal={p}
          years={years}
          priceYear={project.settings.priceYear}
          savingsPositive={options.savingsPositive}
          money={money}
        />
      ))}
      <PrintStaff selected={selected} years={years} />
    </div>
  );
}
