/** Annualised volatility of daily returns. */
import { SESSIONS_PER_YEAR, sampleStdev } from './returns.js';

/** Sample stdev of daily returns × √252 (the square-root-of-time rule for independent returns). */
export function annualisedVolatility(returns: ArrayLike<number>): number {
  return sampleStdev(returns) * Math.sqrt(SESSIONS_PER_YEAR);
}
