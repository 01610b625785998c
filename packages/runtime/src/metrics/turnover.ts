/** Portfolio turnover. */
import { mean, yearsSpanned } from './returns.js';

/**
 * Annualised one-way turnover: `Σ|traded notional| / 2 / mean equity / years`. Halving counts a
 * round trip (sell A, buy B) once, so moving the whole book from A to B once is turnover 1.
 * Years by calendar days / 365.25 as for CAGR; with a span under a day the total (not annualised)
 * figure is returned.
 * @param traded Σ|q·price| of the fills of each session.
 */
export function annualTurnover(
  traded: ArrayLike<number>,
  equity: ArrayLike<number>,
  days: ArrayLike<number>,
): number {
  let total = 0;
  for (let i = 0; i < traded.length; i++) total += Math.abs(traded[i]!);
  const base = mean(equity);
  if (!(base > 0)) return Number.NaN;
  const once = total / 2 / base;
  const years = yearsSpanned(days);
  return years > 0 ? once / years : once;
}
