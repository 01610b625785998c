/**
 * The meaning of the vocabulary: where a rule lands in a given year. Pure functions over day
 * numbers; the engine calls them once per rule per year while compiling, never at query time.
 */
import { dayFromCivil, daysInMonth, weekdayOfDay, yearOfDay } from '../days.js';
import type { DateRule, Observance, RecurringRule } from './vocabulary.js';

/**
 * Gregorian Easter Sunday of `year` as a day number (anonymous Gregorian algorithm, "Meeus/Jones/
 * Butcher"; https://en.wikipedia.org/wiki/Date_of_Easter#Anonymous_Gregorian_algorithm).
 */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromCivil(year, month, day);
}

/** Apply a weekend observance to a day. */
export function observe(day: number, observance: Observance): number {
  const wd = weekdayOfDay(day);
  switch (observance) {
    case 'none':
      return day;
    case 'sunToMon':
      return wd === 0 ? day + 1 : day;
    case 'nearestWeekday':
      return wd === 0 ? day + 1 : wd === 6 ? day - 1 : day;
    case 'weekendToMon':
      return wd === 0 ? day + 1 : wd === 6 ? day + 2 : day;
    case 'weekendToFri':
      return wd === 0 ? day - 2 : wd === 6 ? day - 1 : day;
  }
}

/** Where a date rule lands in `year` before observance-independent filters (undefined: no such day). */
export function resolveDate(rule: DateRule, year: number): number | undefined {
  switch (rule.kind) {
    case 'fixed':
      return observe(dayFromCivil(year, rule.month, rule.day), rule.observance);
    case 'nthWeekday': {
      if (rule.n > 0) {
        const first = dayFromCivil(year, rule.month, 1);
        const d = first + ((rule.weekday - weekdayOfDay(first) + 7) % 7) + (rule.n - 1) * 7;
        return d < first + daysInMonth(year, rule.month) ? d : undefined;
      }
      const lastDay = dayFromCivil(year, rule.month, daysInMonth(year, rule.month));
      const d = lastDay - ((weekdayOfDay(lastDay) - rule.weekday + 7) % 7) + (rule.n + 1) * 7;
      return d >= dayFromCivil(year, rule.month, 1) ? d : undefined;
    }
    case 'weekdayOnOrAfter': {
      const start = dayFromCivil(year, rule.month, rule.day);
      return start + ((rule.weekday - weekdayOfDay(start) + 7) % 7);
    }
    case 'easter':
      return easterSunday(year) + rule.offset;
  }
}

/**
 * The day a recurring rule produces for the rule-year `year`, or undefined when it does not apply.
 * Validity (`from`/`to`/`everyYears`/`exceptYears`) is judged on the final date's year, because the
 * README states year ranges apply to the observed date.
 */
export function resolveRule(rule: RecurringRule, year: number): number | undefined {
  const base = resolveDate(rule.date, year);
  if (base === undefined) return undefined;
  const day = base + (rule.plusDays ?? 0);
  const y = yearOfDay(day);
  if (rule.from !== undefined && y < rule.from) return undefined;
  if (rule.to !== undefined && y > rule.to) return undefined;
  if (rule.everyYears !== undefined && (y - (rule.from ?? 0)) % rule.everyYears !== 0) return undefined;
  if (rule.exceptYears?.includes(y)) return undefined;
  if (rule.onWeekdays && !rule.onWeekdays.includes(weekdayOfDay(day) as never)) return undefined;
  return day;
}
