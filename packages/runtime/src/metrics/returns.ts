/**
 * Returns over an equity curve. Every metric takes the curve as a Float64Array (one value per
 * session, after that session's close) plus, where time matters, the sessions as day numbers.
 */

/** Trading sessions per year, the usual annualisation factor for daily returns. */
export const SESSIONS_PER_YEAR = 252;

/** Days per calendar year used for CAGR and other per-year rates (leap years averaged in). */
export const DAYS_PER_YEAR = 365.25;

/** Simple daily returns `e[i]/e[i-1] − 1`, length n − 1. */
export function dailyReturns(equity: ArrayLike<number>): Float64Array {
  const n = Math.max(0, equity.length - 1);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = equity[i + 1]! / equity[i]! - 1;
  return out;
}

/** `last / first − 1`; NaN for fewer than one value. */
export function totalReturn(equity: ArrayLike<number>): number {
  if (equity.length === 0) return Number.NaN;
  return equity[equity.length - 1]! / equity[0]! - 1;
}

/** Years between the first and last session by calendar days / 365.25. */
export function yearsSpanned(days: ArrayLike<number>): number {
  if (days.length < 2) return 0;
  return (days[days.length - 1]! - days[0]!) / DAYS_PER_YEAR;
}

/**
 * Compound annual growth rate `(last/first)^(1/years) − 1`, years by calendar days / 365.25
 * (not sessions / 252): calendar time is what an investor waits, and it does not depend on how many
 * holidays an exchange has. NaN for a span under one day or a non-positive final equity.
 */
export function cagr(equity: ArrayLike<number>, days: ArrayLike<number>): number {
  const years = yearsSpanned(days);
  if (!(years > 0)) return Number.NaN;
  const growth = equity[equity.length - 1]! / equity[0]!;
  if (!(growth > 0)) return Number.NaN;
  return growth ** (1 / years) - 1;
}

/** Arithmetic mean; NaN when empty. */
export function mean(xs: ArrayLike<number>): number {
  if (xs.length === 0) return Number.NaN;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s / xs.length;
}

/** Sample standard deviation (n − 1); NaN for fewer than two values. */
export function sampleStdev(xs: ArrayLike<number>): number {
  if (xs.length < 2) return Number.NaN;
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i]! - m) ** 2;
  return Math.sqrt(s / (xs.length - 1));
}
