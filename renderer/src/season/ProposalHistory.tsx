import { useMemo } from 'react';
import {
  describeChangeSource,
  describeFieldValue,
  fieldLabel,
  proposalHistory,
} from '../../../shared/season/index.ts';
import { useWorkbench } from '../app-context.ts';
import { TEXT } from '../text.ts';
import { formatDate } from './VersionDialogs.tsx';
import './season.css';

const S = TEXT.season;

/** The detail panel's "Historik": every recorded change of the proposal, newest first — when, who, from what, field, old → new. */
export function ProposalHistory({ id }: { id: string }) {
  const log = useWorkbench((s) => s.history.present.project.changeLog);
  const years = useWorkbench((s) => s.history.present.project.settings.years);
  const items = useMemo(() => proposalHistory(log, id), [log, id]);
  return (
    <section className="proposal-history" aria-label={S.history}>
      <h3>{S.history}</h3>
      {items.length === 0 ? (
        <p className="muted">{S.noHistory}</p>
      ) : (
        <ol>
          {items.map((item, i) => (
            <li key={`${item.when}-${i}`}>
              <div className="meta">
                {formatDate(item.when)} · {item.who} · {describeChangeSource(item.source)}
              </div>
              <ul>
                {item.changes.map((c, k) => (
                  <li key={k}>
                    {c.kind === 'added'
                      ? S.addedLine
                      : c.kind === 'removed'
                        ? S.removedLine
                        : S.changeLine(
                            fieldLabel(c.field),
                            describeFieldValue(c.field, c.from, years),
                            describeFieldValue(c.field, c.to, years),
                          )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
