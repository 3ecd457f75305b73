import { BUDGET_TEXT } from './text/budget.ts';
import { PROPOSALS_TEXT } from './text/proposals.ts';
import { SEASON_TEXT } from './text/season.ts';
import { SHELL_TEXT } from './text/shell.ts';
import { TOOLS_TEXT } from './text/tools.ts';

/** Every Danish string the workbench shows, in one place (by area, in text/). */
export const TEXT = {
  ...SHELL_TEXT,
  ...PROPOSALS_TEXT,
  ...SEASON_TEXT,
  ...BUDGET_TEXT,
  ...TOOLS_TEXT,
} as const;
