/** Drawdown, rolling statistics and the monthly table against plain loops written here. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawdownSeries, monthlyReturns, rollingStats } from '../src/analytics.js';

/** Sample mean and stdev by the textbook two-pass formula. */
function meanSd(xs: number[]): [number, number] {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return [m, Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1))];
}

const curve = fc
  .array(fc.double({ min: -0.08, max: 0.08, noNaN: true }), { minLength: 30, maxLength: 200 })
  .map((rs) => {
    const e = [1000];
    for (const r of rs) e.push(e[e.length - 1]! * (1 + r));
    return e;
  });

describe('rollingStats', () => {
  it('equals a window-by-window recomputation', () => {
    fc.assert(
      fc.property(curve, fc.integer({ min: 2, max: 25 }), (e, w) => {
        const got = rollingStats(e, w);
        let worst = 0;
        for (let i = 0; i < e.length; i++) {
          if (i < w) {
            if (!Number.isNaN(got.ret[i]! + got.vol[i]! + got.sharpe[i]!)) return false;
            continue;
          }
          const rs = [];
          for (let j = i - w + 1; j <= i; j++) rs.push(e[j]! / e[j - 1]! - 1);
          const [m, sd] = meanSd(rs);
          worst = Math.max(
            worst,
            Math.abs(got.ret[i]! - (e[i]! / e[i - w]! - 1)),
            // 0 is allowed only where the window's stdev is below the documented 1e-8 noise floor
            got.vol[i] === 0 ? (sd < 1.5e-8 ? 0 : 1) : Math.abs(got.vol[i]! - sd * Math.sqrt(252)),
            // Sharpe relative to its size (large when the window barely varies)
            sd > 1e-7
              ? Math.abs(got.sharpe[i]! - (m / sd) * Math.sqrt(252)) /
                  Math.max(1, Math.abs((m / sd) * Math.sqrt(252)))
              : 0,
          );
        }
        expect(worst).toBeLessThan(1e-8);
      }),
      { numRuns: 200 },
    );
  });

  it('a flat stretch has zero volatility and no Sharpe', () => {
    const e = Array.from({ length: 600 }, (_, i) => (i < 300 ? 100 * 1.01 ** (i % 7) : 200));
    const got = rollingStats(e, 252);
    expect(got.vol[599]).toBe(0);
    expect(got.sharpe[599]).toBeNaN();
  });
});

describe('drawdownSeries', () => {
  it('is equity over its running maximum, minus one', () => {
    fc.assert(
      fc.property(curve, (e) => {
        const dd = drawdownSeries(e);
        let peak = 0;
        e.forEach((x, i) => {
          peak = Math.max(peak, x);
          expect(Math.abs(dd[i]! - (x / peak - 1))).toBeLessThan(1e-12);
        });
      }),
    );
  });
});

describe('monthlyReturns', () => {
  it('a hand-made case: month ends, a month without sessions, the first month from the first session', () => {
    const dates = ['2020-01-30', '2020-01-31', '2020-02-03', '2020-02-28', '2020-04-01', '2021-01-04'];
    const equity = [100, 110, 90, 99, 108.9, 217.8];
    const rows = monthlyReturns(dates, equity);
    expect(rows.map((r) => r.year)).toEqual([2020, 2021]);
    expect(rows[0]!.months[0]).toBeCloseTo(0.1, 12);
    expect(rows[0]!.months[1]).toBeCloseTo(-0.1, 12);
    expect(rows[0]!.months[2]).toBeNull();
    expect(rows[0]!.months[3]).toBeCloseTo(0.1, 12);
    expect(rows[0]!.total).toBeCloseTo(0.089, 12);
    expect(rows[1]!.months[0]).toBeCloseTo(1, 12);
    expect(rows[1]!.total).toBeCloseTo(1, 12);
  });

  it('months chain to the year and years chain to the total return', () => {
    fc.assert(
      fc.property(curve, fc.integer({ min: 1, max: 9 }), (e, stride) => {
        // one session every `stride` days from 2019-12-20
        const dates = e.map((_, i) =>
          new Date(Date.UTC(2019, 11, 20 + i * stride)).toISOString().slice(0, 10),
        );
        const rows = monthlyReturns(dates, e);
        let all = 1;
        for (const r of rows) {
          const year = r.months.reduce((p: number, m) => p * (1 + (m ?? 0)), 1);
          expect(year / (1 + r.total)).toBeCloseTo(1, 9);
          all *= 1 + r.total;
        }
        expect(all / (e[e.length - 1]! / e[0]!)).toBeCloseTo(1, 9);
      }),
    );
  });
});
