import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DayEvent, eventSessionsSince, membershipMask } from './event-feature.js';

// A weekday-only grid of day numbers (2024-01-01 = day 19723 is a Monday).
const weekdays = (from: number, n: number) => {
  const out: number[] = [];
  for (let d = from; out.length < n; d++) if ((d + 4) % 7 < 5) out.push(d);
  return Int32Array.from(out);
};
const distanceOn = (days: Int32Array) => (a: number, b: number) => {
  // sessions in [a, b) on the grid (test grids cover every day asked)
  const count = (x: number, y: number) => days.filter((d) => d >= x && d < y).length;
  return a <= b ? count(a, b) : -count(b, a);
};

/** Naive definition: for each t, scan every event. */
function naive(days: Int32Array, events: DayEvent[]): number[] {
  const dist = distanceOn(days);
  return Array.from(days, (t) => {
    const known = events.filter((e) => e.knownDay <= t);
    if (known.length === 0) return Number.NaN;
    const latest = Math.max(...known.map((e) => e.day));
    return dist(latest, t);
  });
}

describe('event feature: sessions since the latest known event', () => {
  const days = weekdays(19723, 30);

  it('counts 0 on the effective day, negative before it once announced, positive after', () => {
    const events = [{ day: days[10]!, knownDay: days[7]! }];
    const v = Array.from(eventSessionsSince(days, events, distanceOn(days), new Float64Array(days.length)));
    expect(v.slice(5, 13)).toEqual([Number.NaN, Number.NaN, -3, -2, -1, 0, 1, 2]);
  });

  it('never shows an event before it is known, even when its effective date has passed', () => {
    const events = [{ day: days[3]!, knownDay: days[6]! }];
    const v = eventSessionsSince(days, events, distanceOn(days), new Float64Array(days.length));
    expect(v[5]).toBeNaN();
    expect(v[6]).toBe(3);
  });

  it('equals the naive scan for random events (and never reads an event before its known day)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: fc.integer({ min: 0, max: 29 }), lead: fc.integer({ min: 0, max: 8 }) }), {
          maxLength: 6,
        }),
        (raw) => {
          const events = raw.map(({ a, lead }) => ({
            day: days[a]!,
            knownDay: days[Math.max(0, a - lead)]!,
          }));
          const got = Array.from(
            eventSessionsSince(days, events, distanceOn(days), new Float64Array(days.length)),
          );
          expect(got).toEqual(naive(days, events));
        },
      ),
    );
  });

  it('counts from effective days before or after the grid through the calendar, as the naive scan', () => {
    // The calendar runs 40 sessions before the grid and 10 after it; events may fall anywhere in it.
    const calendar = weekdays(19723, 80);
    const grid = calendar.slice(40, 70);
    const dist = distanceOn(calendar);
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: fc.integer({ min: 0, max: 79 }), known: fc.integer({ min: 0, max: 69 }) }), {
          maxLength: 6,
        }),
        (raw) => {
          const events = raw.map(({ a, known }) => ({ day: calendar[a]!, knownDay: calendar[known]! }));
          const want = Array.from(grid, (t) => {
            const seen = events.filter((e) => e.knownDay <= t);
            return seen.length === 0 ? Number.NaN : dist(Math.max(...seen.map((e) => e.day)), t);
          });
          expect(Array.from(eventSessionsSince(grid, events, dist, new Float64Array(grid.length)))).toEqual(
            want,
          );
        },
      ),
    );
  });

  it('membership is point in time: member on [from, to)', () => {
    const mask = membershipMask(
      days,
      [
        { from: days[2]!, to: days[5]! },
        { from: days[20]!, to: Number.POSITIVE_INFINITY },
      ],
      new Uint8Array(days.length),
    );
    expect(Array.from(mask.slice(0, 7))).toEqual([0, 0, 1, 1, 1, 0, 0]);
    expect(Array.from(mask.slice(19))).toEqual([0, ...Array(10).fill(1)]);
  });
});
