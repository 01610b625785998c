/**
 * Constructors for the vocabulary, so an exchange file reads like the rule table it encodes:
 * `rule("Washington's Birthday", fixed(FEB, 22, 'nearestWeekday'), { from: 1964, to: 1970 })`.
 */
import type { DateRule, Observance, RecurringRule, Weekday } from './vocabulary.js';

/** Month numbers (1-based, as written in dates). */
export const JAN = 1;
/** February. */
export const FEB = 2;
/** March. */
export const MAR = 3;
/** April. */
export const APR = 4;
/** May. */
export const MAY = 5;
/** June. */
export const JUN = 6;
/** July. */
export const JUL = 7;
/** August. */
export const AUG = 8;
/** September. */
export const SEP = 9;
/** October. */
export const OCT = 10;
/** November. */
export const NOV = 11;
/** December. */
export const DEC = 12;

/** Weekdays as `Date#getUTCDay`. */
export const SUN: Weekday = 0;
/** Monday. */
export const MON: Weekday = 1;
/** Tuesday. */
export const TUE: Weekday = 2;
/** Wednesday. */
export const WED: Weekday = 3;
/** Thursday. */
export const THU: Weekday = 4;
/** Friday. */
export const FRI: Weekday = 5;
/** Saturday. */
export const SAT: Weekday = 6;

/** A month/day every year, moved by `observance` when it falls on a weekend. */
export function fixed(month: number, day: number, observance: Observance = 'none'): DateRule {
  return { kind: 'fixed', month, day, observance };
}

/** The n-th `weekday` of `month` (n = 1..5), or from the end with n = -1 (last), -2 (second-to-last). */
export function nth(n: number, weekday: Weekday, month: number): DateRule {
  return { kind: 'nthWeekday', month, weekday, n };
}

/** The last `weekday` of `month`. */
export function last(weekday: Weekday, month: number): DateRule {
  return nth(-1, weekday, month);
}

/** The first `weekday` on or after month/day. */
export function onOrAfter(weekday: Weekday, month: number, day: number): DateRule {
  return { kind: 'weekdayOnOrAfter', month, day, weekday };
}

/** Gregorian Easter Sunday plus `offset` days. */
export function easter(offset: number): DateRule {
  return { kind: 'easter', offset };
}

/** A named recurring rule with its validity (`from`/`to` years inclusive, on the observed date). */
export function rule(
  name: string,
  date: DateRule,
  options: Omit<RecurringRule, 'name' | 'date'> = {},
): RecurringRule {
  return { name, date, ...options };
}

/** One-off days sharing a name, from ISO dates. */
export function days(name: string, ...dates: string[]): { date: string; name: string }[] {
  return dates.map((date) => ({ date, name }));
}
