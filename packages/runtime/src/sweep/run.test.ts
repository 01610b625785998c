import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getCalendar } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import { runBacktest } from '../backtest/run.js';
import type { SpecLike } from '../compile/spec-types.js';
import { CsvDirectoryFeed } from '../data/csv-feed.js';
import { BacktestExecutor } from '../execute/executor.js';
import { FeatureRuntime } from '../features/runtime.js';
import { fromSpec } from '../strategy/from-spec.js';
import { expandGrid, parseRange, type SweepAxis, SweepError, specForPoint } from './grid.js';
import { runSweep } from './run.js';

const repo = (p: string) => fileURLToPath(new URL(`../../../../${p}`, import.meta.url));
const spec = JSON.parse(readFileSync(repo('examples/tlt-spy-swap/spec.json'), 'utf8'));
const dir = repo('examples/data');
const range = { from: new Date('2016-01-01T00:00:00Z'), to: new Date('2017-01-01T00:00:00Z') };
const axes: SweepAxis[] = [
  { name: 'enter', pointers: ['/rebalance/anchors/0'], values: parseRange('-9..-7') },
  { name: 'window', pointers: ['/rules/cond/right'], values: parseRange('5,7') },
];

describe('runSweep over tlt-spy-swap (bundled data)', () => {
  it('two workers give rows in grid order, identical to the in-thread run and to direct backtests', async () => {
    const progress: number[] = [];
    const pooled = await runSweep({
      spec,
      axes,
      data: { dir },
      range,
      cash: 100_000,
      workers: 2,
      onProgress: (d) => progress.push(d),
    });
    const inline = await runSweep({ spec, axes, data: { dir }, range, cash: 100_000, workers: 0 });
    expect(pooled.threadsUsed).toBe(2);
    expect(inline.threadsUsed).toBe(0);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pooled.rows.map((r) => r.params)).toEqual(expandGrid(axes).map((p) => p.params));
    expect(pooled.rows.map((r) => r.params)[1]).toEqual({ enter: -9, window: 7 });
    expect(JSON.stringify(pooled.rows)).toBe(JSON.stringify(inline.rows));

    // each row is the backtest of its spec, run on its own fresh feed and runtime
    const calendar = getCalendar('XNYS');
    for (const point of expandGrid(axes)) {
      const dataFeed = new CsvDirectoryFeed({ dir });
      const strategy = fromSpec(specForPoint(spec, axes, point) as SpecLike, {
        runtime: new FeatureRuntime({ dataFeed, range, freq: '1d' }),
        calendar,
      });
      const direct = await runBacktest({
        strategy,
        range,
        initialPortfolio: { cash: 100_000, positions: [], t: range.from },
        dataFeed,
        executor: new BacktestExecutor({ calendar }),
        calendar,
      });
      expect(pooled.rows[point.index]!.metrics, `point ${point.index}`).toEqual(direct.metrics);
    }
    // the swept values matter: different anchors trade on different days
    const returns = new Set(pooled.rows.map((r) => r.metrics!.totalReturn));
    expect(returns.size).toBeGreaterThan(1);
  });

  it('a point whose spec is invalid is a row with an error; the others still run', async () => {
    const { rows } = await runSweep({
      spec,
      axes: [{ name: 'fill', pointers: ['/execution/fill'], values: ['next_open', 'at_lunch'] }],
      data: { dir },
      range,
      cash: 100_000,
      workers: 2,
    });
    expect(rows[0]!.error).toBeUndefined();
    expect(rows[0]!.metrics?.sessions).toBeGreaterThan(200);
    expect(rows[1]!.metrics).toBeNull();
    expect(rows[1]!.error).toMatch(/\/execution\/fill/);
  });

  it('a pointer that names nothing fails before any worker starts, naming axis and pointer', async () => {
    const bad = [{ name: 'x', pointers: ['/rules/cond/rigth'], values: [1] }];
    const run = runSweep({ spec, axes: bad, data: { dir }, range, cash: 1, workers: 1 });
    await expect(run).rejects.toThrow(SweepError);
    await expect(run).rejects.toThrow(/axis 'x': \/rules\/cond\/rigth/);
  });
});
