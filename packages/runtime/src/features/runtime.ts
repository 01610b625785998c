/**
 * FeatureRuntime (seed 003): loads the panel once for the longest warm-up the features need, then
 * computes every feature once, through the feature cache, aligned to one session grid.
 *
 * ```ts
 * const runtime = new FeatureRuntime({ dataFeed, featureCache: new MemoryFeatureCache(), range, freq: '1d' });
 * const set = await runtime.prepare({ features: spec.features, universe, calendar });
 * set.get('spy_sma50'); // { id, scope: 'scalar', values: Float64Array } aligned to set.panel.grid
 * ```
 */
import type { Calendar } from '@tactical/calendars';
import { periodBounds, periodIndex } from '@tactical/calendars';
import type { CalendarFeature, ExprFeature, ExprOp, ExprOperand, Feature } from '@tactical/spec';
import { dateOfDay, gridFor } from '../data/grid.js';
import { loadPanelOnGrid } from '../data/panel.js';
import type { DataPolicy } from '../data/policy.js';
import type { Asset, DataFeed, DateRange, Frequency } from '../data/types.js';
import { canonicalJson, type FeatureCache, featureKeyer, fnv1a64, MemoryFeatureCache } from './cache.js';
import { aggregateSeries } from './cross-asset.js';
import { delay } from './kernels/delay.js';
import { drawdown } from './kernels/drawdown.js';
import { ema } from './kernels/ema.js';
import type { Kernel } from './kernels/kernel.js';
import { ret } from './kernels/return.js';
import { rsi } from './kernels/rsi.js';
import { sampledSeries } from './kernels/sampled.js';
import { sma } from './kernels/sma.js';
import { volatility } from './kernels/volatility.js';
import { FeatureError, type PlannedFeature, planFeatures } from './plan.js';
import type { AssetColumns, FeatureSet, FeatureValues, Panel, SessionGrid } from './types.js';
import { eventSeries, indexEventDays, resolveDynamicUniverse, sessionDistance } from './universe.js';

/** Options of `FeatureRuntime`. */
export interface FeatureRuntimeOptions {
  /** Where bars come from. */
  dataFeed: DataFeed;
  /** Where computed series are kept (default: a new 256 MiB MemoryFeatureCache). */
  featureCache?: FeatureCache;
  /** Default range of `prepare` (half-open, midnight-UTC days). */
  range: DateRange;
  /** Bar frequency: only '1d'. */
  freq: Frequency;
  /** Data policy overrides (see data/policy.ts). */
  policy?: Partial<DataPolicy>;
  /**
   * Identifies the data in cache keys (default 'default'). Give distinct values when one cache is
   * shared by runtimes over different data.
   */
  dataKey?: string;
}

/** What `prepare` computes. */
export interface PrepareInput {
  /** The spec's features (any order; expressions may reference later ones). */
  features: readonly Feature[];
  /**
   * The assets per-asset features are computed for (and scalar features' assets come from). Ignored
   * when `index` is given (pass `[]`).
   */
  universe: readonly Asset[];
  /**
   * A dynamic universe (`universe: { index }` of a spec): the assets are resolved point in time through
   * `dataFeed.members(index, ...)` — every member at some grid session that has data — and
   * `Panel.membership` masks each asset to its membership sessions. Members without data are skipped
   * with a counted `missing_member_data` warning. Also the default index of `event` features.
   */
  index?: string;
  /** The exchange calendar whose sessions make the grid. */
  calendar: Calendar;
  /** Overrides the runtime's range. */
  range?: DateRange;
  /**
   * Sessions of history needed before the range besides the features' own lookbacks (the rule
   * tree's weightings, see compile/lookback.ts). The grid's warm-up is the larger of the two.
   */
  warmup?: number;
}

/** A Float64Array of NaN. */
function nans(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN);
}

type PriceColumn = 'open' | 'high' | 'low' | 'close' | 'adjClose' | 'volume';
const FIELD: Record<string, PriceColumn> = {
  open: 'open',
  high: 'high',
  low: 'low',
  close: 'close',
  adj_close: 'adjClose',
  volume: 'volume',
};

/** The kernel and params of a windowed bar feature. */
function kernelOf(f: Feature): { kernel: Kernel<never>; params: unknown } | undefined {
  switch (f.kind) {
    case 'sma':
      return { kernel: sma as Kernel<never>, params: { period: f.period } };
    case 'ema':
      return { kernel: ema as Kernel<never>, params: { period: f.period } };
    case 'rsi':
      return { kernel: rsi as Kernel<never>, params: { period: f.period } };
    case 'return':
      return { kernel: ret as Kernel<never>, params: { period: f.period } };
    case 'volatility':
      return {
        kernel: volatility as Kernel<never>,
        params: { period: f.period, annualize: f.annualize ?? false },
      };
    case 'drawdown':
      return { kernel: drawdown as Kernel<never>, params: { period: f.period } };
    default:
      return undefined;
  }
}

/** Apply one expression op elementwise; NaN for division by zero and log of non-positive. */
function applyOp(op: ExprOp, args: readonly (number | Float64Array)[], n: number, id: string): Float64Array {
  const arity: Partial<Record<ExprOp, number>> = { neg: 1, abs: 1, log: 1, sub: 2, div: 2 };
  const want = arity[op];
  if (want !== undefined ? args.length !== want : args.length < 2) {
    throw new FeatureError(
      'invalid_feature',
      id,
      `'${op}' takes ${want ?? '2 or more'} argument(s), got ${args.length}`,
    );
  }
  // One loop per op over whole series (a constant argument is read as `c`, a series as `s[i]`), the
  // arguments folded left to right as before; non-finite results become NaN at the end.
  const out = new Float64Array(n);
  const series = args.map((x) => (typeof x === 'number' ? null : x));
  const consts = args.map((x) => (typeof x === 'number' ? x : 0));
  const s0 = series[0]!;
  const c0 = consts[0]!;
  if (s0 !== null) {
    out.set(s0.subarray(0, n));
    out.fill(Number.NaN, s0.length); // (series are grid-long; a shorter one reads NaN past its end)
  } else out.fill(c0);
  switch (op) {
    case 'neg':
      for (let i = 0; i < n; i++) out[i] = -out[i]!;
      break;
    case 'abs':
      for (let i = 0; i < n; i++) out[i] = Math.abs(out[i]!);
      break;
    case 'log':
      for (let i = 0; i < n; i++) {
        const x = out[i]!;
        out[i] = x > 0 ? Math.log(x) : Number.NaN;
      }
      break;
    case 'sub': {
      const s = series[1]!;
      const c = consts[1]!;
      for (let i = 0; i < n; i++) out[i] = out[i]! - (s !== null ? s[i]! : c);
      break;
    }
    case 'div': {
      const s = series[1]!;
      const c = consts[1]!;
      for (let i = 0; i < n; i++) {
        const d = s !== null ? s[i]! : c;
        out[i] = d === 0 ? Number.NaN : out[i]! / d;
      }
      break;
    }
    default:
      for (let k = 1; k < args.length; k++) {
        const s = series[k]!;
        const c = consts[k]!;
        if (op === 'add') for (let i = 0; i < n; i++) out[i] = out[i]! + (s !== null ? s[i]! : c);
        else if (op === 'mul') for (let i = 0; i < n; i++) out[i] = out[i]! * (s !== null ? s[i]! : c);
        else if (op === 'min') for (let i = 0; i < n; i++) out[i] = Math.min(out[i]!, s !== null ? s[i]! : c);
        else for (let i = 0; i < n; i++) out[i] = Math.max(out[i]!, s !== null ? s[i]! : c);
      }
  }
  for (let i = 0; i < n; i++) {
    const v = out[i]!;
    if (!(v - v === 0)) out[i] = Number.NaN; // not finite (inline test)
  }
  return out;
}

/** Computes spec features over a calendar's sessions, once per feature, through a cache. */
export class FeatureRuntime {
  private readonly feed: DataFeed;
  private readonly cache: FeatureCache;
  private readonly range: DateRange;
  private readonly freq: Frequency;
  private readonly policy: Partial<DataPolicy> | undefined;
  private readonly dataKey: string;
  /** The most recently loaded panels (at most 2), keyed by assets, grid, end and policy. */
  private panels: { key: string; panel: Panel }[] = [];
  /** Panel loads done (a cache hit does not count); for tests and benchmarks. */
  panelLoads = 0;

  constructor(options: FeatureRuntimeOptions) {
    if (options.freq !== '1d')
      throw new TypeError(`FeatureRuntime: freq must be '1d', got '${options.freq}'`);
    this.feed = options.dataFeed;
    this.cache = options.featureCache ?? new MemoryFeatureCache();
    this.range = options.range;
    this.freq = options.freq;
    this.policy = options.policy;
    this.dataKey = options.dataKey ?? 'default';
  }

  /** The cache in use (its `stats` show hits, misses, evictions). */
  get featureCache(): FeatureCache {
    return this.cache;
  }

  /**
   * Load the data once (warm-up = the longest lookback of `features`, nested refs and delays
   * included) and compute every feature. Throws FeatureError for an inconsistent feature list,
   * DataError for data the policy rejects.
   */
  async prepare(input: PrepareInput): Promise<FeatureSet> {
    const range = input.range ?? this.range;
    let panel: Panel;
    let plan: ReturnType<typeof planFeatures>;
    if (input.index !== undefined) {
      // The warm-up does not depend on the assets: plan once without them to size the grid, then
      // again against the resolved members (so asset references are checked against them).
      const warmup = Math.max(planFeatures(input.features, [], input.index, false).warmup, input.warmup ?? 0);
      const grid = gridFor(input.calendar, range, warmup);
      const resolved = await resolveDynamicUniverse(this.feed, input.index, grid, range.to);
      plan = planFeatures(input.features, resolved.assets, input.index);
      const loaded = await this.loadPanel(resolved.assets, grid, input.calendar.code, range.to);
      // Every property named, in one order: a spread of `loaded` gives each run's panel a map of
      // its own once V8's clone cache goes megamorphic, and code specialised on panels (the book's
      // marks, the fills) is then deoptimised and recompiled run after run.
      panel = {
        grid: loaded.grid,
        assets: loaded.assets,
        columns: loaded.columns,
        membership: resolved.membership,
        issues: [...loaded.issues, ...resolved.issues],
      };
    } else {
      plan = planFeatures(input.features, input.universe);
      const grid = gridFor(input.calendar, range, Math.max(plan.warmup, input.warmup ?? 0));
      panel = await this.loadPanel(input.universe, grid, input.calendar.code, range.to);
    }
    const grid = panel.grid;
    const n = grid.days.length;
    const gridId = [input.calendar.code, grid.days[0] ?? 0, grid.days[n - 1] ?? 0, n] as const;
    const columnsById = new Map(panel.columns.map((c) => [c.asset.id, c]));
    const values = new Map<string, FeatureValues>();

    const keyOf = featureKeyer({
      grid: gridId,
      freq: this.freq,
      policy: this.policy ?? null,
      data: this.dataKey,
    });
    // Series of asset `asset` (null: of no asset) under the identity `identity` (+ `extra` inputs).
    const cached = (
      kind: string,
      identity: string,
      asset: Asset | null,
      extra: string | null,
      compute: () => Float64Array,
    ): Float64Array => {
      const key = keyOf(kind, identity, asset, extra);
      const hit = this.cache.get(key);
      if (hit) return hit;
      const v = compute();
      this.cache.set(key, v);
      return v;
    };
    // What a per-asset feature's series are keyed on besides the asset (kind, identity, and the
    // per-asset extra inputs of event features): a cross section's key is made of the same parts,
    // for every panel asset in order, so it is exact too.
    const crossParts = new Map<
      string,
      { kind: string; identity: string; extras: readonly string[] | null }
    >();
    // Which assets the universe resolved to (and from which index), for series of no single asset
    // whose values depend on them: hashed once per prepare, when first needed.
    let universe: string | undefined;
    const universeDigest = (): string =>
      (universe ??= fnv1a64(
        canonicalJson([input.index ?? null, panel.assets.map((a) => [a.id, a.symbol, a.exchange ?? null])]),
      ));
    const crossSection = (id: string): Float64Array => {
      const v = values.get(id);
      const parts = crossParts.get(id);
      if (v === undefined || v.scope !== 'per_asset' || parts === undefined)
        throw new FeatureError('unknown_feature', id, 'no per-asset feature of this id was prepared');
      const over =
        parts.extras === null ? universeDigest() : fnv1a64(`${universeDigest()}\n${parts.extras.join('\n')}`);
      return cached('cross_section', `${parts.kind}:${parts.identity}`, null, over, () =>
        transpose(v.values, n),
      );
    };
    // The closes and memberships come from the data, the grid and the index: the key's parts.
    const liveMask = (): Float64Array =>
      cached('live_mask', 'members', null, universeDigest(), () => live(panel, n));
    const withDelay = (
      p: PlannedFeature,
      asset: Asset | null,
      core: () => Float64Array,
      extra: string | null = null,
    ): Float64Array => {
      const kind = p.feature.kind;
      const d = p.feature.delay ?? 0;
      // A bar series is keyed on its unbound parameters plus the asset it is computed on.
      const ids = p.bar ?? p;
      if (d === 0) return cached(kind, ids.identity, asset, extra, core);
      return cached(kind, ids.identity, asset, extra, () => {
        const base = cached(kind, ids.undelayedIdentity, asset, extra, core);
        const out = new Float64Array(base.length);
        delay.compute(base, { n: d }, out);
        return out;
      });
    };
    // Period-end masks of the calendar (1 = last session of the month / ISO week), for `sample`.
    const ends = new Map<string, Uint8Array>();
    const endMask = (every: 'Weekly' | 'Monthly'): Uint8Array => {
      let m = ends.get(every);
      if (m === undefined) {
        const left = calendarSeries(
          { id: '_', kind: 'calendar', period: every, measure: 'sessions_to_period_end' },
          input.calendar,
          grid.days,
        );
        m = Uint8Array.from(left, (x) => (x === 0 ? 1 : 0));
        ends.set(every, m);
      }
      return m;
    };
    const barSeries = (f: Feature, cols: AssetColumns): Float64Array => {
      if (f.kind === 'field') return cols.fields.get(f.field) ?? nans(n);
      const field = 'field' in f && f.field ? f.field : 'close';
      const input = cols[FIELD[field] ?? 'close'];
      if ((f.kind === 'sma' || f.kind === 'return') && f.sample !== undefined) {
        const { every, newest } = f.sample;
        return sampledSeries(input, endMask(every), f.kind, f.period, newest ?? 'period_end');
      }
      const k = kernelOf(f);
      // `price` and the like are the panel's own column: series are read-only, no copy is needed.
      if (!k) return input;
      const out = new Float64Array(n);
      k.kernel.compute(input, k.params as never, out);
      return out;
    };
    const exprSeries = (f: ExprFeature, assetIndex: number): Float64Array => {
      const operand = (a: ExprOperand): number | Float64Array => {
        if (typeof a === 'number') return a;
        if ('ref' in a) {
          const v = values.get(a.ref)!;
          return v.scope === 'scalar' ? v.values : v.values[assetIndex]!;
        }
        return applyOp(a.op, a.args.map(operand), n, f.id);
      };
      return applyOp(f.op, f.args.map(operand), n, f.id);
    };

    const distance = sessionDistance(input.calendar);
    for (const p of plan.order) {
      const f = p.feature;
      const id = f.id;
      if (f.kind === 'event') {
        const index = p.canonical.index as string;
        const { byAsset } = await indexEventDays(this.feed, index, f.event, grid);
        const extras: string[] = [];
        const per = panel.assets.map((a) => {
          const mine = byAsset.get(a.id);
          extras.push(mine?.hash ?? 'none');
          const events = mine?.events ?? [];
          // The asset's events are part of what determines the series: key on a hash of them.
          return withDelay(p, a, () => eventSeries(grid, events, distance), mine?.hash ?? 'none');
        });
        values.set(id, { id, scope: 'per_asset', values: per });
        crossParts.set(id, { kind: f.kind, identity: (p.bar ?? p).identity, extras });
      } else if (f.kind === 'calendar') {
        const v = withDelay(p, null, () => calendarSeries(f, input.calendar, grid.days));
        values.set(id, { id, scope: 'scalar', values: v });
      } else if (f.kind === 'aggregate' || f.kind === 'asset_value') {
        const of = values.get(f.of.ref)!.values as readonly Float64Array[];
        const pos = (id: string) => panel.assets.findIndex((a) => a.id === id);
        if (f.kind === 'asset_value') {
          const k = pos(typeof f.asset === 'string' ? f.asset : f.asset.id);
          values.set(id, { id, scope: 'scalar', values: withDelay(p, null, () => of[k]!) });
        } else {
          const positions = Int32Array.from(f.assets?.map(pos) ?? panel.assets.map((_, k) => k));
          const right = f.where?.right;
          // The value depends on which assets the universe resolved to: key on them.
          const over = universeDigest();
          const v = withDelay(
            p,
            null,
            () =>
              aggregateSeries({
                op: f.op,
                of,
                positions,
                ...(panel.membership ? { membership: panel.membership } : {}),
                ...(f.where && right !== undefined
                  ? {
                      where: {
                        op: f.where.op,
                        right:
                          typeof right === 'number' ? right : (values.get(right.ref)!.values as Float64Array),
                      },
                    }
                  : {}),
                n,
              }),
            over,
          );
          values.set(id, { id, scope: 'scalar', values: v });
        }
      } else if (f.kind === 'expr') {
        if (p.scope === 'scalar') {
          values.set(id, { id, scope: 'scalar', values: withDelay(p, null, () => exprSeries(f, -1)) });
        } else {
          const per = panel.assets.map((a, i) => withDelay(p, a, () => exprSeries(f, i)));
          values.set(id, { id, scope: 'per_asset', values: per });
          crossParts.set(id, { kind: f.kind, identity: (p.bar ?? p).identity, extras: null });
        }
      } else if (p.asset) {
        const cols = columnsById.get(p.asset.id)!;
        values.set(id, { id, scope: 'scalar', values: withDelay(p, cols.asset, () => barSeries(f, cols)) });
      } else {
        const per = panel.columns.map((cols) => withDelay(p, cols.asset, () => barSeries(f, cols)));
        values.set(id, { id, scope: 'per_asset', values: per });
        crossParts.set(id, { kind: f.kind, identity: (p.bar ?? p).identity, extras: null });
      }
    }
    return makeFeatureSet(panel, values, crossSection, liveMask);
  }

  /**
   * Load (or reuse) the panel of `assets` on `grid`. The two most recent panels are kept, keyed by
   * asset ids, grid (calendar code, every session day), range end and policy: repeated prepares over
   * the same data (sweeps, a service deciding day by day on one range) parse nothing again.
   */
  private async loadPanel(
    assets: readonly Asset[],
    grid: SessionGrid,
    calendarCode: string,
    to: Date,
  ): Promise<Panel> {
    const key = fnv1a64(
      canonicalJson({
        a: assets.map((a) => [a.id, a.symbol, a.exchange ?? null]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
        c: calendarCode,
        g: fnv1a64(Array.prototype.join.call(grid.days, ',')),
        s: grid.start,
        t: to.getTime(),
        p: this.policy ?? null,
        f: this.freq,
      }),
    );
    const k = this.panels.findIndex((e) => e.key === key);
    if (k >= 0) {
      const hit = this.panels[k]!;
      this.panels.splice(k, 1);
      this.panels.unshift(hit);
      return hit.panel;
    }
    const panel = await loadPanelOnGrid(this.feed, assets, grid, to, {
      freq: this.freq,
      ...(this.policy ? { policy: this.policy } : {}),
    });
    this.panelLoads++;
    this.panels.unshift({ key, panel });
    this.panels.length = Math.min(this.panels.length, 2);
    return panel;
  }
}

function makeFeatureSet(
  panel: Panel,
  values: ReadonlyMap<string, FeatureValues>,
  crossSection: (id: string) => Float64Array,
  liveMask: () => Float64Array,
): FeatureSet {
  return {
    panel,
    get(id: string): FeatureValues {
      const v = values.get(id);
      if (!v) throw new FeatureError('unknown_feature', id, 'no such feature was prepared');
      return v;
    },
    crossSection,
    liveMask,
  };
}

/** FeatureSet.liveMask: 1 where asset a is a member with a bar at session i, at [i × assets + a]. */
function live(panel: Panel, n: number): Float64Array {
  const nA = panel.assets.length;
  const out = new Float64Array(nA * n);
  for (let a = 0; a < nA; a++) {
    const close = panel.columns[a]!.close;
    const member = panel.membership?.[a];
    for (let i = 0; i < n; i++) {
      const c = close[i]!;
      // biome-ignore lint/suspicious/noSelfCompare: the NaN test
      if (c === c && (member === undefined || member[i] === 1)) out[i * nA + a] = 1;
    }
  }
  return out;
}

/** Series of `series.length` assets over n sessions, session-major (see FeatureSet.crossSection). */
function transpose(series: readonly Float64Array[], n: number): Float64Array {
  const nA = series.length;
  const out = new Float64Array(nA * n);
  for (let a = 0; a < nA; a++) {
    const s = series[a]!;
    for (let i = 0; i < n; i++) out[i * nA + a] = s[i]!;
  }
  return out;
}

/**
 * `session_of_period` (1-based) or `sessions_to_period_end` (0 on the last session) for each grid
 * session. Periods cut by the grid's ends are completed from the calendar, so the first and last
 * values are exact; past the calendar's last day the end is taken as the grid's end.
 */
export function calendarSeries(f: CalendarFeature, calendar: Calendar, days: Int32Array): Float64Array {
  const n = days.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const [start] = periodBounds(days[0]!, f.period);
  const [, end] = periodBounds(days[n - 1]!, f.period);
  let all: Int32Array;
  try {
    all = calendar.sessionDays({ from: dateOfDay(start), to: dateOfDay(end) });
  } catch {
    all = days;
  }
  const idx = new Float64Array(all.length);
  for (let k = 0; k < all.length; k++) idx[k] = periodIndex(all[k]!, f.period);
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k < all.length && all[k]! < days[i]!) k++;
    let a = k;
    while (a > 0 && idx[a - 1] === idx[k]) a--;
    if (f.measure === 'session_of_period') {
      out[i] = k - a + 1;
    } else {
      let b = k;
      while (b + 1 < all.length && idx[b + 1] === idx[k]) b++;
      out[i] = b - k;
    }
  }
  return out;
}
