/** Sortino ratio of daily returns. */
import { mean, SESSIONS_PER_YEAR } from './returns.js';

/**
 * Annualised Sortino ratio: mean daily excess return / downside deviation × √252, where the
 * downside deviation is `sqrt(Σ min(0, r − rf)² / n)` over ALL n sessions (Sortino & Price 1994:
 * sessions above the target count as zero shortfall, they are not dropped). `riskFree` is annual.
 * NaN when there is no downside at all.
 */
export function sortinoRatio(returns: ArrayLike<number>, riskFree = 0): number {
  const rf = riskFree / SESSIONS_PER_YEAR;
  let down = 0;
  for (let i = 0; i < returns.length; i++) {
    const shortfall = Math.min(0, returns[i]! - rf);
    down += shortfall * shortfall;
  }
  const dd = Math.sqrt(down / returns.length);
  return dd > 0 ? ((mean(returns) - rf) / dd) * Math.sqrt(SESSIONS_PER_YEAR) : Number.NaN;
}
