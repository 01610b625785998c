/**
 * `tactical backtest --out <dir>`: every file parses, has its documented columns, and agrees with
 * `--json` of the same run (final equity, fills, metrics) and with itself (weights + cash = 1).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../src/run.js';
import { numbers, parseCsv } from './csv.js';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'tactical-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const spec = 'examples/spy-ief-trend/spec.weekly.json';
const common = [
  '--data',
  'examples/data',
  '--from',
  '2016-01-01',
  '--to',
  '2025-01-01',
  '--benchmark',
  'SPY',
];

describe('tactical backtest --out', async () => {
  const out = join(tmp, 'run');
  const withOut = await runCaptured(['backtest', spec, ...common, '--out', out], root);
  const json = await runCaptured(['backtest', spec, ...common, '--json'], root);
  const report = JSON.parse(json.out);
  const read = (name: string) => readFileSync(join(out, name), 'utf8');

  it('the run succeeds and prints what it prints without --out', async () => {
    expect(withOut.code).toBe(0);
    expect(withOut.err).toBe('');
    const plain = await runCaptured(['backtest', spec, ...common], root);
    expect(withOut.out).toBe(plain.out);
  });

  it('equity.csv: one row per session, final equity as --json', () => {
    const csv = parseCsv(read('equity.csv'));
    expect(csv.header).toEqual([
      'date',
      'equity',
      'cash',
      'gross',
      'benchmark',
      'dividends',
      'borrow_fee',
      'interest',
    ]);
    // dividends credited over the run add up to the metrics' total
    expect(numbers(csv, 'dividends').reduce((a, b) => a + b, 0)).toBeCloseTo(
      report.metrics.cashFlows.dividends,
      6,
    );
    expect(csv.rows.length).toBe(report.metrics.sessions);
    expect(csv.rows[0]![0]).toBe(report.metrics.start);
    expect(csv.rows.at(-1)![0]).toBe(report.metrics.end);
    const equity = numbers(csv, 'equity');
    expect(equity.at(-1)).toBe(report.metrics.finalEquity);
    expect(equity[0]).toBe(report.metrics.initialEquity);
    // the benchmark column starts at the first equity and ends at its total return
    const bench = numbers(csv, 'benchmark');
    expect(bench[0]).toBe(equity[0]);
    expect(bench.at(-1)! / bench[0]! - 1).toBeCloseTo(report.metrics.benchmark.totalReturn, 12);
  });

  it('fills.csv: as many fills as --json counts, each priced and sided', () => {
    const csv = parseCsv(read('fills.csv'));
    expect(csv.header).toEqual(['date', 'asset', 'side', 'quantity', 'price', 'commission', 'notional']);
    expect(csv.rows.length).toBe(report.fills);
    expect(report.fills).toBeGreaterThan(10);
    for (const r of csv.rows) {
      expect(['buy', 'sell']).toContain(r[2]);
      expect(Number(r[3])).toBeGreaterThan(0);
      expect(Number(r[6])).toBeCloseTo(Number(r[3]) * Number(r[4]), 6);
    }
  });

  it('positions.csv: weights and cash add up to 1 on every session', () => {
    const csv = parseCsv(read('positions.csv'));
    expect(csv.header[0]).toBe('date');
    expect(csv.header.at(-1)).toBe('cash');
    expect(csv.header.slice(1, -1)).toEqual(['us:IEF', 'us:SPY']);
    expect(csv.rows.length).toBe(report.metrics.sessions);
    for (const r of csv.rows) expect(r.slice(1).reduce((s, x) => s + Number(x), 0)).toBeCloseTo(1, 9);
  });

  it('decisions.jsonl: one decision per session, rebalances among them', () => {
    const lines = read('decisions.jsonl')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBe(report.metrics.sessions);
    expect(lines[0].t).toBe(report.metrics.start);
    expect(lines.filter((d) => d.rebalance).length).toBeGreaterThanOrEqual(report.metrics.rebalances);
  });

  it('issues.json and metrics.json: the run’s issues and exactly the --json metrics', () => {
    const issues = JSON.parse(read('issues.json'));
    expect(Object.keys(issues)).toEqual(['run', 'data']);
    // --json prints the run's issues (a list) or, in older builds, their count
    if (Array.isArray(report.issues)) expect(issues.run).toEqual(report.issues);
    else expect(issues.run.length).toBe(report.issues);
    expect(JSON.parse(read('metrics.json'))).toEqual(report.metrics);
  });

  it('two specs write one folder each, and --json prints an array', async () => {
    const two = join(tmp, 'two');
    const r = await runCaptured(
      ['backtest', spec, 'examples/spy-ief-trend/spec.json', ...common, '--out', two, '--json'],
      root,
    );
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.out);
    expect(docs.map((d: { spec: string }) => d.spec)).toEqual([spec, 'examples/spy-ief-trend/spec.json']);
    expect(docs[0]).toEqual(report);
    expect(readFileSync(join(two, 'spec.weekly', 'equity.csv'), 'utf8')).toBe(read('equity.csv'));
    expect(parseCsv(readFileSync(join(two, 'spec', 'fills.csv'), 'utf8')).rows.length).toBe(docs[1].fills);
  });

  it('bad --report / --out are usage errors', async () => {
    const a = await runCaptured(['backtest', spec, ...common, '--report', join(tmp, 'x.txt')], root);
    expect(a.code).toBe(2);
    expect(a.err).toContain('must end in .html');
    const b = await runCaptured(['backtest', spec, ...common, '--out', join(root, 'package.json')], root);
    expect(b.code).toBe(2);
    expect(b.err).toContain('is a file');
  });
});
