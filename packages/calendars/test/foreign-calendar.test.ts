/**
 * The period helpers take any `Calendar`. Our calendars get a day-number fast path; a foreign
 * implementation goes through the public contract only. This differential test wraps a real
 * calendar in a plain object (so the fast path cannot apply) and checks both paths agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Calendar,
  fromDay,
  getCalendar,
  isRebalanceDay,
  nthSessionOfPeriod,
  type Period,
  periodBounds,
  sessionOfPeriod,
  sessionsToPeriodEnd,
} from '../src/index.js';

const real = getCalendar('XNYS');
const foreign: Calendar = {
  code: real.code,
  timezone: real.timezone,
  bounds: real.bounds,
  isOpen: (t) => real.isOpen(t),
  next: (t) => real.next(t),
  previous: (t) => real.previous(t),
  sessions: (r) => real.sessions(r),
  sessionDays: (r) => real.sessionDays(r),
  schedule: (t) => real.schedule(t),
  isEarlyClose: (t) => real.isEarlyClose(t),
  holidays: (r) => real.holidays(r),
  offset: (t, n) => real.offset(t, n),
  distance: (a, b) => real.distance(a, b),
};

describe('period helpers on a foreign Calendar implementation', () => {
  it('agree with the fast path on random days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: real.index.firstDay + 400, max: real.index.lastDay - 400 }),
        fc.constantFrom<Period>('Weekly', 'Monthly', 'Quarterly', 'Yearly'),
        fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0),
        (d, period, n) => {
          const t = fromDay(d);
          expect(isRebalanceDay(t, period, foreign)).toBe(isRebalanceDay(t, period, real));
          expect(sessionsToPeriodEnd(t, period, foreign)).toBe(sessionsToPeriodEnd(t, period, real));
          expect(nthSessionOfPeriod(t, period, n, foreign)).toEqual(nthSessionOfPeriod(t, period, n, real));
          if (real.isOpen(t))
            expect(sessionOfPeriod(t, period, foreign)).toBe(sessionOfPeriod(t, period, real));
          expect(periodBounds(d, period)[0]).toBeLessThanOrEqual(d);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('at the very end both answer the same way (true, or a range error)', () => {
    expect(isRebalanceDay('2100-12-31', 'Yearly', foreign)).toBe(true);
    expect(() => isRebalanceDay('2100-12-31', 'Weekly', foreign)).toThrow(RangeError);
  });
});
