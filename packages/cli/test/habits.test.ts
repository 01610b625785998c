/** What users expect of any CLI: --version, required options and exit codes in --help, `-` for stdin. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../src/run.js';

const root = join(import.meta.dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as {
  version: string;
};
const example = readFileSync(join(root, 'examples/spy-ief-trend/spec.json'), 'utf8');

describe('tactical --version and --help', () => {
  it('--version and -V print the manifest version', async () => {
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ['--version', '-V']) {
      expect(await runCaptured([flag], root)).toEqual({ code: 0, out: `${manifest.version}\n`, err: '' });
    }
  });

  it('--help lists every command and the exit codes', async () => {
    const { code, out } = await runCaptured(['--help'], root);
    expect(code).toBe(0);
    for (const command of ['validate', 'calendar', 'backtest', 'sweep']) expect(out).toContain(command);
    expect(out).toMatch(/Exit codes:\n\s+0 .*\n\s+1 .*\n\s+2 /);
  });

  it("a command's --help marks its required option and repeats the exit codes", async () => {
    const { code, out } = await runCaptured(['backtest', '--help'], root);
    expect(code).toBe(0);
    const flat = out.replace(/\s+/g, ' '); // help wraps long descriptions
    expect(flat).toMatch(/--data <dir> [^-]*\(required\)/);
    expect(flat).not.toMatch(/--from <YYYY-MM-DD> [^-]*\(required\)/);
    expect(out).toContain('Exit codes:');
  });

  it.each([
    ['sweep', '--param <name=/pointer[,/pointer]:RANGE>'],
    ['sweep', '--data <dir>'],
    ['serve', '--data <NAME=DIR>'],
    ['signal', '--data <dir>'],
  ])('%s --help marks %s as required', async (command, option) => {
    const { code, out } = await runCaptured([command, '--help'], root);
    expect(code).toBe(0);
    const flat = out.replace(/\s+/g, ' ');
    const start = flat.indexOf(option);
    expect(start).toBeGreaterThan(0);
    const next = flat.indexOf(' --', start + option.length);
    expect(flat.slice(start, next < 0 ? undefined : next)).toContain('required');
  });

  it('an unknown command is a usage error (2)', async () => {
    const { code, err } = await runCaptured(['backtset'], root);
    expect(code).toBe(2);
    expect(err).toContain('backtset');
  });
});

describe('tactical validate -', () => {
  it('reads a valid spec from standard input', async () => {
    expect(await runCaptured(['validate', '-'], root, example)).toEqual({
      code: 0,
      out: '1 file checked: all valid\n',
      err: '',
    });
  });

  it('locates errors in standard input as <stdin>:line:col', async () => {
    const broken = example.replace('"kind": "sma"', '"kind": "smaa"');
    expect(broken).not.toBe(example);
    const line = broken.slice(0, broken.indexOf('"smaa"')).split('\n').length;
    const { code, out } = await runCaptured(['validate', '-'], root, broken);
    expect(code).toBe(1);
    expect(out).toContain(`<stdin>:${line}:`);
    expect(out).toContain("unknown feature kind 'smaa'");
  });

  it('the real process reads its standard input', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--conditions=@tactical/source',
        '--import',
        'tsx',
        join(root, 'packages/cli/src/main.ts'),
        'validate',
        '-',
      ],
      { cwd: root, input: '{ "kind": "tactical/v1", ', encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('<stdin>:1:');
  });
});
