/**
 * Day numbers, ISO parsing and Easter: the arithmetic every query rests on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarInputError, easterSunday, fromDay, isoDate, toDay, weekdayOfDay } from '../src/index.js';

describe('day numbers', () => {
  it('1970-01-01 is day 0 and a Thursday', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(weekdayOfDay(0)).toBe(4);
  });
  it('toDay/fromDay/isoDate agree with Date for every day 1800–2300', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDay('1800-01-01'), max: toDay('2300-12-31') }), (d) => {
        const date = new Date(d * 86_400_000);
        expect(isoDate(d)).toBe(date.toISOString().slice(0, 10));
        expect(toDay(isoDate(d))).toBe(d);
        expect(fromDay(d).getTime()).toBe(date.getTime());
        expect(weekdayOfDay(d)).toBe(date.getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });
  it('a Date with a time of day is read as its UTC date', () => {
    expect(toDay(new Date('2024-07-03T23:59:59.999Z'))).toBe(toDay('2024-07-03'));
    expect(toDay(new Date('1969-12-31T12:00:00Z'))).toBe(-1);
  });
  it.each([
    '2024-7-3',
    '2024-07-03T00:00:00Z',
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    ' 2024-07-03',
    '',
    'yesterday',
  ])('rejects the malformed string %j clearly', (s) => {
    expect(() => toDay(s)).toThrow(CalendarInputError);
    expect(() => toDay(s)).toThrow(/not an ISO date 'YYYY-MM-DD'/);
  });
  it('rejects an invalid Date and non-dates', () => {
    expect(() => toDay(new Date('nope'))).toThrow(/an invalid Date/);
    expect(() => toDay(20240703 as never)).toThrow(/neither a Date nor an ISO date string/);
  });
  it('accepts Feb 29 of a leap year', () => {
    expect(isoDate(toDay('2024-02-29'))).toBe('2024-02-29');
  });
});

describe('Gregorian Easter', () => {
  it.each([
    [1943, '1943-04-25'],
    [1961, '1961-04-02'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
  ])('Easter %i is %s', (year, date) => {
    expect(isoDate(easterSunday(year))).toBe(date);
  });
});
