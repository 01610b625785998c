/** Sharpe ratio of daily returns. */
import { mean, SESSIONS_PER_YEAR, sampleStdev } from './returns.js';

/**
 * Annualised Sharpe ratio: mean daily excess return / its sample stdev × √252. `riskFree` is an
 * annual rate (default 0), turned into a per-session rate by dividing by 252.
 * NaN when the returns do not vary.
 */
export function sharpeRatio(returns: ArrayLike<number>, riskFree = 0): number {
  const rf = riskFree / SESSIONS_PER_YEAR;
  const excess = new Float64Array(returns.length);
  for (let i = 0; i < returns.length; i++) excess[i] = returns[i]! - rf;
  const sd = sampleStdev(excess);
  return sd > 0 ? (mean(excess) / sd) * Math.sqrt(SESSIONS_PER_YEAR) : Number.NaN;
}
