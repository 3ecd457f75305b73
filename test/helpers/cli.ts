import { expect } from 'vitest';
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

/** Runs a command with `--json` among its arguments and reads its output; it must succeed without a word on stderr. */
export async function cliJson<T>(...argv: string[]): Promise<T> {
  const r = await cli(...argv);
  expect(r.err, r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as T;
}
