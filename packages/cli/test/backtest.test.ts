/**
 * `tactical backtest` end to end through `run(argv, ctx)`: usage errors exit 2, spec and data
 * problems exit 1 with their location, a run prints a metrics table or byte-stable JSON.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../src/run.js';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'tactical-backtest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const spec = {
  kind: 'tactical/v1',
  universe: [
    { id: 'us:SPY', symbol: 'SPY' },
    { id: 'us:IEF', symbol: 'IEF' },
  ],
  rebalance: { frequency: 'Monthly' },
  features: [
    { id: 'spy_price', kind: 'price', asset: 'us:SPY' },
    { id: 'spy_sma200', kind: 'sma', asset: 'us:SPY', period: 200 },
  ],
  rules: {
    op: 'if',
    cond: { op: 'gt', left: { ref: 'spy_price' }, right: { ref: 'spy_sma200' } },
    then: { op: 'allocate', weights: { 'us:SPY': 1 } },
    else: { op: 'allocate', weights: { 'us:IEF': 1 } },
  },
};
const specFile = join(tmp, 'trend.json');
writeFileSync(specFile, JSON.stringify(spec, null, 2));

const cli = (...argv: string[]) => runCaptured(['backtest', ...argv], root);

describe('tactical backtest: usage errors exit 2', () => {
  it.each([
    [['--data', 'examples/data', '--from', '2020-13-01'], '--from must be a date YYYY-MM-DD'],
    [['--data', 'examples/data', '--to', '2020-02-30'], '--to must be a date YYYY-MM-DD'],
    [['--data', 'examples/data', '--from', '2021-01-01', '--to', '2020-01-01'], 'must be before --to'],
    [['--data', 'examples/data', '--cash', '-5'], '--cash must be a positive number'],
    [[], '--data <dir> is required'],
    [['--data', 'no/such/dir'], '--data is not a folder'],
  ])('%j', async (args, message) => {
    const r = await cli(specFile, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('a missing spec file', async () => {
    const r = await cli(join(tmp, 'nope.json'), '--data', 'examples/data');
    expect(r.code).toBe(2);
    expect(r.err).toContain('spec file not found');
  });
});

describe('tactical backtest: findings exit 1', () => {
  it('an invalid spec prints its diagnostics', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{ "kind": ');
    const r = await cli(bad, '--data', 'examples/data');
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.json');
  });

  it('a data error names the file and line', async () => {
    const dir = join(tmp, 'broken');
    rmSync(dir, { recursive: true, force: true });
    const { mkdirSync, readFileSync } = await import('node:fs');
    mkdirSync(dir);
    const ief = readFileSync(join(root, 'examples/data/IEF.csv'), 'utf8');
    writeFileSync(join(dir, 'IEF.csv'), ief);
    const lines = readFileSync(join(root, 'examples/data/SPY.csv'), 'utf8').split('\n');
    [lines[400], lines[401]] = [lines[401]!, lines[400]!]; // two rows out of order (mid-2016)
    writeFileSync(join(dir, 'SPY.csv'), lines.join('\n'));
    const r = await cli(specFile, '--data', dir, '--from', '2016-01-01', '--to', '2017-01-01');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/SPY\.csv:40[12]/);
  });
});

describe('tactical backtest: a run on the bundled data', () => {
  it('prints JSON with a stable key order, byte-identical across runs', async () => {
    const args = [
      specFile,
      '--data',
      'examples/data',
      '--from',
      '2016-01-01',
      '--json',
      '--benchmark',
      'SPY',
    ];
    const a = await cli(...args);
    const b = await cli(...args);
    expect(a.err).toBe('');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const report = JSON.parse(a.out);
    expect(Object.keys(report)).toEqual(['spec', 'from', 'to', 'cash', 'metrics', 'fills', 'issues']);
    expect(report.from).toBe('2016-01-01');
    expect(report.to).toBe('2025-01-01');
    expect(report.metrics.sessions).toBe(2264);
    expect(report.metrics.rebalances).toBeGreaterThan(0);
    expect(report.metrics.benchmark.name).toBe('SPY');
  });

  it('prints a metrics table by default', async () => {
    const r = await cli(specFile, '--data', 'examples/data', '--from', '2016-01-01', '--to', '2018-01-01');
    expect(r.code).toBe(0);
    for (const label of ['CAGR', 'Sharpe', 'Max drawdown', 'Turnover (ann.)', 'Rebalances']) {
      expect(r.out).toContain(label);
    }
  });
});
