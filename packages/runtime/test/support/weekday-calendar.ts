/**
 * Test support: a weekday calendar with an explicit holiday list, for tests that must not depend on
 * `@tactical/calendars`' exchange rules.
 */
import { dayOf, type GridCalendar } from '../../src/data/grid.js';

/** A `GridCalendar` whose sessions are Monday–Friday except `holidays` (ISO days), code `TEST`. */
export function weekdayCalendar(holidays: readonly string[] = []): GridCalendar {
  const closed = new Set(holidays.map((h) => dayOf(new Date(`${h}T00:00:00Z`))));
  const isOpen = (day: number): boolean => {
    const wd = (day + 4) % 7; // 1970-01-01 was a Thursday (4)
    return wd !== 0 && wd !== 6 && !closed.has(day);
  };
  return {
    code: 'TEST',
    sessionDays({ from, to }) {
      const out: number[] = [];
      for (let d = dayOf(from); d < dayOf(to); d++) if (isOpen(d)) out.push(d);
      return Int32Array.from(out);
    },
    offset(t, n) {
      let d = dayOf(t);
      const step = n < 0 ? -1 : 1;
      for (let k = Math.abs(n); k > 0; ) {
        d += step;
        if (isOpen(d)) k--;
      }
      return new Date(d * 86_400_000);
    },
  };
}
