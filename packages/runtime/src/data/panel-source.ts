/**
 * A panel held in memory once and served to every `loadPanelOnGrid` request it can answer exactly.
 *
 * A `PanelSource` holds the columns of its assets over one day axis (the widest grid a sweep needs:
 * the largest warm-up) in a few big `Float64Array`s — one block per field, asset after asset — that
 * may live in `SharedArrayBuffer`s, so worker threads read the same memory. It knows a set of
 * *variants*: grids that are suffixes of its axis (smaller warm-ups, same range end), each recorded by
 * the real loader (panel-source-build.ts). A request is served only when it matches a variant
 * exactly — same first day, same sessions, same range end, same data policy, every asset loaded — and
 * then its columns are `subarray` views of the shared blocks (no copy), its issues are the variant's
 * issues of the requested assets, identical to what the loader would report. Anything else returns
 * `undefined` and `loadPanelOnGrid` reads bars from the feed as usual: a source never guesses.
 *
 * Why variants instead of one slice: the loader's checks look back (a `large_move` compares with the
 * previous bar, a `long_gap` with the previous session) and only see bars from the grid's first day,
 * so the warnings of a shorter warm-up are not a subset one can cut out of the longer one's.
 *
 * The source is plain data (`PanelSourceData`): typed arrays plus metadata, so `structuredClone` or
 * `postMessage` carries it to a worker, where `new PanelSource(data)` rebuilds it over the same
 * shared memory.
 */
import type { AssetColumns, DataIssue, Panel, SessionGrid } from '../features/types.js';
import { type DataPolicy, DEFAULT_DATA_POLICY } from './policy.js';
import type { Asset, DataFeed } from './types.js';

/** The standard columns, in block order. */
export const STANDARD_FIELDS = ['open', 'high', 'low', 'close', 'adjClose', 'volume'] as const;

/** `PanelSourceData.present` of an asset the feed's has() threw for (asked again of the feed). */
export const UNKNOWN = 255;

/** One recorded grid: a suffix of the axis starting at `start`, as the real loader loaded it. */
export interface PanelVariantData {
  /** Axis index of the grid's first session. */
  start: number;
  /** Per asset: 1 when the loader loaded it on this grid (0: it threw, e.g. a fatal data problem). */
  loaded: Uint8Array;
  /** Per asset × extra field (`asset * extraFields.length + f`): 1 when the panel had that field. */
  fieldPresent: Uint8Array;
  /** The loader's warnings per asset (index into `assets`). */
  issues: DataIssue[][];
  /**
   * Assets whose columns on this grid differ from the axis columns cut at `start` (a policy that
   * drops a bar because of the bar before it, e.g. `largeMove: 'drop'`, or an asset that only loads
   * on the shorter grid): their own grid-long columns, standard then `fields` in the same layout.
   */
  own: { asset: number; standard: Float64Array; fields: string[]; extra: Float64Array }[];
}

/** Everything a `PanelSource` is made of, as plain structured-cloneable data. */
export interface PanelSourceData {
  /** Session day numbers of the axis (the widest variant's grid). */
  days: Int32Array;
  /** Range end (ms since epoch) every variant was loaded with. */
  to: number;
  /** The data policy the variants were loaded under (all fields). */
  policy: DataPolicy;
  /** Assets sorted by id. */
  assets: Asset[];
  /** Per asset: 1 / 0 when the feed had / had no data for it (`LocatingFeed.has`), `UNKNOWN` when has() threw. */
  present: Uint8Array;
  /** `STANDARD_FIELDS.length × assets × days` values: field block, then asset, then session. */
  standard: Float64Array;
  /** Names of the extra fields (`Bar.fields`) any asset has. */
  extraFields: string[];
  /** `extraFields.length × assets × days` values, same layout (NaN where an asset lacks the field). */
  extra: Float64Array;
  variants: PanelVariantData[];
}

/** A feed that can serve panels from memory (checked at the top of `loadPanelOnGrid`). */
export interface PanelSourceFeed extends DataFeed {
  panelSource(): PanelSource;
}

/** True when `feed` implements `PanelSourceFeed`. */
export function hasPanelSource(feed: DataFeed): feed is PanelSourceFeed {
  return typeof (feed as Partial<PanelSourceFeed>).panelSource === 'function';
}

/** What `PanelSource.loadPanel` is asked (the arguments of `loadPanelOnGrid`). */
export interface PanelRequestOptions {
  policy?: Partial<DataPolicy>;
  freq?: string;
}

function samePolicy(a: DataPolicy, b: DataPolicy): boolean {
  for (const key of Object.keys(DEFAULT_DATA_POLICY) as (keyof DataPolicy)[]) {
    if (!Object.is(a[key], b[key])) return false;
  }
  return true;
}

/** The loader's issue order: by asset, then code (IssueCollector.issues). */
function byAssetThenCode(a: DataIssue, b: DataIssue): number {
  return (a.asset ?? '').localeCompare(b.asset ?? '') || a.code.localeCompare(b.code);
}

function standardColumns(
  asset: Asset,
  column: (field: number) => Float64Array,
  fields: Map<string, Float64Array>,
): AssetColumns {
  return {
    asset,
    open: column(0),
    high: column(1),
    low: column(2),
    close: column(3),
    adjClose: column(4),
    volume: column(5),
    fields,
  };
}

/** A read-only in-memory panel over one day axis; see the module comment. */
export class PanelSource {
  readonly data: PanelSourceData;
  private readonly byId = new Map<string, number>();
  private readonly byStart = new Map<number, PanelVariantData>();
  /** Panels served / requests declined (for tests and benchmarks). */
  served = 0;
  declined = 0;

  constructor(data: PanelSourceData) {
    const nA = data.assets.length;
    const nD = data.days.length;
    const nF = data.extraFields.length;
    if (data.standard.length !== STANDARD_FIELDS.length * nA * nD || data.extra.length !== nF * nA * nD) {
      throw new RangeError('PanelSource: column blocks do not match the axis and asset counts');
    }
    this.data = data;
    data.assets.forEach((a, k) => {
      this.byId.set(a.id, k);
    });
    for (const v of data.variants) this.byStart.set(v.start, v);
  }

  /** The message that rebuilds this source elsewhere (shared buffers stay shared). */
  toData(): PanelSourceData {
    return this.data;
  }

  /** Index of `asset` in the source when the source holds that exact asset (id, symbol, exchange). */
  private indexOf(asset: Asset): number | undefined {
    const k = this.byId.get(asset.id);
    if (k === undefined) return undefined;
    const mine = this.data.assets[k]!;
    return mine.symbol === asset.symbol && (mine.exchange ?? null) === (asset.exchange ?? null)
      ? k
      : undefined;
  }

  /** True/false when the source knows whether the feed has data for `asset`; undefined when it does not. */
  has(asset: Asset): boolean | undefined {
    const k = this.indexOf(asset);
    const present = k === undefined ? UNKNOWN : this.data.present[k];
    return present === UNKNOWN ? undefined : present === 1;
  }

  /** The axis index of `day`, or -1. */
  private axisIndex(day: number): number {
    const days = this.data.days;
    let lo = 0;
    let hi = days.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = days[mid]!;
      if (d === day) return mid;
      if (d < day) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * The panel `loadPanelOnGrid(feed, assets, grid, to, options)` would return, with columns that
   * are views of this source's memory; `undefined` when this source cannot answer it exactly.
   */
  loadPanel(
    assets: readonly Asset[],
    grid: SessionGrid,
    to: Date,
    options: PanelRequestOptions = {},
  ): Panel | undefined {
    const panel = this.answer(assets, grid, to, options);
    if (panel) this.served++;
    else this.declined++;
    return panel;
  }

  private answer(
    assets: readonly Asset[],
    grid: SessionGrid,
    to: Date,
    options: PanelRequestOptions,
  ): Panel | undefined {
    const d = this.data;
    if ((options.freq ?? '1d') !== '1d' || to.getTime() !== d.to) return undefined;
    if (!samePolicy({ ...DEFAULT_DATA_POLICY, ...options.policy }, d.policy)) return undefined;
    const n = grid.days.length;
    if (n === 0) return undefined;
    const start = this.axisIndex(grid.days[0]!);
    const variant = start < 0 ? undefined : this.byStart.get(start);
    if (!variant || start + n !== d.days.length) return undefined;
    for (let i = 0; i < n; i++) if (grid.days[i] !== d.days[start + i]) return undefined;
    const sorted = [...assets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const at: number[] = [];
    for (let j = 0; j < sorted.length; j++) {
      if (j > 0 && sorted[j]!.id === sorted[j - 1]!.id) return undefined; // the loader throws for it
      const k = this.indexOf(sorted[j]!);
      if (k === undefined || variant.loaded[k] !== 1) return undefined;
      at.push(k);
    }
    const own = new Map(variant.own.map((o) => [o.asset, o]));
    const nA = d.assets.length;
    const nD = d.days.length;
    const nF = d.extraFields.length;
    const columns = sorted.map((asset, j): AssetColumns => {
      const k = at[j]!;
      const mine = own.get(k);
      const fields = new Map<string, Float64Array>();
      if (mine) {
        // Own columns are grid-long: cut by field only.
        const column = (block: Float64Array, f: number) => block.subarray(f * n, (f + 1) * n);
        mine.fields.forEach((name, f) => {
          fields.set(name, column(mine.extra, f));
        });
        return standardColumns(asset, (f) => column(mine.standard, f), fields);
      }
      // Shared blocks are axis-long: cut at the grid's first session.
      const column = (block: Float64Array, f: number) =>
        block.subarray((f * nA + k) * nD + start, (f * nA + k + 1) * nD);
      for (let f = 0; f < nF; f++) {
        if (variant.fieldPresent[k * nF + f] === 1) fields.set(d.extraFields[f]!, column(d.extra, f));
      }
      return standardColumns(asset, (f) => column(d.standard, f), fields);
    });
    const issues = sorted
      .flatMap((_, j) => variant.issues[at[j]!]!.map((issue) => structuredClone(issue)))
      .sort(byAssetThenCode);
    return { grid, assets: sorted, columns, issues };
  }
}
