import { useState } from 'react';
import type { Proposal } from '../../../shared/model/index.ts';
import type { ProposalIssue } from '../grid/validation.ts';
import { TEXT } from '../text.ts';

type LongField = 'description' | 'citizenImpact' | 'staffImpact' | 'notes';
const LONG_FIELDS: readonly LongField[] = ['description', 'citizenImpact', 'staffImpact', 'notes'];

/** The long texts of the selected proposal; each text commits as one undoable change when it loses focus. */
export function DetailPanel({
  proposal,
  issues,
  onChange,
  onClose,
}: {
  proposal: Proposal;
  issues: readonly ProposalIssue[];
  onChange: (next: Proposal) => void;
  onClose: () => void;
}) {
  return (
    <aside className="detail-panel" aria-label={TEXT.forslag.detail}>
      <div className="detail-head">
        <h2>
          {proposal.id} {proposal.title}
        </h2>
        <button type="button" className="btn" onClick={onClose} aria-label={TEXT.forslag.closeDetail}>
          ×
        </button>
      </div>
      {issues.length > 0 && (
        <section>
          <h3>{TEXT.forslag.problems}</h3>
          <ul className="issues">
            {issues.map((i) => (
              <li key={i.code}>{i.message}</li>
            ))}
          </ul>
        </section>
      )}
      {LONG_FIELDS.map((field) => (
        <LongText
          key={`${proposal.id}-${field}-${proposal[field]}`}
          label={TEXT.forslag[field]}
          value={proposal[field]}
          onCommit={(value) => onChange({ ...proposal, [field]: value })}
        />
      ))}
      {proposal.source && (
        <p className="source">
          {TEXT.forslag.source}: {proposal.source.file}, {proposal.source.sheet}, række {proposal.source.row}
        </p>
      )}
    </aside>
  );
}

function LongText({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  return (
    <label className="long-text">
      <span>{label}</span>
      <textarea
        value={draft}
        rows={5}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== value) onCommit(draft);
        }}
      />
    </label>
  );
}
