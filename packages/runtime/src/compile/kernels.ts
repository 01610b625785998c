/**
 * Numeric kernels shared by the compiled form and the reference interpreter.
 *
 * Sharing is deliberate: the differential test compares weights bit for bit, so both sides must
 * run the same float operations in the same order. The kernel itself is tested against a naive
 * formula in kernels.test.ts.
 */
import type { AssetColumns } from '../features/types.js';
import type { PriceField } from './spec-types.js';

/** The column of a bar field (`adj_close` is the adjusted close). */
export function fieldColumn(columns: AssetColumns, field: PriceField): Float64Array {
  return field === 'adj_close' ? columns.adjClose : columns[field];
}

/**
 * Sample standard deviation (n − 1) of the last `lookback` daily simple returns of `close` ending at
 * session `i` (returns close[j]/close[j−1] − 1 for j in (i−lookback, i]). NaN when any of the
 * `lookback + 1` closes is missing or the window starts before the series.
 */
export function returnStdev(close: Float64Array, i: number, lookback: number): number {
  const first = i - lookback;
  if (first < 0 || lookback < 2 || i >= close.length) return Number.NaN;
  let sum = 0;
  for (let j = first + 1; j <= i; j++) {
    const r = close[j]! / close[j - 1]! - 1;
    if (Number.isNaN(r)) return Number.NaN;
    sum += r;
  }
  const mean = sum / lookback;
  let ss = 0;
  for (let j = first + 1; j <= i; j++) {
    const d = close[j]! / close[j - 1]! - 1 - mean;
    ss += d * d;
  }
  return Math.sqrt(ss / (lookback - 1));
}
