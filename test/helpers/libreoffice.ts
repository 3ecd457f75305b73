import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Converts files with LibreOffice headless (a private profile, so it runs beside other instances) and returns the
 * paths it wrote, in the order given. `to` is LibreOffice's --convert-to argument, e.g. 'xlsx:Calc MS Excel 2007 XML'
 * (open and save as a colleague would) or 'pdf' (print).
 */
export function libreOfficeConvert(paths: readonly string[], to: string, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'raaderum-lo-profile-'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...paths,
    ],
    { timeout: 300_000, stdio: 'ignore' },
  );
  const extension = to.split(':')[0] ?? to;
  return paths.map((p) => join(outDir, `${basename(p).replace(/\.[^.]+$/, '')}.${extension}`));
}
