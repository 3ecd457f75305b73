/**
 * The words departments use for each proposal field, as column headers (list layout) or row labels (form layout).
 * Text is compared in lower case with spaces collapsed and a trailing ":" or "." removed.
 */
export type ProposalField =
  | 'id'
  | 'title'
  | 'committee'
  | 'area'
  | 'vej'
  | 'kategori'
  | 'status'
  | 'description'
  | 'citizenImpact'
  | 'staffImpact'
  | 'notes'
  | 'caseNumber'
  | 'service'
  | 'permanence'
  | 'investment'
  | 'catalogue';

/** First match wins, so the more specific patterns come first. */
const FIELD_PATTERNS: readonly [ProposalField, RegExp][] = [
  ['citizenImpact', /^konsekvens(er)?\b.*\bborger/],
  ['staffImpact', /^konsekvens(er)?\b.*\b(medarbejder|personale|ansatte)/],
  ['id', /^(forslag(s|ets)?[ -]?(nr|nummer|id)|nr|nummer|id|løbe ?(nr|nummer)|lb\.? ?nr)\.?$/],
  [
    'title',
    /^(forslagets |kort )?(titel|overskrift)( på forslag(et)?)?$|^forslagstitel$|^(forslagets )?navn$|^forslag$/,
  ],
  ['committee', /^(ansvarligt? |fag|stående |politisk )?udvalg(et)?$/],
  ['area', /^(politik|bevillings|fag|del)?område$|^politikomraade$|^politik- og bevillingsområde$/],
  ['vej', /^(budget)?vej(en|e)?\b|\(vej\)$/],
  ['kategori', /^kategori|^forslagstype$|^type$/],
  ['status', /^status$/],
  ['description', /^(kort )?beskrivelse\b|^indhold$/],
  ['notes', /^(bemærkning(er)?|noter?|kommentar(er)?)$/],
  ['caseNumber', /^(sags? ?nr|sagsnummer|esdh)/],
  ['service', /^service(udgift|ramme)?$|^serviceudgift/],
  ['permanence', /^(varighed|varig|engangs?|permanent)/],
  ['investment', /^(investering|investeringsbehov|anlægsinvestering|engangsinvestering|etableringsudgift)/],
  ['catalogue', /^katalog$/],
];

/**
 * "Forslag" alone names the title column, unless the sheet also has a real title column: then it holds the numbers.
 */
export function isWeakTitleLabel(text: string): boolean {
  return foldLabel(text) === 'forslag';
}

export function foldLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/[:.]+$/, '')
    .trim();
}

/** "Forslag nr.: BU-21" in one cell: the label and its value. null when the text before ":" is no label. */
export function splitLabelValue(text: string): { field: ProposalField; value: string } | null {
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const value = text.slice(colon + 1).trim();
  const field = fieldOfLabel(text.slice(0, colon));
  return field && value !== '' ? { field, value } : null;
}

export function fieldOfLabel(text: string): ProposalField | null {
  const label = foldLabel(text);
  if (label === '') return null;
  for (const [field, pattern] of FIELD_PATTERNS) if (pattern.test(label)) return field;
  return null;
}

/** A group header over year columns that holds årsværk, not money. */
export function isFteLabel(text: string): boolean {
  return /årsværk|aarsvaerk|\bfte\b|(^|[^a-zæøå])åv([^a-zæøå]|$)|stillinger|personaleændring/.test(
    foldLabel(text),
  );
}

/** A totals row ("I alt", "Total", "Sum"): never a proposal. */
export function isTotalsLabel(text: string): boolean {
  return /^(i alt|total|totalt|sum|samlet|hovedtotal|i alt i alt)\b/.test(foldLabel(text));
}

/** Rows of a form's economy table. */
export type EconomyRow = 'expenses' | 'income' | 'total' | 'fte' | 'net';

export function economyRowOfLabel(text: string): EconomyRow | null {
  const label = foldLabel(text).replace(/indtaegt/g, 'indtægt');
  if (label === '') return null;
  if (isFteLabel(label)) return 'fte';
  const expenses = /udgift/.test(label);
  const income = /indtægt/.test(label);
  // "Udgifter i alt" and "Heraf indtægter" are still one part, not the total: only the part's word is looked at.
  const part = label
    .replace(/\s*(i alt|total)$/, '')
    .replace(/^(ændring(er)? i|øgede|øget|heraf|samlede)\s+/, '');
  if (expenses && !income && /^(brutto)?(mer|mindre)?-? ?\/? ?(mer|mindre)?udgift/.test(part))
    return 'expenses';
  if (income && !expenses && /^(mer|mindre)?-? ?\/? ?(mer|mindre)?indtægt/.test(part)) return 'income';
  if (isTotalsLabel(label) || /^netto|\bi alt\b/.test(label)) return 'total';
  if (/^(besparelse|beløb\b|økonomi$)/.test(label)) return 'net';
  return null;
}
