import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { etfDir, etfSeries, expectClose, GOLDEN_SYMBOLS, skipReason } from '../../../test/support/golden.js';
import { kernelContract } from '../../../test/support/kernel-contract.js';
import { runKernel } from './kernel.js';
import { volatility } from './volatility.js';

kernelContract(volatility, {
  params: fc.record({ period: fc.integer({ min: 2, max: 12 }), annualize: fc.boolean() }),
});

/** Independent two-pass: mean of the window's returns, then sum of squared deviations / (n - 1). */
function naiveVol(xs: Float64Array, p: number, annualize = false): Float64Array {
  return Float64Array.from(xs, (_, i) => {
    if (i < p) return Number.NaN;
    const rets: number[] = [];
    for (let k = i - p + 1; k <= i; k++) rets.push(xs[k]! / xs[k - 1]! - 1);
    const mean = rets.reduce((a, b) => a + b, 0) / p;
    const v = rets.reduce((a, r) => a + (r - mean) ** 2, 0) / (p - 1);
    return Math.sqrt(v) * (annualize ? Math.sqrt(252) : 1);
  });
}

describe('volatility', () => {
  it('is the sample stdev of the last `period` returns, sqrt(252) when annualized', () => {
    const xs = Float64Array.of(100, 110, 99, 108.9);
    expectClose(runKernel(volatility, xs, { period: 3 }), naiveVol(xs, 3));
    expectClose(runKernel(volatility, xs, { period: 3, annualize: true }), naiveVol(xs, 3, true));
    expect(runKernel(volatility, Float64Array.of(1, 1, 1, 1), { period: 2 })[3], 'flat prices').toBe(0);
  });
  it('rejects period 1 (a sample stdev needs two returns)', () => {
    expect(() => volatility.warmup({ period: 1 })).toThrow(
      'volatility: period must be an integer >= 2, got 1',
    );
  });
  it('stays within 1e-9 of two-pass over long random walks (numerical stability)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -0.05, max: 0.05, noNaN: true }), { minLength: 3000, maxLength: 3000 }),
        fc.integer({ min: 2, max: 300 }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (rets, period, base) => {
          const xs = new Float64Array(rets.length);
          let x = base;
          for (let i = 0; i < rets.length; i++) {
            x *= 1 + rets[i]!;
            xs[i] = x;
          }
          expectClose(runKernel(volatility, xs, { period }), naiveVol(xs, period), 1e-9, 1e-6);
        },
      ),
      { numRuns: 20 },
    );
  });
  describe.skipIf(!etfDir)(`golden: real ETF closes${skipReason}`, () => {
    for (const symbol of GOLDEN_SYMBOLS) {
      it(`${symbol}: equals a naive two-pass loop to 1e-9 relative (periods 2, 20, 63, annualized)`, () => {
        const { adjClose } = etfSeries(symbol);
        for (const period of [2, 20, 63]) {
          expectClose(runKernel(volatility, adjClose, { period }), naiveVol(adjClose, period));
          expectClose(
            runKernel(volatility, adjClose, { period, annualize: true }),
            naiveVol(adjClose, period, true),
          );
        }
      });
    }
  });
});
