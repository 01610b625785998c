/**
 * Relative strength index with Wilder smoothing, 0..100.
 *
 * Gains/losses are the positive/negative parts of one-session changes. The averages are seeded by
 * the simple mean of the first `period` gains/losses, then `avg = (avg * (period - 1) + x) / period`
 * (Wilder 1978; technicalindicators' AverageGain/AverageLoss do the same). RSI = 100 - 100 / (1 + RS)
 * with RS = avgGain / avgLoss, and 100 when avgLoss is 0 (also when both are 0). Needs `period`
 * changes, so warm-up is `period`. A missing value resets the averages.
 */
import { checkOut, checkPeriod, type Kernel, type PeriodParams } from './kernel.js';

/** RSI(period). */
export const rsi: Kernel<PeriodParams> = {
  name: 'rsi',
  warmup: ({ period }) => checkPeriod('rsi', period),
  compute(input, { period }, out) {
    checkPeriod('rsi', period);
    checkOut('rsi', input, out);
    let prev = Number.NaN;
    let run = 0; // consecutive changes
    let gain = 0;
    let loss = 0;
    for (let i = 0; i < input.length; i++) {
      const x = input[i]!;
      if (!Number.isFinite(x) || !Number.isFinite(prev)) {
        prev = Number.isFinite(x) ? x : Number.NaN;
        run = 0;
        gain = 0;
        loss = 0;
        out[i] = Number.NaN;
        continue;
      }
      const d = x - prev;
      prev = x;
      const g = Math.max(d, 0);
      const l = Math.max(-d, 0);
      run++;
      if (run < period) {
        gain += g;
        loss += l;
        out[i] = Number.NaN;
        continue;
      }
      if (run === period) {
        gain = (gain + g) / period;
        loss = (loss + l) / period;
      } else {
        gain = (gain * (period - 1) + g) / period;
        loss = (loss * (period - 1) + l) / period;
      }
      out[i] = loss === 0 ? 100 : 100 - 100 / (1 + gain / loss);
    }
  },
};
