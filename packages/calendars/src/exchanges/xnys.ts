/**
 * New York Stock Exchange (XNYS): rules as data, transcribed from ../shared/calendars/README.md,
 * the normative table (checked against exchange_calendars' answer file and an independent list of
 * NYSE full-day holidays since 1928).
 *
 * Not modelled: Saturday sessions, which existed until 1952 (daily data sets do not carry them, so
 * the calendar is weekday-only throughout), and the historical 15:00/15:30 regular closes (the
 * reference sets a 16:00 close for every year; only the 10:00 → 09:30 open change in 1985 is kept).
 */

import type { ExchangeDefinition } from '../rules/vocabulary.js';
import {
  DEC,
  days,
  easter,
  FEB,
  FRI,
  fixed,
  JAN,
  JUL,
  JUN,
  last,
  MAY,
  MON,
  NOV,
  nth,
  OCT,
  onOrAfter,
  rule,
  SEP,
  THU,
  TUE,
  WED,
} from '../rules/words.js';

/** The XNYS definition; compiled by the engine into `NYSEExchangeCalendar`. */
export const xnys: ExchangeDefinition = {
  code: 'XNYS',
  aliases: ['NYSE'],
  name: 'New York Stock Exchange',
  timezone: 'America/New_York',
  first: '1928-01-01',
  last: '2100-12-31',
  open: [{ time: '10:00' }, { from: '1985-01-01', time: '09:30' }],
  close: [{ time: '16:00' }],
  holidays: [
    // A Saturday Jan 1 is not observed on Fri Dec 31 (2005, 2011, 2022 traded Dec 31).
    rule("New Year's Day", fixed(JAN, 1, 'sunToMon')),
    rule('Martin Luther King Jr. Day', nth(3, MON, JAN), { from: 1998 }),
    rule("Lincoln's Birthday", fixed(FEB, 12, 'sunToMon'), { to: 1953 }),
    rule("Washington's Birthday", fixed(FEB, 22, 'sunToMon'), { to: 1963 }),
    rule("Washington's Birthday", fixed(FEB, 22, 'nearestWeekday'), { from: 1964, to: 1970 }),
    rule("Presidents' Day", nth(3, MON, FEB), { from: 1971 }),
    rule('Good Friday', easter(-2)),
    rule('Memorial Day', fixed(MAY, 30, 'sunToMon'), { to: 1963 }),
    // No Memorial Day rule in 1970: Fri 1970-05-29 traded (the reference list agrees).
    rule('Memorial Day', fixed(MAY, 30, 'nearestWeekday'), { from: 1964, to: 1969 }),
    rule('Memorial Day', last(MON, MAY), { from: 1971 }),
    rule('Juneteenth', fixed(JUN, 19, 'nearestWeekday'), { from: 2022 }),
    rule('Independence Day', fixed(JUL, 4, 'sunToMon'), { to: 1953 }),
    rule('Independence Day', fixed(JUL, 4, 'nearestWeekday'), { from: 1954 }),
    rule('Labor Day', nth(1, MON, SEP)),
    rule('Columbus Day', fixed(OCT, 12, 'sunToMon'), { to: 1953 }),
    rule('Election Day', onOrAfter(TUE, NOV, 2), { to: 1967 }),
    rule('Election Day', onOrAfter(TUE, NOV, 2), { from: 1968, to: 1980, everyYears: 4 }),
    rule('Veterans Day', fixed(NOV, 11, 'sunToMon'), { from: 1934, to: 1953 }),
    rule('Thanksgiving', last(THU, NOV), { to: 1938 }),
    rule('Thanksgiving', nth(-2, THU, NOV), { from: 1939, to: 1941 }),
    rule('Thanksgiving', nth(4, THU, NOV), { from: 1942 }),
    rule('Christmas', fixed(DEC, 25, 'sunToMon'), { to: 1953 }),
    rule('Christmas', fixed(DEC, 25, 'nearestWeekday'), { from: 1954 }),
  ],
  closures: [
    ...days('Backlog relief', '1929-11-01', '1929-11-29'),
    ...days('Bank holiday', '1933-03-06', '1933-03-07', '1933-03-08', '1933-03-09', '1933-03-10'),
    ...days('Bank holiday', '1933-03-13', '1933-03-14'),
    ...days('V-J Day', '1945-08-15', '1945-08-16'),
    ...days('Christmas Eve', '1945-12-24', '1956-12-24'),
    ...days('Day after Christmas', '1958-12-26'),
    ...days('Day before Memorial Day', '1961-05-29'),
    ...days('Kennedy funeral', '1963-11-25'),
    ...days("Lincoln's Birthday", '1968-02-12'),
    ...days('Martin Luther King Jr. day of mourning', '1968-04-09'),
    ...days(
      'Paperwork crisis',
      ...['06-12', '06-19', '06-26', '07-10', '07-17', '07-24', '07-31', '08-07', '08-14', '08-21']
        .concat(['08-28', '09-11', '09-18', '09-25', '10-02', '10-09', '10-16', '10-23', '10-30'])
        .concat(['11-11', '11-20', '12-04', '12-11', '12-18'])
        .map((md) => `1968-${md}`),
    ),
    ...days('Day after Independence Day', '1968-07-05'),
    ...days('Snow', '1969-02-10'),
    ...days('Eisenhower funeral', '1969-03-31'),
    ...days('Lunar landing', '1969-07-21'),
    ...days('Truman funeral', '1972-12-28'),
    ...days('Johnson funeral', '1973-01-25'),
    ...days('New York City blackout', '1977-07-14'),
    ...days('Hurricane Gloria', '1985-09-27'),
    ...days('Nixon funeral', '1994-04-27'),
    ...days('September 11', '2001-09-11', '2001-09-12', '2001-09-13', '2001-09-14'),
    ...days('Reagan funeral', '2004-06-11'),
    ...days('Ford funeral', '2007-01-02'),
    ...days('Hurricane Sandy', '2012-10-29', '2012-10-30'),
    ...days('G.H.W. Bush funeral', '2018-12-05'),
    ...days('Carter funeral', '2025-01-09'),
  ],
  earlyCloses: [
    {
      close: '13:00',
      rules: [
        rule('Day before Independence Day', fixed(JUL, 3), { from: 1995, onWeekdays: [MON, TUE, THU] }),
        rule('Day before Independence Day', fixed(JUL, 3), { from: 2013, onWeekdays: [WED] }),
        rule('Day after Independence Day', fixed(JUL, 5), { from: 1995, to: 2012, onWeekdays: [FRI] }),
        rule('Day after Thanksgiving', nth(4, THU, NOV), { plusDays: 1, from: 1993 }),
        rule('Christmas Eve', fixed(DEC, 24), { from: 1993, onWeekdays: [MON, TUE, WED, THU] }),
      ],
      dates: [
        ...days('Day after Christmas', '1997-12-26', '2003-12-26'),
        ...days("New Year's Eve (Y2K)", '1999-12-31'),
      ],
    },
    {
      close: '14:00',
      rules: [
        rule('Day after Thanksgiving', nth(4, THU, NOV), { plusDays: 1, from: 1992, to: 1992 }),
        rule('Christmas Eve', fixed(DEC, 24), { to: 1992, onWeekdays: [MON, TUE, WED, THU] }),
      ],
    },
  ],
  notEarlyCloses: [
    // Jul 4 on a Saturday is observed Fri Jul 3, and Thu Jul 2 is a full day.
    rule('Thursday before an observed Independence Day', fixed(JUL, 2), { onWeekdays: [THU] }),
    // A Friday Dec 24 is the observed Christmas (a holiday), never an early close.
    rule('Friday Christmas Eve', fixed(DEC, 24), { onWeekdays: [FRI] }),
  ],
  notEarlyCloseDates: days('Day after Christmas, full day', '2008-12-26', '2014-12-26', '2025-12-26'),
};
