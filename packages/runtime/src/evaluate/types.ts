/**
 * Contract between the compiled strategy and the backtest loop / live services.
 * Everything in `StrategyState` and `Decision` is plain JSON-serialisable data, so a service that
 * decides day by day (persisting the state between days) gets exactly what the backtest got.
 */

/** Target weights by asset id (negative = short). Assets absent have weight 0. */
export type Weights = Record<string, number>;

/** Memory the strategy carries between evaluations. */
export interface StrategyState {
  /** Targets of the last evaluation that produced targets (held while inputs are undefined). */
  targets: Weights;
  /**
   * Hysteresis state: comparison key -> last result. Keys are `id:<id>` for a comparison with an id,
   * `ptr:<JSON pointer>` for one without, plus `@<asset id>` per asset inside a select filter (`%` and
   * `@` inside the parts written `%25`, `%40`); see compile/hysteresis-key.ts. Records built by the
   * engine have no prototype, and ones passed in are read by own keys only.
   */
  hysteresis: Record<string, boolean>;
  /** ISO date of the last evaluation, to refuse going backwards in time. */
  lastEvaluated?: string;
  /**
   * Set (true) once an evaluation produced targets, for specs with `rebalance.atStart`: until then
   * every session is a rebalance day (the start of a run). Absent for specs without `atStart`.
   */
  allocated?: boolean;
}

/** What one evaluation decided. */
export interface Decision {
  /** ISO date of the session. */
  t: string;
  /** True when this session is a rebalance day (schedule, anchor or drift). */
  rebalance: boolean;
  /** The target weights after this session (unchanged from state when not rebalancing or holding). */
  targets: Weights;
  /** Set when an undefined input made the strategy keep its previous targets. */
  hold?: { reason: string; pointer: string };
  /** Soft problems of this session, e.g. targets scaled down to `maxGrossExposure`. */
  warnings?: string[];
  /**
   * Weights the rules gave to assets a dynamic universe never holds in the run (no data): they are
   * not targets, not traded, and stay in cash (docs/semantics.md § Assets outside a dynamic universe).
   * `pointer` is the first place in the spec naming the asset.
   */
  outsideUniverse?: { asset: string; weight: number; pointer: string }[];
}
