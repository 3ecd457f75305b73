import { isProblemError } from '../../shared/model/problem.ts';
import { useNodeInflater } from '../node/inflate.ts';
import { EXIT_UNREADABLE, EXIT_USAGE, UsageError, type Command, type CommandIo } from './io.ts';
import { loadCommand, loadCommands } from './commands.ts';

const processIo: CommandIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** `raaderum --help`; the build also writes it beside the bundle (help.txt), which the launcher prints directly. */
export async function helpText(): Promise<string> {
  return help(await loadCommands());
}

function help(list: readonly Command[]): string {
  return [
    'Brug: raaderum KOMMANDO [argumenter]',
    '',
    ...list.map((c) => `  ${c.usage}\n      ${c.summary}`),
  ].join('\n');
}

/** Runs one command and returns its exit code; never lets a stack trace reach the user. */
export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  useNodeInflater();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.out(await helpText());
    return name ? 0 : EXIT_USAGE;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.err(`Ukendt kommando '${name}'. Skriv 'raaderum --help' for at se kommandoerne.`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nBrug: ${command.usage}`);
      return EXIT_USAGE;
    }
    // A file that cannot be read, or a project that cannot be saved: the Danish sentence, nothing else.
    if (isProblemError(error)) {
      io.err(error.problem.message);
      return EXIT_UNREADABLE;
    }
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      io.err(`Filen kan ikke læses: ${(error as Error).message}`);
      return EXIT_UNREADABLE;
    }
    io.err(`Uventet fejl: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_UNREADABLE;
  }
}
