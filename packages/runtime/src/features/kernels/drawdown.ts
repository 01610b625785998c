/**
 * Drawdown from the rolling maximum: `x[i] / max(x[i - period + 1..i]) - 1` (<= 0). The maximum comes
 * from a monotonic deque of indices held in one preallocated Int32Array ring of `period` slots, so each
 * index is pushed and popped once: O(n). A window containing a missing value is NaN. Warm-up `period - 1`.
 */
import { checkOut, checkPeriod, type Kernel, type PeriodParams } from './kernel.js';

/** Drawdown(period). */
export const drawdown: Kernel<PeriodParams> = {
  name: 'drawdown',
  warmup: ({ period }) => checkPeriod('drawdown', period) - 1,
  compute(input, { period }, out) {
    checkPeriod('drawdown', period);
    checkOut('drawdown', input, out);
    const ring = new Int32Array(period);
    let head = 0; // ring slot of the front (largest value)
    let size = 0;
    let run = 0;
    for (let i = 0; i < input.length; i++) {
      const x = input[i]!;
      if (!Number.isFinite(x)) {
        size = 0;
        run = 0;
        out[i] = Number.NaN;
        continue;
      }
      run++;
      // Drop the front when it left the window.
      if (size > 0 && ring[head]! <= i - period) {
        head = (head + 1) % period;
        size--;
      }
      // Pop smaller-or-equal values from the back: they can never be the max again.
      while (size > 0 && input[ring[(head + size - 1) % period]!]! <= x) size--;
      ring[(head + size) % period] = i;
      size++;
      out[i] = run >= period ? x / input[ring[head]!]! - 1 : Number.NaN;
    }
  },
};
