import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { etfDir, etfSeries, expectClose, GOLDEN_SYMBOLS, skipReason } from '../../../test/support/golden.js';
import { kernelContract, periodParams } from '../../../test/support/kernel-contract.js';
import { drawdown } from './drawdown.js';
import { runKernel } from './kernel.js';

kernelContract(drawdown, { params: periodParams() });

/** Independent: scan each window for its max. */
function naiveDrawdown(xs: Float64Array, p: number): Float64Array {
  return Float64Array.from(xs, (x, i) => {
    if (i < p - 1) return Number.NaN;
    let m = Number.NEGATIVE_INFINITY;
    for (let k = i - p + 1; k <= i; k++) m = Math.max(m, xs[k]!);
    return x / m - 1;
  });
}

describe('drawdown', () => {
  it('is x / rolling max - 1, <= 0', () => {
    const out = runKernel(drawdown, Float64Array.of(10, 8, 12, 6, 9), { period: 3 });
    expect(Array.from(out)).toEqual([Number.NaN, Number.NaN, 0, -0.5, 9 / 12 - 1]);
  });
  it('equals a window scan on random series with ties (monotonic deque)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 20 }),
        (ints, p) => {
          const xs = Float64Array.from(ints);
          expect(Array.from(runKernel(drawdown, xs, { period: p }))).toEqual(
            Array.from(naiveDrawdown(xs, p)),
          );
        },
      ),
    );
  });
  describe.skipIf(!etfDir)(`golden: real ETF closes${skipReason}`, () => {
    for (const symbol of GOLDEN_SYMBOLS) {
      it(`${symbol}: equals a naive window scan (periods 1, 63, 252)`, () => {
        const { adjClose } = etfSeries(symbol);
        for (const period of [1, 63, 252]) {
          expectClose(runKernel(drawdown, adjClose, { period }), naiveDrawdown(adjClose, period), 1e-9, 1e-6);
        }
      });
    }
  });
});
