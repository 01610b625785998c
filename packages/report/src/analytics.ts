/**
 * What the report derives from an equity curve (conventions in docs/outputs.md, "Report"):
 * - drawdown: `equity / running peak − 1` (0 at a new high, negative below it);
 * - monthly returns: last equity of the month over the last equity of the previous month, minus 1;
 *   the first month is measured from the first session's equity (the same base as the total return);
 *   yearly totals chain the same way from year end to year end;
 * - rolling 12 months: a trailing window of 252 sessions — return `e[i]/e[i−252] − 1`, volatility the
 *   sample stdev of the window's 252 daily returns × √252, Sharpe their mean / stdev × √252 (risk-free 0);
 *   NaN until the window is full; a daily stdev under 1e-8 counts as 0 (volatility 0, no Sharpe).
 */

/** Sessions in the rolling window (one year of sessions, the same factor the metrics annualise with). */
export const ROLLING_WINDOW = 252;

/** `equity / running peak − 1`. */
export function drawdownSeries(equity: ArrayLike<number>): Float64Array {
  const out = new Float64Array(equity.length);
  let peak = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < equity.length; i++) {
    const e = equity[i]!;
    if (e > peak) peak = e;
    out[i] = e / peak - 1;
  }
  return out;
}

/** Rolling return, volatility and Sharpe over a trailing window of `window` sessions, O(n). */
export function rollingStats(
  equity: ArrayLike<number>,
  window = ROLLING_WINDOW,
): { ret: Float64Array; vol: Float64Array; sharpe: Float64Array } {
  const n = equity.length;
  const ret = new Float64Array(n).fill(Number.NaN);
  const vol = new Float64Array(n).fill(Number.NaN);
  const sharpe = new Float64Array(n).fill(Number.NaN);
  const ann = Math.sqrt(252);
  // Running sums of the window's daily returns r[j] = e[j]/e[j−1] − 1, j in (i−window, i], taken around
  // the first return (a shift that keeps s2 − w·m² free of cancellation when returns are all alike).
  const r = (j: number) => equity[j]! / equity[j - 1]! - 1;
  const shift = n > 1 ? r(1) : 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 1; i < n; i++) {
    const d = r(i) - shift;
    s1 += d;
    s2 += d * d;
    if (i - window >= 1) {
      const o = r(i - window) - shift;
      s1 -= o;
      s2 -= o * o;
    }
    if (i >= window) {
      const m = s1 / window;
      let mean = m + shift;
      let variance = (s2 - window * m * m) / (window - 1);
      if (variance < 1e-8) {
        // A quiet window (daily stdev under 1e-4, 0.16% a year): the running sums may have lost the
        // digits that matter to a large return that left the window, so recompute it exactly (two passes).
        mean = 0;
        for (let j = i - window + 1; j <= i; j++) mean += r(j);
        mean /= window;
        variance = 0;
        for (let j = i - window + 1; j <= i; j++) variance += (r(j) - mean) ** 2;
        variance /= window - 1;
      }
      // A daily stdev under 1e-8 is rounding noise (e.g. a cash-only window): no volatility.
      const sd = variance > 1e-16 ? Math.sqrt(variance) : 0;
      ret[i] = equity[i]! / equity[i - window]! - 1;
      vol[i] = sd * ann;
      sharpe[i] = sd > 0 ? (mean / sd) * ann : Number.NaN;
    }
  }
  return { ret, vol, sharpe };
}

/** One year of the monthly table: 12 month cells (null = no session that month) and the year's total. */
export interface MonthlyRow {
  year: number;
  months: (number | null)[];
  total: number;
}

/** Monthly and yearly returns of an equity curve on ISO dates. */
export function monthlyReturns(dates: readonly string[], equity: ArrayLike<number>): MonthlyRow[] {
  const rows: MonthlyRow[] = [];
  if (equity.length === 0) return rows;
  let monthBase = equity[0]!;
  let yearBase = equity[0]!;
  for (let i = 0; i < equity.length; i++) {
    const year = Number(dates[i]!.slice(0, 4));
    const month = Number(dates[i]!.slice(5, 7));
    const lastOfMonth = i + 1 === equity.length || dates[i + 1]!.slice(0, 7) !== dates[i]!.slice(0, 7);
    if (!lastOfMonth) continue;
    let row = rows[rows.length - 1];
    if (!row || row.year !== year) {
      row = { year, months: new Array<number | null>(12).fill(null), total: 0 };
      rows.push(row);
    }
    row.months[month - 1] = equity[i]! / monthBase - 1;
    monthBase = equity[i]!;
    const lastOfYear = i + 1 === equity.length || dates[i + 1]!.slice(0, 4) !== dates[i]!.slice(0, 4);
    if (lastOfYear) {
      row.total = equity[i]! / yearBase - 1;
      yearBase = equity[i]!;
    }
  }
  return rows;
}
