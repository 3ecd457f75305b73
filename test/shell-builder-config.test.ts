import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { APP_ID, PRODUCT_NAME } from '../electron/main/app-identity.ts';
import { PROJECT_EXTENSION } from '../electron/main/file-kinds.ts';

// The installers cannot be built on this machine (Electron's program cannot be downloaded), so the
// configuration is checked here: against electron-builder's own schema, and for what the issue asks.

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

interface Target {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  publish: null;
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; name: string; mimeType: string; role: string }[];
  win: { icon: string; target: Target[] };
  nsis: Record<string, unknown> & { artifactName: string };
  portable: { artifactName: string; requestExecutionLevel: string };
  mac: { icon: string; target: Target[] };
  dmg: { artifactName: string };
  linux: { icon: string; target: Target[] };
  appImage: { artifactName: string };
  deb: { artifactName: string };
}

const config = JSON.parse(read('build/electron-builder.json')) as BuilderConfig;
const packageJson = JSON.parse(read('package.json')) as {
  main: string;
  version: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

function expand(pattern: string, ext: string): string {
  return pattern.replaceAll('${version}', '1.2.3').replaceAll('${arch}', 'x64').replaceAll('${ext}', ext);
}

/** The file name of each installer as version 1.2.3 for x64, the NSIS setup first. */
function artifactNames(): string[] {
  return [
    expand(config.nsis.artifactName, 'exe'),
    expand(config.portable.artifactName, 'exe'),
    expand(config.dmg.artifactName, 'dmg'),
    expand(config.appImage.artifactName, 'AppImage'),
    expand(config.deb.artifactName, 'deb'),
  ];
}

function pngSize(path: string): { width: number; height: number } {
  const data = readFileSync(join(root, path));
  expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('electron-builder-konfigurationen', () => {
  it("er gyldig efter electron-builder's eget skema", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, nsis: { oneClik: false } }, new DebugLogger(false)),
    ).rejects.toThrow();
    expect(packageJson.scripts.dist).toContain('--config build/electron-builder.json');
  });

  it('bygger alle de ønskede mål', () => {
    const targets = (t: Target[]): string[] => t.map((x) => x.target);
    expect(targets(config.win.target)).toEqual(['nsis', 'portable']);
    expect(targets(config.mac.target)).toEqual(['dmg']);
    expect(targets(config.linux.target)).toEqual(['AppImage', 'deb']);
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config.appId).toBe(APP_ID); // the id the running app gives Windows
    expect(config.productName).toBe(PRODUCT_NAME);
  });

  it('installerer pr. bruger uden administratorrettigheder, og brugeren kan vælge mappen', () => {
    expect(config.nsis.oneClick).toBe(false);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.allowElevation).toBe(false);
    expect(config.nsis.allowToChangeInstallationDirectory).toBe(true);
    expect(config.portable.requestExecutionLevel).toBe('user');
  });

  it('giver hver installer sit eget filnavn (den bærbare overskriver ikke installeren)', () => {
    const artifacts = artifactNames();
    expect(new Set(artifacts).size).toBe(artifacts.length);
    // ASCII names survive every share, zip tool and download folder.
    for (const name of artifacts) expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('knytter .raaderum-filer til appen, med den endelse appen selv bruger', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: PROJECT_EXTENSION, name: 'Råderum-projekt', role: 'Editor' }),
    ]);
    expect(config.fileAssociations[0]?.mimeType).toMatch(/^application\/x-raaderum$/);
  });

  it('sætter sikringerne (fuses): ingen runAsNode, NODE_OPTIONS eller --inspect; kun asar, med integritet', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('opdaterer aldrig sig selv over nettet', () => {
    expect(config.publish).toBeNull();
    expect(Object.keys(packageJson.dependencies)).not.toContain('electron-updater');
    for (const file of ['index.ts', 'menu.ts', 'documents.ts']) {
      expect(read(`electron/main/${file}`)).not.toMatch(/autoUpdater|electron-updater/);
    }
  });

  it('pakker kun den byggede app (main, preload, renderer), som package.json peger på', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*']),
    );
    expect(config.files.some((f) => f.startsWith('!node_modules'))).toBe(true);
    expect(packageJson.main).toBe('out/main/index.js');
    const viteConfig = read('electron.vite.config.ts');
    expect(viteConfig).toContain("entryFileNames: '[name].cjs'");
    expect(read('electron/main/index.ts')).toContain("'../preload/index.cjs'");
  });

  it('har ikoner i de størrelser, platformene skal bruge', () => {
    expect(pngSize(config.mac.icon)).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(join(config.linux.icon, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
    const ico = readFileSync(join(root, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(widths).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    expect(existsSync(join(root, 'build/make-icons.mjs'))).toBe(true);
  });
});

describe('release-workflowet', () => {
  const workflow = read('.github/workflows/release.yml');
  const yaml = require('js-yaml') as { load: (text: string) => unknown };
  const parsed = yaml.load(workflow) as {
    on: Record<string, unknown>;
    jobs: Record<
      string,
      {
        strategy?: { matrix: { include: { os: string; artifacts: string }[] } };
        steps: { run?: string; uses?: string }[];
      }
    >;
  };

  it('bygger på Windows, macOS og Linux med denne konfiguration og udgiver intet automatisk', () => {
    const build = parsed.jobs.build;
    expect(build?.strategy?.matrix.include.map((m) => m.os).sort()).toEqual([
      'macos-latest',
      'ubuntu-latest',
      'windows-latest',
    ]);
    const run = build?.steps.map((s) => s.run ?? '').join('\n') ?? '';
    expect(run).toContain('--config build/electron-builder.json');
    expect(run).toContain('--publish never');
    expect(Object.keys(parsed.on)).toEqual(expect.arrayContaining(['push', 'workflow_dispatch']));
  });

  it('uploader præcis de filer, konfigurationen laver', () => {
    const globs = (parsed.jobs.build?.strategy?.matrix.include ?? []).flatMap((m) =>
      m.artifacts
        .split('\n')
        .map((g) => g.trim())
        .filter(Boolean),
    );
    const toRegex = (glob: string): RegExp =>
      new RegExp(
        `^${glob
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]*')}$`,
      );
    const produced = artifactNames().map((name) => `release/1.2.3/${name}`);
    for (const file of produced)
      expect(
        globs.some((g) => toRegex(g).test(file)),
        file,
      ).toBe(true);
    // The portable glob does not also match the installer, and vice versa.
    const setup = globs.filter((g) => toRegex(g).test(produced[0] ?? ''));
    expect(setup).toHaveLength(1);
  });
});
