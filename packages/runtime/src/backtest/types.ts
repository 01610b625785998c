/**
 * The backtest's inputs and outputs (seed 003: `runBacktest({strategy, range, initialPortfolio,
 * dataFeed, executor, calendar}) → {snapshots, equity, metrics}`).
 */
import type { Calendar } from '@tactical/calendars';
import type { DataPolicy } from '../data/policy.js';
import type { Asset, DataFeed, DateRange } from '../data/types.js';
import type { Decision, StrategyState, Weights } from '../evaluate/types.js';
import type { BacktestExecutor } from '../execute/executor.js';
import type { ExecutionOptions, Fill, Order, Portfolio, Position } from '../execute/types.js';
import type { Panel } from '../features/types.js';
import type { Metrics } from '../metrics/summary.js';
import type { RunIssue } from './issues.js';

/**
 * What the loop needs of a strategy (structurally, the `Strategy` that `fromSpec` returns). After
 * `prepare(range)` the strategy's `features.panel` holds the market data on the session grid
 * (warm-up first); the loop prices holdings with the same panel, and `decide(i, …)` takes a grid index.
 */
export interface BacktestStrategy {
  /** The spec's `execution` block (defaults filled or not; the executor resolves it). */
  readonly execution?: ExecutionOptions;
  /** Load data and compute features for `range` (plus warm-up). */
  prepare(range: DateRange): Promise<unknown>;
  /** The prepared data; `panel.grid` is the session grid `decide` indexes. */
  readonly features: { readonly panel: Panel };
  /** Fresh strategy memory; default `{targets: {}, hysteresis: {}}`. */
  initialState?(): StrategyState;
  /**
   * Decide at grid index i (after its close). The returned targets are final: cash reserve and gross
   * cap already applied. `currentWeights` are the holdings' weights at that close; the loop reuses the
   * object from session to session (rebuilt only when the holdings change), so a strategy must
   * neither keep nor modify it.
   */
  decide(
    i: number,
    state: StrategyState,
    currentWeights?: Weights,
  ): { decision: Decision; state: StrategyState };
  /** False when `decide` never reads `currentWeights`: the loop then skips computing them. */
  readonly usesCurrentWeights?: boolean;
}

/** Arguments of `runBacktest` (seed 003's names). */
export interface BacktestOptions {
  strategy: BacktestStrategy;
  /**
   * Half-open `[from, to)`. Every session in it that lies between the first and the last bar of any
   * universe asset gets a snapshot (docs/data.md § Ranges); a range without data throws DataRangeError.
   */
  range: DateRange;
  initialPortfolio: Portfolio;
  /** The feed the strategy reads; the loop uses it only for the benchmark. */
  dataFeed: DataFeed;
  executor: BacktestExecutor;
  calendar: Calendar;
  /**
   * Asset whose total return (close plus reinvested dividends; the close alone with
   * `returns: 'price'`) is the benchmark of the relative metrics.
   */
  benchmark?: Asset;
  /** Annual risk-free rate for Sharpe, Sortino and alpha (default 0). */
  riskFree?: number;
  /**
   * Data policy of the benchmark load (the strategy's own data follows its FeatureRuntime's policy).
   * With `strict: true`, range warnings (`range_beyond_data`, `range_beyond_calendar`,
   * `asset_data_span`) throw a `DataRangeError` too: pass the same policy to the FeatureRuntime.
   */
  dataPolicy?: Partial<DataPolicy>;
  /**
   * `'sessions'` (default): the result keeps every session's snapshot, equity point and decision.
   * `'summary'`: only the series, metrics and issues (the same ones); `snapshots`, `equity` and
   * `decisions` are empty. For runs whose sessions nobody reads, such as sweep points.
   */
  record?: 'sessions' | 'summary';
}

/** The state of one session after its close (and after any fills that happened in it). */
export interface Snapshot {
  /** The session (midnight UTC). */
  t: Date;
  /** Orders decided at this session's close (empty when not rebalancing or nothing to trade). */
  orders: Order[];
  /** Fills executed in this session (at its open for `next_open`, at its close for `close`). */
  fills: Fill[];
  /** Holdings after the session, sorted by asset id; shared between snapshots while unchanged. */
  positions: readonly Position[];
  cash: number;
  /** cash + Σ q·close (last known close for assets without a bar this session). */
  equity: number;
  /** Net cash dividends credited this session (ex-date) on the previous close's holdings; shorts pay. */
  dividends: number;
  /** Borrow fee paid this session on the previous close's shorts (≥ 0). */
  borrowFee: number;
  /** Interest credited (or, on negative cash, paid) this session on the previous close's cash. */
  interest: number;
}

/** Per-session series as typed arrays, for consumers that do arithmetic over the run. */
export interface BacktestSeries {
  /** Sessions as day numbers. */
  days: Int32Array;
  equity: Float64Array;
  /** Σ|q·price| of each session's fills. */
  traded: Float64Array;
  /** Σ|q·close|/equity after each session. */
  gross: Float64Array;
  /** Snapshot `dividends`, `borrowFee` and `interest` of each session. */
  dividends: Float64Array;
  borrowFees: Float64Array;
  interest: Float64Array;
}

/** What `runBacktest` returns. */
export interface BacktestResult {
  snapshots: Snapshot[];
  /** Equity after each session's close. */
  equity: { t: Date; value: number }[];
  series: BacktestSeries;
  metrics: Metrics;
  /**
   * Everything the run worked around, grouped with counts and first locations (see issues.ts):
   * range cuts, dropped or suspicious bars, held rebalances, missing prices, scaled buys, unfilled
   * final orders. Sorted by source, code, asset.
   */
  issues: RunIssue[];
  /** Every decision the strategy made in range, in order (holds carry their reason). */
  decisions: Decision[];
  /**
   * Set when equity reached zero or below: the run stopped after that session (snapshots, series
   * and metrics end there) instead of trading on a negative balance. See docs/accounting.md § Results.
   */
  ruined?: { t: Date; equity: number };
}
