/** The Strategy object `fromSpec` returns, and what it needs from the feature runtime. */
import type { Calendar } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import type { SpecLike } from '../compile/spec-types.js';
import type { Asset, DateRange } from '../data/types.js';
import type { Decision, StrategyState, Weights } from '../evaluate/types.js';
import type { Order, Portfolio } from '../execute/types.js';
import type { FeatureSet } from '../features/types.js';
import { idRecord } from '../ids.js';
import type { ResolvedExecution } from './execution.js';

/** What the strategy asks the feature runtime to compute. */
export interface PrepareRequest {
  /** The spec's features (typed as the spec package generates them, which the runtime reads). */
  features: readonly Feature[];
  /** The static universe's assets (empty for a dynamic universe, which the data feed resolves). */
  universe: readonly Asset[];
  /** The index of a dynamic universe (`universe: { index }`), resolved point in time by the runtime. */
  index?: string;
  /** Half-open `[from, to)`; the runtime adds its own warm-up before `from`. */
  range: DateRange;
  calendar: Calendar;
  /** Sessions of history the rule tree reads besides its features (inverse_volatility lookbacks). */
  warmup?: number;
}

/**
 * The part of `FeatureRuntime` the strategy uses (structural, so any runtime honouring the
 * FeatureSet contract of src/features/types.ts plugs in).
 */
export interface FeatureProvider {
  prepare(request: PrepareRequest): Promise<FeatureSet>;
}

/** Options of `fromSpec` (seed 003: `fromSpec(spec, { runtime, calendar })`). */
export interface FromSpecOptions {
  runtime: FeatureProvider;
  calendar: Calendar;
  /**
   * Feature origin for `evaluate`: the `range.from` features are computed from (the runtime adds
   * its warm-up before it). Path-dependent features (ema, rsi: seeded once, then recursive) depend
   * on where the series starts, and running-sum kernels (sma) differ in their last bits, so a
   * service agrees with a backtest bit for bit only when it passes the backtest's `range.from`
   * here — and keeps it across restarts. Default: the range of the first `prepare`, else the first
   * day `evaluate` is called with (a restarted process without it would move its origin).
   */
  origin?: Date | string;
}

/** What a service holds, so `evaluate` can return the orders it should place. */
export interface Holdings {
  /** The service's portfolio after the session's fills, before its decision. */
  portfolio: Portfolio;
  /**
   * Decision-time prices by asset id (default: each asset's last known close up to the session in
   * the strategy's data, as the backtest marks).
   */
  prices?: Readonly<Record<string, number>>;
}

/** What `evaluate` returns: the decision, the state for the next call, and the orders (given holdings). */
export type Evaluation = Decision & {
  /** Pass to the next `evaluate` (plain JSON: store it with JSON.stringify). */
  state: StrategyState;
  /** Present when holdings were passed: the orders that move them to the targets (empty when not rebalancing). */
  orders?: Order[];
};

/** A decision plus the state to pass to the next call. */
export interface DecideResult {
  decision: Decision;
  state: StrategyState;
}

/** A compiled, runnable strategy. */
export interface Strategy {
  /** The spec it was built from. */
  readonly spec: SpecLike;
  readonly calendar: Calendar;
  /** Execution settings with defaults resolved. */
  readonly execution: ResolvedExecution;
  readonly universe: SpecLike['universe'];
  /** Computes features over `range` (plus warm-up) and compiles the rule tree against them. */
  prepare(range: DateRange): Promise<void>;
  /** The prepared FeatureSet (throws before `prepare`). */
  readonly features: FeatureSet;
  /** Grid sessions inside the prepared range (empty before `prepare`). */
  readonly sessions: readonly Date[];
  /** Scheduled rebalance day (frequency + anchors; drift needs weights, see `decide`). */
  isRebalanceDay(t: Date | string): boolean;
  /**
   * Decides at grid index `i` (sync; the backtest loop's call). On a non-rebalance day the targets
   * are unchanged and the rule tree is not run. `currentWeights` enables the drift trigger.
   */
  decide(i: number, state: StrategyState, currentWeights?: Weights): DecideResult;
  /**
   * False when `decide` never reads `currentWeights` (no drift trigger): the backtest then does not
   * compute them each session. Absent means true (a hand-written strategy may read them).
   */
  readonly usesCurrentWeights?: boolean;
  /**
   * Decides at session `t` for embedding (a service deciding day by day): prepares from the
   * feature origin (see `FromSpecOptions.origin`) up to t when needed, then `decide`. Same inputs
   * as a backtest give the same decision and state. The third argument is either the current
   * weights (drift trigger) or the service's holdings: then the current weights are derived from
   * them as the backtest does and the orders to place are returned too.
   */
  evaluate(t: Date | string, state: StrategyState, current?: Weights | Holdings): Promise<Evaluation>;
}

/** The state a strategy starts from: no targets, no hysteresis memory. */
export function initialState(): StrategyState {
  return { targets: idRecord(), hysteresis: idRecord() };
}
