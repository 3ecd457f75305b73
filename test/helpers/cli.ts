import { main } from '../../electron/cli/main.ts';

export interface CliRun {
  code: number;
  /** What the command wrote to stdout, each line ending in a newline. */
  out: string;
  /** The same for stderr. */
  err: string;
}

/** Runs `raaderum <argv>` in-process (through the CLI's `main`, as the real binary does) and keeps its output. */
export async function cli(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}
