/**
 * The Calendar contract (compatible with seed 003's, and richer).
 *
 * Conventions:
 * - A session is identified by the midnight-UTC `Date` of its local trading date (seed 003), e.g.
 *   `new Date('2024-07-03T00:00:00Z')`. ISO `YYYY-MM-DD` strings are accepted wherever a day is taken.
 * - A `t` that is not midnight UTC is read as its UTC calendar date (time of day is ignored).
 * - `DayNumber` = whole days since 1970-01-01 (UTC); the compact internal form, used by hot paths.
 * - Ranges are half-open `[from, to)`, as seed 003's runtime uses them.
 * - Outside `bounds` every query throws `CalendarRangeError` (a RangeError naming the bounds).
 */

/** A day: midnight-UTC Date or ISO `YYYY-MM-DD` string. */
export type DayInput = Date | string;

/** Whole days since 1970-01-01 UTC. */
export type DayNumber = number;

/** Half-open day range `[from, to)`. */
export interface DayRange {
  from: DayInput;
  to: DayInput;
}

/** Open and close of one session as UTC instants (early closes included). */
export interface SessionSchedule {
  open: Date;
  close: Date;
}

/** A weekday on which the exchange is closed. */
export interface Holiday {
  date: Date;
  name: string;
}

/**
 * An exchange calendar: which days are sessions, their open/close instants, and session arithmetic.
 * Implemented by `ExchangeCalendar` (NYSE, LSE, custom); the runtime codes against this contract.
 */
export interface Calendar {
  /** ISO 10383 MIC, e.g. 'XNYS'. */
  readonly code: string;
  /** IANA zone of the exchange, e.g. 'America/New_York'. */
  readonly timezone: string;
  /** First and last day the calendar answers for (inclusive). */
  readonly bounds: { readonly first: Date; readonly last: Date };

  /** Is `t`'s date a session? */
  isOpen(t: DayInput): boolean;
  /** First session strictly after `t` (t need not be a session). */
  next(t: DayInput): Date;
  /** Last session strictly before `t` (t need not be a session). */
  previous(t: DayInput): Date;
  /** Sessions in `[from, to)`. */
  sessions(range: DayRange): Date[];
  /** Sessions in `[from, to)` as day numbers (no Date allocation per session). */
  sessionDays(range: DayRange): Int32Array;
  /** Open/close instants; throws if `t` is not a session. */
  schedule(t: DayInput): SessionSchedule;
  /** True when the session closes before the regular close; throws if not a session. */
  isEarlyClose(t: DayInput): boolean;
  /** Weekday closures in `[from, to)`, with names. */
  holidays(range: DayRange): Holiday[];
  /** The session `n` sessions away. `t` must be a session when n = 0; otherwise n > 0 counts sessions
   *  strictly after t and n < 0 sessions strictly before t. */
  offset(t: DayInput, n: number): Date;
  /** Number of sessions in `[a, b)` (negative when b < a): offset(a, distance(a, b)) === b for sessions. */
  distance(a: DayInput, b: DayInput): number;
}
