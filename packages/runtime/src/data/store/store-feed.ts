/**
 * `StoreFeed`: a DataFeed over a columnar store (format.ts) that serves whole panels itself
 * (`loadPanelOnGrid`, the hook of data/panel-feed.ts): columns are read from the Arrow file into
 * Float64Arrays the first time a field of an asset is used, so a spec that reads `close` never reads
 * `high`, `low` or `volume`. The import's warnings are replayed for the assets and sessions of the run,
 * in the order a CSV run reports them, through the run's own policy: a run gets the same
 * `issues` (or, under `strict`, the same first error) as the CSV folder would give.
 *
 * Membership: `ALL` is every asset of the store; other indexes come from the `universes` files, read
 * as `CsvDirectoryFeed` reads them (paths relative to the store folder unless absolute).
 */
import { getCalendar } from '@tactical/calendars';
import type { AssetColumns, Panel, SessionGrid } from '../../features/types.js';
import { idRecordOf } from '../../ids.js';
import { UniverseError } from '../../universe/errors.js';
import { ALL_INDEX, CsvDirectoryFeed, type IndexUniverseFiles } from '../csv-feed.js';
import { dateOfDay, dayOf, type GridCalendar, isoOfDay } from '../grid.js';
import type { LocatingFeed } from '../memory-feed.js';
import { type LoadPanelOptions, sortAssets } from '../panel.js';
import type { PanelFeed } from '../panel-feed.js';
import { type DataPolicy, DEFAULT_DATA_POLICY, IssueCollector, type SourceLocation } from '../policy.js';
import type { Asset, Bar, DateRange, Frequency, IndexEvent, Membership } from '../types.js';
import { MANIFEST_FILE, STORE_FIELDS, type StoredAsset, StoreError } from './format.js';
import { ColumnStore } from './read.js';

/**
 * An asset's extra fields, each read from the store the first time it is asked for: a spec that
 * never uses `npy` never reads it. Iteration (in the CSV header's order) reads every one.
 */
class LazyFields implements ReadonlyMap<string, Float64Array> {
  private readonly loaded = new Map<string, Float64Array>();
  private readonly known: ReadonlySet<string>;

  constructor(
    private readonly names: readonly string[],
    private readonly read: (name: string) => Float64Array,
  ) {
    this.known = new Set(names);
  }

  get size(): number {
    return this.names.length;
  }

  has(name: string): boolean {
    return this.known.has(name);
  }

  get(name: string): Float64Array | undefined {
    if (!this.known.has(name)) return undefined;
    let v = this.loaded.get(name);
    if (v === undefined) {
      v = this.read(name);
      this.loaded.set(name, v);
    }
    return v;
  }

  *entries(): MapIterator<[string, Float64Array]> {
    for (const name of this.names) yield [name, this.get(name)!];
  }

  *keys(): MapIterator<string> {
    yield* this.names;
  }

  *values(): MapIterator<Float64Array> {
    for (const name of this.names) yield this.get(name)!;
  }

  forEach(fn: (value: Float64Array, key: string, map: ReadonlyMap<string, Float64Array>) => void): void {
    for (const name of this.names) fn(this.get(name)!, name, this);
  }

  [Symbol.iterator](): MapIterator<[string, Float64Array]> {
    return this.entries();
  }
}

/** Options of `StoreFeed`. */
export interface StoreFeedOptions {
  /** The store folder. */
  dir: string;
  /** Point-in-time index universes by name (as in `CsvDirectoryFeed`). */
  universes?: Record<string, IndexUniverseFiles>;
  /** The calendar of the runs (default: the store's). A store of another calendar is an error. */
  calendar?: GridCalendar & { offset(t: Date, n: number): Date };
}

/** The axis index of grid row 0, after checking the grid's sessions are the store's (see loadPanelOnGrid). */
function alignGrid(grid: Int32Array, axis: Int32Array, manifestPath: string, calendar: string): number {
  const n = grid.length;
  const m = axis.length;
  if (n === 0 || m === 0) return 0;
  let g = 0; // first grid row on or after the axis start
  while (g < n && grid[g]! < axis[0]!) g++;
  let a: number; // axis index of grid row g
  if (g > 0) a = 0;
  else {
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (axis[mid]! < grid[0]!) lo = mid + 1;
      else hi = mid;
    }
    a = lo;
  }
  for (let i = g, j = a; i < n && j < m; i++, j++) {
    if (grid[i] !== axis[j]) {
      throw new StoreError(
        'calendar_mismatch',
        manifestPath,
        `the run's session ${isoOfDay(grid[i]!)} is not the store's session ${isoOfDay(axis[j]!)}: the store was imported on calendar ${calendar}`,
        `Run the spec on ${calendar}, or import the CSV folder again with its calendar (--calendar)`,
      );
    }
  }
  return a - g;
}

/** Non-strict parts of two policies are equal. */
function samePolicy(a: DataPolicy, b: DataPolicy): boolean {
  return (Object.keys(DEFAULT_DATA_POLICY) as (keyof DataPolicy)[]).every(
    (k) => k === 'strict' || a[k] === b[k],
  );
}

/** A DataFeed over a columnar store. */
export class StoreFeed implements LocatingFeed, PanelFeed {
  readonly store: ColumnStore;
  private readonly bySymbol = new Map<string, StoredAsset>();
  private readonly calendar: GridCalendar;
  private readonly membership: CsvDirectoryFeed | undefined;
  private readonly universes: Record<string, IndexUniverseFiles> | undefined;

  constructor(options: StoreFeedOptions) {
    this.store = ColumnStore.open(options.dir);
    for (const a of this.store.manifest.assets) this.bySymbol.set(a.symbol, a);
    this.calendar = options.calendar ?? getCalendar(this.store.manifest.calendar);
    this.store.sessions(this.calendar); // a store of another calendar fails here, naming both
    this.universes = options.universes;
    this.membership = options.universes
      ? new CsvDirectoryFeed({
          dir: options.dir,
          universes: options.universes,
          ...(options.calendar ? { calendar: options.calendar } : {}),
        })
      : undefined;
  }

  /** Names `members` and `events` answer for: `ALL` plus the configured universes, sorted. */
  indexNames(): string[] {
    return [...new Set([ALL_INDEX, ...Object.keys(this.universes ?? {})])].sort();
  }

  /** Tickers of the store, sorted. */
  tickers(): string[] {
    return this.store.manifest.assets.map((a) => a.symbol);
  }

  has(asset: Asset): boolean {
    return this.bySymbol.has(asset.symbol);
  }

  /** The store keeps no bar objects to locate; replayed warnings carry their CSV file:line. */
  locate(): SourceLocation | undefined {
    return undefined;
  }

  /** First and last day of any bar of the asset's CSV file (kept or dropped), or undefined. */
  span(asset: Asset): { first: Date; last: Date } | undefined {
    const s = this.bySymbol.get(asset.symbol)?.span;
    return s ? { first: new Date(`${s.first}T00:00:00Z`), last: new Date(`${s.last}T00:00:00Z`) } : undefined;
  }

  async members(index: string, range: DateRange): Promise<Membership[]> {
    if (this.membership && this.universes && Object.hasOwn(this.universes, index))
      return this.membership.members(index, range);
    if (index !== ALL_INDEX) throw this.unknownIndex(index);
    const from = new Date(0);
    return this.store.manifest.assets.map((a) => ({ asset: { id: a.id, symbol: a.symbol }, from }));
  }

  async events(index: string, range: DateRange): Promise<IndexEvent[]> {
    if (this.membership && this.universes && Object.hasOwn(this.universes, index))
      return this.membership.events(index, range);
    if (index !== ALL_INDEX) throw this.unknownIndex(index);
    return [];
  }

  private unknownIndex(index: string): UniverseError {
    const known = [ALL_INDEX, ...Object.keys(this.universes ?? {})].sort();
    return new UniverseError(
      'unknown_index',
      index,
      `no membership data for index '${index}' (this store knows: ${known.join(', ')}); pass its membership files (--members)`,
    );
  }

  /** Kept bars of the asset in `range` (sessions where the store has a close), ascending. */
  async *bars(asset: Asset, range: DateRange, _freq: Frequency): AsyncIterable<Bar> {
    const a = this.bySymbol.get(asset.symbol);
    if (!a || a.rows === 0) return;
    const axis = this.store.sessions(this.calendar);
    const cols = STORE_FIELDS.map((f) => {
      const out = new Float64Array(a.rows);
      this.store.read(a, f, a.start, a.rows, out, 0);
      return out;
    });
    const extraNames = this.store.extraFields(a, a.start, a.rows);
    const extra = extraNames.map((name) => {
      const out = new Float64Array(a.rows);
      this.store.readExtra(a, name, a.start, a.rows, out, 0);
      return out;
    });
    const [open, high, low, close, adjClose, volume] = cols as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    const from = dayOf(range.from);
    const to = dayOf(range.to);
    for (let r = 0; r < a.rows; r++) {
      const day = axis[a.start + r]!;
      if (day < from || day >= to || Number.isNaN(close[r]!)) continue;
      yield {
        t: dateOfDay(day),
        open: open[r]!,
        high: high[r]!,
        low: low[r]!,
        close: close[r]!,
        adjClose: adjClose[r]!,
        volume: volume[r]!,
        ...(extra.length > 0
          ? { fields: idRecordOf(extraNames.map((name, j) => [name, extra[j]![r]!] as const)) }
          : {}),
      };
    }
  }

  /**
   * The panel of `assets` on `grid` (bars in `[first grid day, to)`), as `loadPanelOnGrid` over the
   * CSV folder gives it: missing assets by the policy, stored warnings replayed for this range.
   */
  loadPanelOnGrid(assets: readonly Asset[], grid: SessionGrid, to: Date, options: LoadPanelOptions): Panel {
    const policy: DataPolicy = { ...DEFAULT_DATA_POLICY, ...options.policy };
    const manifestPath = `${this.store.dir}/${MANIFEST_FILE}`;
    if (!samePolicy(policy, this.store.manifest.policy)) {
      throw new StoreError(
        'policy_mismatch',
        manifestPath,
        'the run asks for a data policy other than the one the store was imported with',
        'Import the CSV folder again with the policy of the run (or run from the CSV folder)',
      );
    }
    const sorted = sortAssets(assets);
    const n = grid.days.length;
    const issues = options.issues ?? new IssueCollector(policy.strict);
    const axis = this.store.sessions(this.calendar);
    const a0 = alignGrid(grid.days, axis, manifestPath, this.store.manifest.calendar);
    const fromIso = n > 0 ? isoOfDay(grid.days[0]!) : '';
    const toIso = isoOfDay(dayOf(to));
    const columns = sorted.map((asset): AssetColumns => {
      const stored = n > 0 ? this.bySymbol.get(asset.symbol) : undefined;
      if (n > 0 && !stored)
        issues.report(policy.missingAsset, 'missing_asset', `no data for ${asset.id}`, asset.id, undefined);
      if (stored) {
        for (const i of stored.issues) {
          if (i.day < fromIso || i.day >= toIso) continue;
          if (
            (i.code === 'large_move' || i.code === 'long_gap') &&
            !(i.prev !== undefined && i.prev >= fromIso)
          )
            continue;
          const where = i.file !== undefined ? { file: i.file, line: i.line ?? 0 } : undefined;
          issues.report(i.action, i.code, i.detail, asset.id, where, i.day);
        }
      }
      return this.columns(asset, stored, a0, n);
    });
    return { grid, assets: sorted, columns, issues: issues.issues() };
  }

  /** Columns whose fields (standard and extra) are read from the store the first time each is used. */
  private columns(asset: Asset, stored: StoredAsset | undefined, a0: number, n: number): AssetColumns {
    const read = (copy: (s: StoredAsset, out: Float64Array) => void): Float64Array => {
      const out = new Float64Array(n);
      // NaN outside the stored rows (the file holds NaN for the gaps inside them)
      const lo = stored ? Math.min(n, Math.max(0, stored.start - a0)) : n;
      const hi = stored ? Math.max(lo, Math.min(n, stored.start + stored.rows - a0)) : n;
      out.fill(Number.NaN, 0, lo).fill(Number.NaN, hi, n);
      if (stored) copy(stored, out);
      return out;
    };
    const extra = stored ? this.store.extraFields(stored, a0, n) : [];
    const readExtra = (name: string) => read((s, out) => this.store.readExtra(s, name, a0, n, out, 0));
    const cols = { asset, fields: new LazyFields(extra, readExtra) } as unknown as Record<string, unknown>;
    for (const field of STORE_FIELDS) {
      Object.defineProperty(cols, field, {
        enumerable: true,
        configurable: true,
        get: () => {
          const out = read((s, o) => this.store.read(s, field, a0, n, o, 0));
          Object.defineProperty(cols, field, { value: out, enumerable: true, writable: false });
          return out;
        },
      });
    }
    return cols as unknown as AssetColumns;
  }
}
