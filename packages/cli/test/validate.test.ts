/** `tactical validate`: through `run(argv, ctx)` with a capturing context, and once as the real binary. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../src/context.js';
import { run } from '../src/run.js';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'tactical-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const valid = {
  kind: 'tactical/v1',
  universe: [{ id: 'us:SPY', symbol: 'SPY' }],
  features: [],
  rules: { op: 'allocate', weights: { 'us:SPY': 1 } },
};
mkdirSync(join(dir, 'specs'));
writeFileSync(join(dir, 'specs', 'good.json'), JSON.stringify(valid, null, 2));
writeFileSync(
  join(dir, 'specs', 'typo.json'),
  JSON.stringify({ ...valid, rebalance: { frequncy: 'Monthly' } }, null, 2),
);
writeFileSync(join(dir, 'specs', 'comma.json'), '{\n  "kind": "tactical/v1",\n}\n');

function capture(cwd = dir) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { cwd, stdout: (s) => out.push(s), stderr: (s) => err.push(s), exitCode: 0 };
  return { ctx, out: () => out.join(''), err: () => err.join('') };
}

describe('tactical validate', () => {
  it('exits 0 when every file is valid', async () => {
    const c = capture();
    expect(await run(['validate', 'specs/good.json'], c.ctx)).toBe(0);
    expect(c.out()).toBe('1 file checked: all valid\n');
  });

  it('exits 1 and prints file:line:col  pointer  message  (hint) for an invalid file', async () => {
    const c = capture();
    expect(await run(['validate', 'specs/*.json'], c.ctx)).toBe(1);
    expect(c.out()).toMatchInlineSnapshot(`
      "specs/comma.json:3:1  /  error invalid JSON: trailing comma before '}'  (JSON allows no comma after the last property: remove the ',' at 2:24)  [json-syntax]
      specs/typo.json:17:5  /rebalance/frequncy  error unknown property 'frequncy'  (did you mean 'frequency'?)  [unknown-property]
      3 files checked: 2 errors in 2 files, 1 valid
      "
    `);
    expect(c.err()).toBe('');
  });

  it('--format json prints one parseable report', async () => {
    const c = capture();
    expect(await run(['validate', '--format', 'json', 'specs/typo.json', 'specs/good.json'], c.ctx)).toBe(1);
    const report = JSON.parse(c.out());
    expect(report).toMatchObject({ valid: false, files: 2, errors: 1 });
    expect(report.diagnostics[0]).toMatchObject({
      code: 'unknown-property',
      pointer: '/rebalance/frequncy',
      line: 17,
      column: 5,
      file: 'specs/typo.json',
    });
  });

  it('--format github prints ::error annotations', async () => {
    const c = capture();
    expect(await run(['validate', '-f', 'github', 'specs/typo.json'], c.ctx)).toBe(1);
    expect(c.out()).toBe(
      "::error file=specs/typo.json,line=17,col=5,title=tactical unknown-property::/rebalance/frequncy: unknown property 'frequncy' (did you mean 'frequency'?)\n",
    );
  });

  it('a bad --format is a usage error (exit 2)', async () => {
    const c = capture();
    expect(await run(['validate', '--format', 'xml', 'specs/good.json'], c.ctx)).toBe(2);
    expect(c.err()).toBe("tactical: unknown --format 'xml'; use one of: text, json, github\n");
  });

  it('a glob that matches nothing is a usage error (exit 2)', async () => {
    const c = capture();
    expect(await run(['validate', 'nothing/**/*.json'], c.ctx)).toBe(2);
    expect(c.err()).toBe("tactical: no files matched 'nothing/**/*.json'\n");
  });

  it('no arguments is a usage error (exit 2)', async () => {
    const c = capture();
    expect(await run(['validate'], c.ctx)).toBe(2);
  });

  it('a missing or unreadable file is a diagnostic, not a crash', async () => {
    const c = capture();
    expect(await run(['validate', 'specs/nope.json', 'specs'], c.ctx)).toBe(1);
    expect(c.out()).toMatchInlineSnapshot(`
      "specs/nope.json  /  error cannot read the file: no such file  [unreadable-file]
      specs  /  error is a directory, not a spec file (use a glob such as dir/**/*.json)  [unreadable-file]
      2 files checked: 2 errors in 2 files, 0 valid
      "
    `);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'specs', 'locked.json');
      writeFileSync(locked, '{}');
      chmodSync(locked, 0o000);
      const d = capture();
      expect(await run(['validate', 'specs/locked.json'], d.ctx)).toBe(1);
      expect(d.out()).toContain('cannot read the file: permission denied');
    }
  });

  it('validates every example spec in the repository', async () => {
    const c = capture(root);
    expect(await run(['validate', 'examples/*/spec*.json'], c.ctx)).toBe(0);
    expect(c.out()).toMatch(/files checked: all valid\n$/);
  });

  it('runs as the real binary: exit code and output, no stack trace', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--conditions=@tactical/source',
        '--import',
        'tsx',
        join(root, 'packages/cli/src/main.ts'),
        'validate',
        'specs/*.json',
      ],
      // cwd = repo root so `--import tsx` resolves; main.ts takes the working directory from INIT_CWD
      { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "specs/typo.json:17:5  /rebalance/frequncy  error unknown property 'frequncy'",
    );
    expect(r.stdout).toContain('3 files checked: 2 errors in 2 files, 1 valid');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
