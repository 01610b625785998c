import { isoDate, isRebalanceDay, NYSEExchangeCalendar, toDay } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import { needsDriftRebalance, rebalanceMask } from './schedule.js';

const cal = new NYSEExchangeCalendar();
const sessions2024 = cal.sessions({ from: '2024-01-01', to: '2025-01-01' });
const days2024 = Int32Array.from(sessions2024, (d) => toDay(d));

/** Expected dates computed independently: group the calendar's sessions by month and index them. */
function expectedMonthly(anchors: number[]): string[] {
  const byMonth = new Map<string, Date[]>();
  for (const d of sessions2024) {
    const key = isoDate(d).slice(0, 7);
    byMonth.set(key, [...(byMonth.get(key) ?? []), d]);
  }
  const out: string[] = [];
  for (const list of byMonth.values()) {
    const picked = new Set<string>();
    for (const n of anchors) {
      const d = n > 0 ? list[n - 1] : list[list.length + n];
      if (d !== undefined) picked.add(isoDate(d));
    }
    out.push(...[...picked].sort());
  }
  return out;
}

const datesOf = (mask: Uint8Array, days: Int32Array) =>
  Array.from(days)
    .filter((_, k) => mask[k] === 1)
    .map((d) => isoDate(d));

describe('rebalance schedule', () => {
  it('Daily rebalances on every session', () => {
    expect(rebalanceMask(cal, days2024, { frequency: 'Daily' }).every((x) => x === 1)).toBe(true);
  });

  it('monthly anchors [16, -1] fire on the 16th session and the last session of each month of NYSE 2024', () => {
    const got = datesOf(rebalanceMask(cal, days2024, { frequency: 'Monthly', anchors: [16, -1] }), days2024);
    expect(got).toEqual(expectedMonthly([16, -1]));
    expect(got).toHaveLength(24);
    expect(got.slice(0, 2), 'MLK day (15 Jan) pushes the 16th session to the 24th').toEqual([
      '2024-01-24',
      '2024-01-31',
    ]);
  });

  it('monthly anchor [-7] fires on the seventh session from the end', () => {
    const got = datesOf(rebalanceMask(cal, days2024, { frequency: 'Monthly', anchors: [-7] }), days2024);
    expect(got).toEqual(expectedMonthly([-7]));
    expect(got).toHaveLength(12);
  });

  it('monthly anchor [1] fires on the first session of each month (2 Jan 2024 after New Year)', () => {
    const got = datesOf(rebalanceMask(cal, days2024, { frequency: 'Monthly', anchors: [1] }), days2024);
    expect(got).toEqual(expectedMonthly([1]));
    expect(got[0]).toBe('2024-01-02');
  });

  it('an anchor beyond the sessions a month has does not fire in that month', () => {
    const got = datesOf(rebalanceMask(cal, days2024, { frequency: 'Monthly', anchors: [22] }), days2024);
    expect(got).toEqual(expectedMonthly([22]));
    expect(got.length, 'only months with 22+ sessions').toBeLessThan(12);
  });

  it.each(['Weekly', 'Monthly', 'Quarterly', 'Yearly'] as const)(
    '%s without anchors equals isRebalanceDay from @tactical/calendars (last session of the period)',
    (frequency) => {
      const mask = rebalanceMask(cal, days2024, { frequency });
      const expected = sessions2024.map((d) => (isRebalanceDay(d, frequency, cal) ? 1 : 0));
      expect(Array.from(mask)).toEqual(expected);
    },
  );

  it('decides from the calendar, not the grid: a grid cut off mid-month does not make its last day a month end', () => {
    const cut = days2024.slice(0, days2024.indexOf(toDay('2024-02-15')) + 1);
    const mask = rebalanceMask(cal, cut, { frequency: 'Monthly' });
    expect(mask[mask.length - 1], '2024-02-15 is not the last session of February').toBe(0);
    const late = days2024.slice(days2024.indexOf(toDay('2024-02-20')));
    const first = rebalanceMask(cal, late, { frequency: 'Monthly', anchors: [1] });
    expect(first[0], '2024-02-20 is not the first session of February').toBe(0);
    const sixteenth = rebalanceMask(cal, late, { frequency: 'Monthly', anchors: [13] });
    expect(isoDate(late[sixteenth.indexOf(1)]!), 'counted from the month start, before the grid').toBe(
      '2024-02-20',
    );
  });
});

describe('drift', () => {
  it('rebalances when some holding differs from its last target by more than drift', () => {
    expect(needsDriftRebalance({ A: 0.56, B: 0.44 }, { A: 0.5, B: 0.5 }, 0.05)).toBe(true);
    expect(needsDriftRebalance({ A: 0.54, B: 0.46 }, { A: 0.5, B: 0.5 }, 0.05)).toBe(false);
  });
  it('counts an asset missing on either side as weight 0', () => {
    expect(needsDriftRebalance({ A: 0.5 }, { A: 0.5, B: 0.5 }, 0.05)).toBe(true);
    expect(needsDriftRebalance({ A: 0.5, C: 0.1 }, { A: 0.5 }, 0.05)).toBe(true);
  });
  it('never fires without a drift setting', () => {
    expect(needsDriftRebalance({ A: 1 }, {}, undefined)).toBe(false);
  });
});
