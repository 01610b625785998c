/**
 * Volatility: sample standard deviation (n - 1) of the last `period` one-session simple returns
 * `x[k] / x[k-1] - 1`, times sqrt(252) when `annualize`. Needs `period + 1` prices: warm-up `period`.
 *
 * Numerics: a sliding-window Welford update (mean and M2, replacing the oldest return by the newest in
 * one step), which avoids the cancellation of sum/sum-of-squares. Each step adds a rounding error bounded
 * by a few ulps of the squares involved; that bound is accumulated, and the window is recomputed
 * exactly (two-pass) when it could exceed 1e-12 of M2 (near-constant returns, where M2 is tiny) or
 * every `RESYNC` outputs. M2 is clamped at 0. Matches a naive two-pass loop to
 * 1e-9 relative (see volatility.test.ts). A missing price (or a zero base) restarts the window.
 */
import { checkOut, checkPeriod, type Kernel } from './kernel.js';

/** Parameters of `volatility`. */
export interface VolatilityParams {
  period: number;
  annualize?: boolean;
}

/** Trading sessions per year used by `annualize`. */
export const SESSIONS_PER_YEAR = 252;

const RESYNC = 1024;
/** Rounding error bound of one replace step, relative to the squares it touches (a few ulps). */
const DRIFT_PER_STEP = 8 * Number.EPSILON;
/** Recompute exactly when the accumulated error bound exceeds 1e-12 of M2 (keeps stdev within 1e-9). */
const RELATIVE = 1e12;

function r(input: Float64Array, k: number): number {
  return input[k]! / input[k - 1]! - 1;
}

/** Volatility(period, annualize). */
export const volatility: Kernel<VolatilityParams> = {
  name: 'volatility',
  warmup: ({ period }) => checkPeriod('volatility', period, 2),
  compute(input, { period, annualize = false }, out) {
    checkPeriod('volatility', period, 2);
    checkOut('volatility', input, out);
    const scale = annualize ? Math.sqrt(SESSIONS_PER_YEAR) : 1;
    let run = 0; // consecutive valid returns ending at i
    let mean = 0;
    let m2 = 0;
    let sinceSync = 0;
    let drift = 0;
    for (let i = 0; i < input.length; i++) {
      const x = input[i]!;
      const prev = i > 0 ? input[i - 1]! : Number.NaN;
      const ri = x / prev - 1;
      if (!Number.isFinite(ri) || prev === 0 || !Number.isFinite(x)) {
        run = 0;
        mean = 0;
        m2 = 0;
        drift = 0;
        out[i] = Number.NaN;
        continue;
      }
      run++;
      if (run <= period) {
        // Welford add.
        const d = ri - mean;
        mean += d / run;
        m2 += d * (ri - mean);
      } else {
        // Replace the oldest return by the newest (window size constant).
        const old = r(input, i - period);
        const next = mean + (ri - old) / period;
        m2 += (ri - old) * (ri - next + old - mean);
        mean = next;
        // A bound on the rounding error this step adds to m2.
        drift += DRIFT_PER_STEP * (ri * ri + old * old + 2 * mean * mean);
        if (++sinceSync >= RESYNC || m2 <= drift * RELATIVE) {
          // Exact two-pass over the window [i - period + 1, i], in the same order as a naive loop.
          sinceSync = 0;
          drift = 0;
          let s = 0;
          for (let k = i - period + 1; k <= i; k++) s += r(input, k);
          mean = s / period;
          m2 = 0;
          for (let k = i - period + 1; k <= i; k++) {
            const d = r(input, k) - mean;
            m2 += d * d;
          }
        }
      }
      out[i] = run >= period ? Math.sqrt(m2 > 0 ? m2 / (period - 1) : 0) * scale : Number.NaN;
    }
  },
};
