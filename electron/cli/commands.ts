import type { Command } from './io.ts';

/**
 * Every CLI command, in the order `--help` lists them, by name. Each lives in its own module under commands/ and is
 * loaded only when it runs, so a command starts without the code (and packages, e.g. zod or exceljs) of the others.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  inspect: async () => (await import('./commands/inspect.ts')).inspectCommand,
  new: async () => (await import('./commands/new.ts')).newCommand,
  'add-proposals': async () => (await import('./commands/add-proposals.ts')).addProposalsCommand,
  target: async () => (await import('./commands/target.ts')).targetCommand,
  efficiency: async () => (await import('./commands/efficiency.ts')).efficiencyCommand,
  cut: async () => (await import('./commands/cut.ts')).cutCommand,
  calc: async () => (await import('./commands/calc.ts')).calcCommand,
  trace: async () => (await import('./commands/trace.ts')).traceCommand,
  version: async () => (await import('./commands/version.ts')).versionCommand,
  diff: async () => (await import('./commands/diff.ts')).diffCommand,
  amendment: async () => (await import('./commands/amendment.ts')).amendmentCommand,
  export: async () => (await import('./commands/export.ts')).exportCommand,
  'open-catalogue': async () => (await import('./commands/open-catalogue.ts')).openCatalogueCommand,
};

/** The command called `name`, loaded; undefined when there is none. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  return load ? load() : undefined;
}

/** Every command, loaded (for `--help`). */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(Object.values(COMMANDS).map((load) => load()));
}
