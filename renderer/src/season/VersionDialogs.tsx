import { useMemo, useState } from 'react';
import {
  continueFromVersion,
  isSeasonError,
  listVersions,
  requireVersion,
  takeVersion,
  versionNameProblem,
} from '../../../shared/season/index.ts';
import { STATUS_LABEL, VEJ_LABEL, type Proposal } from '../../../shared/model/index.ts';
import { useApp, useWorkbench } from '../app-context.ts';
import { DialogButtons } from '../components/DialogButtons.tsx';
import { Modal } from '../components/Modal.tsx';
import { YearHeadCells } from '../components/YearTable.tsx';
import { TEXT } from '../text.ts';
import { showAmount } from '../views/display.ts';
import { SeasonItemButtons } from './SeasonItemButtons.tsx';
import { authorInitials, changeMeta, setAuthorInitials } from './author.ts';
import { replaceWorkingState } from './working-state.ts';
import { SeasonNameField } from './SeasonNameField.tsx';
import './season.css';

const S = TEXT.season;

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('da-DK', { dateStyle: 'medium', timeStyle: 'short' });
}

/** "Gem version…": a name and the date, one action; the working state is copied, nothing else changes. */
export function SaveVersionDialog() {
  const { store } = useApp();
  const project = useWorkbench((s) => s.history.present.project);
  const [name, setName] = useState('');
  const [initials, setInitials] = useState(authorInitials);
  const [tried, setTried] = useState(false);
  const problem = versionNameProblem(project, name);
  const close = (): void => store.actions.openDialog(null);
  const save = (): void => {
    setTried(true);
    if (problem) return;
    setAuthorInitials(initials);
    try {
      const trimmed = name.trim();
      store.actions.changeProject((p) => takeVersion(p, trimmed, changeMeta()), S.saved(trimmed));
      store.actions.notify(S.saved(trimmed));
      close();
    } catch (error) {
      if (isSeasonError(error)) store.actions.showErrors([error.problem]);
      else throw error;
    }
  };
  return (
    <Modal title={S.saveVersion} onClose={close}>
      <form
        className="season-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <SeasonNameField
          label={S.name}
          value={name}
          onChange={setName}
          problem={problem}
          tried={tried}
          problemId="version-name-problem"
          placeholder={S.namePlaceholder}
        />
        <p className="muted">
          {S.date}: {formatDate(new Date().toISOString())} ·{' '}
          {TEXT.oversigt.countedProposals(project.proposals.length)}
        </p>
        <label>
          {S.initials}
          <input value={initials} maxLength={20} onChange={(e) => setInitials(e.target.value)} />
        </label>
        <DialogButtons onCancel={close}>
          <button type="submit" className="btn btn-primary">
            {S.save}
          </button>
        </DialogButtons>
      </form>
    </Modal>
  );
}

/** The versions: name, date, who, proposal count; each can be shown read-only, compared or continued from. */
export function VersionsDialog() {
  const { store } = useApp();
  const project = useWorkbench((s) => s.history.present.project);
  const versions = useMemo(() => listVersions(project), [project]);
  const close = (): void => store.actions.openDialog(null);
  const continueFrom = (name: string): void =>
    replaceWorkingState(
      store,
      (p, meta) => continueFromVersion(p, name, meta),
      S.historyStep(name),
      S.continued(name),
    );
  return (
    <Modal title={S.versions} onClose={close} wide>
      {versions.length === 0 ? (
        <p>{S.none}</p>
      ) : (
        <table className="totals season-versions">
          <caption className="visually-hidden">{S.versions}</caption>
          <thead>
            <tr>
              <th scope="col">{S.name}</th>
              <th scope="col">{S.date}</th>
              <th scope="col">{S.takenBy}</th>
              <th scope="col" className="amount">
                {S.proposalCount}
              </th>
              <th scope="col">
                <span className="visually-hidden">{S.what}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.name}>
                <th scope="row">{v.name}</th>
                <td>{formatDate(v.createdAt)}</td>
                <td>{v.createdBy}</td>
                <td className="amount">{v.proposalCount}</td>
                <td className="season-actions">
                  <button
                    type="button"
                    className="btn"
                    aria-label={`${S.show} ${v.name}`}
                    onClick={() => store.actions.openDialog({ kind: 'viewVersion', name: v.name })}
                  >
                    {S.show}
                  </button>
                  <button
                    type="button"
                    className="btn"
                    aria-label={`${S.compare} ${v.name}`}
                    onClick={() => store.actions.openDialog({ kind: 'compare', from: v.name, to: null })}
                  >
                    {S.compare}…
                  </button>
                  <button
                    type="button"
                    className="btn"
                    aria-label={`${S.continueFrom}: ${v.name}`}
                    onClick={() => continueFrom(v.name)}
                  >
                    {S.continueFrom}
                  </button>
                  <SeasonItemButtons what="version" name={v.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DialogButtons onCancel={close}>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => store.actions.openDialog({ kind: 'saveVersion' })}
        >
          {S.saveVersion}…
        </button>
      </DialogButtons>
    </Modal>
  );
}

/** A version read-only: its proposals with their status, vej and amounts per year. */
export function ViewVersionDialog({ name }: { name: string }) {
  const { store } = useApp();
  const project = useWorkbench((s) => s.history.present.project);
  const version = useMemo(() => {
    try {
      return requireVersion(project, name);
    } catch {
      return null;
    }
  }, [project, name]);
  const close = (): void => store.actions.openDialog({ kind: 'versions' });
  const years = project.settings.years;
  const sign = project.settings.signDisplay;
  if (!version) return null;
  return (
    <Modal title={S.versionTitle(name)} onClose={close} wide>
      <p className="muted">
        {S.versionInfo(formatDate(version.createdAt), version.createdBy, version.proposals.length)}
      </p>
      <div className="season-scroll">
        <table className="totals">
          <thead>
            <tr>
              <th scope="col">{TEXT.trace.id}</th>
              <th scope="col">{TEXT.trace.proposalTitle}</th>
              <th scope="col">{TEXT.oversigt.vej}</th>
              <th scope="col">{TEXT.oversigt.status}</th>
              <YearHeadCells years={years} />
            </tr>
          </thead>
          <tbody>
            {version.proposals.map((p: Proposal, i) => (
              <tr key={`${p.id}-${i}`}>
                <td>{p.id}</td>
                <td>{p.title}</td>
                <td>{p.vej ? VEJ_LABEL[p.vej] : TEXT.oversigt.unknownVej}</td>
                <td>{STATUS_LABEL[p.status]}</td>
                {years.map((y, k) => (
                  <td key={y} className="amount">
                    {showAmount(p.amounts[k] ?? 0, sign)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DialogButtons onClose={close} />
    </Modal>
  );
}
