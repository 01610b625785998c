/**
 * Contract between the feature runtime (data + kernels) and the compiler/evaluator.
 *
 * Everything is columnar and aligned to one session grid: index i is the i-th session of the
 * grid; a value at index i depends only on bars at indices <= i (no look-ahead).
 */
import type { Asset } from '../data/types.js';

/** The sessions a computation runs over, ascending. The grid starts `warmup` sessions before
 *  the requested range so the first session inside the range already has valid values. */
export interface SessionGrid {
  /** Day numbers (days since 1970-01-01 UTC), ascending. */
  readonly days: Int32Array;
  /** Same sessions as midnight-UTC Dates (allocated once). */
  readonly dates: readonly Date[];
  /** Index of the first session inside the requested range (= number of warm-up sessions). */
  readonly start: number;
  /** Grid index of a session day number, or -1 when it is not in the grid. */
  indexOfDay(day: number): number;
}

/** One asset's bars aligned to the grid. NaN marks "no bar" (before listing, after delisting, gaps). */
export interface AssetColumns {
  readonly asset: Asset;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  /** Adjusted close; equals `close` where the feed gives none. */
  readonly adjClose: Float64Array;
  readonly volume: Float64Array;
  /** Extra data columns by name (seed 001's net payout yield as `npy`). */
  readonly fields: ReadonlyMap<string, Float64Array>;
}

/** A data problem found while loading, with where it was found. */
export interface DataIssue {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** How to fix it. */
  hint?: string;
  file?: string;
  line?: number;
  asset?: string;
  /** How many times it occurred (warnings are aggregated per code and asset). */
  count?: number;
  /** The first few places it occurred (file, line, ISO day). */
  locations?: { file?: string; line?: number; day?: string }[];
}

/** The loaded market data: assets sorted by id, columns in the same order. */
export interface Panel {
  readonly grid: SessionGrid;
  readonly assets: readonly Asset[];
  readonly columns: readonly AssetColumns[];
  /** Point-in-time membership per asset (1 = member at session i), present for dynamic universes. */
  readonly membership?: readonly Uint8Array[];
  /** Warnings counted while loading (errors throw a DataError instead). */
  readonly issues: readonly DataIssue[];
}

/** The computed values of one feature. */
export type FeatureValues =
  | { readonly id: string; readonly scope: 'scalar'; readonly values: Float64Array }
  | { readonly id: string; readonly scope: 'per_asset'; readonly values: readonly Float64Array[] };

/** All features of a spec computed over one grid, plus the data they came from. */
export interface FeatureSet {
  readonly panel: Panel;
  /** Throws a programmer error for an unknown id (validation rules that out for valid specs). */
  get(id: string): FeatureValues;
  /**
   * The per-asset feature `id` laid out session-major: asset a at session i is at
   * `[i * panel.assets.length + a]`. The same numbers as `get(id)`, for rules that read every asset
   * at one session (a select's filter), where reading one value from each asset's own series
   * touches as many memory pages as there are assets. Optional: without it the series are read.
   */
  crossSection?(id: string): Float64Array;
  /**
   * Session-major 1/0 (same layout as `crossSection`): 1 where the panel asset is a member (dynamic
   * universes) and has a bar (its close is not NaN) at the session — who a `select` may consider.
   * Optional, like `crossSection`.
   */
  liveMask?(): Float64Array;
}
