/**
 * Day numbers: whole days since 1970-01-01 (UTC), the compact form every hot path uses.
 *
 * Converting y/m/d ⇄ day numbers is pure integer arithmetic (Howard Hinnant's `days_from_civil`,
 * https://howardhinnant.github.io/date_algorithms.html), so no `Date` is allocated; the only
 * allocation on these paths is the `Date` a caller explicitly asks for (`fromDay`).
 */
import type { DayInput, DayNumber } from './calendar.js';
import { CalendarInputError } from './errors.js';

/** Milliseconds in one UTC day (no leap seconds in ECMAScript time). */
export const MS_PER_DAY = 86_400_000;

/** Day number of a proleptic-Gregorian civil date (`month` 1–12). No validation: callers check. */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Civil year of a day number. */
export function yearOfDay(day: DayNumber): number {
  return Math.floor(monthIndexOfDay(day) / 12);
}

/**
 * Month (1–12) of a day number, packed with its year as `year * 12 + month - 1` so callers get
 * both from one division chain; `periodIndex(day, 'Monthly')` is exactly this value.
 */
export function monthIndexOfDay(day: DayNumber): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** Day of month (1–31) of a day number. */
export function dayOfMonth(day: DayNumber): number {
  const mi = monthIndexOfDay(day);
  return day - dayFromCivil(Math.floor(mi / 12), (mi % 12) + 1, 1) + 1;
}

/** Weekday of a day number, 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`). Day 0 was a Thursday. */
export function weekdayOfDay(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Days in a month of a year (Gregorian leap rule). */
export function daysInMonth(year: number, month: number): number {
  return (
    dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayFromCivil(year, month, 1)
  );
}

/**
 * Parse strict ISO `YYYY-MM-DD` to a day number, or return `undefined`. Hand-rolled over char codes
 * because this sits on every query path and a RegExp + `Date.parse` would allocate.
 */
function parseIsoDay(s: string): DayNumber | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    year = year * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromCivil(year, month, day);
}

/**
 * Day number of a `DayInput`. A `Date` is read as its UTC calendar date (time of day ignored, per the
 * `Calendar` conventions); a string must be exactly `YYYY-MM-DD` and a real date.
 * @throws CalendarInputError for an invalid `Date`, a malformed string or a non-date value.
 */
export function toDay(t: DayInput, param = 't'): DayNumber {
  if (t instanceof Date) {
    const ms = t.getTime();
    if (Number.isNaN(ms)) throw new CalendarInputError(param, t, 'an invalid Date');
    return Math.floor(ms / MS_PER_DAY);
  }
  if (typeof t === 'string') {
    const d = parseIsoDay(t);
    if (d === undefined) throw new CalendarInputError(param, t, "not an ISO date 'YYYY-MM-DD'");
    return d;
  }
  throw new CalendarInputError(param, t, 'neither a Date nor an ISO date string');
}

/** Midnight-UTC `Date` of a day number: the session identity the `Calendar` contract uses. */
export function fromDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO `YYYY-MM-DD` of a day number or a `Date` (its UTC date). Years 0–9999 only, as ISO 8601 basic. */
export function isoDate(t: DayNumber | Date): string {
  const day = typeof t === 'number' ? t : toDay(t);
  const mi = monthIndexOfDay(day);
  const year = Math.floor(mi / 12);
  const month = (mi % 12) + 1;
  const dom = day - dayFromCivil(year, month, 1) + 1;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dom)}`;
}

/** Names of weekdays indexed as `weekdayOfDay` (0 = Sunday). */
export const WEEKDAY_NAMES: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/**
 * Minutes after local midnight of an `HH:MM` wall time (24h). Times are data in the exchange files,
 * so a typo must fail loudly at construction, naming the option it came from.
 */
export function parseWallTime(hhmm: string, option: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new CalendarInputError(option, hhmm, "not a wall time 'HH:MM' (24h)");
  return Number(m[1]) * 60 + Number(m[2]);
}

/** `HH:MM` of minutes after midnight (inverse of `parseWallTime`). */
export function formatWallTime(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}
