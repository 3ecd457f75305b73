/**
 * The name of a version or an ændringsforslag as it is typed ("Gem version…", "Omdøb…"): the field, and under it
 * what is wrong with the name once the user has tried to go on.
 */
export function SeasonNameField({
  label,
  value,
  onChange,
  problem,
  tried,
  problemId,
  placeholder,
  selectOnFocus = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: string | null;
  tried: boolean;
  /** The id of the problem's paragraph, unique in the page (the field is described by it). */
  problemId: string;
  placeholder?: string;
  /** Renaming: the old name selected, so typing replaces it. */
  selectOnFocus?: boolean;
}) {
  return (
    <>
      <label>
        {label}
        <input
          autoFocus
          value={value}
          placeholder={placeholder}
          onFocus={selectOnFocus ? (e) => e.target.select() : undefined}
          aria-invalid={tried && problem !== null}
          aria-describedby={problemId}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      <p id={problemId} className="field-problem" role="status">
        {tried && problem ? problem : ''}
      </p>
    </>
  );
}
