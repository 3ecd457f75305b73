import { describeLocation, type Problem } from '../../../shared/model/index.ts';

/** Problems with the core's Danish message and where each happened; nothing when there are none. */
export function ProblemList({
  problems,
  className = 'problems',
  withSeverity = false,
  role,
}: {
  problems: readonly Problem[];
  className?: string;
  /** Marks each item with its severity (`sev-warning`…), for lists that mix warnings and errors. */
  withSeverity?: boolean;
  role?: 'status';
}) {
  if (problems.length === 0) return null;
  return (
    <ul className={className} role={role}>
      {problems.map((p, i) => (
        <li key={i} className={withSeverity ? `sev-${p.severity}` : undefined}>
          {p.message}
          {describeLocation(p) && <span className="where"> ({describeLocation(p)})</span>}
        </li>
      ))}
    </ul>
  );
}
