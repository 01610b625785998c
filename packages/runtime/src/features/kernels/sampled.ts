/**
 * Period-end sampling (month-end or week-end closes) for `sma` and `return` features with `sample`.
 *
 * `isEnd[i] = 1` marks the last session of a month/week of the spec's calendar (a calendar fact, known
 * in advance, so no look-ahead). The samples at session i are:
 * - newest 'period_end' (default): the period-end values at or before i — between period ends the
 *   feature repeats its value of the last period end (Faber 2007, Keller & Keunig 2017 compute their
 *   signals only on month-end closes);
 * - newest 'session': the period-end values strictly before i followed by x[i] itself (the current
 *   session as the newest sample, as a live approximation of the coming month end). On a period-end
 *   session both rules give the same value.
 * sma = mean of the last `period` samples; return = newest / (sample `period` samples back) − 1.
 * A sample that is missing (NaN) makes the value NaN. Cost O(n × period) with period in months/weeks.
 */

/** Which statistic of the samples. */
export type SampledStat = 'sma' | 'return';
/** Which value is the newest sample between period ends. */
export type Newest = 'period_end' | 'session';

/** Sessions of history a sampled feature of `period` samples needs (the warm-up), generously. */
export function sampledLookback(stat: SampledStat, period: number, every: 'Weekly' | 'Monthly'): number {
  const longest = every === 'Monthly' ? 23 : 5; // sessions in the longest month / week
  return (stat === 'return' ? period + 1 : period) * longest;
}

/** The sampled statistic of `x` (one value per session). */
export function sampledSeries(
  x: Float64Array,
  isEnd: Uint8Array,
  stat: SampledStat,
  period: number,
  newest: Newest,
): Float64Array {
  const n = x.length;
  const out = new Float64Array(n).fill(Number.NaN);
  const ends = new Int32Array(n);
  let m = 0; // period ends strictly before i
  let carried = Number.NaN; // value at the last period end
  const valueAt = (i: number, before: number): number => {
    // samples: x at ends[before-period+1 .. before-1] (sma) and x[i] as the newest
    if (stat === 'sma') {
      if (before < period - 1) return Number.NaN;
      let sum = x[i]!;
      for (let k = before - period + 1; k < before; k++) sum += x[ends[k]!]!;
      return Number.isFinite(sum) ? sum / period : Number.NaN;
    }
    if (before < period) return Number.NaN;
    const base = x[ends[before - period]!]!;
    const r = x[i]! / base - 1;
    return Number.isFinite(r) ? r : Number.NaN;
  };
  for (let i = 0; i < n; i++) {
    if (isEnd[i] === 1) {
      carried = valueAt(i, m);
      out[i] = carried;
      ends[m++] = i;
    } else out[i] = newest === 'session' ? valueAt(i, m) : carried;
  }
  return out;
}
