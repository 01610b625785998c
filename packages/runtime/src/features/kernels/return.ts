/**
 * Return over N sessions: `x[i] / x[i - period] - 1`. NaN when either end is missing or the base is 0
 * (the values in between are not read). Warm-up `period`.
 */
import { checkOut, checkPeriod, type Kernel, type PeriodParams } from './kernel.js';

/** Return(period). */
export const ret: Kernel<PeriodParams> = {
  name: 'return',
  warmup: ({ period }) => checkPeriod('return', period),
  compute(input, { period }, out) {
    checkPeriod('return', period);
    checkOut('return', input, out);
    const warm = Math.min(period, input.length);
    out.fill(Number.NaN, 0, warm);
    // A zero or missing base gives a non-finite r; `r - r === 0` is the finiteness test (it is NaN
    // for ±Infinity and NaN), written inline because a cold run interprets this loop for a while.
    for (let i = warm; i < input.length; i++) {
      const r = input[i]! / input[i - period]! - 1;
      out[i] = r - r === 0 ? r : Number.NaN;
    }
  },
};
