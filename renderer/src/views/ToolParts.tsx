import type { ReactNode } from 'react';
import { parseDanishNumber } from '../../../shared/numbers/index.ts';

/** The pieces Værktøjer's sections share: a titled section and per-year amount fields. */

export function ToolSection({
  id,
  title,
  children,
  className,
}: {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Amounts typed per year in 1.000 kr., the Danish way; a blank year is 0, an unreadable one null. */
export function typedAmounts(texts: readonly string[]): (number | null)[] {
  return texts.map((t) => (t.trim() === '' ? 0 : parseDanishNumber(t)));
}

/** One text field per plan year for an amount in 1.000 kr.; an unreadable one is marked. */
export function YearAmountInputs({
  years,
  texts,
  label,
  onChange,
}: {
  years: readonly number[];
  texts: readonly string[];
  label: (year: number) => string;
  onChange: (texts: string[]) => void;
}) {
  const typed = typedAmounts(texts);
  return (
    <>
      {years.map((y, i) => (
        <NumberField
          key={y}
          label={label(y)}
          size={9}
          value={texts[i] ?? ''}
          invalid={typed[i] === null}
          onChange={(text) => onChange(texts.map((t, j) => (j === i ? text : t)))}
        />
      ))}
    </>
  );
}

/** A labelled text field for a Danish number (an amount, a percent); `invalid` marks text that does not read. */
export function NumberField({
  label,
  size,
  value,
  invalid,
  onChange,
}: {
  label: string;
  size: number;
  value: string;
  invalid?: boolean;
  onChange: (text: string) => void;
}) {
  return (
    <label>
      {label}{' '}
      <input
        type="text"
        inputMode="decimal"
        size={size}
        value={value}
        aria-invalid={invalid}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
