/**
 * Delay: the value `n` sessions back, `out[i] = input[i - n]` (NaN for i < n). Warm-up `n`.
 */
import { checkOut, type Kernel } from './kernel.js';

/** Parameters of `delay`. */
export interface DelayParams {
  n: number;
}

function checkN(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`delay: n must be an integer >= 0, got ${n}`);
  return n;
}

/** Delay(n). */
export const delay: Kernel<DelayParams> = {
  name: 'delay',
  warmup: ({ n }) => checkN(n),
  compute(input, { n }, out) {
    checkN(n);
    checkOut('delay', input, out);
    const len = input.length;
    const k = Math.min(n, len);
    out.fill(Number.NaN, 0, k);
    out.set(input.subarray(0, len - k), k);
    // Non-finite inputs are "no value": normalise them to NaN like every other kernel.
    for (let i = k; i < len; i++) if (!Number.isFinite(out[i]!)) out[i] = Number.NaN;
  },
};
