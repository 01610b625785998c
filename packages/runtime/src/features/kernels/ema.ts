/**
 * Exponential moving average, alpha = 2 / (period + 1), seeded by the SMA of the first `period` values
 * (docs/spec-language.md; the same convention as technicalindicators' EMA). Update
 * `e = (x - e) * alpha + e`. A missing value resets it: the next `period` values seed it again.
 * Warm-up `period - 1`.
 */
import { checkOut, checkPeriod, type Kernel, type PeriodParams } from './kernel.js';

/** EMA(period). */
export const ema: Kernel<PeriodParams> = {
  name: 'ema',
  warmup: ({ period }) => checkPeriod('ema', period) - 1,
  compute(input, { period }, out) {
    checkPeriod('ema', period);
    checkOut('ema', input, out);
    const alpha = 2 / (period + 1);
    let run = 0;
    let sum = 0;
    let e = Number.NaN;
    for (let i = 0; i < input.length; i++) {
      const x = input[i]!;
      if (!Number.isFinite(x)) {
        run = 0;
        sum = 0;
        out[i] = Number.NaN;
        continue;
      }
      run++;
      if (run < period) {
        sum += x;
        out[i] = Number.NaN;
      } else if (run === period) {
        sum += x;
        e = sum / period;
        out[i] = e;
      } else {
        e = (x - e) * alpha + e;
        out[i] = e;
      }
    }
  },
};
