/**
 * `tactical sweep` end to end through `run(argv, ctx)` on the bundled data with the tlt-spy-swap
 * example: usage errors exit 2 naming what is wrong, rows come in grid order (or sorted), JSON is
 * byte-identical whatever the worker count, CSV and the table carry the same rows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../src/run.js';

const root = join(import.meta.dirname, '..', '..', '..');
const spec = 'examples/tlt-spy-swap/spec.json';
const base = ['--data', 'examples/data', '--from', '2016-01-01', '--to', '2018-01-01'];
const enter = '--param=enter=/rebalance/anchors/0:-9..-7';
const windowParam = '--param=window=/rules/cond/right,/rules/else/cond/right:5,7';

const cli = (...argv: string[]) => runCaptured(['sweep', ...argv], root);

describe('tactical sweep: usage errors exit 2', () => {
  it.each([
    [[...base], 'at least one --param'],
    [[...base, '--param', 'enter:-9..-7'], 'expected name=/json/pointer'],
    [[...base, '--param', 'enter=rebalance/anchors/0:-9..-7'], "'rebalance/anchors/0' is not a JSON pointer"],
    [[...base, '--param', 'enter=/rebalance/anchors/0:-7..-9'], 'need from <= to'],
    [[...base, '--param', 'enter=/rebalance/anchors/0:soon'], "'soon' is not a range"],
    [[...base, enter, '--param', 'enter=/rebalance/anchors/1:1,2'], '--param enter is given twice'],
    [[...base, enter, '--workers', '0'], '--workers must be a whole number'],
    [[...base, enter, '--cache-mb', '0'], '--cache-mb must be a whole number of MiB'],
    [[...base, enter, '--cache-mb', '1.5'], '--cache-mb must be a whole number of MiB'],
    [
      [...base, enter, '--cache-mb', '64', '--queue', 'redis://127.0.0.1:1'],
      '--cache-mb is for local sweeps',
    ],
    [[...base, enter, '--sort', 'luck'], "--sort 'luck'"],
    [[...base, enter, '--json', '--csv'], '--json and --csv exclude each other'],
    [[...base, enter, '--members', 'SP500=no/such.csv'], 'file not found'],
    [[...base, enter, '--announcement-lead', '5'], '--announcement-lead needs --members'],
    [
      [...base, enter, '--members', 'SP500=examples/data/SPY.csv', '--announcement-lead', 'soon'],
      '--announcement-lead must be',
    ],
    [[...base, enter, '--members', 'SP500'], "--members 'SP500': expected INDEX=start_end.csv"],
    [['--data', 'examples/data', '--from', '2016-13-01', enter], '--from must be a date'],
    [
      [...base, '--param', 'enter=/rebalance/anchor/0:-9..-7'],
      "axis 'enter': /rebalance/anchor/0: nothing at 'anchor'",
    ],
    [[...base, enter, '--param', 'w=/rules/cond/right,/rules/else/cond/rigth:5,7'], '/rules/else/cond/rigth'],
  ])('%j', async (args, message) => {
    const r = await cli(spec, ...args);
    expect(r.err).toContain(message);
    expect(r.code).toBe(2);
  });
});

describe('tactical sweep --cache-mb', () => {
  it("a budget too small to keep the points' features changes no number (they are computed again)", async () => {
    // every point prepares its own SMA: with 1 MiB over 2 workers, series are evicted between points
    const trend = 'examples/spy-ief-trend/spec.json';
    const period = '--param=period=/features/1/period:20..200:20';
    const args = [
      trend,
      '--data',
      'examples/data',
      '--from',
      '2010-01-01',
      '--to',
      '2020-01-01',
      period,
      '--json',
    ];
    const small = await cli(...args, '--cache-mb', '1', '--workers', '2');
    const large = await cli(...args, '--cache-mb', '1024', '--workers', '2');
    expect(small.code, small.err).toBe(0);
    expect(small.out).toBe(large.out);
    expect(
      new Set(JSON.parse(small.out).rows.map((r: { metrics: { cagr: number } }) => r.metrics.cagr)).size,
    ).toBe(10);
  });
});

describe('tactical sweep over tlt-spy-swap (bundled data)', () => {
  it('prints JSON rows in grid order, byte-identical with 1 and 2 workers', async () => {
    const two = await cli(spec, ...base, enter, windowParam, '--workers', '2', '--json');
    const one = await cli(spec, ...base, enter, windowParam, '--workers', '1', '--json');
    expect(two.code, two.err).toBe(0);
    expect(two.out).toBe(one.out);
    const doc = JSON.parse(two.out);
    expect(Object.keys(doc)).toEqual(['spec', 'from', 'to', 'cash', 'axes', 'rows']);
    expect(doc.axes[1]).toEqual({
      name: 'window',
      pointers: ['/rules/cond/right', '/rules/else/cond/right'],
      values: [5, 7],
    });
    expect(doc.rows.map((r: { params: unknown }) => r.params)).toEqual([
      { enter: -9, window: 5 },
      { enter: -9, window: 7 },
      { enter: -8, window: 5 },
      { enter: -8, window: 7 },
      { enter: -7, window: 5 },
      { enter: -7, window: 7 },
    ]);
    for (const r of doc.rows) expect(r.metrics.sessions).toBe(503);
    expect(
      new Set(doc.rows.map((r: { metrics: { orders: number } }) => r.metrics.orders)).size,
    ).toBeGreaterThan(1);
  });

  it('a table with params and key metrics, the same numbers as CSV, sorted on request', async () => {
    const table = await cli(spec, ...base, enter, '--sort', 'sharpe');
    expect(table.code, table.err).toBe(0);
    const lines = table.out.trim().split('\n');
    for (const h of ['enter', 'Total return', 'CAGR', 'Sharpe', 'Max drawdown', 'Turnover', 'Orders']) {
      expect(lines[1]).toContain(h);
    }
    expect(lines).toHaveLength(1 + 1 + 3 + 1); // top, head, 3 rows, bottom

    const csv = await cli(spec, ...base, enter, '--csv', '--sort', 'sharpe');
    const [head, ...rows] = csv.out.trim().split('\n');
    expect(head).toBe(
      'enter,totalReturn,cagr,volatility,sharpe,sortino,maxDrawdown,calmar,turnover,meanGrossExposure,timeInvested,rebalances,orders,error',
    );
    const sharpe = rows.map((r) => Number(r.split(',')[4]));
    expect(sharpe).toEqual([...sharpe].sort((a, b) => b - a));
    // the table's rows are the CSV's, in the same order
    const tableEnter = lines.slice(2, 5).map((l) => l.split('│')[1]!.trim());
    expect(tableEnter).toEqual(rows.map((r) => r.split(',')[0]));

    const asc = await cli(spec, ...base, enter, '--csv', '--sort', 'sharpe:asc');
    expect(asc.out.trim().split('\n').slice(1)).toEqual([...rows].reverse());
  });

  it('a point whose spec is invalid is a row with its error; the run still succeeds', async () => {
    const r = await cli(spec, ...base, '--param', 'enter=/rebalance/anchors/0:-8,-30', '--csv');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('1 of 2 point(s) did not run');
    const [, ok, bad] = r.out.trim().split('\n');
    expect(ok!.endsWith(',')).toBe(true);
    expect(bad).toBe(
      '-30,,,,,,,,,,,,,/rebalance/anchors/0: anchor -30 can never fire: a month has at most 23 sessions',
    );

    const table = await cli(spec, ...base, '--param', 'enter=/rebalance/anchors/0:-8,-30');
    expect(table.out).toContain('Error');
    expect(table.out).toContain('anchor -30 can never fire');

    const none = await cli(spec, ...base, '--param', 'enter=/rebalance/anchors/0:0,-30', '--json');
    expect(none.code, 'no point ran').toBe(1);
    expect(JSON.parse(none.out).rows.map((x: { metrics: unknown }) => x.metrics)).toEqual([null, null]);
  });
});

describe('tactical sweep: what a point worked around is visible', () => {
  it('a range beyond the data: each row carries range_beyond_data (--json), the table a Warnings column, stderr one summary', async () => {
    const past = ['--data', 'examples/data', '--from', '2024-06-01', '--to', '2026-06-01'];
    const json = await cli(spec, ...past, enter, '--json');
    expect(json.code, json.err).toBe(0);
    const doc = JSON.parse(json.out);
    expect(doc.rows).toHaveLength(3);
    for (const r of doc.rows) {
      expect(r.metrics.end).toBe('2024-12-31');
      const range = r.issues.find((i: { code: string }) => i.code === 'range_beyond_data');
      expect(range.severity).toBe('warning');
      expect(range.message).toContain('runs beyond the data');
    }
    expect(json.err).toMatch(/^tactical: 3 of 3 point\(s\) ran with issues/);
    expect(json.err).toMatch(
      /warning range_beyond_data in 3 point\(s\): the range 2024-06-01\.\.\S+ runs beyond/,
    );

    const table = await cli(spec, ...past, enter);
    expect(table.code, table.err).toBe(0);
    const lines = table.out.trim().split('\n');
    expect(lines[1]).toContain('Warnings');
    for (const row of lines.slice(2, 5)) expect(row).toContain('range_beyond_data');

    // CSV keeps its columns; the summary is on stderr
    const csv = await cli(spec, ...past, enter, '--csv');
    expect(csv.out.split('\n')[0]!.endsWith(',orders,error')).toBe(true);
    expect(csv.err).toContain('warning range_beyond_data in 3 point(s)');
  });

  it('inside the data: no issues key, no Warnings column, nothing on stderr', async () => {
    const json = await cli(spec, ...base, enter, '--json');
    expect(json.code, json.err).toBe(0);
    for (const r of JSON.parse(json.out).rows) expect(r).not.toHaveProperty('issues');
    expect(json.err).not.toContain('ran with issues');
    const table = await cli(spec, ...base, enter);
    expect(table.out).not.toContain('Warnings');
  });
});
