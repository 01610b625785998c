/**
 * A third exchange is a data file plus a test: this one is declared inline in the vocabulary and
 * compiled by the same engine, with nothing else changed. (Illustrative, not a complete XTSE.)
 */
import { describe, expect, it } from 'vitest';
import { ExchangeCalendar, type ExchangeDefinition, isoDate } from '../src/index.js';
import { fixed, JUL, last, MAY, MON, nth, rule, SEP } from '../src/rules/words.js';

const toyXtse: ExchangeDefinition = {
  code: 'XTSE',
  aliases: ['TSX'],
  name: 'Toronto (toy subset)',
  timezone: 'America/Toronto',
  first: '2020-01-01',
  last: '2030-12-31',
  open: [{ time: '09:30' }],
  close: [{ time: '16:00' }],
  holidays: [
    rule('Victoria Day', nth(-1, MON, MAY)), // last Monday of May is a stand-in here, not the real rule
    rule('Canada Day', fixed(JUL, 1, 'weekendToMon')),
    rule('Labour Day', nth(1, MON, SEP)),
  ],
  closures: [{ date: '2022-09-19', name: 'Queen Elizabeth II funeral' }],
  earlyCloses: [
    { close: '13:00', rules: [rule('Canada Day eve', fixed(JUL, 1, 'weekendToMon'), { plusDays: -1 })] },
  ],
};

describe('a third exchange from data alone', () => {
  const cal = ExchangeCalendar.fromDefinition(toyXtse);
  it('compiles and answers with the shared engine', () => {
    expect(
      cal.holidays({ from: '2023-01-01', to: '2024-01-01' }).map((h) => `${isoDate(h.date)} ${h.name}`),
    ).toEqual(['2023-05-29 Victoria Day', '2023-07-03 Canada Day', '2023-09-04 Labour Day']);
    expect(cal.isOpen('2022-09-19')).toBe(false);
    expect(cal.schedule('2025-06-30').close.toISOString()).toBe('2025-06-30T17:00:00.000Z');
    expect(cal.isEarlyClose('2023-06-30'), 'Jul 1 2023 observed Mon Jul 3: the eve is a Sunday').toBe(false);
    expect(last(MON, MAY)).toEqual(nth(-1, MON, MAY));
  });
  it('compiles once per definition object', () => {
    expect(ExchangeCalendar.fromDefinition(toyXtse).index).toBe(cal.index);
  });
});
