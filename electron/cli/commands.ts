import type { Command } from './io.ts';
import { addProposalsCommand } from './commands/add-proposals.ts';

/** Every CLI command, in the order `--help` lists them. Each lives in its own module under commands/. */
export const commands: Command[] = [addProposalsCommand];
