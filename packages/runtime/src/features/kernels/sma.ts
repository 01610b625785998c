/**
 * Simple moving average: mean of the last `period` values, by a running sum.
 * A window containing a missing value is NaN; the window restarts after a gap. Warm-up `period - 1`.
 */
import { checkOut, checkPeriod, type Kernel, type PeriodParams } from './kernel.js';

/** SMA(period). */
export const sma: Kernel<PeriodParams> = {
  name: 'sma',
  warmup: ({ period }) => checkPeriod('sma', period) - 1,
  compute(input, { period }, out) {
    checkPeriod('sma', period);
    checkOut('sma', input, out);
    let sum = 0;
    let run = 0; // consecutive finite values ending at i
    for (let i = 0; i < input.length; i++) {
      const x = input[i]!;
      if (!Number.isFinite(x)) {
        sum = 0;
        run = 0;
        out[i] = Number.NaN;
        continue;
      }
      sum += x;
      run++;
      if (run > period) sum -= input[i - period]!;
      out[i] = run >= period ? sum / period : Number.NaN;
    }
  },
};
