/**
 * Relative metrics against a benchmark series (an index or an asset's price, aligned to the same
 * sessions). Regression of daily strategy returns on daily benchmark returns.
 */
import { cagr, dailyReturns, mean, SESSIONS_PER_YEAR, totalReturn } from './returns.js';

/** Strategy vs benchmark. */
export interface Relative {
  beta: number;
  /** Jensen's alpha, annualised: (mean r − rf − β·(mean r_b − rf)) × 252. */
  alpha: number;
  correlation: number;
  /** Strategy total return minus benchmark total return over the run. */
  excessReturn: number;
  benchmarkTotalReturn: number;
  benchmarkCagr: number;
}

/**
 * Beta = cov(r, r_b)/var(r_b); correlation = cov/(σ σ_b) (sample moments, the n − 1 cancels);
 * `riskFree` is annual. Sessions where either series is not finite are left out of the moments.
 */
export function relativeTo(
  equity: ArrayLike<number>,
  benchmark: ArrayLike<number>,
  days: ArrayLike<number>,
  riskFree = 0,
): Relative {
  const r = dailyReturns(equity);
  const b = dailyReturns(benchmark);
  const keepR: number[] = [];
  const keepB: number[] = [];
  for (let i = 0; i < r.length; i++) {
    if (Number.isFinite(r[i]!) && Number.isFinite(b[i]!)) {
      keepR.push(r[i]!);
      keepB.push(b[i]!);
    }
  }
  const mr = mean(keepR);
  const mb = mean(keepB);
  let cov = 0;
  let vb = 0;
  let vr = 0;
  for (let i = 0; i < keepR.length; i++) {
    cov += (keepR[i]! - mr) * (keepB[i]! - mb);
    vb += (keepB[i]! - mb) ** 2;
    vr += (keepR[i]! - mr) ** 2;
  }
  const beta = vb > 0 ? cov / vb : Number.NaN;
  const rf = riskFree / SESSIONS_PER_YEAR;
  return {
    beta,
    alpha: (mr - rf - beta * (mb - rf)) * SESSIONS_PER_YEAR,
    correlation: vb > 0 && vr > 0 ? cov / Math.sqrt(vb * vr) : Number.NaN,
    excessReturn: totalReturn(equity) - totalReturn(benchmark),
    benchmarkTotalReturn: totalReturn(benchmark),
    benchmarkCagr: cagr(benchmark, days),
  };
}
