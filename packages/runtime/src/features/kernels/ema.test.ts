import { EMA } from 'technicalindicators';
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
import { ema } from './ema.js';
import { runKernel } from './kernel.js';

kernelContract(ema, { params: periodParams() });

/** Independent: seed with the mean of the first p values, then alpha * x + (1 - alpha) * prev. */
function naiveEma(xs: Float64Array, p: number): Float64Array {
  const out = new Float64Array(xs.length).fill(Number.NaN);
  if (xs.length < p) return out;
  let seed = 0;
  for (let k = 0; k < p; k++) seed += xs[k]!;
  let prev = seed / p;
  out[p - 1] = prev;
  const a = 2 / (p + 1);
  for (let i = p; i < xs.length; i++) out[i] = prev = a * xs[i]! + (1 - a) * prev;
  return out;
}

describe('ema', () => {
  it('is seeded with the SMA of the first `period` values, then alpha = 2/(p+1)', () => {
    const out = runKernel(ema, Float64Array.of(2, 4, 6, 8), { period: 3 });
    expect(out[2]).toBe(4);
    expect(out[3]).toBe(4 + 0.5 * (8 - 4));
  });
  it('restarts its seed after a NaN gap', () => {
    const out = runKernel(ema, Float64Array.of(1, 1, Number.NaN, 3, 5, 7), { period: 2 });
    expect(Array.from(out.subarray(2))).toEqual([Number.NaN, Number.NaN, 4, 4 + (2 / 3) * 3]);
  });
  describe.skipIf(!etfDir)(`golden: real ETF closes${skipReason}`, () => {
    for (const symbol of GOLDEN_SYMBOLS) {
      it(`${symbol}: equals technicalindicators EMA (same SMA seeding) and a naive loop to 1e-9`, () => {
        const { adjClose } = etfSeries(symbol);
        for (const period of [1, 12, 50]) {
          const ours = runKernel(ema, adjClose, { period });
          expectClose(ours, padded(EMA.calculate({ period, values: Array.from(adjClose) }), adjClose.length));
          expectClose(ours, naiveEma(adjClose, period));
        }
      });
    }
  });
});
