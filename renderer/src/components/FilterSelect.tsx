/** A drop-down that narrows a view's rows, named by `label` (read aloud, not shown); its first choice, "", keeps all. */
export function FilterSelect({
  label,
  allText,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  allText: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  className?: string;
}) {
  return (
    <label className={className}>
      <span className="visually-hidden">{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allText}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
