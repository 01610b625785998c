/**
 * All metrics of a run in one plain object with a fixed key order, so `JSON.stringify` of the same
 * run is byte-identical every time. Non-finite values (a Sharpe ratio without variance, a Calmar
 * ratio without drawdown) become `null`, which JSON can represent.
 */
import { relativeTo } from './benchmark.js';
import { calmarRatio } from './calmar.js';
import { maxDrawdown } from './drawdown.js';
import { exposure } from './exposure.js';
import { cagr, dailyReturns, totalReturn } from './returns.js';
import { sharpeRatio } from './sharpe.js';
import { sortinoRatio } from './sortino.js';
import { annualTurnover } from './turnover.js';
import { annualisedVolatility } from './volatility.js';

/** Inputs of `computeMetrics`: per-session series aligned with `days`. */
export interface MetricsInput {
  /** Sessions as day numbers (days since 1970-01-01 UTC). */
  days: ArrayLike<number>;
  /** Equity after each session's close. */
  equity: ArrayLike<number>;
  /** Σ|q·price| of each session's fills. */
  traded: ArrayLike<number>;
  /** Gross exposure Σ|q·price|/equity after each session's close. */
  gross: ArrayLike<number>;
  /** Sessions with at least one order. */
  rebalances: number;
  /** Orders over the run. */
  orders: number;
  /** Annual risk-free rate for Sharpe, Sortino and alpha (default 0). */
  riskFree?: number;
  /** Returns basis and cash-flow totals of the run (default: total, all 0). */
  cashFlows?: CashFlowTotals;
  /** Benchmark values on the same sessions (prices or an equity curve; only ratios matter). */
  benchmark?: { name: string; values: ArrayLike<number> };
}

/** The returns basis of a run and the cash that moved without a trade (docs/accounting.md). */
export interface CashFlowTotals {
  /** 'total': dividends credited on ex-dates (the benchmark likewise); 'price': dividends ignored. */
  returns: 'total' | 'price';
  /** Net dividends: received on longs minus paid on shorts. */
  dividends: number;
  /** Borrow fees paid on shorts (≥ 0). */
  borrowFees: number;
  /** Interest earned on cash (negative when negative cash paid more than positive cash earned). */
  interest: number;
}

/** Relative metrics in a report. */
export interface BenchmarkMetrics {
  name: string;
  totalReturn: number | null;
  cagr: number | null;
  beta: number | null;
  alpha: number | null;
  correlation: number | null;
  excessReturn: number | null;
}

/** The metrics of a run. Fractions are plain numbers (0.12 = 12%); dates are ISO days. */
export interface Metrics {
  start: string | null;
  end: string | null;
  sessions: number;
  initialEquity: number | null;
  finalEquity: number | null;
  totalReturn: number | null;
  cagr: number | null;
  volatility: number | null;
  sharpe: number | null;
  sortino: number | null;
  maxDrawdown: number | null;
  maxDrawdownPeak: string | null;
  maxDrawdownTrough: string | null;
  /** null when the curve never got back to the peak. */
  maxDrawdownRecovery: string | null;
  calmar: number | null;
  turnover: number | null;
  meanGrossExposure: number | null;
  timeInvested: number | null;
  rebalances: number;
  orders: number;
  /** Returns basis and the run's dividend, borrow-fee and interest totals in currency. */
  cashFlows: CashFlowTotals;
  benchmark?: BenchmarkMetrics;
}

/** Compute every metric (see each metric's file for its exact definition). */
export function computeMetrics(input: MetricsInput): Metrics {
  const { days, equity } = input;
  const n = equity.length;
  const r = dailyReturns(equity);
  const rf = input.riskFree ?? 0;
  const dd = maxDrawdown(equity);
  const growth = cagr(equity, days);
  const exp = exposure(input.gross);
  const out: Metrics = {
    start: n > 0 ? isoDay(days[0]!) : null,
    end: n > 0 ? isoDay(days[n - 1]!) : null,
    sessions: n,
    initialEquity: num(n > 0 ? equity[0]! : Number.NaN),
    finalEquity: num(n > 0 ? equity[n - 1]! : Number.NaN),
    totalReturn: num(totalReturn(equity)),
    cagr: num(growth),
    volatility: num(annualisedVolatility(r)),
    sharpe: num(sharpeRatio(r, rf)),
    sortino: num(sortinoRatio(r, rf)),
    maxDrawdown: n > 0 ? num(dd.depth) : null,
    maxDrawdownPeak: n > 0 && dd.depth < 0 ? isoDay(days[dd.peak]!) : null,
    maxDrawdownTrough: n > 0 && dd.depth < 0 ? isoDay(days[dd.trough]!) : null,
    maxDrawdownRecovery: dd.depth < 0 && dd.recovery >= 0 ? isoDay(days[dd.recovery]!) : null,
    calmar: num(calmarRatio(growth, dd.depth)),
    turnover: num(annualTurnover(input.traded, equity, days)),
    meanGrossExposure: num(exp.meanGross),
    timeInvested: num(exp.invested),
    rebalances: input.rebalances,
    orders: input.orders,
    cashFlows: input.cashFlows ?? { returns: 'total', dividends: 0, borrowFees: 0, interest: 0 },
  };
  if (input.benchmark) {
    const rel = relativeTo(equity, input.benchmark.values, days, rf);
    out.benchmark = {
      name: input.benchmark.name,
      totalReturn: num(rel.benchmarkTotalReturn),
      cagr: num(rel.benchmarkCagr),
      beta: num(rel.beta),
      alpha: num(rel.alpha),
      correlation: num(rel.correlation),
      excessReturn: num(rel.excessReturn),
    };
  }
  return out;
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function num(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
