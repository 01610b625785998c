/**
 * The data policy (policy.ts) applied to one asset's rows in file order, whatever holds the rows:
 * `Bar` objects from a feed or a file's typed columns. It decides where each row goes on the session
 * grid, or that it is dropped, and reports what it found; writing the values is the caller's part.
 *
 * Each row is checked in this order and counts at most one issue: date order (`unsorted_dates`,
 * `duplicate_date`), session (`off_session`), values (`invalid_value`, `non_positive_price`,
 * `implausible_value`), then `large_move` against the previous row with a usable close. `long_gap`
 * is checked between consecutive on-session rows and does not drop.
 */
import type { SessionGrid } from '../features/types.js';
import { isoOfDay } from './grid.js';
import type { DataPolicy, IssueCollector, SourceLocation } from './policy.js';

/** One asset's rows as columns; `adjClose` undefined when the rows have none. */
export interface RowValues {
  readonly days: Int32Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly adjClose: Float64Array | undefined;
  readonly volume: Float64Array;
}

/**
 * Where rows of one asset go on the grid. Values are read from typed columns (never passed as
 * arguments: a double crossing a call that is not inlined is boxed, an allocation per value).
 */
export class AssetRowPolicy {
  private prev = Number.NEGATIVE_INFINITY; // day of the previous row in order
  private prevSession = -1; // grid index of the previous on-session row
  private prevClose = Number.NaN; // close of the previous row with a usable close

  constructor(
    private readonly grid: SessionGrid,
    private readonly policy: DataPolicy,
    private readonly issues: IssueCollector,
    private readonly asset: string,
    /** File and line of row `k`, for issues (called only when there is an issue). */
    private readonly where: (k: number) => SourceLocation | undefined,
  ) {}

  /**
   * Grid index to write row `k` of `values` at, or -1 when it is dropped. Throws a DataError where
   * the policy says `'error'` (or under strict mode).
   */
  place(values: RowValues, k: number): number {
    const { policy, issues, asset } = this;
    const day = values.days[k]!;
    const open = values.open[k]!;
    const high = values.high[k]!;
    const low = values.low[k]!;
    const close = values.close[k]!;
    const volume = values.volume[k]!;
    const adjClose = values.adjClose?.[k];
    if (day <= this.prev) {
      const dup = day === this.prev;
      issues.report(
        dup ? policy.duplicateDates : policy.unsortedDates,
        dup ? 'duplicate_date' : 'unsorted_dates',
        dup ? `second bar on ${isoOfDay(day)}` : `${isoOfDay(day)} comes after ${isoOfDay(this.prev)}`,
        asset,
        this.where(k),
        isoOfDay(day),
      );
      return -1;
    }
    this.prev = day;
    const i = this.grid.indexOfDay(day);
    if (i < 0) {
      issues.report(
        policy.offSession,
        'off_session',
        `${isoOfDay(day)} is not a session`,
        asset,
        this.where(k),
        isoOfDay(day),
      );
      return -1;
    }
    if (this.prevSession >= 0 && i - this.prevSession - 1 > policy.gapSessions) {
      issues.report(
        policy.longGap,
        'long_gap',
        `${i - this.prevSession - 1} sessions without a bar before ${isoOfDay(day)} (after ${isoOfDay(this.grid.days[this.prevSession]!)})`,
        asset,
        this.where(k),
        isoOfDay(day),
      );
    }
    this.prevSession = i;
    const adj = adjClose ?? 1; // a row without adj close is checked on OHLCV only
    if (
      !(
        Number.isFinite(open) &&
        Number.isFinite(high) &&
        Number.isFinite(low) &&
        Number.isFinite(close) &&
        Number.isFinite(volume) &&
        Number.isFinite(adj)
      )
    ) {
      const at = this.where(k);
      const values = valuesText(open, high, low, close, adjClose, volume);
      issues.report(
        policy.invalidValue,
        'invalid_value',
        `${at?.detail ?? `empty or non-numeric value (${values})`} on ${isoOfDay(day)}`,
        asset,
        at,
        isoOfDay(day),
      );
      return policy.invalidValue === 'warn' ? i : -1;
    }
    if (!(open > 0 && high > 0 && low > 0 && close > 0 && volume >= 0 && adj > 0)) {
      issues.report(
        policy.nonPositivePrice,
        'non_positive_price',
        `non-positive value on ${isoOfDay(day)} (${valuesText(open, high, low, close, adjClose, volume)})`,
        asset,
        this.where(k),
        isoOfDay(day),
      );
      if (policy.nonPositivePrice !== 'warn') return -1;
    }
    const max = policy.maxPrice;
    if (
      !(
        open <= max &&
        high <= max &&
        low <= max &&
        close <= max &&
        volume <= policy.maxVolume &&
        (adjClose === undefined || adjClose <= max)
      )
    ) {
      issues.report(
        policy.implausibleValue,
        'implausible_value',
        `implausible magnitude on ${isoOfDay(day)} (${valuesText(open, high, low, close, adjClose, volume)}; limits: price ${policy.maxPrice}, volume ${policy.maxVolume})`,
        asset,
        this.where(k),
        isoOfDay(day),
      );
      if (policy.implausibleValue !== 'warn') return -1;
    }
    const before = this.prevClose;
    this.prevClose = close;
    const ratio = close / before;
    if (ratio > policy.moveRatio || ratio < 1 / policy.moveRatio) {
      issues.report(
        policy.largeMove,
        'large_move',
        `close moved ${ratio > 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}% in one session on ${isoOfDay(day)} (${before} → ${close}; threshold ×${policy.moveRatio} either way)`,
        asset,
        this.where(k),
        isoOfDay(day),
      );
      if (policy.largeMove !== 'warn') return -1;
    }
    return i;
  }
}

/** A row's values as issue messages print them. */
function valuesText(
  open: number,
  high: number,
  low: number,
  close: number,
  adjClose: number | undefined,
  volume: number,
): string {
  return `o=${open} h=${high} l=${low} c=${close}${adjClose !== undefined ? ` adj=${adjClose}` : ''} v=${volume}`;
}
