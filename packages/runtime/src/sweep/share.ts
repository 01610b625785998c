/**
 * Load a sweep's data once, in the main thread, for every worker to read: the panel of every asset the
 * base spec can use, on every grid the points ask for (one per distinct warm-up; the widest fills the
 * shared columns, the others are recorded as variants, see data/panel-source.ts), in
 * SharedArrayBuffers, plus each index's memberships and events. Workers rebuild a feed over it
 * (`SharedPanelFeed`) and read no data file during the points. Before their first point they can help
 * parse it (`helpers`, `loadSweepSlices`): each claims assets as the main thread does.
 *
 * Which grids: each point's spec is validated and planned as `fromSpec` + `FeatureRuntime.prepare`
 * will (feature warm-up and the rule tree's lookbacks, over the range clipped to the calendar). A
 * point this misjudges is still right: its request is declined by the source and read from the CSV
 * files, as it was before sharing.
 */
import { getCalendar } from '@tactical/calendars';
import { type Feature, validateSpec } from '@tactical/spec';
import { clipToCalendar } from '../backtest/range.js';
import { rulesLookback } from '../compile/lookback.js';
import type { SpecLike } from '../compile/spec-types.js';
import { gridFor } from '../data/grid.js';
import type { PanelSourceData } from '../data/panel-source.js';
import {
  type AssetLoad,
  buildPanelSource,
  loadPanelSlices,
  type PanelSliceTask,
} from '../data/panel-source-build.js';
import type { Asset, DateRange } from '../data/types.js';
import { planFeatures } from '../features/plan.js';
import type { SessionGrid } from '../features/types.js';
import { createSweepFeed, type SweepData } from './feed.js';
import { expandGrid, type SweepAxis, specForPoint } from './grid.js';
import { type SharedFeaturesData, shareFeatures } from './shared-features.js';
import type { SharedIndex } from './shared-feed.js';

/** What the main thread hands every worker (plain data; the column blocks are SharedArrayBuffers). */
export interface SharedSweepData {
  source: PanelSourceData;
  indexes: SharedIndex[];
  /** The base spec's feature series, computed once (shared-features.ts); absent when none. */
  features?: SharedFeaturesData;
}

/** A helper thread's part of the load: the task, and the data and calendar to open its own feed on. */
export interface SweepSliceTask {
  data: SweepData;
  calendar: string;
  task: PanelSliceTask;
}

/** A helper thread's side of the load (sweep workers run it before their first point). */
export function loadSweepSlices(slice: SweepSliceTask): Promise<AssetLoad[]> {
  const feed = createSweepFeed(slice.data, getCalendar(slice.calendar), { cacheFiles: false });
  return loadPanelSlices(feed, slice.task);
}

/** What `shareSweepData` needs of a sweep. */
export interface ShareInput {
  spec: unknown;
  axes: SweepAxis[];
  data: SweepData;
  range: DateRange;
}

const ALL_TIME: DateRange = { from: new Date(-8.64e15), to: new Date(8.64e15) };

/**
 * Session grids by calendar and warm-up: a sweep's range is fixed, so points that plan the same
 * warm-up (most of them) share one grid instead of each building its thousands of sessions. The
 * features' warm-up is kept by their JSON too: a sweep of rule values plans the same features at
 * every point.
 */
interface GridMemo {
  grids: Map<string, SessionGrid>;
  featureWarmups: Map<string, number>;
}

/** The grid a spec's backtest prepares on (feature warm-up and the rule tree's lookbacks); throws on a bad spec. */
function gridOf(spec: SpecLike, range: DateRange, memo: GridMemo): SessionGrid {
  const code = spec.calendar ?? 'XNYS';
  const calendar = getCalendar(code);
  const features = spec.features as unknown as readonly Feature[];
  const index = 'index' in spec.universe ? spec.universe.index : undefined;
  const featuresKey = JSON.stringify([features, index ?? spec.universe]);
  let featureWarmup = memo.featureWarmups.get(featuresKey);
  if (featureWarmup === undefined) {
    const planned =
      index !== undefined
        ? planFeatures(features, [], index, false)
        : planFeatures(features, spec.universe as readonly Asset[]);
    featureWarmup = planned.warmup;
    memo.featureWarmups.set(featuresKey, featureWarmup);
  }
  const warmup = Math.max(featureWarmup, rulesLookback(spec.rules));
  const key = `${code} ${warmup}`;
  let grid = memo.grids.get(key);
  if (grid === undefined) {
    grid = gridFor(calendar, clipToCalendar(range, calendar).range, warmup);
    memo.grids.set(key, grid);
  }
  return grid;
}

/** A point's validated spec and the grid its backtest prepares on, or undefined when it does not get that far. */
function pointPlan(
  doc: unknown,
  range: DateRange,
  grids: GridMemo,
): { spec: SpecLike; grid: SessionGrid } | undefined {
  try {
    const checked = validateSpec(doc);
    if (!checked.ok) return undefined;
    const spec = checked.spec as unknown as SpecLike;
    return { spec, grid: gridOf(spec, range, grids) };
  } catch {
    return undefined; // the point's own error is reported in its row
  }
}

/**
 * The first day of the grid a point's document would prepare on, planned without validating it
 * (cheap), or undefined when that planning fails. Only used to skip validating points whose grid is
 * already recorded: a point that would add a grid is validated first.
 */
function unvalidatedFirstDay(doc: unknown, range: DateRange, grids: GridMemo): number | undefined {
  try {
    return gridOf(doc as SpecLike, range, grids).days[0];
  } catch {
    return undefined;
  }
}

/** The assets a spec's panels can hold: its static universe (+ a cash-interest proxy), or every data file. */
function assetsOf(spec: SpecLike, tickers: () => string[]): Asset[] {
  const byId = new Map<string, Asset>();
  if ('index' in spec.universe) {
    for (const t of tickers()) byId.set(t, { id: t, symbol: t });
  } else {
    for (const a of spec.universe as readonly Asset[]) byId.set(a.id, a);
  }
  const cash = (spec.execution as { cashInterest?: unknown } | undefined)?.cashInterest;
  const proxy = typeof cash === 'object' && cash !== null ? (cash as { asset?: unknown }).asset : undefined;
  if (typeof proxy === 'string' && !byId.has(proxy)) byId.set(proxy, { id: proxy, symbol: proxy });
  return [...byId.values()];
}

/**
 * Load the data of a sweep once. `shared: false` uses ordinary ArrayBuffers (a sweep in the calling
 * thread). Returns undefined when no point's spec is valid or the data cannot be listed: the sweep then
 * runs as without sharing, and each point reports what is wrong exactly as before.
 */
export async function shareSweepData(
  input: ShareInput,
  options: {
    shared?: boolean;
    /**
     * Threads that parse part of the data (`loadSweepSlices` over the same data and calendar): the
     * pool's workers, before their first point.
     */
    helpers?: (slice: SweepSliceTask) => Promise<AssetLoad[]>[];
  } = {},
): Promise<SharedSweepData | undefined> {
  // The first point that plans decides the calendar and the assets; every distinct grid is recorded.
  let base: SpecLike | undefined;
  const byFirstDay = new Map<number, SessionGrid>();
  const grids: GridMemo = { grids: new Map(), featureWarmups: new Map() };
  for (const point of expandGrid(input.axes)) {
    const doc = specForPoint(input.spec, input.axes, point);
    // Validating every point costs ~1 ms each in this thread while the workers wait: a point whose
    // grid is already recorded (most sweeps move thresholds, not lookbacks) adds nothing to load.
    if (base !== undefined) {
      const first = unvalidatedFirstDay(doc, input.range, grids);
      if (first !== undefined && byFirstDay.has(first)) continue;
    }
    const plan = pointPlan(doc, input.range, grids);
    if (!plan) continue;
    base ??= plan.spec;
    const first = plan.grid.days[0];
    if (first !== undefined && !byFirstDay.has(first)) byFirstDay.set(first, plan.grid);
  }
  if (!base) return undefined; // no point gets as far as its data: each row says why
  let feed: ReturnType<typeof createSweepFeed>;
  let assets: Asset[];
  let to: Date;
  let calendar: ReturnType<typeof getCalendar>;
  try {
    calendar = getCalendar(base.calendar ?? 'XNYS');
    to = clipToCalendar(input.range, calendar).range.to;
    // Files are read asset by asset and copied into the shared blocks: keep only the last one parsed.
    feed = createSweepFeed(input.data, calendar, { cacheFiles: false });
    assets = assetsOf(base, () => feed.tickers());
  } catch {
    return undefined; // e.g. no such folder: every point says so
  }
  const helpers = options.helpers;
  const code = calendar.code;
  const source = await buildPanelSource(feed, assets, [...byFirstDay.values()], to, {
    ...(input.data.strict ? { policy: { strict: true } } : {}),
    shared: options.shared !== false,
    ...(helpers
      ? { helpers: (task: PanelSliceTask) => helpers({ data: input.data, calendar: code, task }) }
      : {}),
  });
  const indexes: SharedIndex[] = [];
  for (const name of feed.indexNames()) {
    try {
      indexes.push({
        name,
        memberships: await feed.members(name, ALL_TIME),
        events: await feed.events(name, ALL_TIME),
      });
    } catch {
      // an unreadable membership file: left to the CSV feed, which reports it where it is used
    }
  }
  const data = source.toData();
  // Workers read the base spec's features from shared memory too (a sweep in the calling thread has
  // one runtime and needs no copy).
  const features =
    options.shared === false
      ? undefined
      : await shareFeatures({
          spec: base,
          source: data,
          indexes,
          data: input.data,
          range: input.range,
          createCsvFeed: () => createSweepFeed(input.data, calendar),
        });
  return { source: data, indexes, ...(features ? { features } : {}) };
}
