/**
 * Errors as data: every method throws CalendarRangeError outside the bounds (naming calendar,
 * parameter, value and bounds), NotSessionError for a closed day where a session is required.
 */
import { describe, expect, it } from 'vitest';
import {
  type Calendar,
  CalendarInputError,
  CalendarRangeError,
  calendarCodes,
  customCalendar,
  getCalendar,
  NotSessionError,
  NYSEExchangeCalendar,
  UnknownCalendarError,
} from '../src/index.js';

const nyse = new NYSEExchangeCalendar();

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('CalendarRangeError at both bounds, for every method', () => {
  const calls: [string, (c: Calendar, d: string) => unknown][] = [
    ['isOpen', (c, d) => c.isOpen(d)],
    ['next', (c, d) => c.next(d)],
    ['previous', (c, d) => c.previous(d)],
    ['sessions', (c, d) => c.sessions({ from: d, to: d })],
    ['sessionDays', (c, d) => c.sessionDays({ from: d, to: d })],
    ['schedule', (c, d) => c.schedule(d)],
    ['isEarlyClose', (c, d) => c.isEarlyClose(d)],
    ['holidays', (c, d) => c.holidays({ from: d, to: d })],
    ['offset', (c, d) => c.offset(d, 1)],
    ['distance', (c, d) => c.distance(d, '2000-01-03')],
  ];
  it.each(calls)('%s throws one day before the first day and two days after the last', (_, call) => {
    for (const d of ['1927-12-31', '2101-01-02']) {
      const error = thrown(() => call(nyse, d));
      expect(error).toBeInstanceOf(CalendarRangeError);
      expect(error).toBeInstanceOf(RangeError);
      expect(error).toMatchObject({
        code: 'CALENDAR_RANGE',
        calendar: 'XNYS',
        value: d,
        bounds: { first: '1928-01-01', last: '2100-12-31' },
      });
    }
  });
  it('the message names the calendar, parameter, value and bounds', () => {
    expect(() => nyse.isOpen('2101-01-01')).toThrowErrorMatchingInlineSnapshot(
      `[CalendarRangeError: XNYS: parameter 't' received 2101-01-01, which is after the calendar's last day 2100-12-31 (calendar bounds 1928-01-01 .. 2100-12-31)]`,
    );
    expect(() => nyse.sessions({ from: '2000-01-01', to: '2101-01-02' })).toThrow(/parameter 'range.to'/);
  });
  it('a half-open range may end the day after the last day', () => {
    expect(nyse.sessions({ from: '2100-12-31', to: '2101-01-01' })).toHaveLength(1);
  });
  it('next past the last session and previous before the first session are range errors', () => {
    expect(() => nyse.next('2100-12-31')).toThrow(/no session lies after it within the bounds/);
    expect(() => nyse.previous('1928-01-03')).toThrow(/no session lies before it/);
    expect(() => nyse.offset('2100-12-29', 3)).toThrow(CalendarRangeError);
    expect(thrown(() => nyse.offset('2100-12-29', 3))).toMatchObject({ param: 'n', value: '3' });
  });
});

describe('NotSessionError', () => {
  it('schedule and isEarlyClose on a holiday or weekend name the reason', () => {
    expect(() => nyse.schedule('2024-07-04')).toThrowErrorMatchingInlineSnapshot(
      `[NotSessionError: XNYS: parameter 't' received 2024-07-04, which is not a session (Independence Day)]`,
    );
    expect(thrown(() => nyse.isEarlyClose('2024-07-06'))).toMatchObject({
      code: 'NOT_SESSION',
      reason: 'weekend',
    });
    expect(() => nyse.offset('2024-07-06', 0)).toThrow(NotSessionError);
  });
  it('a non-midnight Date is read as its UTC date', () => {
    expect(nyse.schedule(new Date('2024-07-03T22:00:00Z')).close.toISOString()).toBe(
      '2024-07-03T17:00:00.000Z',
    );
  });
});

describe('inputs', () => {
  it('malformed strings and non-integer offsets are CalendarInputError', () => {
    expect(() => nyse.isOpen('2024/07/03')).toThrow(CalendarInputError);
    expect(() => nyse.offset('2024-07-03', 1.5)).toThrow(/'n' received 1.5, which is not an integer/);
  });
});

describe('getCalendar', () => {
  it('is case-insensitive over codes and aliases and caches instances', () => {
    expect(getCalendar('XNYS')).toBe(getCalendar('nyse'));
    expect(getCalendar(' xlon ')).toBe(getCalendar('LSE'));
    expect(calendarCodes()).toEqual(['XNYS', 'NYSE', 'XLON', 'LSE']);
  });
  it('an unknown code lists the known codes', () => {
    expect(() => getCalendar('XTKS')).toThrowErrorMatchingInlineSnapshot(
      `[UnknownCalendarError: unknown calendar 'XTKS'; known calendars: XNYS, NYSE, XLON, LSE]`,
    );
    expect(() => getCalendar('XTKS')).toThrow(UnknownCalendarError);
  });
});

describe('customCalendar', () => {
  it('validates its options, naming the option', () => {
    const base = { code: 'T', timezone: 'UTC', first: '2024-01-01', last: '2024-12-31', holidays: [] };
    expect(() => customCalendar({ ...base, timezone: 'Mars/Olympus' })).toThrow(/'timezone'/);
    expect(() => customCalendar({ ...base, open: '9:30' })).toThrow(/'open\[0\].time'/);
    expect(() => customCalendar({ ...base, holidays: ['2024-02-30'] })).toThrow(/'holidays\[0\]'/);
    expect(() => customCalendar({ ...base, last: '2023-12-31' })).toThrow(/before first/);
  });
  it('accepts every zone Intl accepts, canonical or alias, and converts with it (the formatter is built lazily)', () => {
    const base = { code: 'T', first: '2024-01-01', last: '2024-12-31', holidays: [] };
    const zones = ['America/New_York', 'US/Eastern', 'UTC', 'Etc/GMT+5'];
    const closes = zones.map(
      (timezone) => customCalendar({ ...base, timezone }).schedule('2024-07-01').close,
    );
    // 16:00 in New York in July is 20:00 UTC (EDT); in UTC it is 16:00; Etc/GMT+5 is UTC-5 all year
    expect(closes.map((d) => d.toISOString())).toEqual([
      '2024-07-01T20:00:00.000Z',
      '2024-07-01T20:00:00.000Z',
      '2024-07-01T16:00:00.000Z',
      '2024-07-01T21:00:00.000Z',
    ]);
    expect(() => customCalendar({ ...base, timezone: 'America/Nowhere' })).toThrow(/'timezone'/);
  });
  it('honours open/close/weekend and converts in its zone', () => {
    const cal = customCalendar({
      code: 'TASE',
      timezone: 'Asia/Jerusalem',
      first: '2024-01-01',
      last: '2024-12-31',
      holidays: ['2024-04-23'],
      open: '10:00',
      close: '17:25',
      weekend: [5, 6],
    });
    expect(cal.isOpen('2024-01-07'), 'Sunday trades').toBe(true);
    expect(cal.isOpen('2024-01-05'), 'Friday is weekend').toBe(false);
    expect(cal.isOpen('2024-04-23')).toBe(false);
    expect(cal.schedule('2024-01-07').open.toISOString()).toBe('2024-01-07T08:00:00.000Z');
  });
});
