/** The Strategy object `fromSpec` returns, and what it needs from the feature runtime. */
import type { Calendar } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import type { SpecLike } from '../compile/spec-types.js';
import type { Asset, DateRange } from '../data/types.js';
import type { Decision, StrategyState, Weights } from '../evaluate/types.js';
import type { FeatureSet } from '../features/types.js';
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
}

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
   * Decides at session `t` for embedding (a service deciding day by day): prepares up to t when
   * needed, then `decide`. Same inputs as a backtest give the same decision and state.
   */
  evaluate(
    t: Date | string,
    state: StrategyState,
    currentWeights?: Weights,
  ): Promise<Decision & { state: StrategyState }>;
}

/** The state a strategy starts from: no targets, no hysteresis memory. */
export function initialState(): StrategyState {
  return { targets: {}, hysteresis: {} };
}
