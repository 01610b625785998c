/**
 * One grid point's backtest, the work a sweep worker repeats: apply the point's parameters to the
 * spec, validate it, build the strategy on the worker's long-lived feature runtime and run it. The
 * feed and the feature runtime (with its cache) are created once per runner: over the main thread's
 * shared panel when the setup carries one (no file is parsed), else over the CSV files (parsed once per
 * runner); features that do not depend on the swept values are computed once.
 */
import { getCalendar } from '@tactical/calendars';
import { validateSpec } from '@tactical/spec';
import type { RunIssue } from '../backtest/issues.js';
import { runBacktest } from '../backtest/run.js';
import { CompileError } from '../compile/errors.js';
import type { SpecLike } from '../compile/spec-types.js';
import { PanelSource } from '../data/panel-source.js';
import type { DateRange } from '../data/types.js';
import { BacktestExecutor } from '../execute/executor.js';
import { MemoryFeatureCache } from '../features/cache.js';
import { FeatureError } from '../features/plan.js';
import type { Metrics } from '../metrics/summary.js';
import { SpecError } from '../strategy/errors.js';
import { fromValidatedSpec } from '../strategy/from-spec.js';
import { sweepFeatureRuntime } from './feature-runtime.js';
import { createSweepFeed, type SweepData } from './feed.js';
import { type GridPoint, type SweepAxis, specForPoint } from './grid.js';
import { memoizeLastPrepare } from './prepare-memo.js';
import type { SharedSweepData } from './share.js';
import { SharedFeatureCache } from './shared-features.js';
import { SharedPanelFeed } from './shared-feed.js';

/** What every point of a sweep shares (plain data: it is sent to each worker once). */
export interface SweepSetup {
  /** The base spec (a parsed JSON document). */
  spec: unknown;
  axes: SweepAxis[];
  data: SweepData;
  /** Half-open backtest range. */
  range: DateRange;
  /** Initial cash of every run. */
  cash: number;
  /** Byte bound of this runner's feature cache (default 256 MiB; a sweep divides its budget). */
  cacheBytes?: number;
  /**
   * The data loaded once by the main thread (share.ts), read from shared memory instead of the CSV
   * files. Without it the runner parses `data` itself, as a worker process with only the path does.
   */
  shared?: SharedSweepData;
}

/**
 * One row of a sweep's result. `metrics` is null when the point could not run; `error` then says why
 * (an invalid spec at this point, a rule tree that does not compile against the features...).
 */
export interface SweepRow {
  params: Record<string, unknown>;
  metrics: Metrics | null;
  error?: string;
  /**
   * What the point's run worked around (`BacktestResult.issues`: a range beyond the data, dropped
   * bars, assets without dividend data...), absent when nothing was: a sweep's numbers carry the same
   * warnings as a backtest's.
   */
  issues?: RunIssue[];
}

/** Errors that belong to one point's spec: reported in its row, the sweep goes on. */
function isPointError(e: unknown): e is Error {
  return e instanceof SpecError || e instanceof CompileError || e instanceof FeatureError;
}

/** The base spec's calendar (counts announcement leads); an unknown code is left to validation. */
function calendarOf(spec: unknown): ReturnType<typeof getCalendar> | undefined {
  const code = (spec as { calendar?: unknown } | null)?.calendar;
  try {
    return getCalendar(typeof code === 'string' ? code : 'XNYS');
  } catch {
    return undefined;
  }
}

/** A runner bound to one feed and one feature runtime; call it for each point, in any order. */
export function createPointRunner(setup: SweepSetup): (point: GridPoint) => Promise<SweepRow> {
  const calendar = calendarOf(setup.spec);
  const csv = () => createSweepFeed(setup.data, calendar);
  const shared = setup.shared;
  const dataFeed = shared ? new SharedPanelFeed(new PanelSource(shared.source), shared.indexes, csv) : csv();
  const ownCache = new MemoryFeatureCache(
    setup.cacheBytes !== undefined ? { maxBytes: Math.max(1, Math.floor(setup.cacheBytes)) } : {},
  );
  const runtime = sweepFeatureRuntime(
    setup.data,
    setup.range,
    dataFeed,
    // The base spec's series computed once by the main thread, then this runner's own cache.
    shared?.features ? new SharedFeatureCache(shared.features, ownCache) : ownCache,
  );
  // Points that prepare the same features (a sweep of rule values) reuse the last feature set.
  const features = memoizeLastPrepare(runtime);
  return async (point) => {
    const params = point.params;
    const checked = validateSpec(specForPoint(setup.spec, setup.axes, point));
    if (!checked.ok) {
      const errors = checked.errors.filter((d) => d.severity === 'error');
      return {
        params,
        metrics: null,
        error: errors.map((d) => `${d.pointer || '/'}: ${d.message}`).join('; '),
      };
    }
    const spec = checked.spec;
    try {
      const calendar = getCalendar(spec.calendar ?? 'XNYS');
      // validated just above (this runner made the document and holds it): not validated again
      const strategy = fromValidatedSpec(spec as SpecLike, { runtime: features, calendar });
      const result = await runBacktest({
        strategy,
        range: setup.range,
        initialPortfolio: { cash: setup.cash, positions: [], t: setup.range.from },
        dataFeed,
        executor: new BacktestExecutor({ calendar }),
        calendar,
        ...(setup.data.strict ? { dataPolicy: { strict: true } } : {}),
        // A row is the point's metrics: no per-session record is kept.
        record: 'summary',
      });
      return {
        params,
        metrics: result.metrics,
        ...(result.issues.length > 0 ? { issues: result.issues } : {}),
      };
    } catch (e) {
      if (isPointError(e)) return { params, metrics: null, error: e.message };
      throw e;
    }
  };
}
