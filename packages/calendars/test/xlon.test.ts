/**
 * XLON: golden file plus one case per rule of ../shared/calendars/README.md, named after the rule.
 */
import { describe, expect, it } from 'vitest';
import { CalendarRangeError, getCalendar, isoDate, LSEExchangeCalendar } from '../src/index.js';
import { describeGolden } from './support/golden.js';

const lse = new LSEExchangeCalendar();
const closed = (d: string) => !lse.isOpen(d);
const earlyOf = (year: number) =>
  lse
    .earlyCloses({ from: `${year}-01-01`, to: `${year + 1}-01-01` })
    .map((e) => `${isoDate(e.date)} ${e.localClose}`);

describeGolden({ calendar: () => lse, file: 'xlon.csv', rows: 8515, earlyCloses: 65 });

describe('XLON holiday rules', () => {
  it("New Year's Day: Saturday or Sunday → following Monday", () => {
    expect(closed('2011-01-03'), 'Sat Jan 1 2011').toBe(true);
    expect(closed('2017-01-02'), 'Sun Jan 1 2017').toBe(true);
  });
  it('Good Friday and Easter Monday', () => {
    expect(closed('2024-03-29')).toBe(true);
    expect(closed('2024-04-01')).toBe(true);
  });
  it('Early May bank holiday replaced by VE Day in 1995 and 2020', () => {
    expect(lse.isOpen('1995-05-01')).toBe(true);
    expect(closed('1995-05-08')).toBe(true);
    expect(lse.isOpen('2020-05-04')).toBe(true);
    expect(closed('2020-05-08')).toBe(true);
    expect(closed('2021-05-03')).toBe(true);
  });
  it('Spring bank holiday moved in 2002, 2012, 2022 (jubilees)', () => {
    expect(lse.isOpen('2002-05-27')).toBe(true);
    expect([closed('2002-06-03'), closed('2002-06-04')]).toEqual([true, true]);
    expect(lse.isOpen('2012-05-28')).toBe(true);
    expect([closed('2012-06-04'), closed('2012-06-05')]).toEqual([true, true]);
    expect(lse.isOpen('2022-05-30')).toBe(true);
    expect([closed('2022-06-02'), closed('2022-06-03')]).toEqual([true, true]);
    expect(closed('2023-05-29'), 'back to the last Monday of May').toBe(true);
  });
  it('Christmas: plus Dec 27 when Mon/Tue; Boxing Day: plus Dec 28 when Mon/Tue', () => {
    // 2021: Sat 25, Sun 26 → Mon 27 and Tue 28 closed
    expect([closed('2021-12-27'), closed('2021-12-28')]).toEqual([true, true]);
    // 2022: Sun 25, Mon 26 Boxing Day, Tue 27 substitute Christmas, Wed 28 trades
    expect([closed('2022-12-26'), closed('2022-12-27'), lse.isOpen('2022-12-28')]).toEqual([
      true,
      true,
      true,
    ]);
    // 2020: Fri 25, Sat 26 → Mon 28 closed
    expect(closed('2020-12-28')).toBe(true);
    // 2023: Mon 25, Tue 26; Wed 27 trades
    expect(lse.isOpen('2023-12-27')).toBe(true);
  });
  it('one-off closures: 2022-09-19 (state funeral), 2023-05-08 (coronation), 1999-12-31', () => {
    for (const d of ['2022-09-19', '2023-05-08', '1999-12-31', '2011-04-29']) expect(closed(d), d).toBe(true);
  });
});

describe('XLON early closes', () => {
  it('12:30 on Dec 24 and Dec 31 on weekdays', () => {
    expect(earlyOf(2024)).toEqual(['2024-12-24 12:30', '2024-12-31 12:30']);
    expect(lse.schedule('2024-12-24').close.toISOString()).toBe('2024-12-24T12:30:00.000Z');
  });
  it('Dec 24/31 on a weekend move to the Friday before (2011-12-23, 2011-12-30; 2017-12-22, 2017-12-29)', () => {
    expect(earlyOf(2011)).toEqual(['2011-12-23 12:30', '2011-12-30 12:30']);
    expect(earlyOf(2017)).toEqual(['2017-12-22 12:30', '2017-12-29 12:30']);
  });
  it('no Dec 31 early close in 1999 (a holiday wins)', () => {
    expect(earlyOf(1999)).toEqual(['1999-12-24 12:30']);
  });
  it('summer hours are 07:00–15:30 UTC (BST)', () => {
    const s = lse.schedule('2023-07-03');
    expect([s.open.toISOString(), s.close.toISOString()]).toEqual([
      '2023-07-03T07:00:00.000Z',
      '2023-07-03T15:30:00.000Z',
    ]);
  });
});

describe('XLON bounds', () => {
  it('covers 1990-01-01 .. 2100-12-31 and throws CalendarRangeError outside', () => {
    expect(isoDate(lse.bounds.first)).toBe('1990-01-01');
    expect(() => lse.isOpen('1989-12-31')).toThrow(CalendarRangeError);
    expect(() => lse.isOpen('2101-01-01')).toThrow(CalendarRangeError);
    expect(lse.isOpen('1990-01-01')).toBe(false);
  });
  it('pre-1990 one-off closures stay in the data file but outside the bounds they are ignored', () => {
    expect(() => lse.isOpen('1977-06-07')).toThrow(/before the calendar's first day 1990-01-01/);
  });
  it('getCalendar accepts XLON and LSE', () => {
    expect(getCalendar('lse')).toBe(getCalendar('XLON'));
  });
});
