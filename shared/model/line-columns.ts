import type { Account } from './budget.ts';
import type { Draft } from './draft.ts';

/**
 * The distinct strings of budget lines in first-seen order, each with its id (−1 = absent): how both the project
 * file (shared/project/columnar.ts) and the worker's transfer (renderer/src/worker/budget-transfer.ts) store a line's
 * texts as numbers.
 */
export class StringTable {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  id(s: string | undefined): number {
    if (s === undefined) return -1;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** The id lookup for one field: neighbouring lines mostly repeat a field, so it compares with its last value. */
  field(): (s: string | undefined) => number {
    // undefined (absent) maps to −1, so the initial state is already right
    let last: string | undefined;
    let lastId = -1;
    return (s) => {
      if (s !== last) {
        last = s;
        lastId = this.id(s);
      }
      return lastId;
    };
  }
}

/**
 * The account of each line from its four string ids (−1 = absent part). Neighbouring lines mostly share their
 * account, and an Account is read-only: consecutive lines with the same four parts share one object, which saves
 * most of 200,000 allocations.
 */
export function accountsFrom(
  strings: readonly string[],
): (main: number, fn: number, dranst: number, art: number) => Account {
  let account: Account = {};
  let last = [NaN, NaN, NaN, NaN];
  return (main, fn, dranst, art) => {
    if (main !== last[0] || fn !== last[1] || dranst !== last[2] || art !== last[3]) {
      const next: Draft<Account> = {};
      if (main >= 0) next.mainAccount = strings[main] ?? '';
      if (fn >= 0) next.function = strings[fn] ?? '';
      if (dranst >= 0) next.dranst = strings[dranst] ?? '';
      if (art >= 0) next.art = strings[art] ?? '';
      account = next;
      last = [main, fn, dranst, art];
    }
    return account;
  };
}
