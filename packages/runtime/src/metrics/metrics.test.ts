import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relativeTo } from './benchmark.js';
import { calmarRatio } from './calmar.js';
import { maxDrawdown } from './drawdown.js';
import { exposure } from './exposure.js';
import { cagr, dailyReturns, totalReturn } from './returns.js';
import { sharpeRatio } from './sharpe.js';
import { sortinoRatio } from './sortino.js';
import { computeMetrics } from './summary.js';
import { annualTurnover } from './turnover.js';
import { annualisedVolatility } from './volatility.js';

// Naive, independent implementations: plain arrays, two passes, no shared helpers.
const naive = {
  returns: (e: number[]) => e.slice(1).map((v, i) => v / e[i]! - 1),
  mean: (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length,
  sd(xs: number[]) {
    const m = naive.mean(xs);
    return Math.sqrt(xs.reduce((a, x) => a + (x - m) * (x - m), 0) / (xs.length - 1));
  },
  maxDd(e: number[]) {
    // O(n^2): every pair (peak before trough)
    let worst = 0;
    for (let j = 0; j < e.length; j++)
      for (let i = 0; i <= j; i++) worst = Math.min(worst, e[j]! / e[i]! - 1);
    return worst;
  },
};

const curve = fc
  .array(fc.double({ min: -0.05, max: 0.05, noNaN: true }), { minLength: 3, maxLength: 200 })
  .map((rs) => {
    const e = [100];
    for (const r of rs) e.push(e[e.length - 1]! * (1 + r));
    return e;
  });

/**
 * Within 1e-6 of the reference, relative to its size once it exceeds 1: a near-constant curve has a
 * tiny stdev and a Sharpe ratio of ~1e9, where an absolute tolerance would test rounding noise.
 */
function expectRelClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
}

describe('metrics against naive loops', () => {
  it('volatility, Sharpe, Sortino and max drawdown', () => {
    fc.assert(
      fc.property(curve, fc.double({ min: 0, max: 0.05, noNaN: true }), (e, rfAnnual) => {
        const eq = Float64Array.from(e);
        const r = naive.returns(e);
        expect(Array.from(dailyReturns(eq))).toEqual(r);
        const sd = naive.sd(r);
        expect(annualisedVolatility(dailyReturns(eq))).toBeCloseTo(sd * Math.sqrt(252), 10);
        const rf = rfAnnual / 252;
        const ex = r.map((x) => x - rf);
        if (naive.sd(ex) > 1e-12) {
          expectRelClose(
            sharpeRatio(dailyReturns(eq), rfAnnual),
            (naive.mean(ex) / naive.sd(ex)) * Math.sqrt(252),
          );
        }
        const down = Math.sqrt(naive.mean(ex.map((x) => (x < 0 ? x * x : 0))));
        if (down > 1e-12) {
          expectRelClose(sortinoRatio(dailyReturns(eq), rfAnnual), (naive.mean(ex) / down) * Math.sqrt(252));
        }
        expect(maxDrawdown(eq).depth).toBeCloseTo(naive.maxDd(e), 12);
      }),
      { numRuns: 200 },
    );
  });

  it('beta, correlation and alpha against the textbook formulas', () => {
    fc.assert(
      fc.property(curve, curve, (a, b) => {
        const n = Math.min(a.length, b.length);
        const e = a.slice(0, n);
        const m = b.slice(0, n);
        const ra = naive.returns(e);
        const rb = naive.returns(m);
        const ma = naive.mean(ra);
        const mb = naive.mean(rb);
        let cov = 0;
        for (let i = 0; i < ra.length; i++) cov += (ra[i]! - ma) * (rb[i]! - mb);
        cov /= ra.length - 1;
        const sb = naive.sd(rb);
        const sa = naive.sd(ra);
        fc.pre(sb > 1e-9 && sa > 1e-9);
        const days = Array.from({ length: n }, (_, i) => 19000 + i);
        const rel = relativeTo(Float64Array.from(e), Float64Array.from(m), days);
        expect(rel.beta).toBeCloseTo(cov / (sb * sb), 6);
        expect(rel.correlation).toBeCloseTo(cov / (sa * sb), 8);
        expect(rel.alpha).toBeCloseTo((ma - (cov / (sb * sb)) * mb) * 252, 6);
      }),
      { numRuns: 100 },
    );
  });
});

describe('metrics on hand-computed cases', () => {
  it('total return and CAGR by calendar days / 365.25', () => {
    // doubling over exactly 730.5 days = 2 years -> CAGR sqrt(2) - 1
    const e = [100, 150, 200];
    expect(totalReturn(e)).toBe(1);
    expect(cagr(e, [0, 300, 730.5])).toBeCloseTo(Math.SQRT2 - 1, 12);
  });

  it('max drawdown 100 -> 120 -> 90 -> 130: -25% from index 1 to 2, recovered at 3', () => {
    expect(maxDrawdown([100, 120, 90, 130])).toEqual({ depth: -0.25, peak: 1, trough: 2, recovery: 3 });
    expect(maxDrawdown([100, 80, 90]).recovery, 'never recovered').toBe(-1);
    expect(calmarRatio(0.1, -0.25)).toBeCloseTo(0.4, 12);
  });

  it('turnover: moving a 100 book from A to B once in one year is 1', () => {
    // sell 100 of A, buy 100 of B: traded 200, half is 100, over mean equity 100, one year
    expect(annualTurnover([0, 200, 0], [100, 100, 100], [0, 100, 365.25])).toBeCloseTo(1, 12);
  });

  it('exposure: mean gross and time invested', () => {
    expect(exposure([0, 1, 1, 2])).toEqual({ meanGross: 1, invested: 0.75 });
  });

  it('summary has a fixed key order and null for undefined ratios', () => {
    const m = computeMetrics({
      days: [19000, 19001],
      equity: [100, 100],
      traded: [0, 0],
      gross: [0, 0],
      rebalances: 0,
      orders: 0,
    });
    expect(Object.keys(m)).toMatchInlineSnapshot(`
      [
        "start",
        "end",
        "sessions",
        "initialEquity",
        "finalEquity",
        "totalReturn",
        "cagr",
        "volatility",
        "sharpe",
        "sortino",
        "maxDrawdown",
        "maxDrawdownPeak",
        "maxDrawdownTrough",
        "maxDrawdownRecovery",
        "calmar",
        "turnover",
        "meanGrossExposure",
        "timeInvested",
        "rebalances",
        "orders",
        "cashFlows",
      ]
    `);
    expect(m.sharpe).toBeNull();
    expect(m.start).toBe('2022-01-08');
  });
});
