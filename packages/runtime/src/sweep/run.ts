/**
 * `runSweep`: backtest every point of a parameter grid on a worker-thread pool. The calling thread
 * loads the data once into SharedArrayBuffers (share.ts); each worker builds its feed over that shared
 * panel and its feature runtime once, and runs the points the pool hands it; rows come back in grid order (first axis slowest), so the same inputs give
 * byte-identical output however many workers ran and in whatever order they finished.
 *
 * ```ts
 * const { rows } = await runSweep({
 *   spec, data: { dir: 'data' }, range, cash: 100_000, workers: 2,
 *   axes: [{ name: 'lead', pointers: ['/rebalance/anchors/0'], values: parseRange('-10..-5') }],
 * });
 * ```
 */

import type { AssetLoad } from '../data/panel-source-build.js';
import type { DateRange } from '../data/types.js';
import type { SweepData } from './feed.js';
import { expandGrid, type GridPoint, type SweepAxis, SweepError, setAtPointers } from './grid.js';
import { createPointRunner, type SweepRow, type SweepSetup } from './point.js';
import { type PoolHelpers, type Progress, poolSize, runPool } from './pool.js';
import { type SharedSweepData, type SweepSliceTask, shareSweepData } from './share.js';
import { sweepWorkerEntry } from './worker-entry.js';

/** Arguments of `runSweep`. */
export interface SweepOptions {
  /** The base spec (parsed JSON); each axis replaces values at its pointers. */
  spec: unknown;
  axes: SweepAxis[];
  data: SweepData;
  /** Half-open backtest range of every point. */
  range: DateRange;
  /** Initial cash of every point. */
  cash: number;
  /**
   * Worker threads (default: available parallelism, at most the point count). `0` runs the points in
   * the calling thread, one after another, with one feed (no worker start-up; for debugging and as a
   * benchmark baseline).
   */
  workers?: number;
  /** Called after each finished point with (done, total). */
  onProgress?: Progress;
  /**
   * Byte budget of the feature cache for the whole sweep (default 256 MiB, the size of one
   * runtime's default cache). It is divided evenly among the workers (each holds its own cache of
   * `floor(cacheBytes / workers)` bytes), so a sweep never holds more than this however many workers
   * it runs; `workers: 0` gives the whole budget to the one in-thread runner. The base spec's series
   * that the calling thread computes once for every worker (shared-features.ts) are held once, in
   * shared memory, beside this budget.
   */
  cacheBytes?: number;
  /**
   * Aborting stops the sweep: no point is started after it, points in flight are dropped, and
   * `runSweep` resolves with the rows finished so far (in grid order) and `partial: true`.
   */
  signal?: AbortSignal;
  /**
   * Load the data once in the calling thread and share it with the workers (default true; see
   * share.ts), or the data already loaded by `shareSweepData`. `false`: every worker parses the CSV
   * files itself. Rows are the same either way.
   */
  share?: boolean | SharedSweepData;
}

/** The default feature-cache budget of a whole sweep, shared by its workers. */
export const DEFAULT_SWEEP_CACHE_BYTES = 256 * 1024 * 1024;

/** What `runSweep` returns. */
export interface SweepResult {
  /** One row per finished grid point, in grid order (every point unless `partial`). */
  rows: SweepRow[];
  /** Worker threads that ran at least one point (0 when `workers: 0`). */
  threadsUsed: number;
  /** True when the sweep was interrupted (`signal`) before every point finished. */
  partial: boolean;
  /** Grid points in total (rows.length when not partial). */
  points: number;
  /** The feature-cache bound each runner had (the budget divided among the workers). */
  cacheBytesPerWorker: number;
  /** True when the runners read the data loaded once by the calling thread (see `share`). */
  shared: boolean;
}

/**
 * Check that every axis pointer names an existing value of `spec` (a SweepError naming the axis and
 * pointer otherwise), so a typo fails before any worker starts.
 */
export function checkAxes(spec: unknown, axes: readonly SweepAxis[]): void {
  for (const axis of axes) {
    if (axis.pointers.length === 0)
      throw new SweepError('pointer_not_found', `axis '${axis.name}' has no pointer`);
    for (const pointer of axis.pointers) {
      try {
        setAtPointers(spec, [pointer], null);
      } catch (e) {
        if (e instanceof SweepError) throw new SweepError(e.code, `axis '${axis.name}': ${e.message}`);
        throw e;
      }
    }
  }
}

/** Run the sweep. Rejects on a bad grid (SweepError) or an error that is not one point's own. */
export async function runSweep(options: SweepOptions): Promise<SweepResult> {
  checkAxes(options.spec, options.axes);
  const points = expandGrid(options.axes);
  const runners = options.workers === 0 ? 1 : poolSize(points.length, options.workers);
  const budget = options.cacheBytes ?? DEFAULT_SWEEP_CACHE_BYTES;
  if (!(budget >= runners)) {
    throw new RangeError(`runSweep: cacheBytes must be at least one byte per worker, got ${budget}`);
  }
  const cacheBytesPerWorker = Math.floor(budget / runners);
  // Loading the shared data runs while the workers start (their start-up needs no data); the
  // workers then parse part of it too (their first point needs all of it anyway).
  const share = (helpers?: PoolHelpers): Promise<SharedSweepData | undefined> =>
    typeof options.share === 'object'
      ? Promise.resolve(options.share)
      : options.share === false
        ? Promise.resolve(undefined)
        : shareSweepData(options, {
            shared: options.workers !== 0,
            ...(helpers
              ? { helpers: (slice: SweepSliceTask) => helpers.run(slice) as Promise<AssetLoad[]>[] }
              : {}),
          });
  const setupOf = (shared: SharedSweepData | undefined): SweepSetup => ({
    spec: options.spec,
    axes: options.axes,
    data: options.data,
    range: options.range,
    cash: options.cash,
    cacheBytes: cacheBytesPerWorker,
    ...(shared ? { shared } : {}),
  });
  const signal = options.signal;
  if (options.workers === 0) {
    const shared = await share();
    const setup = setupOf(shared);
    const runPoint = createPointRunner(setup);
    const rows: SweepRow[] = [];
    for (const point of points) {
      if (signal?.aborted) break;
      try {
        rows.push(await runPoint(point));
      } catch (e) {
        throw new Error(`sweep point ${point.index}: ${e instanceof Error ? e.message : String(e)}`);
      }
      options.onProgress?.(rows.length, points.length);
    }
    const partial = rows.length < points.length;
    return {
      rows,
      threadsUsed: 0,
      partial,
      points: points.length,
      cacheBytesPerWorker,
      shared: shared !== undefined,
    };
  }
  let sharing: Promise<SharedSweepData | undefined> | undefined;
  const run = await runPool<GridPoint, SweepRow>(sweepWorkerEntry(), points, {
    size: runners,
    setup: (helpers: PoolHelpers) => {
      sharing = share(helpers);
      return sharing.then(setupOf);
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(signal ? { signal } : {}),
  });
  const rows = run.interrupted ? run.results.filter((_, k) => run.finished[k]) : run.results;
  return {
    rows,
    threadsUsed: run.threadsUsed,
    partial: run.interrupted,
    points: points.length,
    cacheBytesPerWorker,
    // A load cut short by the signal (its helper threads stopped) shares nothing; a load that
    // failed otherwise has already failed the pool.
    shared: (await sharing?.catch(() => undefined)) !== undefined,
  };
}
