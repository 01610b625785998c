/** Calmar ratio. */

/** CAGR / |max drawdown| over the whole run (not the traditional trailing 36 months); NaN without a drawdown. */
export function calmarRatio(cagr: number, maxDrawdownDepth: number): number {
  return maxDrawdownDepth < 0 ? cagr / -maxDrawdownDepth : Number.NaN;
}
