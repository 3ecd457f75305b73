import type { Proposal } from '../../../shared/model/index.ts';
import { KATEGORI_CHOICE, STATUS_CHOICE, VEJ_CHOICE, type ChoiceSet } from '../grid/proposal-fields.ts';
import { TEXT } from '../text.ts';
import { FilterSelect } from './FilterSelect.tsx';

/** What the Forslag grid's drop-downs keep; '' keeps every row. */
export interface ProposalFilter {
  vej: string;
  kategori: string;
  status: string;
  committee: string;
}

export const NO_FILTER: ProposalFilter = { vej: '', kategori: '', status: '', committee: '' };

/** Whether a proposal passes every drop-down. */
export function passesFilter(p: Proposal, filter: ProposalFilter): boolean {
  return (
    (filter.vej === '' || (p.vej ?? '') === filter.vej) &&
    (filter.kategori === '' || (p.kategori ?? '') === filter.kategori) &&
    (filter.status === '' || p.status === filter.status) &&
    (filter.committee === '' || p.committee === filter.committee)
  );
}

const optionsOf = <T extends string>(c: ChoiceSet<T>): { value: string; label: string }[] =>
  c.values.map((v) => ({ value: v, label: c.label(v) }));

/** The Forslag grid's drop-downs: vej, kategori, status and udvalg (the committees the project knows). */
export function ProposalFilters({
  value,
  committees,
  onChange,
}: {
  value: ProposalFilter;
  committees: readonly string[];
  onChange: (next: ProposalFilter) => void;
}) {
  const filterSelect = (
    name: keyof ProposalFilter,
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <FilterSelect
      className="filter"
      label={label}
      allText={`${label.replace('Filtrér på ', '')}: ${TEXT.forslag.all}`}
      value={value[name]}
      options={options}
      onChange={(chosen) => onChange({ ...value, [name]: chosen })}
    />
  );
  return (
    <div className="filters" role="group" aria-label={TEXT.forslag.filters}>
      {filterSelect('vej', TEXT.forslag.filterVej, optionsOf(VEJ_CHOICE))}
      {filterSelect('kategori', TEXT.forslag.filterKategori, optionsOf(KATEGORI_CHOICE))}
      {filterSelect('status', TEXT.forslag.filterStatus, optionsOf(STATUS_CHOICE))}
      {filterSelect(
        'committee',
        TEXT.forslag.filterCommittee,
        committees.map((c) => ({ value: c, label: c })),
      )}
    </div>
  );
}
