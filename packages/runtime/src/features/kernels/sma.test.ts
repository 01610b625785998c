import { SMA } from 'technicalindicators';
import { describe, expect, it } from 'vitest';
import {
  etfDir,
  etfSeries,
  expectClose,
  GOLDEN_SYMBOLS,
  padded,
  skipReason,
} from '../../../test/support/golden.js';
import { kernelContract, periodParams } from '../../../test/support/kernel-contract.js';
import { runKernel } from './kernel.js';
import { sma } from './sma.js';

kernelContract(sma, { params: periodParams() });

/** Independent: average each window from scratch. */
function naiveSma(xs: Float64Array, p: number): Float64Array {
  return Float64Array.from(xs, (_, i) => {
    if (i < p - 1) return Number.NaN;
    let s = 0;
    for (let k = i - p + 1; k <= i; k++) s += xs[k]!;
    return s / p;
  });
}

describe('sma', () => {
  it('averages the last `period` values', () => {
    expect(Array.from(runKernel(sma, Float64Array.of(1, 2, 3, 4, 5), { period: 3 }))).toEqual([
      Number.NaN,
      Number.NaN,
      2,
      3,
      4,
    ]);
  });
  it('a window containing NaN is NaN, and the window restarts after the gap', () => {
    const out = runKernel(sma, Float64Array.of(1, 2, Number.NaN, 4, 5, 6), { period: 2 });
    expect(Array.from(out)).toEqual([Number.NaN, 1.5, Number.NaN, Number.NaN, 4.5, 5.5]);
  });
  it('rejects a period below 1, quoting it', () => {
    expect(() => sma.warmup({ period: 0 })).toThrow('sma: period must be an integer >= 1, got 0');
  });
  describe.skipIf(!etfDir)(`golden: real ETF closes${skipReason}`, () => {
    for (const symbol of GOLDEN_SYMBOLS) {
      it(`${symbol}: equals technicalindicators SMA and a naive loop to 1e-9 (periods 1, 20, 200)`, () => {
        const { adjClose } = etfSeries(symbol);
        for (const period of [1, 20, 200]) {
          const ours = runKernel(sma, adjClose, { period });
          expectClose(ours, padded(SMA.calculate({ period, values: Array.from(adjClose) }), adjClose.length));
          expectClose(ours, naiveSma(adjClose, period));
        }
      });
    }
  });
});
