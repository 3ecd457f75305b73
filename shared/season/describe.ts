import { KATEGORI_LABEL, PROPOSAL_FIELD_LABEL, STATUS_LABEL, VEJ_LABEL } from '../model/labels.ts';
import type { Kategori, Status, Vej } from '../model/proposal.ts';
import { KATEGORIER, STATUSES, VEJE } from '../model/proposal.ts';
import type { FieldValue } from '../model/season.ts';
import { formatDanish, formatThousands } from '../numbers/danish.ts';

function isNumberList(value: FieldValue): value is readonly number[] {
  return Array.isArray(value);
}

const isVej = (v: unknown): v is Vej => VEJE.some((x) => x === v);
const isKategori = (v: unknown): v is Kategori => KATEGORIER.some((x) => x === v);
const isStatus = (v: unknown): v is Status => STATUSES.some((x) => x === v);

/** Kroner fields: shown in 1.000 kr. with one decimal like every amount. */
const KR_FIELDS = new Set(['amounts', 'income', 'investment']);

/**
 * A field's value as a user reads it in a comparison or the change log: "Prioriteret", "Den smalle vej",
 * "2026: -1.200,0 · 2027: -2.400,0" (1.000 kr.), "Ja", "forslag.xlsx, Forslag, række 12"; "(tom)" for nothing.
 */
export function describeFieldValue(field: string, value: FieldValue, years: readonly number[]): string {
  if (value === null || value === '') return '(tom)';
  if (isNumberList(value)) {
    const list = value;
    const kr = KR_FIELDS.has(field);
    return years
      .map((year, i) => `${year}: ${kr ? formatThousands(list[i] ?? 0, 1) : formatDanish(list[i] ?? 0, 1)}`)
      .join(' · ');
  }
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'number')
    return KR_FIELDS.has(field) ? formatThousands(value, 1) : formatDanish(value, 1);
  if (typeof value === 'object') {
    const source = value;
    return `${source.file}, ${source.sheet}, række ${source.row}`;
  }
  if (field === 'vej' && isVej(value)) return VEJ_LABEL[value];
  if (field === 'kategori' && isKategori(value)) return KATEGORI_LABEL[value];
  if (field === 'status' && isStatus(value)) return STATUS_LABEL[value];
  if (field === 'permanence') return value === 'oneOff' ? 'Engangs' : 'Varig';
  return value;
}

/** A field's Danish name ("Status", "Beløb"); the key itself for anything else. */
export function fieldLabel(field: string): string {
  const labels: Readonly<Record<string, string>> = PROPOSAL_FIELD_LABEL;
  return labels[field] ?? field;
}
