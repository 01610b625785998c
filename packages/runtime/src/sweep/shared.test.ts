/**
 * A sweep over data loaded once in the main thread and shared with its workers gives the rows of the
 * unshared sweep (every worker parsing the CSV files, as before sharing) with 0, 1 and 2 workers, and
 * the workers read no data file: the folder is deleted between the main thread's load and the sweep.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCalendar } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import { clipToCalendar } from '../backtest/range.js';
import type { SpecLike } from '../compile/spec-types.js';
import { PanelSource } from '../data/panel-source.js';
import type { FeatureCache } from '../features/cache.js';
import { fromSpec } from '../strategy/from-spec.js';
import { sweepFeatureRuntime } from './feature-runtime.js';
import type { SweepAxis } from './grid.js';
import { runSweep, type SweepOptions } from './run.js';
import { shareSweepData } from './share.js';
import { SharedFeatureCache } from './shared-features.js';
import { SharedPanelFeed } from './shared-feed.js';

const repo = (p: string) => fileURLToPath(new URL(`../../../../${p}`, import.meta.url));

/** Dynamic universe with an extra field and index events; the swept SMA period changes the warm-up. */
const spec = {
  kind: 'tactical/v1',
  name: 'shared-sweep',
  calendar: 'XNYS',
  universe: { index: 'SP500' },
  rebalance: { frequency: 'Monthly' },
  execution: { fill: 'next_open' },
  features: [
    { id: 'price', kind: 'price' },
    { id: 'trend', kind: 'sma', period: 20 },
    { id: 'npy', kind: 'field', field: 'npy' },
    { id: 'since_add', kind: 'event', event: 'index_add', index: 'SP500' },
  ],
  rules: {
    op: 'select',
    id: 'picks',
    filter: {
      op: 'and',
      args: [
        { op: 'gt', left: { ref: 'price' }, right: { ref: 'trend' } },
        { op: 'gt', left: { ref: 'npy' }, right: 0.03 },
      ],
    },
    weighting: { scheme: 'equal' },
  },
};
const axes: SweepAxis[] = [
  { name: 'period', pointers: ['/features/1/period'], values: [5, 60, 20] },
  { name: 'npy', pointers: ['/rules/filter/args/1/right'], values: [0.02, 0.04] },
];
const range = { from: new Date('2016-01-01T00:00:00Z'), to: new Date('2017-01-01T00:00:00Z') };
const data = (dir: string) => ({ dir, universes: { SP500: { startEnd: 'universes/SP500.csv' } } });

describe('sweeps over data shared by the main thread', () => {
  it('stopped while the data loads, resolve with no rows, marked partial', async () => {
    const controller = new AbortController();
    const run = runSweep({
      spec,
      axes,
      data: data(repo('examples/data')),
      range,
      cash: 100_000,
      workers: 2,
      signal: controller.signal,
    });
    // The workers are started and have their load tasks; stopping them may cut the load short.
    controller.abort();
    const r = await run;
    expect(r.partial).toBe(true);
    expect(r.rows).toEqual([]);
  });

  it('give the unshared rows with 0, 1 and 2 workers, and the workers read no data file', async () => {
    const base: SweepOptions = { spec, axes, data: data(repo('examples/data')), range, cash: 100_000 };
    const unshared = await runSweep({ ...base, workers: 0, share: false });
    expect(unshared.shared).toBe(false);
    const rows = JSON.stringify(unshared.rows);
    expect(
      unshared.rows.every((r) => r.metrics !== null),
      JSON.stringify(unshared.rows[0]),
    ).toBe(true);
    expect(new Set(unshared.rows.map((r) => r.metrics!.totalReturn)).size, 'the swept values matter').toBe(6);

    for (const workers of [0, 1]) {
      const r = await runSweep({ ...base, workers });
      expect(r.shared).toBe(true);
      expect(JSON.stringify(r.rows), `${workers} workers`).toBe(rows);
    }

    // The main thread loads a copy of the folder, the copy is deleted, then two workers sweep.
    const dir = mkdtempSync(join(tmpdir(), 'tactical-shared-sweep-'));
    cpSync(repo('examples/data'), dir, { recursive: true });
    const shared = await shareSweepData({ ...base, data: data(dir) });
    expect(shared?.source.standard.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared?.source.variants.map((v) => v.start).length, 'one variant per distinct warm-up').toBe(3);
    rmSync(dir, { recursive: true });
    expect(existsSync(dir)).toBe(false);

    // The base spec's features were computed once, into shared memory: a worker's runtime over them
    // computes no series of its own (all it stores are views of the shared panel, e.g. `price`).
    const features = shared!.features!;
    expect(features.values.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(features.keys.length).toBeGreaterThan(0);
    const stored: Float64Array[] = [];
    const own: FeatureCache = {
      get: () => undefined,
      set: (_k, v) => void stored.push(v),
      stats: { hits: 0, misses: 0, evictions: 0, entries: 0, bytes: 0 },
    };
    const noFiles = () => {
      throw new Error('a worker read a data file');
    };
    const runtime = sweepFeatureRuntime(
      data(dir),
      range,
      new SharedPanelFeed(new PanelSource(shared!.source), shared!.indexes, noFiles),
      new SharedFeatureCache(features, own),
    );
    const calendar = getCalendar('XNYS');
    const first = structuredClone(spec);
    first.features[1]!.period = 5; // the first grid point's spec
    const strategy = fromSpec(first as unknown as SpecLike, { runtime, calendar });
    await strategy.prepare(clipToCalendar(range, calendar).range);
    expect(stored.every((v) => v.buffer instanceof SharedArrayBuffer)).toBe(true);
    const two = await runSweep({ ...base, data: data(dir), workers: 2, share: shared! });
    expect(two.threadsUsed).toBe(2);
    expect(JSON.stringify(two.rows)).toBe(rows);
  }, 60_000);

  it('a cash proxy outside the universe, strict or not: the same rows shared or not', async () => {
    // The proxy's load asks for the default policy: under --strict the source declines it and the
    // worker reads IEF.csv, as before sharing.
    const withProxy = { ...spec, execution: { fill: 'next_open', cashInterest: { asset: 'IEF' } } };
    for (const strict of [false, true]) {
      const base: SweepOptions = {
        spec: withProxy,
        axes: axes.slice(0, 1),
        data: { ...data(repo('examples/data')), strict },
        range,
        cash: 100_000,
        workers: 0,
      };
      const unshared = await runSweep({ ...base, share: false });
      expect(
        unshared.rows.every((r) => r.metrics !== null),
        JSON.stringify(unshared.rows[0]),
      ).toBe(true);
      expect(unshared.rows[0]!.metrics!.cashFlows?.interest ?? 0, 'the proxy pays').not.toBe(0);
      const shared = await runSweep(base);
      expect(shared.shared).toBe(true);
      expect(JSON.stringify(shared.rows), `strict ${strict}`).toBe(JSON.stringify(unshared.rows));
    }
  });
});
