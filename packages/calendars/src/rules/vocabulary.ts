/**
 * The rule vocabulary: the only words an exchange file may use. Everything here is plain data
 * (no functions), so an exchange definition can be printed, diffed and serialised, and the engine
 * (`../engine/`) is the single place that gives the words meaning.
 */

/** Weekday numbers as `Date#getUTCDay`: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * How a fixed-date holiday that falls on a weekend is observed.
 * - `none`: not moved (a weekend holiday simply closes nothing).
 * - `sunToMon`: Sunday → Monday; Saturday is not observed (NYSE New Year's Day).
 * - `nearestWeekday`: Saturday → Friday before, Sunday → Monday after (US federal rule).
 * - `weekendToMon`: Saturday or Sunday → the following Monday (UK substitute day).
 * - `weekendToFri`: Saturday or Sunday → the Friday before (LSE Dec 24/31 early closes).
 */
export type Observance = 'none' | 'sunToMon' | 'nearestWeekday' | 'weekendToMon' | 'weekendToFri';

/** Where in a year a rule lands, before observance and validity are applied. */
export type DateRule =
  /** A month/day every year, shifted by `observance` when on a weekend. */
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number; readonly observance: Observance }
  /** The n-th `weekday` of `month`; n < 0 counts from the end (-1 last, -2 second-to-last). */
  | { readonly kind: 'nthWeekday'; readonly month: number; readonly weekday: Weekday; readonly n: number }
  /** The first `weekday` on or after month/day (US Election Day: first Tuesday on or after Nov 2). */
  | {
      readonly kind: 'weekdayOnOrAfter';
      readonly month: number;
      readonly day: number;
      readonly weekday: Weekday;
    }
  /** Gregorian Easter Sunday plus `offset` days (Good Friday −2, Easter Monday +1). */
  | { readonly kind: 'easter'; readonly offset: number };

/**
 * A recurring rule: a named date, optionally shifted, and the years it applies in. Validity is
 * judged on the final (observed and shifted) date, as the README's tables state.
 */
export interface RecurringRule {
  /** Name printed by `holidays()` and the CLI. */
  readonly name: string;
  /** Where the date falls. */
  readonly date: DateRule;
  /** Days added after observance (the day after Thanksgiving is 4th Thursday + 1). */
  readonly plusDays?: number;
  /** Only when the final date falls on one of these weekdays ("Dec 27 when Mon/Tue"). */
  readonly onWeekdays?: readonly Weekday[];
  /** First year (inclusive) the rule applies; unbounded when absent. */
  readonly from?: number;
  /** Last year (inclusive) the rule applies; unbounded when absent. */
  readonly to?: number;
  /** Only every n-th year counted from `from` (Election Day 1968–1980: presidential years). */
  readonly everyYears?: number;
  /** Years the rule does not apply (moved bank holidays). */
  readonly exceptYears?: readonly number[];
}

/** A named single day (one-off closure, ad-hoc early close, or an explicit "not an early close"). */
export interface OneOffDay {
  /** ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** Why (printed by `holidays()` and the CLI). */
  readonly name: string;
}

/** Early closes sharing one local close time. */
export interface EarlyCloseGroup {
  /** Local wall close time `HH:MM`. */
  readonly close: string;
  /** Recurring early-close rules. */
  readonly rules: readonly RecurringRule[];
  /** One-off early closes. */
  readonly dates?: readonly OneOffDay[];
}

/** A wall time that took effect on a date (session hours keyed by the date they changed). */
export interface TimeFrom {
  /** ISO date the time took effect; absent = since the calendar's first day. */
  readonly from?: string;
  /** Local wall time `HH:MM`. */
  readonly time: string;
}

/** Everything an exchange is: the engine needs nothing else. */
export interface ExchangeDefinition {
  /** ISO 10383 MIC, e.g. 'XNYS'. */
  readonly code: string;
  /** Other names `getCalendar` accepts, e.g. 'NYSE'. */
  readonly aliases: readonly string[];
  /** Human name, for listings. */
  readonly name: string;
  /** IANA zone, e.g. 'America/New_York'. */
  readonly timezone: string;
  /** First day the calendar answers for (ISO). */
  readonly first: string;
  /** Last day the calendar answers for (ISO). */
  readonly last: string;
  /** Non-trading weekdays; Saturday and Sunday when absent. */
  readonly weekend?: readonly Weekday[];
  /** Regular open times, by the date they took effect (ascending). */
  readonly open: readonly TimeFrom[];
  /** Regular close times, by the date they took effect (ascending). */
  readonly close: readonly TimeFrom[];
  /** Recurring full-day holidays. */
  readonly holidays: readonly RecurringRule[];
  /** One-off full-day closures (outside the calendar's bounds they are ignored). */
  readonly closures: readonly OneOffDay[];
  /** Early closes; a holiday always wins over an early close. */
  readonly earlyCloses: readonly EarlyCloseGroup[];
  /** Days that look like an early close by some reading but are full days; they override `earlyCloses`. */
  readonly notEarlyCloses?: readonly RecurringRule[];
  /** Days listed explicitly as full days although a rule would make them early (e.g. 2008-12-26). */
  readonly notEarlyCloseDates?: readonly OneOffDay[];
}
