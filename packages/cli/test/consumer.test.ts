/**
 * The packages as a stranger gets them: build, `pnpm pack` all six, `npm install` the tarballs into a
 * fresh project in a temp folder outside the workspace (third-party dependencies from the npm
 * registry), then use them there with plain `node` — no tsx, no source condition, nothing of the
 * workspace on the resolution path:
 *   (a) seed 003's sample program and the README's embedding example run, and print what they print
 *       from source in the repository (and what the installed CLI reports for the same backtest);
 *   (b) both type-check with `moduleResolution: nodenext` and `skipLibCheck: false`;
 *   (c) the installed `tactical` binary answers --version and validates a spec (from a file and stdin);
 *   (d) a sweep's worker threads run the bundled worker (dist/sweep/worker.bundle.js) and give the rows
 *       of a sweep in the calling thread.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, PACKAGES, pack, repoRoot } from '../../../tools/packaging.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'tactical-consumer-'));
const project = join(dir, 'app');
const version = (
  JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string }
).version;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** TypeScript → plain ESM JavaScript (types erased, nothing else changed). */
function toJs(tsFile: string, jsFile: string): void {
  const out = ts.transpileModule(readFileSync(tsFile, 'utf8'), {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2023,
      verbatimModuleSyntax: true,
    },
    fileName: tsFile,
  });
  writeFileSync(jsFile, out.outputText);
}

/** `node <args>` in the consumer project, with an environment that carries nothing of the workspace. */
async function node(
  args: string[],
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, NO_COLOR: '1' };
  if (input === undefined) {
    try {
      const r = await run(process.execPath, args, { cwd: project, env, timeout: 120_000 });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
    }
  }
  try {
    const stdout = execFileSync(process.execPath, args, { cwd: project, env, input, encoding: 'utf8' });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** The same program run from source in the repository (the reference its installed run must match). */
async function fromSource(file: string, cwd: string): Promise<string> {
  const tsx = pathToFileURL(createRequire(join(repoRoot, 'package.json')).resolve('tsx')).href;
  const r = await run(process.execPath, ['--conditions=@tactical/source', '--import', tsx, file], {
    cwd,
    timeout: 120_000,
  });
  return r.stdout;
}

/** The environment without the npm_* settings pnpm passes to scripts (npm would warn about them). */
function withoutNpmConfig(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

const embedSource = join(repoRoot, 'examples/embedding/backtest.ts');
const seedSource = join(repoRoot, 'examples/seed-003/rebalance-weekly.ts');
const tactical = () => join(project, 'node_modules', '@tactical', 'cli', 'dist', 'main.js');

beforeAll(async () => {
  build();
  const tarballs = pack(join(dir, 'tarballs'));
  mkdirSync(join(project, 'data'), { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );
  // every tarball in one install, so the packages' own dependencies on each other resolve to them
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...PACKAGES.map((name) => tarballs[name]),
      '@types/node@^20.19.0',
    ],
    { cwd: project, stdio: ['ignore', 'ignore', 'inherit'], env: withoutNpmConfig() },
  );
  copyFileSync(join(repoRoot, 'examples/spy-ief-trend/spec.json'), join(project, 'spec.json'));
  for (const symbol of ['SPY', 'IEF'])
    copyFileSync(join(repoRoot, 'examples/data', `${symbol}.csv`), join(project, 'data', `${symbol}.csv`));
  // the embedding example is plain JavaScript and strict TypeScript at once: run and type-check the same text
  copyFileSync(embedSource, join(project, 'backtest.mjs'));
  copyFileSync(embedSource, join(project, 'backtest.ts'));
  copyFileSync(seedSource, join(project, 'rebalance-weekly.ts'));
  toJs(seedSource, join(project, 'rebalance-weekly.mjs'));
}, 300_000);

describe('installed from packed tarballs into a fresh project', () => {
  it('lives outside the workspace and installed every package from the tarballs', () => {
    expect(relative(repoRoot, project).startsWith('..')).toBe(true);
    for (const name of PACKAGES) {
      const manifest = JSON.parse(
        readFileSync(join(project, 'node_modules', '@tactical', name, 'package.json'), 'utf8'),
      ) as { version: string; files: string[] };
      expect(manifest.version).toBe(version);
      expect(existsSync(join(project, 'node_modules', '@tactical', name, 'dist', 'index.js'))).toBe(true);
      expect(existsSync(join(project, 'node_modules', '@tactical', name, 'test'))).toBe(false);
    }
  });

  it('(a) seed 003 sample program runs with plain node and prints what it prints from source', async () => {
    const installed = await node(['rebalance-weekly.mjs']);
    expect(installed.stderr).toBe('');
    expect(installed.code).toBe(0);
    expect(installed.stdout).toContain('[Weekly rebalance]');
    expect(installed.stdout).toContain('[Monthly rebalance]');
    expect(installed.stdout).toMatch(/Total orders : [1-9]\d*/);
    expect(installed.stdout).toBe(await fromSource(seedSource, repoRoot));
  });

  it('(a) the README embedding example runs as is and prints the metrics the installed CLI reports', async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme, 'README shows examples/embedding/backtest.ts verbatim').toContain(
      `\`\`\`js\n${readFileSync(embedSource, 'utf8')}\`\`\``,
    );
    const installed = await node(['backtest.mjs']);
    expect(installed.stderr).toBe('');
    expect(installed.code).toBe(0);
    const printed = JSON.parse(installed.stdout) as Record<string, unknown>;
    expect(printed.orders).toBeGreaterThan(0);
    expect(installed.stdout).toBe(await fromSource(embedSource, project));
    const cli = await node([
      tactical(),
      'backtest',
      'spec.json',
      '--data',
      'data',
      '--from',
      '2016-01-04',
      '--to',
      '2025-01-01',
      '--json',
    ]);
    expect(cli.code).toBe(0);
    expect(printed).toEqual((JSON.parse(cli.stdout) as { metrics: unknown }).metrics);
  });

  it('(b) both programs type-check with moduleResolution nodenext and skipLibCheck false', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2023',
          lib: ['ES2023'],
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: ['node'],
        },
        files: ['backtest.ts', 'rebalance-weekly.ts'],
      }),
    );
    const tsc = createRequire(join(repoRoot, 'package.json')).resolve('typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });

  it('(c) the installed tactical binary: --version, validate a file, validate stdin', async () => {
    const bin = join(project, 'node_modules', '.bin', 'tactical');
    expect(existsSync(bin)).toBe(true);
    const versionRun = execFileSync(bin, ['--version'], { cwd: project, encoding: 'utf8' });
    expect(versionRun).toBe(`${version}\n`);
    expect(await node([tactical(), 'validate', 'spec.json'])).toEqual({
      code: 0,
      stdout: '1 file checked: all valid\n',
      stderr: '',
    });
    const broken = readFileSync(join(project, 'spec.json'), 'utf8').replace('"op": "if"', '"op": "iff"');
    const invalid = await node([tactical(), 'validate', '-'], broken);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('<stdin>:');
    expect(invalid.stdout).toContain("unknown rule node op 'iff'");
  });

  it('(d) a sweep runs its workers from the one-file bundle, with the rows of a sweep in the calling thread', async () => {
    // SMA periods swept: the points differ in their features, so each worker computes its own
    const program = `
      import { readFileSync } from 'node:fs';
      import { runSweep, sweepWorkerEntry } from '@tactical/runtime';
      const spec = JSON.parse(readFileSync('spec.json', 'utf8'));
      const axes = [{ name: 'period', pointers: ['/features/1/period'], values: [20, 50, 100, 200] }];
      const range = { from: new Date('2016-01-04T00:00:00Z'), to: new Date('2025-01-01T00:00:00Z') };
      const base = { spec, axes, data: { dir: 'data' }, range, cash: 100000 };
      const two = await runSweep({ ...base, workers: 2 });
      const here = await runSweep({ ...base, workers: 0 });
      console.log(JSON.stringify({
        entry: sweepWorkerEntry().pathname.split('/').slice(-2).join('/'),
        threads: two.threadsUsed,
        rows: two.rows,
        same: JSON.stringify(two.rows) === JSON.stringify(here.rows),
      }));
    `;
    writeFileSync(join(project, 'sweep.mjs'), program);
    const installed = await node(['sweep.mjs']);
    expect(installed.stderr).toBe('');
    expect(installed.code).toBe(0);
    const out = JSON.parse(installed.stdout) as {
      entry: string;
      threads: number;
      rows: unknown[];
      same: boolean;
    };
    expect(out.entry).toBe('sweep/worker.bundle.js');
    expect(out.threads).toBe(2);
    expect(out.rows).toHaveLength(4);
    expect(out.same).toBe(true);
  });

  it('built code imports only Node built-ins and declared dependencies (no test helper in src/)', () => {
    const builtins = new Set(builtinModules);
    for (const name of PACKAGES) {
      const pkgDir = join(repoRoot, 'packages', name);
      const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      const declared = new Set(Object.keys(manifest.dependencies ?? {}));
      const files = readdirSync(join(pkgDir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('.js'),
      );
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const code = readFileSync(join(pkgDir, 'dist', file), 'utf8');
        // TypeScript's own import scanner: static and dynamic imports, never text inside strings
        for (const { fileName: specifier } of ts.preProcessFile(code, true, true).importedFiles) {
          if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
          const bare = specifier.startsWith('@')
            ? specifier.split('/').slice(0, 2).join('/')
            : specifier.split('/')[0]!;
          if (builtins.has(bare)) continue;
          expect(
            declared.has(bare),
            `packages/${name}/dist/${file} imports '${specifier}', not a dependency`,
          ).toBe(true);
        }
      }
    }
  });

  it('the schema ships in @tactical/spec, identical to schemas/tactical-v1.schema.json', () => {
    const shipped = join(project, 'node_modules', '@tactical', 'spec', 'schema.json');
    expect(readFileSync(shipped, 'utf8')).toBe(
      readFileSync(join(repoRoot, 'schemas/tactical-v1.schema.json'), 'utf8'),
    );
  });
});
