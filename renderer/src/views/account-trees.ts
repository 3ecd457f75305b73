import { totalsByMainAccount, type AccountTree } from '../../../shared/budget/index.ts';
import type { Budget } from '../../../shared/model/index.ts';

// A budget is never changed once imported (a new import is a new object), so its unfiltered trees are made once.
const trees = new WeakMap<Budget, Record<string, AccountTree>>();

/** Budget's kontoplan summary without a filter, `totalsByMainAccount` of all its lines, made once per budget. */
export function accountTreesOf(budget: Budget): Record<string, AccountTree> {
  let made = trees.get(budget);
  if (!made) {
    made = totalsByMainAccount(budget.lines, budget.years.length);
    trees.set(budget, made);
  }
  return made;
}
