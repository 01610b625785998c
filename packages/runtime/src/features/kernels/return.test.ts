import { describe, expect, it } from 'vitest';
import { etfDir, etfSeries, expectClose, GOLDEN_SYMBOLS, skipReason } from '../../../test/support/golden.js';
import { kernelContract, periodParams } from '../../../test/support/kernel-contract.js';
import { runKernel } from './kernel.js';
import { ret } from './return.js';

kernelContract(ret, { params: periodParams() });

describe('return', () => {
  it('is x[t] / x[t - period] - 1', () => {
    expect(Array.from(runKernel(ret, Float64Array.of(100, 110, 121), { period: 1 }))).toEqual([
      Number.NaN,
      0.10000000000000009,
      0.10000000000000009,
    ]);
    expect(runKernel(ret, Float64Array.of(100, 50, 150), { period: 2 })[2]).toBeCloseTo(0.5, 15);
  });
  it('is NaN on a zero base (division by zero)', () => {
    expect(runKernel(ret, Float64Array.of(0, 1), { period: 1 })[1]).toBeNaN();
  });
  describe.skipIf(!etfDir)(`golden: real ETF closes${skipReason}`, () => {
    for (const symbol of GOLDEN_SYMBOLS) {
      it(`${symbol}: equals a naive loop (periods 1, 21, 252)`, () => {
        const { adjClose } = etfSeries(symbol);
        for (const period of [1, 21, 252]) {
          const naive = Float64Array.from(adjClose, (x, i) =>
            i < period ? Number.NaN : (x - adjClose[i - period]!) / adjClose[i - period]!,
          );
          expectClose(runKernel(ret, adjClose, { period }), naive, 1e-9, 1e-6);
        }
      });
    }
  });
});
