/**
 * XNYS: golden file plus one case per rule of ../shared/calendars/README.md, named after the rule.
 */
import { describe, expect, it } from 'vitest';
import { CalendarRangeError, getCalendar, isoDate, NYSEExchangeCalendar, toDay } from '../src/index.js';
import { describeGolden } from './support/golden.js';

const nyse = new NYSEExchangeCalendar();
const closed = (d: string) => !nyse.isOpen(d);
const holidaysOf = (year: number) =>
  nyse.holidays({ from: `${year}-01-01`, to: `${year + 1}-01-01` }).map((h) => isoDate(h.date));
const earlyOf = (year: number) =>
  nyse
    .earlyCloses({ from: `${year}-01-01`, to: `${year + 1}-01-01` })
    .map((e) => `${isoDate(e.date)} ${e.localClose}`);

describeGolden({ calendar: () => nyse, file: 'xnys.csv', rows: 8324, earlyCloses: 69 });

describe('XNYS holiday rules', () => {
  it("New Year's Day: a Saturday Jan 1 is NOT observed on Fri Dec 31 (2005, 2011, 2022, 2028)", () => {
    for (const d of ['2004-12-31', '2010-12-31', '2021-12-31', '2027-12-31'])
      expect(nyse.isOpen(d), d).toBe(true);
  });
  it("New Year's Day: a Sunday Jan 1 moves to Monday (2017-01-02, 2023-01-02)", () => {
    expect(closed('2017-01-02')).toBe(true);
    expect(closed('2023-01-02')).toBe(true);
  });
  it('Martin Luther King Jr. Day from 1998 only', () => {
    expect(nyse.isOpen('1997-01-20')).toBe(true);
    expect(closed('1998-01-19')).toBe(true);
  });
  it('Juneteenth from 2022 only, nearest weekday (2022 → Mon Jun 20, 2027 → Fri Jun 18)', () => {
    expect(nyse.isOpen('2021-06-18'), 'not a holiday in 2021').toBe(true);
    expect(closed('2022-06-20')).toBe(true);
    expect(closed('2027-06-18')).toBe(true);
  });
  it('Memorial Day 1970: no rule (Fri 1970-05-29 and Mon 1970-05-25 traded)', () => {
    expect(nyse.isOpen('1970-05-29')).toBe(true);
    expect(nyse.isOpen('1970-05-25')).toBe(true);
    expect(closed('1969-05-30'), 'May 30 rule through 1969').toBe(true);
    expect(closed('1971-05-31'), 'last Monday of May from 1971').toBe(true);
  });
  it("Washington's Birthday: nearest weekday 1964–1970, Presidents' Day from 1971", () => {
    expect(closed('1965-02-22')).toBe(true);
    expect(closed('1970-02-23'), '1970-02-22 was a Sunday').toBe(true);
    expect(closed('1971-02-15')).toBe(true);
  });
  it('Election Day: every year to 1967, presidential years 1968–1980, none after', () => {
    expect(closed('1966-11-08')).toBe(true);
    expect(closed('1967-11-07')).toBe(true);
    expect(closed('1968-11-05')).toBe(true);
    expect(nyse.isOpen('1969-11-04')).toBe(true);
    expect(closed('1972-11-07')).toBe(true);
    expect(nyse.isOpen('1974-11-05')).toBe(true);
    expect(closed('1980-11-04')).toBe(true);
    expect(nyse.isOpen('1984-11-06')).toBe(true);
  });
  it('Thanksgiving: last Thursday to 1938, second-to-last 1939–1941, 4th from 1942', () => {
    expect(closed('1938-11-24')).toBe(true);
    expect(closed('1939-11-23')).toBe(true);
    expect(nyse.isOpen('1939-11-30')).toBe(true);
    expect(closed('1940-11-21')).toBe(true);
    expect(closed('1942-11-26')).toBe(true);
  });
  it('Lincoln, Columbus and Veterans Day end in 1953', () => {
    expect(closed('1953-02-12')).toBe(true);
    expect(nyse.isOpen('1954-02-12')).toBe(true);
    expect(closed('1953-10-12')).toBe(true);
    expect(nyse.isOpen('1954-10-12')).toBe(true);
    expect(closed('1953-11-11')).toBe(true);
    expect(nyse.isOpen('1954-11-11')).toBe(true);
    expect(nyse.isOpen('1933-11-10'), 'Veterans Day from 1934').toBe(true);
  });
  it('Independence Day and Christmas: Sun→Mon to 1953, nearest weekday from 1954', () => {
    expect(nyse.isOpen('1953-07-03'), 'Sat Jul 4 1953 not observed').toBe(true);
    expect(closed('1959-07-03'), 'Sat Jul 4 1959 → Fri').toBe(true);
    expect(closed('1954-12-24'), 'Sat Dec 25 1954 → Fri').toBe(true);
  });
  it('1968 paperwork crisis: the listed Wednesdays are closed, other Wednesdays trade', () => {
    const listed = ['06-12', '06-19', '06-26', '07-10', '07-17', '07-24', '07-31', '08-07', '08-14', '08-21']
      .concat(['08-28', '09-11', '09-18', '09-25', '10-02', '10-09', '10-16', '10-23', '10-30', '11-11'])
      .concat(['11-20', '12-04', '12-11', '12-18', '12-25']);
    for (const md of listed) expect(closed(`1968-${md}`), md).toBe(true);
    for (const md of ['06-05', '07-03', '09-04', '11-13', '11-27'])
      expect(nyse.isOpen(`1968-${md}`), md).toBe(true);
  });
  it('2025-01-09: closed for the Carter funeral', () => {
    expect(closed('2025-01-09')).toBe(true);
    expect(nyse.holidays({ from: '2025-01-09', to: '2025-01-10' })[0]?.name).toBe('Carter funeral');
  });
  it('every one-off closure of the README between 1928 and 1989 is closed (before the golden file)', () => {
    const oneOffs = ['1929-11-01', '1929-11-29', '1933-03-06', '1933-03-07', '1933-03-08', '1933-03-09']
      .concat([
        '1933-03-10',
        '1933-03-13',
        '1933-03-14',
        '1945-08-15',
        '1945-08-16',
        '1945-12-24',
        '1956-12-24',
      ])
      .concat([
        '1958-12-26',
        '1961-05-29',
        '1963-11-25',
        '1968-02-12',
        '1968-04-09',
        '1968-07-05',
        '1969-02-10',
      ])
      .concat(['1969-03-31', '1969-07-21', '1972-12-28', '1973-01-25', '1977-07-14', '1985-09-27']);
    for (const d of oneOffs) expect(closed(d), d).toBe(true);
    expect(
      nyse.holidays({ from: '1933-03-06', to: '1933-03-15' }).map((h) => isoDate(h.date)),
      'the 1933 bank holiday: Mar 6–10, 13, 14',
    ).toEqual([
      '1933-03-06',
      '1933-03-07',
      '1933-03-08',
      '1933-03-09',
      '1933-03-10',
      '1933-03-13',
      '1933-03-14',
    ]);
  });
  it('the 2026 facts: holidays and early closes as the README states', () => {
    expect(holidaysOf(2026)).toEqual(
      ['01-01', '01-19', '02-16', '04-03', '05-25', '06-19', '07-03', '09-07', '11-26', '12-25'].map(
        (md) => `2026-${md}`,
      ),
    );
    expect(earlyOf(2026)).toEqual(['2026-11-27 13:00', '2026-12-24 13:00']);
  });
});

describe('XNYS session hours', () => {
  it('10:00 open before 1985, 09:30 from 1985, 16:00 close', () => {
    expect(nyse.schedule('1984-12-31').open.toISOString()).toBe('1984-12-31T15:00:00.000Z');
    expect(nyse.schedule('1985-01-02').open.toISOString()).toBe('1985-01-02T14:30:00.000Z');
    expect(nyse.schedule('1950-06-15').close.toISOString(), 'EDT in 1950').toBe('1950-06-15T20:00:00.000Z');
  });
  it('converts with the DST rules of the date (2007 US DST change: Mar 12 2007 is already EDT)', () => {
    expect(nyse.schedule('2007-03-12').open.toISOString()).toBe('2007-03-12T13:30:00.000Z');
    expect(nyse.schedule('2006-03-13').open.toISOString()).toBe('2006-03-13T14:30:00.000Z');
  });
});

describe('XNYS early closes', () => {
  it('14:00 before 1993 (Dec 24 Mon–Thu; day after Thanksgiving 1992), 13:00 from 1993', () => {
    expect(earlyOf(1992)).toEqual(['1992-11-27 14:00', '1992-12-24 14:00']);
    expect(earlyOf(1993)).toEqual(['1993-11-26 13:00']);
    expect(earlyOf(1958), 'Dec 24 rule applies from 1928').toEqual(['1958-12-24 14:00']);
  });
  it('Jul 3 on Wednesday from 2013 only; Jul 5 on Friday 1995–2012', () => {
    expect(nyse.isEarlyClose('2013-07-03')).toBe(true);
    expect(nyse.isEarlyClose('2002-07-03')).toBe(false);
    expect(nyse.isEarlyClose('1996-07-05')).toBe(true);
    expect(nyse.isEarlyClose('2019-07-05')).toBe(false);
  });
  it('not early closes: Thu Jul 2 when Jul 4 is Saturday; 2008/2014/2025-12-26 full days', () => {
    expect(nyse.isEarlyClose('2015-07-02')).toBe(false);
    expect(nyse.isEarlyClose('2020-07-02')).toBe(false);
    for (const d of ['2008-12-26', '2014-12-26', '2025-12-26']) expect(nyse.isEarlyClose(d), d).toBe(false);
    expect(nyse.isOpen('2021-12-24'), 'Fri Dec 24 is the observed Christmas').toBe(false);
  });
  it('a holiday always wins over an early close (1945-12-24 and 1956-12-24 closed)', () => {
    expect(nyse.isOpen('1945-12-24')).toBe(false);
    expect(nyse.isOpen('1956-12-24')).toBe(false);
  });
  it('early closes are instants at the local time: 2025-12-24 13:00 EST = 18:00Z', () => {
    expect(nyse.schedule('2025-12-24').close.toISOString()).toBe('2025-12-24T18:00:00.000Z');
  });
});

describe('XNYS bounds', () => {
  it('covers 1928-01-01 .. 2100-12-31 and throws CalendarRangeError one day outside either bound', () => {
    expect(isoDate(nyse.bounds.first)).toBe('1928-01-01');
    expect(isoDate(nyse.bounds.last)).toBe('2100-12-31');
    expect(nyse.isOpen('1928-01-03')).toBe(true);
    expect(nyse.isOpen('2100-12-31')).toBe(true);
    expect(() => nyse.isOpen('1927-12-31')).toThrow(CalendarRangeError);
    expect(() => nyse.isOpen('2101-01-01')).toThrow(CalendarRangeError);
  });
  it('rule-based years are complete to 2100 (Thanksgiving 2100, Christmas 2100)', () => {
    expect(nyse.isOpen('2100-11-25')).toBe(false);
    expect(nyse.isOpen('2100-12-24')).toBe(false);
    expect(toDay(nyse.lastSession)).toBe(toDay('2100-12-31'));
  });
  it('getCalendar returns the cached instance for codes and aliases, case-insensitive', () => {
    expect(getCalendar('xnys')).toBe(getCalendar('NYSE'));
    expect(getCalendar('nyse').code).toBe('XNYS');
  });
});
