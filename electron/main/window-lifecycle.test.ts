import { describe, expect, it, vi } from 'vitest';
import type { HostCommandId, WriteOutcome } from '../../shared/ipc/contract.ts';
import {
  CLOSE_PROMPT_BUTTONS,
  installCloseGuard,
  windowTitle,
  type ClosableWindow,
} from './window-lifecycle.ts';

function setup(dirty: boolean, choice: number) {
  let closeListener: ((event: { preventDefault(): void }) => void) | null = null;
  let savedListener: ((outcome: WriteOutcome) => void) | null = null;
  const closed = vi.fn();
  const window: ClosableWindow = {
    on: (_event, listener) => {
      closeListener = listener;
    },
    close: () => {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) };
      closeListener?.(event);
      if (!event.prevented) closed();
    },
  };
  const ask = vi.fn(async () => choice);
  const commands: HostCommandId[] = [];
  installCloseGuard({
    window,
    getState: () => ({ name: 'Budget 2027.raaderum', dirty }),
    ask,
    sendCommand: (id) => commands.push(id),
    onProjectSaved: (listener) => (savedListener = listener),
  });
  return { window, ask, closed, commands, saved: (outcome: WriteOutcome) => savedListener?.(outcome) };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('lukning med ikke-gemte ændringer', () => {
  it('lukker straks, når alt er gemt', () => {
    const s = setup(false, 2);
    s.window.close();
    expect(s.ask).not.toHaveBeenCalled();
    expect(s.closed).toHaveBeenCalledOnce();
  });

  it('spørger "Vil du gemme ændringerne i ‹navn›?" med Gem / Gem ikke / Annuller', async () => {
    const s = setup(true, 2);
    s.window.close();
    await settle();
    expect(s.ask).toHaveBeenCalledWith(
      'Vil du gemme ændringerne i Budget 2027.raaderum?',
      CLOSE_PROMPT_BUTTONS,
    );
    expect(CLOSE_PROMPT_BUTTONS).toEqual(['Gem', 'Gem ikke', 'Annuller']);
    expect(s.closed).not.toHaveBeenCalled(); // Annuller
  });

  it('Gem beder siden gemme og lukker først, når gemningen lykkedes', async () => {
    const s = setup(true, 0);
    s.window.close();
    await settle();
    expect(s.commands).toEqual(['file.save']);
    expect(s.closed).not.toHaveBeenCalled();
    s.saved({ status: 'saved', name: 'Budget 2027.raaderum' });
    expect(s.closed).toHaveBeenCalledOnce();
  });

  it('Gem, der annulleres eller fejler (fx låst fil), lader vinduet stå åbent', async () => {
    const s = setup(true, 0);
    s.window.close();
    await settle();
    s.saved({ status: 'failed', code: 'file.locked', message: 'låst' });
    expect(s.closed).not.toHaveBeenCalled();
    // A later, unrelated save does not close the window by surprise.
    s.saved({ status: 'saved', name: 'Budget 2027.raaderum' });
    expect(s.closed).not.toHaveBeenCalled();
  });

  it('Gem ikke lukker uden at gemme', async () => {
    const s = setup(true, 1);
    s.window.close();
    await settle();
    expect(s.commands).toEqual([]);
    expect(s.closed).toHaveBeenCalledOnce();
  });

  it('titlen viser navnet og ● ved ikke-gemte ændringer', () => {
    expect(windowTitle('Budget.raaderum', true)).toBe('● Budget.raaderum – Råderum');
    expect(windowTitle('Budget.raaderum', false)).toBe('Budget.raaderum – Råderum');
  });
});
