/** Market exposure over the run. */

/** Mean gross exposure and how often the portfolio held anything. */
export interface Exposure {
  /** Mean over sessions of Σ|q·price| / equity (1 = fully invested, 2 = 2× gross, e.g. 100/100 long/short). */
  meanGross: number;
  /** Fraction of sessions with any position (gross > 0). */
  invested: number;
}

/** @param gross per-session Σ|q·price| / equity, after the session's close. */
export function exposure(gross: ArrayLike<number>): Exposure {
  if (gross.length === 0) return { meanGross: Number.NaN, invested: Number.NaN };
  let sum = 0;
  let invested = 0;
  for (let i = 0; i < gross.length; i++) {
    sum += gross[i]!;
    if (gross[i]! > 0) invested++;
  }
  return { meanGross: sum / gross.length, invested: invested / gross.length };
}
