/** Maximum drawdown with the dates that frame it. */

/** The deepest peak-to-trough fall of an equity curve. */
export interface Drawdown {
  /** Fall from peak as a fraction, ≤ 0 (−0.25 = 25% below the peak). 0 for a curve that never falls. */
  depth: number;
  /** Index of the peak preceding the trough. */
  peak: number;
  /** Index of the trough. */
  trough: number;
  /** Index of the first session back at or above the peak, or −1 if never recovered. */
  recovery: number;
}

/**
 * Single pass: track the running peak; the deepest `e/peak − 1` is the max drawdown. The first
 * deepest trough wins ties, so the answer is deterministic.
 */
export function maxDrawdown(equity: ArrayLike<number>): Drawdown {
  let peak = 0;
  const best: Drawdown = { depth: 0, peak: 0, trough: 0, recovery: -1 };
  for (let i = 0; i < equity.length; i++) {
    if (equity[i]! > equity[peak]!) peak = i;
    const dd = equity[i]! / equity[peak]! - 1;
    if (dd < best.depth) {
      best.depth = dd;
      best.peak = peak;
      best.trough = i;
    }
  }
  if (best.depth < 0) {
    const level = equity[best.peak]!;
    for (let i = best.trough + 1; i < equity.length; i++) {
      if (equity[i]! >= level) {
        best.recovery = i;
        break;
      }
    }
  } else {
    best.recovery = 0;
  }
  return best;
}
