/**
 * The one query class every calendar is: it answers from a compiled `CalendarIndex` and never sees a
 * rule. Every query is O(1) (rank-array reads) except range listings, and allocates nothing beyond the
 * `Date`s it returns.
 *
 * Input conventions (all methods): a day is a midnight-UTC `Date` or an ISO `YYYY-MM-DD` string; a
 * `Date` with a time of day is read as its UTC calendar date (so `2024-07-03T23:00Z` is 2024-07-03,
 * even though that instant is already Jul 4 in some zones: sessions are named by their local date and
 * carried as midnight UTC, as in seed 003). Outside `bounds` every method throws `CalendarRangeError`.
 */
import type { Calendar, DayInput, DayRange, Holiday, SessionSchedule } from '../calendar.js';
import { formatWallTime, fromDay, isoDate, monthIndexOfDay, toDay } from '../days.js';
import { CalendarInputError, CalendarRangeError, type IsoBounds, NotSessionError } from '../errors.js';
import type { ExchangeDefinition } from '../rules/vocabulary.js';
import { type CalendarIndex, compile, hoursOn } from './compile.js';
import { type ZoneOffsets, zoneOffsets } from './timezone.js';

/** An early close as listed by `earlyCloses()`. */
export interface EarlyCloseDay {
  /** The session (midnight UTC of its local date). */
  readonly date: Date;
  /** Local wall close time `HH:MM`. */
  readonly localClose: string;
  /** Close instant (UTC). */
  readonly close: Date;
  /** Rule or event name. */
  readonly name: string;
}

const compiled = new WeakMap<ExchangeDefinition, CalendarIndex>();

/**
 * A calendar over a compiled session index. Built-in exchanges subclass it with a no-argument
 * constructor (`new NYSEExchangeCalendar()`); `customCalendar` builds one from a holiday list.
 */
export class ExchangeCalendar implements Calendar {
  /** ISO 10383 MIC, e.g. 'XNYS'. */
  readonly code: string;
  /** Human name, e.g. 'New York Stock Exchange'. */
  readonly name: string;
  /** IANA zone of the exchange. */
  readonly timezone: string;
  /** First and last day the calendar answers for (inclusive), midnight UTC. */
  readonly bounds: { readonly first: Date; readonly last: Date };
  /** The compiled index (read-only; exposed for tools that scan sessions in bulk). */
  readonly index: CalendarIndex;
  private readonly zone: ZoneOffsets;
  private readonly isoBounds: IsoBounds;
  private readonly nSessions: number;
  private flags: Uint8Array | undefined;

  /** Wrap a compiled index. Prefer `ExchangeCalendar.fromDefinition` (it caches compilation). */
  constructor(index: CalendarIndex) {
    this.index = index;
    this.code = index.code;
    this.name = index.name;
    this.timezone = index.timezone;
    this.zone = zoneOffsets(index.timezone);
    this.bounds = Object.freeze({ first: fromDay(index.firstDay), last: fromDay(index.lastDay) });
    this.isoBounds = Object.freeze({ first: isoDate(index.firstDay), last: isoDate(index.lastDay) });
    this.nSessions = index.sessions.length;
  }

  /** Compile a definition (once per definition object; later calls reuse the index) and wrap it. */
  static fromDefinition(def: ExchangeDefinition): ExchangeCalendar {
    return new ExchangeCalendar(compiledIndex(def));
  }

  // ---- day-number API (no Date allocation; for hot loops and the period helpers) ----

  /** Day number of `t`, checked against the bounds. */
  dayOf(t: DayInput, param = 't'): number {
    const d = toDay(t, param);
    if (d < this.index.firstDay || d > this.index.lastDay) throw this.outOfRange(param, d);
    return d;
  }

  /** Is day number `d` a session? `d` must lie within the bounds. */
  isSessionDay(d: number, param = 't'): boolean {
    const i = this.rankIndex(d, param);
    return this.index.rank[i + 1]! - this.index.rank[i]! === 1;
  }

  /** First session day strictly after `d`; throws `CalendarRangeError` when none lies within the bounds. */
  nextDay(d: number, param = 't'): number {
    const r = this.index.rank[this.rankIndex(d, param) + 1]!;
    if (r >= this.nSessions) throw this.noSession(param, d, 'after');
    return this.index.sessions[r]!;
  }

  /** Last session day strictly before `d`; throws `CalendarRangeError` when none lies within the bounds. */
  previousDay(d: number, param = 't'): number {
    const r = this.index.rank[this.rankIndex(d, param)]! - 1;
    if (r < 0) throw this.noSession(param, d, 'before');
    return this.index.sessions[r]!;
  }

  /** Number of sessions in days `[a, b)`; both may be up to `lastDay + 1` (half-open end). */
  countDays(a: number, b: number, paramA = 'a', paramB = 'b'): number {
    return this.index.rank[this.edgeIndex(b, paramB)]! - this.index.rank[this.edgeIndex(a, paramA)]!;
  }

  /**
   * Per-session bit flags, computed on first use: bit b set when session i is the last of its period
   * (b: 0 Weekly, 1 Monthly, 2 Quarterly, 3 Yearly), i.e. the next session lies in another period.
   * Lets `isRebalanceDay` answer a session with one array read. The last session has no flags (its
   * successor is unknown), so callers must not consult index `sessionCount - 1`.
   */
  get periodEndFlags(): Uint8Array {
    if (this.flags === undefined) {
      const s = this.index.sessions;
      const flags = new Uint8Array(s.length);
      for (let i = 0; i + 1 < s.length; i++) {
        const a = s[i]!;
        const b = s[i + 1]!;
        const ma = monthIndexOfDay(a);
        const mb = monthIndexOfDay(b);
        flags[i] =
          (Math.floor((a + 3) / 7) !== Math.floor((b + 3) / 7) ? 1 : 0) |
          (ma !== mb ? 2 : 0) |
          (Math.floor(ma / 3) !== Math.floor(mb / 3) ? 4 : 0) |
          (Math.floor(ma / 12) !== Math.floor(mb / 12) ? 8 : 0);
      }
      this.flags = flags;
    }
    return this.flags;
  }

  // ---- the Calendar contract ----

  /** Is `t`'s date a session? Any day within the bounds may be asked (weekends and holidays → false). */
  isOpen(t: DayInput): boolean {
    return this.isSessionDay(toDay(t));
  }

  /** First session strictly after `t`'s date; `t` need not be a session. Throws when none is within bounds. */
  next(t: DayInput): Date {
    return fromDay(this.nextDay(toDay(t)));
  }

  /** Last session strictly before `t`'s date; `t` need not be a session. Throws when none is within bounds. */
  previous(t: DayInput): Date {
    return fromDay(this.previousDay(toDay(t)));
  }

  /** Sessions in `[from, to)` (dates, any days); `to` may be the day after `bounds.last`. Empty when to ≤ from. */
  sessions(range: DayRange): Date[] {
    const days = this.sessionView(range);
    const out = new Array<Date>(days.length);
    for (let i = 0; i < days.length; i++) out[i] = fromDay(days[i]!);
    return out;
  }

  /** Sessions in `[from, to)` as day numbers (a fresh copy: callers may keep or change it). */
  sessionDays(range: DayRange): Int32Array {
    return this.sessionView(range).slice();
  }

  /** Sessions in `[from, to)` as a view into the index: internal, never handed out. */
  private sessionView(range: DayRange): Int32Array {
    const a = this.index.rank[this.edgeIndex(toDay(range.from, 'range.from'), 'range.from')]!;
    const b = this.index.rank[this.edgeIndex(toDay(range.to, 'range.to'), 'range.to')]!;
    return this.index.sessions.subarray(a, Math.max(a, b));
  }

  /**
   * Open and close instants of the session on `t`'s date (local wall times converted with the zone's
   * DST rules of that date; early closes included). Throws `NotSessionError` when `t` is not a session.
   */
  schedule(t: DayInput): SessionSchedule {
    const d = this.sessionDay(t, 't');
    const open = hoursOn(this.index.open, d);
    const close = this.index.early.get(d)?.minutes ?? hoursOn(this.index.close, d);
    return { open: new Date(this.zone.localToUtc(d, open)), close: new Date(this.zone.localToUtc(d, close)) };
  }

  /** Does the session on `t`'s date close before the regular close? Throws `NotSessionError` when not a session. */
  isEarlyClose(t: DayInput): boolean {
    return this.index.early.has(this.sessionDay(t, 't'));
  }

  /** Weekday closures (holidays and one-off closures) in `[from, to)`, ascending, with names. */
  holidays(range: DayRange): Holiday[] {
    const from = toDay(range.from, 'range.from');
    const to = toDay(range.to, 'range.to');
    this.edgeIndex(from, 'range.from');
    this.edgeIndex(to, 'range.to');
    const out: Holiday[] = [];
    for (let d = from; d < to; d++) {
      const name = this.index.closed.get(d);
      if (name !== undefined) out.push({ date: fromDay(d), name });
    }
    return out;
  }

  /** Early closes in `[from, to)`, ascending, with local and UTC close. */
  earlyCloses(range: DayRange): EarlyCloseDay[] {
    const out: EarlyCloseDay[] = [];
    for (const d of this.sessionView(range)) {
      const e = this.index.early.get(d);
      if (e !== undefined) {
        out.push({
          date: fromDay(d),
          localClose: formatWallTime(e.minutes),
          close: new Date(this.zone.localToUtc(d, e.minutes)),
          name: e.name,
        });
      }
    }
    return out;
  }

  /**
   * The session `n` sessions away from `t`'s date. n > 0 counts sessions strictly after, n < 0 strictly
   * before (so `t` need not be a session); n = 0 returns `t` itself and requires it to be a session.
   * Throws `CalendarRangeError` (param 'n') when the answer lies outside the bounds.
   */
  offset(t: DayInput, n: number): Date {
    if (!Number.isInteger(n)) throw new CalendarInputError('n', n, 'not an integer');
    const d = toDay(t);
    if (n === 0) return fromDay(this.sessionDay(d, 't'));
    const i = this.rankIndex(d, 't');
    const r = n > 0 ? this.index.rank[i + 1]! + n - 1 : this.index.rank[i]! + n;
    if (r < 0 || r >= this.nSessions) {
      throw new CalendarRangeError(
        this.code,
        'n',
        String(n),
        this.isoBounds,
        `which from ${isoDate(d)} lands ${n > 0 ? 'after the last' : 'before the first'} session within the bounds`,
      );
    }
    return fromDay(this.index.sessions[r]!);
  }

  /**
   * Number of sessions in `[a, b)`, negative (minus the sessions in `[b, a)`) when b < a, so that
   * `offset(a, distance(a, b)) === b` for sessions a, b. Either end may be the day after `bounds.last`.
   */
  distance(a: DayInput, b: DayInput): number {
    return this.countDays(toDay(a, 'a'), toDay(b, 'b'));
  }

  /** The first session within the bounds. */
  get firstSession(): Date {
    return fromDay(this.index.sessions[0]!);
  }

  /** The last session within the bounds. */
  get lastSession(): Date {
    return fromDay(this.index.sessions[this.nSessions - 1]!);
  }

  /** Number of sessions within the bounds. */
  get sessionCount(): number {
    return this.nSessions;
  }

  // ---- internals ----

  /** Index into `rank` of an in-bounds day. */
  private rankIndex(d: number, param: string): number {
    if (d < this.index.firstDay || d > this.index.lastDay) throw this.outOfRange(param, d);
    return d - this.index.firstDay;
  }

  /** Index into `rank` of a half-open range edge: may be one past the last day. */
  private edgeIndex(d: number, param: string): number {
    if (d < this.index.firstDay || d > this.index.lastDay + 1) throw this.outOfRange(param, d);
    return d - this.index.firstDay;
  }

  /** Day number of `t`, which must be a session (else `NotSessionError` naming why it is closed). */
  private sessionDay(t: DayInput | number, param: string): number {
    const d = typeof t === 'number' ? t : toDay(t, param);
    if (this.isSessionDay(d, param)) return d;
    const reason = this.index.closed.get(d) ?? 'weekend';
    throw new NotSessionError(this.code, param, isoDate(d), reason);
  }

  private outOfRange(param: string, d: number): CalendarRangeError {
    const where =
      d < this.index.firstDay
        ? `which is before the calendar's first day ${this.isoBounds.first}`
        : `which is after the calendar's last day ${this.isoBounds.last}`;
    return new CalendarRangeError(this.code, param, isoDate(d), this.isoBounds, where);
  }

  private noSession(param: string, d: number, side: 'after' | 'before'): CalendarRangeError {
    const edge = side === 'after' ? this.index.sessions[this.nSessions - 1] : this.index.sessions[0];
    const which = side === 'after' ? 'last' : 'first';
    return new CalendarRangeError(
      this.code,
      param,
      isoDate(d),
      this.isoBounds,
      `and no session lies ${side} it within the bounds (${which} session ${edge === undefined ? 'none' : isoDate(edge)})`,
    );
  }
}

/** The compiled index of a definition, compiling on first use (one compile per definition object). */
export function compiledIndex(def: ExchangeDefinition): CalendarIndex {
  let index = compiled.get(def);
  if (index === undefined) {
    index = compile(def);
    compiled.set(def, index);
  }
  return index;
}
