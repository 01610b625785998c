import { AverageGain, AverageLoss, RSI } from 'technicalindicators';
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
import { rsi } from './rsi.js';

kernelContract(rsi, { params: periodParams() });

/** Independent: build gain/loss arrays, seed with their first-p means, smooth with Wilder. */
function naiveRsi(xs: Float64Array, p: number): Float64Array {
  const out = new Float64Array(xs.length).fill(Number.NaN);
  const gains: number[] = [];
  const losses: number[] = [];
  for (let i = 1; i < xs.length; i++) {
    gains.push(Math.max(xs[i]! - xs[i - 1]!, 0));
    losses.push(Math.max(xs[i - 1]! - xs[i]!, 0));
  }
  if (gains.length < p) return out;
  let g = gains.slice(0, p).reduce((a, b) => a + b, 0) / p;
  let l = losses.slice(0, p).reduce((a, b) => a + b, 0) / p;
  const value = () => (l === 0 ? 100 : 100 - 100 / (1 + g / l));
  out[p] = value();
  for (let k = p; k < gains.length; k++) {
    g = (g * (p - 1) + gains[k]!) / p;
    l = (l * (p - 1) + losses[k]!) / p;
    out[k + 1] = value();
  }
  return out;
}

describe('rsi', () => {
  it('is 100 when the average loss is 0, 0 when the average gain is 0', () => {
    expect(runKernel(rsi, Float64Array.of(1, 2, 3, 4), { period: 3 })[3]).toBe(100);
    expect(runKernel(rsi, Float64Array.of(4, 3, 2, 1), { period: 3 })[3]).toBe(0);
    expect(runKernel(rsi, Float64Array.of(1, 1, 1, 1), { period: 3 })[3], 'flat: avg loss 0').toBe(100);
  });
  it('Wilder smoothing after the simple-mean seed', () => {
    // changes +2, -1 | +1: seed g=1, l=0.5; then g=(1*1+1)/2=1, l=(0.5*1+0)/2=0.25 -> RS 4 -> 80
    const out = runKernel(rsi, Float64Array.of(10, 12, 11, 12), { period: 2 });
    expect(out[2]).toBeCloseTo(100 - 100 / 3, 12);
    expect(out[3]).toBeCloseTo(80, 12);
  });
  describe.skipIf(!etfDir)(`golden: real ETF closes${skipReason}`, () => {
    for (const symbol of GOLDEN_SYMBOLS) {
      it(`${symbol}: equals a naive loop and technicalindicators' Wilder averages to 1e-9; its rounded RSI to 0.005`, () => {
        const { adjClose } = etfSeries(symbol);
        const values = Array.from(adjClose);
        for (const period of [2, 14, 30]) {
          const ours = runKernel(rsi, adjClose, { period });
          expectClose(ours, naiveRsi(adjClose, period));
          // technicalindicators seeds AverageGain/AverageLoss the same way (mean of the first p, then Wilder).
          const g = AverageGain.calculate({ period, values });
          const l = AverageLoss.calculate({ period, values });
          const fromLib = padded(
            g.map((gi, k) => (l[k] === 0 ? 100 : 100 - 100 / (1 + gi / l[k]!))),
            adjClose.length,
          );
          expectClose(ours, fromLib);
          // Its RSI rounds to 2 decimals (toFixed(2)): equal within half a unit of the last place.
          const rounded = padded(RSI.calculate({ period, values }), adjClose.length);
          expectClose(ours, rounded, 0.005, 1);
        }
      });
    }
  });
});
