/**
 * Public constructors: the built-in exchange classes, `getCalendar` by code, and `customCalendar`.
 */
import type { DayInput } from './calendar.js';
import { isoDate, toDay } from './days.js';
import { compile } from './engine/compile.js';
import { compiledIndex, ExchangeCalendar } from './engine/exchange-calendar.js';
import { UnknownCalendarError } from './errors.js';
import { exchanges, xlon, xnys } from './exchanges/index.js';
import type { Weekday } from './rules/vocabulary.js';

/**
 * New York Stock Exchange (XNYS), America/New_York, 1928-01-01 .. 2100-12-31. Weekday sessions only:
 * Saturday sessions (until 1952) are not modelled. Regular hours 10:00–16:00 before 1985, 09:30–16:00
 * from 1985; early closes at 14:00 (before 1993) and 13:00. Compiled once per process, so `new` is cheap.
 */
export class NYSEExchangeCalendar extends ExchangeCalendar {
  /** Build (or reuse the process-wide compiled index of) the XNYS calendar. */
  constructor() {
    super(compiledIndex(xnys));
  }
}

/**
 * London Stock Exchange (XLON), Europe/London, 1990-01-01 .. 2100-12-31, 08:00–16:30 with 12:30 early
 * closes on Dec 24 and Dec 31 (moved to the Friday before when on a weekend).
 */
export class LSEExchangeCalendar extends ExchangeCalendar {
  /** Build (or reuse the process-wide compiled index of) the XLON calendar. */
  constructor() {
    super(compiledIndex(xlon));
  }
}

const constructors: Record<string, () => ExchangeCalendar> = {
  XNYS: () => new NYSEExchangeCalendar(),
  XLON: () => new LSEExchangeCalendar(),
};

const instances = new Map<string, ExchangeCalendar>();

/** Codes and aliases `getCalendar` accepts, upper case, e.g. ['XNYS', 'NYSE', 'XLON', 'LSE']. */
export function calendarCodes(): string[] {
  return exchanges.flatMap((e) => [e.code, ...e.aliases]);
}

/**
 * The calendar for an ISO 10383 MIC or alias, case-insensitive ('XNYS', 'nyse', 'XLON', 'LSE'). One
 * instance per exchange per process: calendars are immutable, so sharing them is safe.
 * @throws UnknownCalendarError listing the known codes.
 */
export function getCalendar(code: string): ExchangeCalendar {
  const wanted = String(code).trim().toUpperCase();
  const def = exchanges.find((e) => e.code === wanted || e.aliases.includes(wanted));
  if (def === undefined) throw new UnknownCalendarError(String(code), calendarCodes());
  let cal = instances.get(def.code);
  if (cal === undefined) {
    cal = constructors[def.code]?.() ?? ExchangeCalendar.fromDefinition(def);
    instances.set(def.code, cal);
  }
  return cal;
}

/** Options of `customCalendar`. */
export interface CustomCalendarOptions {
  /** Code used in error messages, e.g. 'TEST'. */
  code: string;
  /** IANA zone for open/close instants. */
  timezone: string;
  /** First day (inclusive). */
  first: DayInput;
  /** Last day (inclusive). */
  last: DayInput;
  /** Closed weekdays (weekend days in the list are ignored: they are closed anyway). */
  holidays: readonly DayInput[];
  /** Regular local open `HH:MM`; default '09:30'. */
  open?: string;
  /** Regular local close `HH:MM`; default '16:00'. */
  close?: string;
  /** Non-trading weekdays (0 = Sunday … 6 = Saturday); default [0, 6]. */
  weekend?: readonly Weekday[];
}

/**
 * A calendar from an explicit holiday list, for tests and services that receive closures as data.
 * Compiled by the same engine as the exchanges (no early closes).
 * @throws CalendarInputError for malformed dates, times, or an unknown zone.
 */
export function customCalendar(options: CustomCalendarOptions): ExchangeCalendar {
  const iso = (t: DayInput, param: string): string => isoDate(toDay(t, param));
  return new ExchangeCalendar(
    compile({
      code: options.code,
      aliases: [],
      name: options.code,
      timezone: options.timezone,
      first: iso(options.first, 'first'),
      last: iso(options.last, 'last'),
      weekend: options.weekend ?? [0, 6],
      open: [{ time: options.open ?? '09:30' }],
      close: [{ time: options.close ?? '16:00' }],
      holidays: [],
      closures: options.holidays.map((h, i) => ({ date: iso(h, `holidays[${i}]`), name: 'Holiday' })),
      earlyCloses: [],
    }),
  );
}
