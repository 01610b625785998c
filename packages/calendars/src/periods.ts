/**
 * Rebalance periods (seed 003): which period a day belongs to, and where a session sits in it.
 *
 * Weekly periods are ISO 8601 weeks (Monday–Sunday, numbered by the year of their Thursday), so
 * 2021-01-01 is in '2020-W53'. Every function takes any `Calendar`; the package's own calendars get
 * an allocation-free fast path through their day-number API.
 */
import type { Calendar, DayInput } from './calendar.js';
import { dayFromCivil, fromDay, isoDate, monthIndexOfDay, toDay, weekdayOfDay, yearOfDay } from './days.js';
import { ExchangeCalendar } from './engine/exchange-calendar.js';
import { CalendarInputError, CalendarRangeError, NotSessionError } from './errors.js';

/** How often the rule tree runs (seed 003). */
export type RebalanceFrequency = 'Daily' | 'Weekly' | 'Monthly' | 'Quarterly' | 'Yearly';

/** A rebalance period longer than a day. */
export type Period = Exclude<RebalanceFrequency, 'Daily'>;

/** Bit of a period in `ExchangeCalendar#periodEndFlags`. */
function periodBit(period: Period): number {
  switch (period) {
    case 'Weekly':
      return 1;
    case 'Monthly':
      return 2;
    case 'Quarterly':
      return 4;
    case 'Yearly':
      return 8;
    default:
      throw new CalendarInputError(
        'freq',
        period,
        "not one of 'Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly'",
      );
  }
}

/** Days since the Monday that starts `day`'s ISO week (0 = Monday … 6 = Sunday). */
function isoWeekdayIndex(day: number): number {
  return (weekdayOfDay(day) + 6) % 7;
}

/**
 * Integer id of the period containing day number `day`: consecutive periods get consecutive ids,
 * so the runtime can find period boundaries over an Int32Array of sessions without strings.
 * - Daily: the day number itself.
 * - Weekly: ISO weeks since the week of 1970-01-01 (Monday-based; day 0 was a Thursday).
 * - Monthly: `year * 12 + (month - 1)`. Quarterly: `year * 4 + (quarter - 1)`. Yearly: the year.
 */
export function periodIndex(day: number, period: RebalanceFrequency): number {
  switch (period) {
    case 'Daily':
      return day;
    case 'Weekly':
      return Math.floor((day + 3) / 7);
    case 'Monthly':
      return monthIndexOfDay(day);
    case 'Quarterly':
      return Math.floor(monthIndexOfDay(day) / 3);
    case 'Yearly':
      return yearOfDay(day);
    default:
      throw new CalendarInputError(
        'period',
        period,
        "not one of 'Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly'",
      );
  }
}

/** First day and the day after the last day (`[start, end)`) of the period containing `day`. */
export function periodBounds(day: number, period: RebalanceFrequency): [start: number, end: number] {
  switch (period) {
    case 'Daily':
      return [day, day + 1];
    case 'Weekly': {
      const monday = day - isoWeekdayIndex(day);
      return [monday, monday + 7];
    }
    case 'Monthly':
    case 'Quarterly': {
      const mi = monthIndexOfDay(day);
      const first = period === 'Monthly' ? mi : mi - (mi % 3);
      const next = first + (period === 'Monthly' ? 1 : 3);
      return [
        dayFromCivil(Math.floor(first / 12), (first % 12) + 1, 1),
        dayFromCivil(Math.floor(next / 12), (next % 12) + 1, 1),
      ];
    }
    case 'Yearly': {
      const y = yearOfDay(day);
      return [dayFromCivil(y, 1, 1), dayFromCivil(y + 1, 1, 1)];
    }
    default:
      throw new CalendarInputError(
        'period',
        period,
        "not one of 'Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly'",
      );
  }
}

/**
 * The period key of `t` (seed 003): Daily 'YYYY-MM-DD', Weekly ISO week 'YYYY-Www' (Thursday rule,
 * e.g. '2020-W53'), Monthly 'YYYY-MM', Quarterly 'YYYY-Qn', Yearly 'YYYY'. A `t` with a time of day is
 * read as its UTC date. Needs no calendar: keys are pure date arithmetic.
 */
export function periodKey(t: DayInput, freq: RebalanceFrequency): string {
  const day = toDay(t);
  switch (freq) {
    case 'Daily':
      return isoDate(day);
    case 'Weekly': {
      const thursday = day - isoWeekdayIndex(day) + 3;
      const year = yearOfDay(thursday);
      const week = Math.floor((thursday - dayFromCivil(year, 1, 1)) / 7) + 1;
      return `${year}-W${week < 10 ? '0' : ''}${week}`;
    }
    case 'Monthly':
      return isoDate(day).slice(0, 7);
    case 'Quarterly': {
      const mi = monthIndexOfDay(day);
      return `${Math.floor(mi / 12)}-Q${Math.floor((mi % 12) / 3) + 1}`;
    }
    case 'Yearly':
      return String(yearOfDay(day));
    default:
      throw new CalendarInputError(
        'freq',
        freq,
        "not one of 'Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly'",
      );
  }
}

// ---- calendar adapters: the fast path for our calendars, the public contract for any other ----

function firstDayOf(cal: Calendar): number {
  return cal instanceof ExchangeCalendar ? cal.index.firstDay : toDay(cal.bounds.first);
}

function lastDayOf(cal: Calendar): number {
  return cal instanceof ExchangeCalendar ? cal.index.lastDay : toDay(cal.bounds.last);
}

/** Sessions in days [a, b). */
function count(cal: Calendar, a: number, b: number): number {
  return cal instanceof ExchangeCalendar ? cal.countDays(a, b) : cal.distance(fromDay(a), fromDay(b));
}

function isSession(cal: Calendar, d: number): boolean {
  return cal instanceof ExchangeCalendar ? cal.isSessionDay(d) : cal.isOpen(fromDay(d));
}

/** Throw unless the whole period [start, end) lies within the calendar (never guess past the edge). */
function requirePeriodInBounds(cal: Calendar, day: number, period: Period, start: number, end: number): void {
  const first = firstDayOf(cal);
  const last = lastDayOf(cal);
  if (start >= first && end <= last + 1) return;
  const bounds = { first: isoDate(first), last: isoDate(last) };
  const edge = start < first ? 'starts before the first day' : 'ends after the last day';
  throw new CalendarRangeError(
    cal.code,
    't',
    isoDate(day),
    bounds,
    `whose ${period} period ${isoDate(start)} .. ${isoDate(end - 1)} ${edge} of the calendar`,
  );
}

/** Throw `CalendarRangeError` unless day `d` lies within the calendar's bounds. */
function requireInBounds(cal: Calendar, d: number, param: string): void {
  const first = firstDayOf(cal);
  const last = lastDayOf(cal);
  if (d >= first && d <= last) return;
  const where =
    d < first ? "which is before the calendar's first day" : "which is after the calendar's last day";
  const bounds = { first: isoDate(first), last: isoDate(last) };
  throw new CalendarRangeError(
    cal.code,
    param,
    isoDate(d),
    bounds,
    `${where} ${d < first ? bounds.first : bounds.last}`,
  );
}

function requireSession(cal: Calendar, d: number, param: string): void {
  if (!isSession(cal, d)) throw new NotSessionError(cal.code, param, isoDate(d), 'not a trading day');
}

/**
 * Is `t` a rebalance day (seed 003)? Daily: always true. Otherwise true exactly when
 * `calendar.next(t)` falls in another period, i.e. `t` is the last session of its period; for a
 * non-session `t` it means no session follows `t` within its period.
 *
 * At the calendar's end, when no session follows `t` within the bounds, the answer is still exact
 * (true) if `t`'s period ends within the bounds, and a `CalendarRangeError` otherwise.
 */
export function isRebalanceDay(t: DayInput, freq: RebalanceFrequency, calendar: Calendar): boolean {
  if (freq === 'Daily') return true;
  const day = toDay(t);
  if (calendar instanceof ExchangeCalendar) {
    const { rank, sessions, firstDay, lastDay } = calendar.index;
    if (day < firstDay || day > lastDay) requireInBounds(calendar, day, 't');
    const r = rank[day - firstDay + 1]!;
    if (r < sessions.length) {
      // A session (the common case in a backtest loop) answers from the precomputed period-end flags.
      if (r > 0 && sessions[r - 1] === day) return (calendar.periodEndFlags[r - 1]! & periodBit(freq)) !== 0;
      return periodIndex(sessions[r]!, freq) !== periodIndex(day, freq);
    }
  } else {
    requireInBounds(calendar, day, 't');
    let next: number | undefined;
    try {
      next = toDay(calendar.next(fromDay(day)));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
    if (next !== undefined) return periodIndex(next, freq) !== periodIndex(day, freq);
  }
  const [start, end] = periodBounds(day, freq);
  requirePeriodInBounds(calendar, day, freq, Math.max(start, day), end);
  return true;
}

/**
 * Number of sessions strictly after `t` within `t`'s period: 0 on the period's last session (the
 * rebalance day). `t` need not be a session. Throws `CalendarRangeError` when the period ends beyond
 * the calendar's last day (the count would be a guess).
 */
export function sessionsToPeriodEnd(t: DayInput, period: Period, calendar: Calendar): number {
  return sessionsToEnd(toDay(t), period, calendar);
}

function sessionsToEnd(day: number, period: Period, calendar: Calendar): number {
  requireInBounds(calendar, day, 't');
  const [, end] = periodBounds(day, period);
  requirePeriodInBounds(calendar, day, period, day, end);
  return count(calendar, day + 1, end);
}

/**
 * 1-based position of session `t` within its period (1 on the period's first session). Throws
 * `NotSessionError` when `t` is not a session, `CalendarRangeError` when the period starts before the
 * calendar's first day.
 */
export function sessionOfPeriod(t: DayInput, period: Period, calendar: Calendar): number {
  const day = toDay(t);
  requireInBounds(calendar, day, 't');
  const [start] = periodBounds(day, period);
  requirePeriodInBounds(calendar, day, period, start, day + 1);
  requireSession(calendar, day, 't');
  return count(calendar, start, day) + 1;
}

/**
 * The n-th session of the period containing `t` (any day of the period): n > 0 counts from the
 * start (1 = first), n < 0 from the end (-1 = last, the rebalance day). Returns undefined when the
 * period has fewer than |n| sessions. Throws for n = 0 or a non-integer, and `CalendarRangeError`
 * when the period is not wholly within the calendar.
 */
export function nthSessionOfPeriod(
  t: DayInput,
  period: Period,
  n: number,
  calendar: Calendar,
): Date | undefined {
  if (!Number.isInteger(n) || n === 0) throw new CalendarInputError('n', n, 'not a non-zero integer');
  const day = toDay(t);
  requireInBounds(calendar, day, 't');
  const [start, end] = periodBounds(day, period);
  requirePeriodInBounds(calendar, day, period, start, end);
  const k = count(calendar, start, end);
  if (Math.abs(n) > k) return undefined;
  if (calendar instanceof ExchangeCalendar) {
    const base = calendar.index.rank[start - calendar.index.firstDay]!;
    return fromDay(calendar.index.sessions[n > 0 ? base + n - 1 : base + k + n]!);
  }
  const inPeriod = calendar.sessionDays({ from: fromDay(start), to: fromDay(end) });
  return fromDay(inPeriod[n > 0 ? n - 1 : k + n]!);
}

/** Is `t` the last session of its period (a session with `sessionsToPeriodEnd` = 0)? */
export function isLastSessionOfPeriod(t: DayInput, period: Period, calendar: Calendar): boolean {
  const day = toDay(t);
  requireInBounds(calendar, day, 't');
  return isSession(calendar, day) && sessionsToEnd(day, period, calendar) === 0;
}
