/**
 * The one engine: turns an `ExchangeDefinition` (rules as data) into a compact session index, once.
 * Query methods (`ExchangeCalendar`) only ever see the index, never a rule.
 *
 * Index layout, for a calendar covering days [firstDay, lastDay]:
 * - `sessions`: sorted Int32Array of session day numbers.
 * - `rank`: rank[i] = number of sessions before day firstDay + i (length = span + 1), so
 *   isOpen/next/previous/offset/distance are O(1) array reads. It uses the smallest unsigned typed
 *   array that holds the session count (Uint16Array for both built-in exchanges: ~43k sessions).
 * - `closed`: weekday closures (holidays and one-offs) → name, for `holidays()` and error messages.
 * - `early`: early-close day → local close minutes and name (a holiday always wins).
 * - `openFrom`/`closeFrom`: regular hours keyed by the day they took effect.
 */
import { parseWallTime, toDay, yearOfDay } from '../days.js';
import { CalendarInputError } from '../errors.js';
import { resolveRule } from '../rules/resolve.js';
import type { ExchangeDefinition, RecurringRule, TimeFrom } from '../rules/vocabulary.js';

/** An early close as stored in the index. */
export interface EarlyClose {
  /** Local close, minutes after midnight. */
  readonly minutes: number;
  /** The rule or event name. */
  readonly name: string;
}

/** Regular hours as parallel arrays: `minutes[i]` applies from day `from[i]` (ascending). */
export interface HoursTable {
  /** Day numbers the times took effect, ascending; the first is the calendar's first day. */
  readonly from: Int32Array;
  /** Local wall times, minutes after midnight. */
  readonly minutes: Int16Array;
}

/** The compiled, immutable form of a calendar. */
export interface CalendarIndex {
  /** ISO 10383 MIC. */
  readonly code: string;
  /** Human name. */
  readonly name: string;
  /** IANA zone. */
  readonly timezone: string;
  /** First day number answered for (inclusive). */
  readonly firstDay: number;
  /** Last day number answered for (inclusive). */
  readonly lastDay: number;
  /** Session day numbers, ascending. */
  readonly sessions: Int32Array;
  /** rank[d - firstDay] = sessions strictly before day d; length lastDay - firstDay + 2. */
  readonly rank: Uint16Array | Uint32Array;
  /** Weekday closures → name. */
  readonly closed: ReadonlyMap<number, string>;
  /** Early-close sessions → local close and name. */
  readonly early: ReadonlyMap<number, EarlyClose>;
  /** Regular open times by effective date. */
  readonly open: HoursTable;
  /** Regular close times by effective date. */
  readonly close: HoursTable;
  /** Bit mask of weekend weekdays (bit w set = weekday w is not a trading day). */
  readonly weekendMask: number;
}

function hoursTable(times: readonly TimeFrom[], firstDay: number, option: string): HoursTable {
  if (times.length === 0) throw new CalendarInputError(option, '[]', 'empty: at least one time is needed');
  const from = new Int32Array(times.length);
  const minutes = new Int16Array(times.length);
  times.forEach((t, i) => {
    from[i] = t.from === undefined ? firstDay : toDay(t.from, `${option}[${i}].from`);
    minutes[i] = parseWallTime(t.time, `${option}[${i}].time`);
    if (i > 0 && from[i]! <= from[i - 1]!) {
      throw new CalendarInputError(`${option}[${i}].from`, t.from, 'not after the previous entry');
    }
  });
  return { from, minutes };
}

/** Value of an hours table on `day` (tables are tiny: a backwards scan beats a binary search). */
export function hoursOn(table: HoursTable, day: number): number {
  let i = table.from.length - 1;
  while (i > 0 && table.from[i]! > day) i--;
  return table.minutes[i]!;
}

/** Every day a recurring rule produces within [firstDay, lastDay]. */
function ruleDays(
  rule: RecurringRule,
  firstDay: number,
  lastDay: number,
  visit: (day: number) => void,
): void {
  // One rule-year either side: observance can move a date across New Year (nearest weekday of Jan 1).
  const y0 = yearOfDay(firstDay) - 1;
  const y1 = yearOfDay(lastDay) + 1;
  for (let y = y0; y <= y1; y++) {
    const d = resolveRule(rule, y);
    if (d !== undefined && d >= firstDay && d <= lastDay) visit(d);
  }
}

/**
 * Compile a definition into its session index. Cost is linear in the calendar's span (days) plus
 * rules × years; done once per definition (see `ExchangeCalendar.fromDefinition`'s cache).
 * @throws CalendarInputError for malformed dates/times in the definition or an unknown zone.
 */
export function compile(def: ExchangeDefinition): CalendarIndex {
  const firstDay = toDay(def.first, 'first');
  const lastDay = toDay(def.last, 'last');
  if (lastDay < firstDay) throw new CalendarInputError('last', def.last, `before first (${def.first})`);
  let weekendMask = 0;
  for (const w of def.weekend ?? [0, 6]) weekendMask |= 1 << w;
  if (weekendMask === 0x7f) throw new CalendarInputError('weekend', def.weekend, 'every day of the week');
  const weekdayOf = (d: number): number => (((d + 4) % 7) + 7) % 7;
  const isWeekend = (d: number): boolean => ((weekendMask >> weekdayOf(d)) & 1) === 1;

  const closed = new Map<number, string>();
  const close = (d: number, name: string): void => {
    // Weekend days are closed anyway; only weekday closures are holidays worth listing.
    if (!isWeekend(d) && !closed.has(d)) closed.set(d, name);
  };
  for (const rule of def.holidays) ruleDays(rule, firstDay, lastDay, (d) => close(d, rule.name));
  def.closures.forEach((c, i) => {
    const d = toDay(c.date, `closures[${i}].date`);
    if (d >= firstDay && d <= lastDay) close(d, c.name);
  });

  // One pass over the span (~63k days for XNYS): a process pays this once, so it runs on typed arrays
  // and a running weekday rather than a Map lookup and a modulo per day.
  const span = lastDay - firstDay + 1;
  const shut = new Uint8Array(span);
  for (const d of closed.keys()) if (d >= firstDay && d <= lastDay) shut[d - firstDay] = 1;
  for (let i = 0, w = weekdayOf(firstDay); i < span; i++, w = w === 6 ? 0 : w + 1) {
    if ((weekendMask >> w) & 1) shut[i] = 1;
  }
  const all = new Int32Array(span);
  const rank32 = new Uint32Array(span + 1);
  let n = 0;
  for (let i = 0; i < span; i++) {
    rank32[i] = n;
    if (shut[i] === 0) all[n++] = firstDay + i;
  }
  rank32[span] = n;
  const sessions = all.slice(0, n);
  const rank = n < 0xffff ? Uint16Array.from(rank32) : rank32;

  const isSession = (d: number): boolean => d >= firstDay && d <= lastDay && !isWeekend(d) && !closed.has(d);
  const notEarly = new Set<number>();
  for (const rule of def.notEarlyCloses ?? []) ruleDays(rule, firstDay, lastDay, (d) => notEarly.add(d));
  (def.notEarlyCloseDates ?? []).forEach((c, i) => {
    notEarly.add(toDay(c.date, `notEarlyCloseDates[${i}].date`));
  });
  const early = new Map<number, EarlyClose>();
  def.earlyCloses.forEach((group, g) => {
    const minutes = parseWallTime(group.close, `earlyCloses[${g}].close`);
    const add = (d: number, name: string): void => {
      if (isSession(d) && !notEarly.has(d) && !early.has(d)) early.set(d, { minutes, name });
    };
    for (const rule of group.rules) ruleDays(rule, firstDay, lastDay, (d) => add(d, rule.name));
    (group.dates ?? []).forEach((c, i) => {
      add(toDay(c.date, `earlyCloses[${g}].dates[${i}].date`), c.name);
    });
  });

  return {
    code: def.code,
    name: def.name,
    timezone: def.timezone,
    firstDay,
    lastDay,
    sessions,
    rank,
    closed,
    early,
    open: hoursTable(def.open, firstDay, 'open'),
    close: hoursTable(def.close, firstDay, 'close'),
    weekendMask,
  };
}
