/**
 * London Stock Exchange (XLON): rules as data, transcribed from ../shared/calendars/README.md
 * (checked against exchange_calendars' answer file). Regular session 08:00–16:30 London time.
 */

import type { ExchangeDefinition } from '../rules/vocabulary.js';
import { AUG, DEC, days, easter, fixed, JAN, last, MAY, MON, nth, rule, TUE } from '../rules/words.js';

/** The XLON definition; compiled by the engine into `LSEExchangeCalendar`. */
export const xlon: ExchangeDefinition = {
  code: 'XLON',
  aliases: ['LSE'],
  name: 'London Stock Exchange',
  timezone: 'Europe/London',
  first: '1990-01-01',
  last: '2100-12-31',
  open: [{ time: '08:00' }],
  close: [{ time: '16:30' }],
  holidays: [
    rule("New Year's Day", fixed(JAN, 1, 'weekendToMon')),
    rule('Good Friday', easter(-2)),
    rule('Easter Monday', easter(1)),
    // 1995 and 2020 moved to VE Day (one-offs below); 1995-05-01 and 2020-05-04 traded.
    rule('Early May bank holiday', nth(1, MON, MAY), { exceptYears: [1995, 2020] }),
    // 2002, 2012, 2022 moved for jubilees (one-offs below); 2022-05-30 traded.
    rule('Spring bank holiday', last(MON, MAY), { exceptYears: [2002, 2012, 2022] }),
    rule('Summer bank holiday', last(MON, AUG)),
    rule('Christmas', fixed(DEC, 25)),
    // Christmas on a Saturday or Sunday is substituted on Dec 27, which is then a Monday or Tuesday.
    rule('Christmas (substitute day)', fixed(DEC, 27), { onWeekdays: [MON, TUE] }),
    rule('Boxing Day', fixed(DEC, 26)),
    rule('Boxing Day (substitute day)', fixed(DEC, 28), { onWeekdays: [MON, TUE] }),
  ],
  // Pre-1990 closures are kept as facts even though the calendar starts in 1990 (the engine ignores
  // days outside the bounds), so extending `first` backwards needs no research.
  closures: [
    ...days('Wedding of Princess Anne', '1973-11-14'),
    ...days('Silver Jubilee', '1977-06-07'),
    ...days('Wedding of Prince Charles', '1981-07-29'),
    ...days('VE Day 50th anniversary', '1995-05-08'),
    ...days('Millennium', '1999-12-31'),
    ...days('Spring bank holiday (Golden Jubilee)', '2002-06-03'),
    ...days('Golden Jubilee', '2002-06-04'),
    ...days('Royal wedding', '2011-04-29'),
    ...days('Spring bank holiday (Diamond Jubilee)', '2012-06-04'),
    ...days('Diamond Jubilee', '2012-06-05'),
    ...days('VE Day 75th anniversary', '2020-05-08'),
    ...days('Spring bank holiday (Platinum Jubilee)', '2022-06-02'),
    ...days('Platinum Jubilee', '2022-06-03'),
    ...days('State funeral of Queen Elizabeth II', '2022-09-19'),
    ...days('Coronation of King Charles III', '2023-05-08'),
  ],
  earlyCloses: [
    {
      close: '12:30',
      rules: [
        // On a weekend the early close moves to the Friday before (2011-12-23, 2011-12-30).
        rule('Christmas Eve', fixed(DEC, 24, 'weekendToFri')),
        rule("New Year's Eve", fixed(DEC, 31, 'weekendToFri')),
      ],
    },
  ],
};
