/**
 * Measuring a tool in its own child process under GNU time, the same way for Råderum and its peers (LibreOffice,
 * exceljs): wall time, CPU time (user + system, the process and its children), peak RSS, and the child's own JSON
 * report line when it prints one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TIME = '/usr/bin/time';

export interface Measured {
  tool: string;
  /** Wall time of the child, start to exit. */
  seconds: number;
  /** User + system CPU of the child and its waited-for children (GNU time). */
  cpuSeconds: number;
  peakMb: number;
  /** The child's own report (JSON line), when it gives one. */
  inner?: { inner: number; innerCpu: number; lines: number; total2026: number };
}

export function measure(
  tool: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(TIME, ['-v', command, ...args], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      const user = /User time \(seconds\): ([\d.]+)/.exec(err);
      const system = /System time \(seconds\): ([\d.]+)/.exec(err);
      if (code !== 0 || !rss) {
        reject(new Error(`${tool} failed (exit ${code}): ${err.slice(-500)}`));
        return;
      }
      const last = out.trim().split('\n').pop() ?? '';
      const m: Measured = {
        tool,
        seconds,
        cpuSeconds: Number(user?.[1] ?? NaN) + Number(system?.[1] ?? NaN),
        peakMb: Number(rss[1]) / 1024,
      };
      if (last.startsWith('{')) m.inner = JSON.parse(last) as NonNullable<Measured['inner']>;
      resolve(m);
    });
  });
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

export const fmt = (x: number, digits = 2): string => x.toFixed(digits);

/** LibreOffice's headless conversion of `file` to CSV, the peer every import figure is set against. */
export async function measureLibreOffice(tool: string, file: string): Promise<Measured> {
  const profile = mkdtempSync(join(tmpdir(), 'raaderum-bench-lo-'));
  try {
    return await measure(tool, 'soffice', [
      `-env:UserInstallation=file://${profile}/user`,
      '--headless',
      '--convert-to',
      'csv',
      '--outdir',
      profile,
      file,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
