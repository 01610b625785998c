/**
 * A PanelSource answers exactly what the loader answers over the feed (columns, extra fields,
 * warnings), with columns that are views of its shared memory, or declines; the reference is the
 * loader itself run on the same dirty data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayCalendar } from '../../test/support/weekday-calendar.js';
import type { Panel, SessionGrid } from '../features/types.js';
import { dayOf, gridFor } from './grid.js';
import { MemoryDataFeed } from './memory-feed.js';
import { loadPanelOnGrid } from './panel.js';
import { PanelSource, type PanelSourceFeed } from './panel-source.js';
import { type AssetLoad, buildPanelSource, loadPanelSlices } from './panel-source-build.js';
import type { DataPolicy } from './policy.js';
import type { Asset, Bar, DataFeed } from './types.js';

const cal = weekdayCalendar(['2024-02-19']);
const DAY = 86_400_000;
const first = Date.UTC(2024, 0, 1);
const range = { from: new Date(first + 30 * DAY), to: new Date(first + 60 * DAY) };
const assets: Asset[] = [
  { id: 'us:B', symbol: 'B' },
  { id: 'us:A', symbol: 'A' },
  { id: 'C', symbol: 'C' },
];

/** A close that is sometimes dirty: a jump, a gap of NaN, zero, an implausible print. */
const close = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 10, max: 12, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(30, 3, Number.NaN, 0, 1e12) },
);
const barsOf = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 62 }),
      close,
      npy: fc.option(fc.double({ min: -1, max: 1, noNaN: true })),
    }),
    {
      maxLength: 50,
    },
  )
  .map((rows) =>
    // Mostly ascending; a row whose day repeats stays (a duplicate date), so some loads throw.
    [...rows]
      .sort((a, b) => a.day - b.day)
      .map(
        (r): Bar => ({
          t: new Date(first + r.day * DAY),
          open: r.close,
          high: r.close,
          low: r.close,
          close: r.close,
          volume: 1000,
          ...(r.npy !== null ? { fields: { npy: r.npy } } : {}),
        }),
      ),
  );

const policies: Partial<DataPolicy>[] = [
  {},
  { largeMove: 'drop', duplicateDates: 'drop' },
  { longGap: 'drop', gapSessions: 2 },
];

const plain = (p: Panel) => ({
  days: Array.from(p.grid.days),
  assets: p.assets.map((a) => a.id),
  columns: p.columns.map((c) => ({
    open: Array.from(c.open),
    high: Array.from(c.high),
    low: Array.from(c.low),
    close: Array.from(c.close),
    adjClose: Array.from(c.adjClose),
    volume: Array.from(c.volume),
    fields: [...c.fields].map(([k, v]) => [k, Array.from(v)]),
  })),
  issues: p.issues,
});

/** The loader's own answer, or undefined when it throws (a fatal data problem). */
async function direct(feed: DataFeed, wanted: Asset[], grid: SessionGrid, policy: Partial<DataPolicy>) {
  try {
    return await loadPanelOnGrid(feed, wanted, grid, range.to, { policy });
  } catch {
    return undefined;
  }
}

describe('PanelSource', () => {
  it('serves every recorded warm-up and asset subset exactly as the loader, or declines when the loader throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(barsOf, barsOf, barsOf),
        fc.uniqueArray(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...policies),
        fc.subarray(assets, { minLength: 1 }),
        async ([a, b, c], warmups, policy, wanted) => {
          const feed = new MemoryDataFeed({ B: a, 'us:A': b, C: c });
          const grids = warmups.map((w) => gridFor(cal, range, w));
          const source = await buildPanelSource(feed, assets, grids, range.to, { policy });
          for (const grid of grids) {
            const expected = await direct(feed, wanted, grid, policy);
            const served = source.loadPanel(wanted, grid, range.to, { policy });
            if (!expected) {
              expect(served).toBeUndefined();
              continue;
            }
            expect(served, 'a request the loader answers is served').toBeDefined();
            expect(plain(served!)).toEqual(plain(expected));
            expect(served!.grid).toBe(grid);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is the same when helpers load part of the assets (claimed chunk by chunk, merged in asset order)', async () => {
    const many: Asset[] = Array.from({ length: 11 }, (_, k) => ({ id: `x:${k}`, symbol: `S${k}` }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(barsOf, { minLength: 11, maxLength: 11 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...policies),
        fc.integer({ min: 1, max: 3 }),
        async (bars, warmups, policy, helperCount) => {
          const feed = () => new MemoryDataFeed(Object.fromEntries(many.map((a, k) => [a.symbol, bars[k]!])));
          const grids = warmups.map((w) => gridFor(cal, range, w));
          const alone = await buildPanelSource(feed(), many, grids, range.to, { policy });
          let loadedByHelpers = 0;
          const helped = await buildPanelSource(feed(), many, grids, range.to, {
            policy,
            // Each helper has its own feed, and its answer crosses a structured clone as a worker's would.
            helpers: (task) =>
              Array.from({ length: helperCount }, async () => {
                const loads = structuredClone(await loadPanelSlices(feed(), task)) as AssetLoad[];
                loadedByHelpers += loads.length;
                return loads;
              }),
          });
          expect(helped.toData()).toEqual(alone.toData());
          expect(loadedByHelpers, 'the helpers took part').toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('does not wait for a helper that claimed nothing (a worker still loading its modules)', async () => {
    const many: Asset[] = Array.from({ length: 9 }, (_, k) => ({ id: `x:${k}`, symbol: `S${k}` }));
    const bars = (k: number) =>
      Array.from({ length: 30 }, (_, d): Bar => {
        const c = 10 + k + d / 10;
        return { t: new Date(first + (d + 25) * DAY), open: c, high: c, low: c, close: c, volume: 100 };
      });
    const feed = new MemoryDataFeed(Object.fromEntries(many.map((a, k) => [a.symbol, bars(k)])));
    const grid = gridFor(cal, range, 3);
    const alone = await buildPanelSource(feed, many, [grid], range.to);
    let failLate!: (e: Error) => void;
    const helped = await buildPanelSource(feed, many, [grid], range.to, {
      // Never answers until after the build, then fails: neither is waited for nor unhandled.
      helpers: () => [
        new Promise<AssetLoad[]>((_, reject) => {
          failLate = reject;
        }),
      ],
    });
    failLate(new Error('the worker stopped'));
    expect(helped.toData()).toEqual(alone.toData());
  });

  it('columns are views of its shared memory, and a structured clone (a worker message) serves the same panel', async () => {
    const bars = (k: number) =>
      Array.from(
        { length: 40 },
        (_, d): Bar => ({
          t: new Date(first + (d + 20) * DAY),
          open: 10 + k,
          high: 11 + k,
          low: 9 + k,
          close: 10 + k + d / 100,
          volume: 100,
        }),
      );
    const feed = new MemoryDataFeed({ A: bars(0), B: bars(1) });
    const two = [
      { id: 'A', symbol: 'A' },
      { id: 'B', symbol: 'B' },
    ];
    const grid = gridFor(cal, range, 5);
    const source = await buildPanelSource(feed, two, [grid, gridFor(cal, range, 2)], range.to);
    expect(source.data.standard.buffer).toBeInstanceOf(SharedArrayBuffer);
    const panel = source.loadPanel([two[1]!], grid, range.to)!;
    expect(panel.columns[0]!.close.buffer).toBe(source.data.standard.buffer);
    expect(panel.columns[0]!.close.length).toBe(grid.days.length);

    const copy = new PanelSource(structuredClone(source.toData()));
    const again = copy.loadPanel(two, grid, range.to)!;
    expect(plain(again)).toEqual(plain((await loadPanelOnGrid(feed, two, grid, range.to))!));
    source.data.standard[0] = 123; // the same memory, not a copy
    expect(copy.data.standard[0]).toBe(123);
  });

  it('declines what it was not built for: another grid, range end, policy or asset', async () => {
    const feed = new MemoryDataFeed({
      A: [{ t: range.from, open: 1, high: 1, low: 1, close: 1, volume: 1 }],
    });
    const A = { id: 'A', symbol: 'A' };
    const grid = gridFor(cal, range, 3);
    const source = await buildPanelSource(feed, [A], [grid], range.to);
    expect(source.loadPanel([A], grid, range.to)).toBeDefined();
    expect(source.loadPanel([A], gridFor(cal, range, 4), range.to)).toBeUndefined();
    expect(source.loadPanel([A], gridFor(cal, range, 2), range.to), 'a warm-up not recorded').toBeUndefined();
    const later = { from: range.from, to: new Date(range.to.getTime() + DAY) };
    expect(source.loadPanel([A], gridFor(cal, later, 3), later.to)).toBeUndefined();
    expect(source.loadPanel([A], grid, range.to, { policy: { moveRatio: 3 } })).toBeUndefined();
    expect(source.loadPanel([{ id: 'A', symbol: 'X' }], grid, range.to)).toBeUndefined();
    expect(source.loadPanel([A, { id: 'B', symbol: 'B' }], grid, range.to)).toBeUndefined();
    expect(source.served).toBe(1);
    expect(source.declined).toBe(6);
  });

  it('loadPanelOnGrid uses a feed that has a source, and reads bars when the source declines', async () => {
    const A = { id: 'A', symbol: 'A' };
    const inner = new MemoryDataFeed({
      A: Array.from({ length: 30 }, (_, d): Bar => {
        const t = new Date(first + (d + 28) * DAY);
        return { t, open: 2, high: 2, low: 2, close: 2 + (dayOf(t) % 3), volume: 5 };
      }),
    });
    const grid = gridFor(cal, range, 1);
    const source = await buildPanelSource(inner, [A], [grid], range.to);
    let reads = 0;
    const feed: PanelSourceFeed = {
      panelSource: () => source,
      bars(asset, r, f) {
        reads++;
        return inner.bars(asset, r, f);
      },
    };
    const served = await loadPanelOnGrid(feed, [A], grid, range.to);
    expect(reads).toBe(0);
    expect(served.columns[0]!.close.buffer).toBe(source.data.standard.buffer);
    const other = gridFor(cal, range, 2);
    // (values only: the bare wrapper feed cannot locate bars, so its warnings carry no file)
    expect(plain(await loadPanelOnGrid(feed, [A], other, range.to)).columns).toEqual(
      plain(await loadPanelOnGrid(inner, [A], other, range.to)).columns,
    );
    expect(reads).toBe(1);
  });
});
