/**
 * Period keys and rebalance days as seed 003 defines them, on worked examples.
 */
import { describe, expect, it } from 'vitest';
import {
  CalendarInputError,
  CalendarRangeError,
  customCalendar,
  isLastSessionOfPeriod,
  isoDate,
  isRebalanceDay,
  NotSessionError,
  NYSEExchangeCalendar,
  nthSessionOfPeriod,
  periodBounds,
  periodIndex,
  periodKey,
  sessionOfPeriod,
  sessionsToPeriodEnd,
  toDay,
} from '../src/index.js';

const nyse = new NYSEExchangeCalendar();

describe('periodKey', () => {
  it('Daily is the day, Monthly YYYY-MM, Quarterly YYYY-Qn, Yearly YYYY', () => {
    expect(periodKey('2024-07-03', 'Daily')).toBe('2024-07-03');
    expect(periodKey('2024-07-03', 'Monthly')).toBe('2024-07');
    expect(periodKey('2024-07-03', 'Quarterly')).toBe('2024-Q3');
    expect(periodKey('2024-12-31', 'Quarterly')).toBe('2024-Q4');
    expect(periodKey('2024-07-03', 'Yearly')).toBe('2024');
  });
  it('Weekly is the ISO week by the Thursday rule (2021-01-01 is in 2020-W53; 2024-12-30 in 2025-W01)', () => {
    expect(periodKey('2021-01-01', 'Weekly')).toBe('2020-W53');
    expect(periodKey('2021-01-03', 'Weekly')).toBe('2020-W53');
    expect(periodKey('2021-01-04', 'Weekly')).toBe('2021-W01');
    expect(periodKey('2024-12-30', 'Weekly')).toBe('2025-W01');
    expect(periodKey('2024-07-03', 'Weekly')).toBe('2024-W27');
  });
  it('reads a Date with a time of day as its UTC date', () => {
    expect(periodKey(new Date('2024-06-30T23:59:59Z'), 'Monthly')).toBe('2024-06');
  });
  it('rejects an unknown frequency with the accepted list', () => {
    expect(() => periodKey('2024-01-01', 'Hourly' as never)).toThrow(CalendarInputError);
  });
});

describe('periodIndex', () => {
  it('gives consecutive integers to consecutive periods', () => {
    expect(periodIndex(toDay('2024-07-03'), 'Monthly')).toBe(2024 * 12 + 6);
    expect(periodIndex(toDay('2024-07-03'), 'Quarterly')).toBe(2024 * 4 + 2);
    expect(periodIndex(toDay('2024-07-03'), 'Yearly')).toBe(2024);
    expect(periodIndex(toDay('2024-07-07'), 'Weekly') + 1).toBe(periodIndex(toDay('2024-07-08'), 'Weekly'));
    expect(periodIndex(toDay('2024-07-01'), 'Weekly')).toBe(periodIndex(toDay('2024-07-07'), 'Weekly'));
  });
  it('periodBounds is the half-open day range of that period', () => {
    const [s, e] = periodBounds(toDay('2024-02-14'), 'Quarterly');
    expect([isoDate(s), isoDate(e)]).toEqual(['2024-01-01', '2024-04-01']);
    const [ws, we] = periodBounds(toDay('2021-01-01'), 'Weekly');
    expect([isoDate(ws), isoDate(we)]).toEqual(['2020-12-28', '2021-01-04']);
  });
});

describe('isRebalanceDay (seed 003)', () => {
  it('an unknown frequency is rejected, not answered', () => {
    expect(() => isRebalanceDay('2024-05-31', 'Hourly' as never, nyse)).toThrow(CalendarInputError);
  });
  it('Daily is always true', () => {
    expect(isRebalanceDay('2024-07-03', 'Daily', nyse)).toBe(true);
  });
  it('Weekly: the Thursday before Good Friday ends the week', () => {
    expect(isRebalanceDay('2024-03-28', 'Weekly', nyse)).toBe(true);
    expect(isRebalanceDay('2024-03-27', 'Weekly', nyse)).toBe(false);
  });
  it('Monthly: the last session of May 2024 is Fri May 31; Yearly: 2021-12-31 traded', () => {
    expect(isRebalanceDay('2024-05-31', 'Monthly', nyse)).toBe(true);
    expect(isRebalanceDay('2024-05-30', 'Monthly', nyse)).toBe(false);
    expect(isRebalanceDay('2021-12-31', 'Yearly', nyse)).toBe(true);
    expect(isRebalanceDay('2022-12-30', 'Yearly', nyse)).toBe(true);
  });
  it('at the end of the calendar: true when the period ends within bounds, CalendarRangeError otherwise', () => {
    expect(isRebalanceDay('2100-12-31', 'Yearly', nyse)).toBe(true);
    expect(() => isRebalanceDay('2100-12-31', 'Weekly', nyse), 'ISO week runs to 2101-01-02').toThrow(
      CalendarRangeError,
    );
  });
});

describe('position within a period', () => {
  it('sessionOfPeriod is 1-based; sessionsToPeriodEnd is 0 on the last session', () => {
    expect(sessionOfPeriod('2024-07-01', 'Monthly', nyse)).toBe(1);
    expect(sessionOfPeriod('2024-07-05', 'Monthly', nyse), 'Jul 4 is a holiday').toBe(4);
    expect(sessionsToPeriodEnd('2024-07-31', 'Monthly', nyse)).toBe(0);
    expect(sessionsToPeriodEnd('2024-07-30', 'Monthly', nyse)).toBe(1);
    expect(sessionsToPeriodEnd('2024-07-04', 'Monthly', nyse), 'a holiday counts the sessions after it').toBe(
      19,
    );
  });
  it('sessionOfPeriod on a non-session throws NotSessionError', () => {
    expect(() => sessionOfPeriod('2024-07-04', 'Monthly', nyse)).toThrow(NotSessionError);
  });
  it('nthSessionOfPeriod counts from the start (n > 0) or the end (n < 0); undefined when too few', () => {
    expect(isoDate(nthSessionOfPeriod('2024-07-15', 'Monthly', 1, nyse)!)).toBe('2024-07-01');
    expect(isoDate(nthSessionOfPeriod('2024-07-15', 'Monthly', -1, nyse)!)).toBe('2024-07-31');
    expect(isoDate(nthSessionOfPeriod('2024-07-15', 'Weekly', -1, nyse)!)).toBe('2024-07-19');
    expect(nthSessionOfPeriod('2024-07-15', 'Weekly', 6, nyse)).toBeUndefined();
    expect(() => nthSessionOfPeriod('2024-07-15', 'Weekly', 0, nyse)).toThrow(CalendarInputError);
  });
  it('a period with no sessions has no n-th session and no rebalance day', () => {
    const cal = customCalendar({
      code: 'T',
      timezone: 'UTC',
      first: '2024-01-01',
      last: '2024-01-31',
      holidays: ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11', '2024-01-12'],
    });
    expect(nthSessionOfPeriod('2024-01-10', 'Weekly', -1, cal)).toBeUndefined();
    expect(isRebalanceDay('2024-01-05', 'Weekly', cal)).toBe(true);
  });
  it('isLastSessionOfPeriod is false on non-sessions', () => {
    expect(isLastSessionOfPeriod('2024-06-30', 'Monthly', nyse)).toBe(false);
    expect(isLastSessionOfPeriod('2024-06-28', 'Monthly', nyse)).toBe(true);
  });
  it('a period reaching beyond the calendar is an error, not a guess', () => {
    expect(() => sessionOfPeriod('1928-01-03', 'Yearly', nyse)).not.toThrow();
    expect(() => nthSessionOfPeriod('1928-01-01', 'Weekly', 1, nyse)).toThrow(/starts before the first day/);
    expect(() => sessionsToPeriodEnd('2100-12-31', 'Weekly', nyse)).toThrow(/ends after the last day/);
  });
});
