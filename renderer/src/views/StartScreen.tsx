import { TEXT } from '../text.ts';
import { CommandButton } from '../components/CommandButton.tsx';

export function StartScreen({ onStart }: { onStart: () => void }) {
  return (
    <main className="start-screen">
      <h1>{TEXT.start.heading}</h1>
      <p>{TEXT.start.intro}</p>
      <div className="start-buttons">
        <CommandButton id="file.new-from-budget" primary />
        <CommandButton id="file.open-project" />
        <button type="button" className="btn" onClick={onStart}>
          {TEXT.start.emptyProject}
        </button>
      </div>
      <p className="hint">{TEXT.start.dropHint}</p>
    </main>
  );
}
