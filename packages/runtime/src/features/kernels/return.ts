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
    for (let i = 0; i < input.length; i++) {
      if (i < period) {
        out[i] = Number.NaN;
        continue;
      }
      const x = input[i]!;
      const base = input[i - period]!;
      const r = x / base - 1;
      out[i] = base !== 0 && Number.isFinite(r) ? r : Number.NaN;
    }
  },
};
