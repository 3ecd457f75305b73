import type { Command } from './io.ts';
import { inspectCommand } from './commands/inspect.ts';
import { addProposalsCommand } from './commands/add-proposals.ts';
import { exportCommand } from './commands/export.ts';
import { openCatalogueCommand } from './commands/open-catalogue.ts';
import { newCommand } from './commands/new.ts';
import { targetCommand } from './commands/target.ts';
import { efficiencyCommand } from './commands/efficiency.ts';
import { cutCommand } from './commands/cut.ts';
import { calcCommand } from './commands/calc.ts';
import { traceCommand } from './commands/trace.ts';
import { versionCommand } from './commands/version.ts';
import { diffCommand } from './commands/diff.ts';
import { amendmentCommand } from './commands/amendment.ts';

/** Every CLI command, in the order `--help` lists them. Each lives in its own module under commands/. */
export const commands: Command[] = [
  inspectCommand,
  newCommand,
  addProposalsCommand,
  targetCommand,
  efficiencyCommand,
  cutCommand,
  calcCommand,
  traceCommand,
  versionCommand,
  diffCommand,
  amendmentCommand,
  exportCommand,
  openCatalogueCommand,
];
