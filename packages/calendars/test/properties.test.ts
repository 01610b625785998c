/**
 * Laws of calendars and periods, checked by fast-check over random dates on the real exchanges AND
 * over random calendars (customCalendar with random holiday sets and weekends), each compared with a
 * brute-force model where one exists.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  customCalendar,
  type ExchangeCalendar,
  fromDay,
  getCalendar,
  isoDate,
  isRebalanceDay,
  nthSessionOfPeriod,
  type Period,
  periodBounds,
  periodIndex,
  sessionOfPeriod,
  sessionsToPeriodEnd,
  toDay,
  type Weekday,
} from '../src/index.js';

const PERIODS: Period[] = ['Weekly', 'Monthly', 'Quarterly', 'Yearly'];
const RUNS = { numRuns: 150 };

interface RandomCalendar {
  cal: ExchangeCalendar;
  first: number;
  last: number;
  /** Brute-force model: is day d a session? */
  model: (d: number) => boolean;
}

const randomCalendar: fc.Arbitrary<RandomCalendar> = fc
  .record({
    first: fc.integer({ min: toDay('1990-01-01'), max: toDay('2040-01-01') }),
    span: fc.integer({ min: 1, max: 800 }),
    holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 799 }), { maxLength: 300 }),
    weekend: fc.subarray([0, 1, 2, 3, 4, 5, 6] as Weekday[], { maxLength: 3 }),
  })
  .map(({ first, span, holidayOffsets, weekend }) => {
    const last = first + span - 1;
    const holidays = new Set(holidayOffsets.map((o) => first + o).filter((d) => d <= last));
    const cal = customCalendar({
      code: 'RAND',
      timezone: 'America/New_York',
      first: fromDay(first),
      last: isoDate(last),
      holidays: [...holidays].map((d) => isoDate(d)),
      weekend,
    });
    const model = (d: number) =>
      !weekend.includes(new Date(d * 86_400_000).getUTCDay() as Weekday) && !holidays.has(d);
    return { cal, first, last, model };
  });

/** Sessions of a calendar grouped by period, only for periods wholly inside the bounds. */
function fullPeriods(cal: ExchangeCalendar, first: number, last: number, period: Period): number[][] {
  const groups = new Map<number, number[]>();
  for (const d of cal.sessionDays({ from: fromDay(first), to: fromDay(last + 1) })) {
    const [s, e] = periodBounds(d, period);
    if (s < first || e > last + 1) continue;
    const id = periodIndex(d, period);
    groups.set(id, [...(groups.get(id) ?? []), d]);
  }
  return [...groups.values()];
}

describe('random calendars (customCalendar on a random weekday grid)', () => {
  it('sessions and isOpen agree with the brute-force model on every day', () => {
    fc.assert(
      fc.property(randomCalendar, ({ cal, first, last, model }) => {
        const want: number[] = [];
        for (let d = first; d <= last; d++) {
          expect(cal.isOpen(fromDay(d))).toBe(model(d));
          if (model(d)) want.push(d);
        }
        expect(Array.from(cal.sessionDays({ from: fromDay(first), to: fromDay(last + 1) }))).toEqual(want);
        expect(cal.sessions({ from: fromDay(first), to: fromDay(last + 1) }).map((x) => toDay(x))).toEqual(
          want,
        );
      }),
      RUNS,
    );
  });

  it('exactly one rebalance day per period with sessions, and it is the last session; Daily on every session', () => {
    fc.assert(
      fc.property(randomCalendar, fc.constantFrom(...PERIODS), ({ cal, first, last }, period) => {
        for (const group of fullPeriods(cal, first, last, period)) {
          const flagged = group.filter((d) => isRebalanceDay(fromDay(d), period, cal));
          expect(flagged).toEqual([group.at(-1)]);
          for (const d of group) expect(isRebalanceDay(fromDay(d), 'Daily', cal)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('isRebalanceDay(t) === (sessionsToPeriodEnd(t) === 0) on every day whose period is in bounds', () => {
    fc.assert(
      fc.property(randomCalendar, fc.constantFrom(...PERIODS), ({ cal, first, last }, period) => {
        for (let d = first; d <= last; d++) {
          const [, e] = periodBounds(d, period);
          if (e > last + 1) continue;
          expect(isRebalanceDay(fromDay(d), period, cal)).toBe(
            sessionsToPeriodEnd(fromDay(d), period, cal) === 0,
          );
        }
      }),
      RUNS,
    );
  });

  it('sessionOfPeriod counts 1..k without gaps; nthSessionOfPeriod(±n) indexes the same list', () => {
    fc.assert(
      fc.property(randomCalendar, fc.constantFrom(...PERIODS), ({ cal, first, last }, period) => {
        for (const group of fullPeriods(cal, first, last, period)) {
          const [s, e] = periodBounds(group[0]!, period);
          const all = cal.sessionDays({ from: fromDay(s), to: fromDay(e) });
          expect(Array.from(all)).toEqual(group);
          expect(group.map((d) => sessionOfPeriod(fromDay(d), period, cal))).toEqual(
            group.map((_, i) => i + 1),
          );
          expect(group.map((d) => sessionsToPeriodEnd(fromDay(d), period, cal))).toEqual(
            group.map((_, i) => group.length - 1 - i),
          );
          const last1 = nthSessionOfPeriod(fromDay(s), period, -1, cal);
          expect(toDay(last1!)).toBe(group.at(-1));
          expect(isRebalanceDay(last1!, period, cal)).toBe(true);
          expect(toDay(nthSessionOfPeriod(fromDay(e - 1), period, 1, cal)!)).toBe(group[0]);
          expect(nthSessionOfPeriod(fromDay(s), period, group.length + 1, cal)).toBeUndefined();
          expect(nthSessionOfPeriod(fromDay(s), period, -group.length - 1, cal)).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  it('next/previous are inverse on sessions; offset(offset(t, n), -n) === t; offset/distance agree', () => {
    fc.assert(
      fc.property(randomCalendar, fc.nat(), fc.nat(), fc.integer({ min: -40, max: 40 }), (rc, i, j, n) => {
        const sessions = rc.cal.sessionDays({ from: fromDay(rc.first), to: fromDay(rc.last + 1) });
        fc.pre(sessions.length >= 2);
        const a = sessions[i % sessions.length]!;
        const b = sessions[j % sessions.length]!;
        if (a !== sessions.at(-1)) expect(toDay(rc.cal.previous(rc.cal.next(fromDay(a))))).toBe(a);
        if (a !== sessions[0]) expect(toDay(rc.cal.next(rc.cal.previous(fromDay(a))))).toBe(a);
        const k = i % sessions.length;
        if (k + n >= 0 && k + n < sessions.length) {
          const moved = rc.cal.offset(fromDay(a), n);
          expect(toDay(moved)).toBe(sessions[k + n]);
          expect(toDay(rc.cal.offset(moved, -n))).toBe(a);
        }
        const dist = rc.cal.distance(fromDay(a), fromDay(b));
        expect(toDay(rc.cal.offset(fromDay(a), dist))).toBe(b);
        expect(rc.cal.distance(fromDay(b), fromDay(a)) + dist, 'distance is antisymmetric').toBe(0);
      }),
      RUNS,
    );
  });
});

describe('random dates on XNYS and XLON', () => {
  const cals = [getCalendar('XNYS'), getCalendar('XLON')];
  const pick = fc.constantFrom(...cals);
  const dayIn = (cal: ExchangeCalendar) =>
    fc.integer({ min: cal.index.firstDay + 10, max: cal.index.lastDay - 10 });

  it('next(t) is the first session after t and previous(t) the last before, for any day', () => {
    fc.assert(
      fc.property(
        pick.chain((cal) => fc.tuple(fc.constant(cal), dayIn(cal))),
        ([cal, d]) => {
          const n = toDay(cal.next(fromDay(d)));
          const p = toDay(cal.previous(fromDay(d)));
          expect(n > d && cal.isOpen(fromDay(n))).toBe(true);
          for (let x = d + 1; x < n; x++) expect(cal.isOpen(fromDay(x))).toBe(false);
          expect(p < d && cal.isOpen(fromDay(p))).toBe(true);
          for (let x = p + 1; x < d; x++) expect(cal.isOpen(fromDay(x))).toBe(false);
          expect(cal.distance(fromDay(p + 1), fromDay(n))).toBe(cal.isOpen(fromDay(d)) ? 1 : 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('isRebalanceDay === (sessionsToPeriodEnd === 0) and agrees with the seed 003 periodKey definition', () => {
    fc.assert(
      fc.property(
        pick.chain((cal) => fc.tuple(fc.constant(cal), dayIn(cal))),
        fc.constantFrom(...PERIODS),
        ([cal, d], period) => {
          fc.pre(periodBounds(d, period)[1] <= cal.index.lastDay + 1);
          const t = fromDay(d);
          const r = isRebalanceDay(t, period, cal);
          expect(r).toBe(sessionsToPeriodEnd(t, period, cal) === 0);
          expect(r).toBe(periodIndex(toDay(cal.next(t)), period) !== periodIndex(d, period));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('offset(offset(t, n), -n) === t for sessions', () => {
    fc.assert(
      fc.property(
        pick.chain((cal) => fc.tuple(fc.constant(cal), dayIn(cal))),
        fc.integer({ min: -300, max: 300 }),
        ([cal, d], n) => {
          const t = cal.isOpen(fromDay(d)) ? fromDay(d) : cal.next(fromDay(d));
          let moved: Date;
          try {
            moved = cal.offset(t, n);
          } catch (error) {
            fc.pre(!(error instanceof RangeError));
            throw error;
          }
          expect(cal.offset(moved, -n).getTime()).toBe(t.getTime());
          expect(cal.distance(t, moved)).toBe(n);
        },
      ),
      { numRuns: 500 },
    );
  });
});
