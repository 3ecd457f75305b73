import { useEffect, useState } from 'react';
import type { RecentFile } from '../../../shared/ipc/index.ts';
import { TEXT } from '../text.ts';
import { useApp } from '../app-context.ts';
import { openRecentFile } from '../app-actions.ts';
import { CommandButton } from '../components/CommandButton.tsx';

/** "27.11.2026 14.05": when a recent file was last opened; the ISO text itself when it is not a date. */
export function formatOpenedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('da-DK', { dateStyle: 'short', timeStyle: 'short' });
}

/** The host's recent files; nothing at all when there are none (the browser edition keeps no list). */
export function RecentList({
  files,
  onOpen,
}: {
  files: readonly RecentFile[];
  onOpen: (file: RecentFile) => void;
}) {
  if (files.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{TEXT.start.recent}</h2>
      <ul>
        {files.map((f) => (
          <li key={f.id}>
            <button type="button" className="linklike" onClick={() => onOpen(f)}>
              {f.name}
            </button>{' '}
            <span className="muted">{formatOpenedAt(f.openedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function StartScreen() {
  const ctx = useApp();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  useEffect(() => {
    let live = true;
    ctx.host.listRecent().then(
      (files) => {
        if (live) setRecent(files);
      },
      // A list that cannot be read is no reason to stop the start screen: it shows the buttons only.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ctx]);
  return (
    <main className="start-screen">
      <h1>{TEXT.start.heading}</h1>
      <p>{TEXT.start.intro}</p>
      <div className="start-buttons">
        <CommandButton id="file.new-from-budget" primary />
        <CommandButton id="file.open-project" />
        <CommandButton id="file.empty-project" />
      </div>
      <RecentList files={recent} onOpen={(f) => void openRecentFile(ctx, f)} />
      <p className="hint">{TEXT.start.dropHint}</p>
    </main>
  );
}
