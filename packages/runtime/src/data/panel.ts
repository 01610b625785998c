/**
 * Load bars into a columnar panel: one Float64Array per field per asset, aligned to the session grid.
 *
 * Every bar is checked against the `DataPolicy` (policy.ts) in this order, and counts at most one
 * issue: date order (`unsorted_dates`, `duplicate_date`), session (`off_session`), values
 * (`invalid_value`, `non_positive_price`, `implausible_value`), then `large_move` against the previous
 * bar of the file with a usable close. `long_gap` is checked between consecutive on-session bars and
 * does not drop. Kept bars are written at their session's index; sessions without a kept bar stay NaN
 * (before listing, after delisting, gaps, dropped bars), which restarts every running window.
 */
import type { AssetColumns, Panel, SessionGrid } from '../features/types.js';
import type { CsvDirectoryFeed } from './csv-feed.js';
import { dateOfDay, dayOf, type GridCalendar, gridFor, isoOfDay } from './grid.js';
import { isLocatingFeed } from './memory-feed.js';
import { hasPanelSource } from './panel-source.js';
import { type DataPolicy, DEFAULT_DATA_POLICY, IssueCollector, type SourceLocation } from './policy.js';
import type { Asset, Bar, DataFeed, DateRange, Frequency } from './types.js';

/** Options of `loadPanel`. */
export interface LoadPanelOptions {
  /** Sessions of history before `range.from` (the grid's `start`). Default 0. */
  warmup?: number;
  /** Overrides of the default data policy. */
  policy?: Partial<DataPolicy>;
  /** Bar frequency asked of the feed (only '1d'). */
  freq?: Frequency;
}

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

function isFiniteBar(b: Bar): boolean {
  return (
    Number.isFinite(b.open) &&
    Number.isFinite(b.high) &&
    Number.isFinite(b.low) &&
    Number.isFinite(b.close) &&
    Number.isFinite(b.volume) &&
    (b.adjClose === undefined || Number.isFinite(b.adjClose))
  );
}

function isPlausibleBar(b: Bar, maxPrice: number, maxVolume: number): boolean {
  return (
    b.open <= maxPrice &&
    b.high <= maxPrice &&
    b.low <= maxPrice &&
    b.close <= maxPrice &&
    b.volume <= maxVolume &&
    (b.adjClose === undefined || b.adjClose <= maxPrice)
  );
}

const values = (b: Bar) =>
  `o=${b.open} h=${b.high} l=${b.low} c=${b.close}${b.adjClose !== undefined ? ` adj=${b.adjClose}` : ''} v=${b.volume}`;

function isPositiveBar(b: Bar): boolean {
  return (
    b.open > 0 &&
    b.high > 0 &&
    b.low > 0 &&
    b.close > 0 &&
    b.volume >= 0 &&
    (b.adjClose === undefined || b.adjClose > 0)
  );
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
  const policy: DataPolicy = { ...DEFAULT_DATA_POLICY, ...options.policy };
  const sorted = sortAssets(assets);
  const n = grid.days.length;
  const issues = new IssueCollector(policy.strict);
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
      const cols: AssetColumns = { asset, open, high, low, close, adjClose, volume, fields };
      if (n === 0) return cols;
      if (isLocatingFeed(feed) && !feed.has(asset)) {
        issues.report(policy.missingAsset, 'missing_asset', `no data for ${asset.id}`, asset.id, undefined);
        return cols;
      }
      const where = (bar: Bar): SourceLocation | undefined =>
        isLocatingFeed(feed) ? feed.locate(asset, bar) : undefined;
      const write = (bar: Bar, i: number): void => {
        open[i] = bar.open;
        high[i] = bar.high;
        low[i] = bar.low;
        close[i] = bar.close;
        adjClose[i] = bar.adjClose ?? bar.close;
        volume[i] = bar.volume;
        if (bar.fields) {
          for (const name in bar.fields) {
            let col = fields.get(name);
            if (!col) fields.set(name, (col = nanColumn(n)));
            col[i] = bar.fields[name]!;
          }
        }
      };
      let prev = Number.NEGATIVE_INFINITY;
      let prevSession = -1; // grid index of the previous on-session bar
      let prevClose = Number.NaN; // close of the previous bar with a usable close
      const take = (bar: Bar): void => {
        const day = dayOf(bar.t);
        if (day <= prev) {
          const dup = day === prev;
          issues.report(
            dup ? policy.duplicateDates : policy.unsortedDates,
            dup ? 'duplicate_date' : 'unsorted_dates',
            dup ? `second bar on ${isoOfDay(day)}` : `${isoOfDay(day)} comes after ${isoOfDay(prev)}`,
            asset.id,
            where(bar),
            isoOfDay(day),
          );
          return;
        }
        prev = day;
        const i = grid.indexOfDay(day);
        if (i < 0) {
          issues.report(
            policy.offSession,
            'off_session',
            `${isoOfDay(day)} is not a session`,
            asset.id,
            where(bar),
            isoOfDay(day),
          );
          return;
        }
        if (prevSession >= 0 && i - prevSession - 1 > policy.gapSessions) {
          issues.report(
            policy.longGap,
            'long_gap',
            `${i - prevSession - 1} sessions without a bar before ${isoOfDay(day)} (after ${isoOfDay(grid.days[prevSession]!)})`,
            asset.id,
            where(bar),
            isoOfDay(day),
          );
        }
        prevSession = i;
        if (!isFiniteBar(bar)) {
          const at = where(bar);
          issues.report(
            policy.invalidValue,
            'invalid_value',
            `${at?.detail ?? `empty or non-numeric value (${values(bar)})`} on ${isoOfDay(day)}`,
            asset.id,
            at,
            isoOfDay(day),
          );
          if (policy.invalidValue !== 'warn') return;
          write(bar, i);
          return;
        }
        if (!isPositiveBar(bar)) {
          issues.report(
            policy.nonPositivePrice,
            'non_positive_price',
            `non-positive value on ${isoOfDay(day)} (${values(bar)})`,
            asset.id,
            where(bar),
            isoOfDay(day),
          );
          if (policy.nonPositivePrice !== 'warn') return;
        }
        if (!isPlausibleBar(bar, policy.maxPrice, policy.maxVolume)) {
          issues.report(
            policy.implausibleValue,
            'implausible_value',
            `implausible magnitude on ${isoOfDay(day)} (${values(bar)}; limits: price ${policy.maxPrice}, volume ${policy.maxVolume})`,
            asset.id,
            where(bar),
            isoOfDay(day),
          );
          if (policy.implausibleValue !== 'warn') return;
        }
        const before = prevClose;
        prevClose = bar.close;
        const ratio = bar.close / before;
        if (ratio > policy.moveRatio || ratio < 1 / policy.moveRatio) {
          issues.report(
            policy.largeMove,
            'large_move',
            `close moved ${ratio > 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}% in one session on ${isoOfDay(day)} (${before} → ${bar.close}; threshold ×${policy.moveRatio} either way)`,
            asset.id,
            where(bar),
            isoOfDay(day),
          );
          if (policy.largeMove !== 'warn') return;
        }
        write(bar, i);
      };
      const sync = (feed as Partial<CsvDirectoryFeed>).barsSync;
      if (typeof sync === 'function') {
        for (const bar of sync.call(feed, asset, fetchRange)) take(bar);
      } else {
        for await (const bar of feed.bars(asset, fetchRange, freq)) take(bar);
      }
      return cols;
    }),
  );
  return { grid, assets: sorted, columns, issues: issues.issues() };
}
