/**
 * The session grid every column is aligned to, and the small slice of the Calendar contract
 * (`@tactical/calendars`) the loader needs to build one.
 */
import type { SessionGrid } from '../features/types.js';
import type { DateRange } from './types.js';

/** Milliseconds per day. */
export const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01 UTC) of a Date; the time of day is ignored. */
export function dayOf(t: Date): number {
  return Math.floor(t.getTime() / MS_PER_DAY);
}

/** Midnight-UTC Date of a day number. */
export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoOfDay(day: number): string {
  return dateOfDay(day).toISOString().slice(0, 10);
}

/**
 * What the loader needs from a calendar: session day numbers over a range and session offsets.
 * Every `Calendar` of `@tactical/calendars` satisfies it structurally.
 */
export interface GridCalendar {
  /** Exchange code, part of feature cache keys (the grid depends on it). */
  readonly code?: string;
  /** First and last day the calendar answers for. */
  readonly bounds?: { readonly first: Date; readonly last: Date };
  /** Sessions in `[from, to)` as day numbers. */
  sessionDays(range: { from: Date; to: Date }): Int32Array;
  /** The session `n` sessions away (n < 0: strictly before `t`). */
  offset(t: Date, n: number): Date;
}

/**
 * A grid over sessions `days` whose first `start` entries are warm-up. `indexOfDay` is O(1) through a
 * dense table over the span of the grid (about 1.4 entries per session).
 */
export function makeSessionGrid(days: Int32Array, start: number): SessionGrid {
  if (start < 0 || start > days.length) throw new RangeError(`grid start ${start} outside 0..${days.length}`);
  const first = days.length > 0 ? days[0]! : 0;
  const span = days.length > 0 ? days[days.length - 1]! - first + 1 : 0;
  const table = new Int32Array(span).fill(-1);
  for (let i = 0; i < days.length; i++) {
    const d = days[i]! - first;
    if (d < 0 || (i > 0 && days[i]! <= days[i - 1]!))
      throw new RangeError('grid days must be strictly ascending');
    table[d] = i;
  }
  const dates = Object.freeze(Array.from(days, (d) => dateOfDay(d)));
  return {
    days,
    dates,
    start,
    indexOfDay(day: number): number {
      const d = day - first;
      return d >= 0 && d < span ? table[d]! : -1;
    },
  };
}

/**
 * The grid for `range` with `warmup` sessions before it: sessions from `calendar.offset(range.from,
 * -warmup)` (clamped to the calendar's first day) up to `range.to` (exclusive).
 */
export function gridFor(calendar: GridCalendar, range: DateRange, warmup: number): SessionGrid {
  if (!(range.from.getTime() < range.to.getTime())) {
    throw new RangeError(`empty range [${range.from.toISOString()}, ${range.to.toISOString()})`);
  }
  if (!Number.isInteger(warmup) || warmup < 0)
    throw new RangeError(`warmup must be an integer >= 0, got ${warmup}`);
  let from = range.from;
  if (warmup > 0) {
    try {
      from = calendar.offset(range.from, -warmup);
    } catch (e) {
      // Not enough history in the calendar: start at its first day (early values stay NaN).
      if (!calendar.bounds || !(e instanceof RangeError)) throw e;
      from = calendar.bounds.first;
    }
  }
  const days = calendar.sessionDays({ from, to: range.to });
  const fromDay = dayOf(range.from);
  let start = 0;
  while (start < days.length && days[start]! < fromDay) start++;
  return makeSessionGrid(days, start);
}
