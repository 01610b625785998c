/**
 * Load bars into a columnar panel: one Float64Array per field per asset, aligned to the session grid.
 *
 * Every row of an asset's data is checked against the `DataPolicy` in file order (row-policy.ts says
 * in which order and what each check counts). Kept rows are written at their session's index;
 * sessions without a kept row stay NaN (before listing, after delisting, gaps, dropped bars), which
 * restarts every running window.
 *
 * Two ways in, one policy: a feed that serves a file's rows as typed columns (`FileColumnsFeed`, the
 * CSV feed) is read column by column with no `Bar` objects; any other feed through `bars()`.
 */
import type { AssetColumns, Panel, SessionGrid } from '../features/types.js';
import { type FileColumns, isFileColumnsFeed } from './file-columns.js';
import { dateOfDay, dayOf, type GridCalendar, gridFor, MS_PER_DAY } from './grid.js';
import { isLocatingFeed } from './memory-feed.js';
import { isPanelFeed } from './panel-feed.js';
import { hasPanelSource } from './panel-source.js';
import { type DataPolicy, DEFAULT_DATA_POLICY, IssueCollector, type SourceLocation } from './policy.js';
import { AssetRowPolicy } from './row-policy.js';
import type { Asset, Bar, DataFeed, DateRange, Frequency } from './types.js';

/** Options of `loadPanel`. */
export interface LoadPanelOptions {
  /** Sessions of history before `range.from` (the grid's `start`). Default 0. */
  warmup?: number;
  /** Overrides of the default data policy. */
  policy?: Partial<DataPolicy>;
  /** Bar frequency asked of the feed (only '1d'). */
  freq?: Frequency;
  /** Collects the warnings (default: a new one per load); the store importer records them through it. */
  issues?: IssueCollector;
}

/** An asset's columns while they are written (extra fields are added as kept rows carry them). */
type LoadingColumns = AssetColumns & { readonly fields: Map<string, Float64Array> };

const col1 = () => new Float64Array(1);

function nanColumn(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN);
}

/** Sort assets by id and reject duplicate ids (a programmer error). */
export function sortAssets(assets: readonly Asset[]): Asset[] {
  const sorted = [...assets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id) throw new TypeError(`duplicate asset id '${sorted[i]!.id}'`);
  }
  return sorted;
}

/**
 * Load `assets` over `range` plus `warmup` sessions before it. Assets come out sorted by id; warnings
 * the policy tolerates are in `Panel.issues`; problems it makes fatal throw `DataError`.
 */
export async function loadPanel(
  feed: DataFeed,
  assets: readonly Asset[],
  calendar: GridCalendar,
  range: DateRange,
  options: LoadPanelOptions = {},
): Promise<Panel> {
  const grid = gridFor(calendar, range, options.warmup ?? 0);
  return loadPanelOnGrid(feed, assets, grid, range.to, options);
}

/** `loadPanel` over a grid already built (bars in `[grid first day, to)` are read). */
export async function loadPanelOnGrid(
  feed: DataFeed,
  assets: readonly Asset[],
  grid: SessionGrid,
  to: Date,
  options: LoadPanelOptions = {},
): Promise<Panel> {
  // A feed holding the panel in memory answers exactly what this loader would (panel-source.ts).
  const served = hasPanelSource(feed) ? feed.panelSource().loadPanel(assets, grid, to, options) : undefined;
  if (served) return served;
  // A columnar store serves its panels itself (store/store-feed.ts).
  if (isPanelFeed(feed)) return feed.loadPanelOnGrid(assets, grid, to, options);
  const policy: DataPolicy = { ...DEFAULT_DATA_POLICY, ...options.policy };
  const sorted = sortAssets(assets);
  const n = grid.days.length;
  const issues = options.issues ?? new IssueCollector(policy.strict);
  const fetchRange: DateRange = { from: n > 0 ? dateOfDay(grid.days[0]!) : to, to };
  const freq = options.freq ?? '1d';
  const columns = await Promise.all(
    sorted.map(async (asset): Promise<AssetColumns> => {
      const open = nanColumn(n);
      const high = nanColumn(n);
      const low = nanColumn(n);
      const close = nanColumn(n);
      const adjClose = nanColumn(n);
      const volume = nanColumn(n);
      const fields = new Map<string, Float64Array>();
      const cols: LoadingColumns = { asset, open, high, low, close, adjClose, volume, fields };
      if (n === 0) return cols;
      if (isLocatingFeed(feed) && !feed.has(asset)) {
        issues.report(policy.missingAsset, 'missing_asset', `no data for ${asset.id}`, asset.id, undefined);
        return cols;
      }
      if (isFileColumnsFeed(feed)) {
        const file = feed.fileColumns(asset);
        const where = (k: number): SourceLocation => {
          const detail = file.notes.get(k);
          return { file: file.file, line: file.lines[k]!, ...(detail !== undefined ? { detail } : {}) };
        };
        placeFileRows(file, fetchRange, cols, n, new AssetRowPolicy(grid, policy, issues, asset.id, where));
        return cols;
      }
      // A feed of Bars: each bar is copied into one-row columns for the policy.
      const one = {
        days: new Int32Array(1),
        open: col1(),
        high: col1(),
        low: col1(),
        close: col1(),
        volume: col1(),
      };
      const withAdj = { ...one, adjClose: col1() };
      const withoutAdj = { ...one, adjClose: undefined };
      let bar: Bar | undefined;
      const locating = isLocatingFeed(feed) ? feed : undefined;
      const rows = new AssetRowPolicy(grid, policy, issues, asset.id, () => locating?.locate(asset, bar!));
      for await (bar of feed.bars(asset, fetchRange, freq)) {
        one.days[0] = dayOf(bar.t);
        one.open[0] = bar.open;
        one.high[0] = bar.high;
        one.low[0] = bar.low;
        one.close[0] = bar.close;
        one.volume[0] = bar.volume;
        if (bar.adjClose !== undefined) withAdj.adjClose[0] = bar.adjClose;
        const i = rows.place(bar.adjClose !== undefined ? withAdj : withoutAdj, 0);
        if (i >= 0) writeBar(cols, n, bar, i);
      }
      return cols;
    }),
  );
  return { grid, assets: sorted, columns, issues: issues.issues() };
}

/** Place the rows of `file` dated in `range` on the grid (file order, the policy deciding each row). */
function placeFileRows(
  file: FileColumns,
  range: DateRange,
  cols: LoadingColumns,
  n: number,
  rows: AssetRowPolicy,
): void {
  const from = range.from.getTime();
  const to = range.to.getTime();
  const { days, open, high, low, close, volume } = file;
  const adjClose = file.adjClose;
  const fields = [...file.fields];
  const out = new Array<Float64Array | undefined>(fields.length);
  for (let k = 0; k < file.length; k++) {
    const t = days[k]! * MS_PER_DAY;
    if (t < from || t >= to) continue;
    const i = rows.place(file, k);
    if (i < 0) continue;
    cols.open[i] = open[k]!;
    cols.high[i] = high[k]!;
    cols.low[i] = low[k]!;
    cols.close[i] = close[k]!;
    cols.adjClose[i] = adjClose ? adjClose[k]! : close[k]!;
    cols.volume[i] = volume[k]!;
    for (let f = 0; f < fields.length; f++) {
      let column = out[f];
      if (!column) {
        // Created on the first kept row, as for a Bar's fields (a file with no kept row has none).
        const [name] = fields[f]!;
        column = cols.fields.get(name);
        if (!column) cols.fields.set(name, (column = nanColumn(n)));
        out[f] = column;
      }
      column[i] = fields[f]![1][k]!;
    }
  }
}

/** Write a kept bar at grid index `i`. */
function writeBar(cols: LoadingColumns, n: number, bar: Bar, i: number): void {
  cols.open[i] = bar.open;
  cols.high[i] = bar.high;
  cols.low[i] = bar.low;
  cols.close[i] = bar.close;
  cols.adjClose[i] = bar.adjClose ?? bar.close;
  cols.volume[i] = bar.volume;
  if (bar.fields) {
    const fields = cols.fields;
    for (const name in bar.fields) {
      let col = fields.get(name);
      if (!col) fields.set(name, (col = nanColumn(n)));
      col[i] = bar.fields[name]!;
    }
  }
}
