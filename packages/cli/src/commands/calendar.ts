/**
 * `tactical calendar <code> <year>`: a year's holidays and early closes of an exchange, as aligned
 * text or `--json`. Unknown codes and years outside the calendar's range are usage errors (exit 2).
 */
import {
  type ExchangeCalendar,
  getCalendar,
  isoDate,
  toDay,
  UnknownCalendarError,
  weekdayOfDay,
} from '@tactical/calendars';
import type { Command } from 'commander';
import { type CliContext, UsageError } from '../context.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** One year of an exchange, as data (the `--json` shape; the text form renders the same data). */
export interface CalendarYear {
  code: string;
  name: string;
  timezone: string;
  year: number;
  sessions: number;
  holidays: { date: string; weekday: string; name: string }[];
  earlyCloses: { date: string; weekday: string; close: string; closeUtc: string; name: string }[];
}

function resolveCalendar(code: string): ExchangeCalendar {
  try {
    return getCalendar(code);
  } catch (error) {
    if (error instanceof UnknownCalendarError) throw new UsageError(error.message);
    throw error;
  }
}

/** Collect a year of `cal`; the year must overlap the calendar's bounds (partial years are clamped). */
export function calendarYear(cal: ExchangeCalendar, yearText: string): CalendarYear {
  if (!/^\d{4}$/.test(yearText)) throw new UsageError(`year must be four digits, got '${yearText}'`);
  const year = Number(yearText);
  const first = isoDate(cal.bounds.first);
  const last = isoDate(cal.bounds.last);
  if (year < Number(first.slice(0, 4)) || year > Number(last.slice(0, 4))) {
    throw new UsageError(`year ${year} is outside the ${cal.code} calendar (${first} .. ${last})`);
  }
  const from = `${year}-01-01` < first ? first : `${year}-01-01`;
  const to = `${year}-12-31` > last ? isoDate(toDay(last) + 1) : `${year + 1}-01-01`;
  const weekday = (d: Date) => WEEKDAYS[weekdayOfDay(toDay(d))]!;
  return {
    code: cal.code,
    name: cal.name,
    timezone: cal.timezone,
    year,
    sessions: cal.sessionDays({ from, to }).length,
    holidays: cal
      .holidays({ from, to })
      .map((h) => ({ date: isoDate(h.date), weekday: weekday(h.date), name: h.name })),
    earlyCloses: cal.earlyCloses({ from, to }).map((e) => ({
      date: isoDate(e.date),
      weekday: weekday(e.date),
      close: e.localClose,
      closeUtc: e.close.toISOString(),
      name: e.name,
    })),
  };
}

/** Aligned text: one block for holidays, one for early closes (local close time). */
export function formatCalendarYear(y: CalendarYear): string {
  const table = (rows: string[][]): string[] => {
    const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]!.length))) ?? [];
    return rows.map(
      (r) => `  ${r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')}`,
    );
  };
  const lines = [`${y.code} ${y.name} (${y.timezone}) ${y.year}: ${y.sessions} sessions`, ''];
  lines.push(`Holidays (${y.holidays.length})`);
  lines.push(...table(y.holidays.map((h) => [h.date, h.weekday, h.name])));
  lines.push('', `Early closes (${y.earlyCloses.length}, local time)`);
  lines.push(...table(y.earlyCloses.map((e) => [e.date, e.weekday, e.close, e.name])));
  return `${lines.join('\n')}\n`;
}

/** Register `calendar <code> <year> [--json]`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('calendar')
    .description("Print an exchange's holidays and early closes for a year")
    .argument('<code>', 'exchange code or alias: XNYS (NYSE), XLON (LSE)')
    .argument('<year>', 'four-digit year within the calendar range')
    .option('--json', 'print JSON instead of text')
    .action((code: string, yearText: string, options: { json?: boolean }) => {
      const year = calendarYear(resolveCalendar(code), yearText);
      ctx.stdout(options.json ? `${JSON.stringify(year, null, 2)}\n` : formatCalendarYear(year));
    });
}
