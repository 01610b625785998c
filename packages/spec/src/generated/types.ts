// generated — do not edit; run pnpm generate (source: schemas/tactical-v1.schema.json)
/* eslint-disable */

/**
 * A fixed list of 1 to 10,000 assets, or a dynamic index.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Universe".
 */
export type Universe = Asset[] | DynamicUniverse;
/**
 * An asset id, e.g. 'us:SPY' (market prefix and symbol).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "AssetId".
 */
export type AssetId = string;
/**
 * How often the rule tree runs.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "RebalanceFrequency".
 */
export type RebalanceFrequency = 'Daily' | 'Weekly' | 'Monthly' | 'Quarterly' | 'Yearly';
/**
 * A named series; 'kind' selects its shape.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Feature".
 */
export type Feature =
  | PriceFeature
  | SmaFeature
  | EmaFeature
  | RsiFeature
  | ReturnFeature
  | VolatilityFeature
  | DrawdownFeature
  | FieldFeature
  | CalendarFeature
  | EventFeature
  | AggregateFeature
  | AssetValueFeature
  | ExprFeature;
/**
 * A feature id: a letter or underscore, then letters, digits, underscores.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "FeatureId".
 */
export type FeatureId = string;
/**
 * An asset named by its bare id, or seed 003's { id, symbol } object (its id must match a universe asset, and its symbol that asset's symbol).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "AssetRef".
 */
export type AssetRef = AssetId | Asset;
/**
 * A bar field.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "PriceField".
 */
export type PriceField = 'open' | 'high' | 'low' | 'close' | 'adj_close' | 'volume';
/**
 * A calendar period.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "CalendarPeriod".
 */
export type CalendarPeriod = 'Weekly' | 'Monthly' | 'Quarterly' | 'Yearly';
/**
 * A number or a feature ref.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Operand".
 */
export type Operand = number | Ref;
/**
 * Arithmetic operator: neg/abs/log take 1 argument; sub/div 2; add/mul/min/max 2 or more.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "ExprOp".
 */
export type ExprOp = 'add' | 'sub' | 'mul' | 'div' | 'neg' | 'abs' | 'min' | 'max' | 'log';
/**
 * A number, a feature ref, or an inline expression.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "ExprOperand".
 */
export type ExprOperand = number | Ref | ExprNode;
/**
 * A rule node; 'op' selects its shape.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Node".
 */
export type Node =
  AllocateNode | IfNode | SelectNode | WeightNode | GroupNode | CashNode | ScaleNode | HoldNode;
/**
 * Optional unique id of a rule node or condition; the stable key of its hysteresis state.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "NodeId".
 */
export type NodeId = string;
/**
 * A boolean condition; 'op' selects its shape.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Condition".
 */
export type Condition = Comparison | LogicalCondition | NotCondition;
/**
 * How a select or weight node splits its weight; 'scheme' selects the shape.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Weighting".
 */
export type Weighting =
  EqualWeighting | InverseVolatilityWeighting | ProportionalWeighting | SpecifiedWeighting;

/**
 * A tactical v1 strategy: a universe, features computed from bars, and a rule tree deciding target weights on each rebalance session. See docs/spec-language.md.
 */
export interface TacticalSpec {
  /**
   * Path or URL of this JSON Schema, for editor support; ignored by the engine.
   */
  $schema?: string;
  /**
   * Language version tag. This schema reads 'tactical/v1'; migrate() upgrades older versions.
   */
  kind: 'tactical/v1';
  /**
   * Short name of the strategy.
   */
  name?: string;
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  /**
   * Exchange calendar code whose sessions drive the strategy; default 'XNYS' (also 'NYSE', 'XLON', 'LSE').
   */
  calendar?: string;
  universe: Universe;
  rebalance?: Rebalance;
  execution?: Execution;
  /**
   * Named series computed from bars, calendars and events (at most 1,000; may be empty).
   *
   * @maxItems 1000
   */
  features: Feature[];
  rules: Node;
}
/**
 * A tradable instrument.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Asset".
 */
export interface Asset {
  id: AssetId;
  /**
   * Ticker the data feed knows the asset by (it names the data file): letters, digits and . _ - ^ =, not starting with . or - (docs/data.md).
   */
  symbol: string;
  /**
   * Listing exchange code, when it matters to the data feed.
   */
  exchange?: string;
}
/**
 * A universe the data feed resolves point in time (an asset is a member only between entry and exit).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "DynamicUniverse".
 */
export interface DynamicUniverse {
  /**
   * Index whose point-in-time members form the universe.
   */
  index: string;
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
}
/**
 * When the rule tree is evaluated and orders are generated.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Rebalance".
 */
export interface Rebalance {
  frequency?: RebalanceFrequency;
  /**
   * N-th session of each period: 1 = first, 2 = second, -1 = last, -7 = seventh from last. Omitted: non-daily frequencies rebalance on the last session (-1). Not allowed with Daily; |n| must not exceed the longest period (week 5, month 23, quarter 66, year 253).
   *
   * @minItems 1
   * @maxItems 253
   */
  anchors?: number[];
  /**
   * Also rebalance on any session where some holding's weight differs from its last target by more than this absolute weight.
   */
  drift?: number;
  /**
   * Also rebalance on the first session evaluated (the start of a run), and on each following session until one gives targets; default false (seed 003: only scheduled sessions).
   */
  atStart?: boolean;
}
/**
 * How targets become orders and fills.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Execution".
 */
export interface Execution {
  /**
   * 'next_open' (default): decide at session t's close, fill at t+1's open; 'close': fill at t's close.
   */
  fill?: 'next_open' | 'close';
  /**
   * Slippage in basis points; buys pay price*(1+bps/1e4), sells get price*(1-bps/1e4). Default 0. Below 1000 (10 %): at 10,000 a sale yields nothing.
   */
  slippageBps?: number;
  commission?: Commission;
  /**
   * 'fractional' (default) or 'whole' (rounds toward zero).
   */
  shares?: 'fractional' | 'whole';
  /**
   * Fraction of equity kept in cash: targets are scaled by (1 - cashReserve). Default 0.
   */
  cashReserve?: number;
  /**
   * Largest allowed sum of |weight|; default 1. A static allocation above it is an error.
   */
  maxGrossExposure?: number;
  /**
   * Orders smaller than this fraction of equity are skipped; default 0.001.
   */
  minTradeWeight?: number;
  /**
   * 'total' (default): holders are credited each cash dividend on its ex-date (shorts are debited), so results include dividends; 'price': dividends are ignored (price return only). The benchmark uses the same basis.
   */
  returns?: 'total' | 'price';
  /**
   * Annual fee on short positions in basis points of their market value at the previous close, accrued per calendar day (days/365.25) and paid from cash each session. Default 0.
   */
  borrowFeeBps?: number;
  /**
   * What cash earns (negative cash pays the same): an effective annual rate (0.02 = 2% a year, compounded over the calendar days between sessions), or { asset } to earn that asset's total return (a cash proxy such as BIL). Default: cash earns nothing.
   */
  cashInterest?: number | CashProxy;
}
/**
 * Per-order commission: max(minimum, notional*bps/1e4 + |shares|*perShare).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Commission".
 */
export interface Commission {
  /**
   * Basis points of the order notional; default 0. Below 1000 (10 % of every trade): above that no market charges it, and at 10,000 a trade costs its whole value.
   */
  bps?: number;
  /**
   * Charge per share traded; default 0. At most 1 (in the asset's currency): brokers charge cents or less, and a larger fee outweighs most share prices.
   */
  perShare?: number;
  /**
   * Minimum charge per order; default 0. At most 1,000 (in the account's currency).
   */
  minimum?: number;
}
/**
 * An asset of the universe whose total return (close plus dividends) cash earns each session.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "CashProxy".
 */
export interface CashProxy {
  asset: AssetId;
}
/**
 * The bar field itself.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "PriceFeature".
 */
export interface PriceFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'price'.
   */
  kind: 'price';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  asset?: AssetRef;
  field?: PriceField;
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * Simple moving average of the last `period` values.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "SmaFeature".
 */
export interface SmaFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'sma'.
   */
  kind: 'sma';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  asset?: AssetRef;
  field?: PriceField;
  /**
   * Window length in sessions (>= 1).
   */
  period: number;
  sample?: Sampling;
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * Sample the input at period ends of the spec's calendar (the last session of each month or ISO week) instead of every session; `period` then counts those samples.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Sampling".
 */
export interface Sampling {
  /**
   * 'Monthly': month-end sessions; 'Weekly': week-end sessions (ISO weeks).
   */
  every: 'Weekly' | 'Monthly';
  /**
   * Value between period ends: 'period_end' (default) repeats the value of the last completed period end; 'session' uses the current session's value as the newest sample, after the previous period ends.
   */
  newest?: 'period_end' | 'session';
}
/**
 * Exponential moving average, alpha = 2/(period+1), seeded by the SMA of the first `period` values.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "EmaFeature".
 */
export interface EmaFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'ema'.
   */
  kind: 'ema';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  asset?: AssetRef;
  field?: PriceField;
  /**
   * Span in sessions (>= 1).
   */
  period: number;
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * Relative strength index with Wilder smoothing, 0..100.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "RsiFeature".
 */
export interface RsiFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'rsi'.
   */
  kind: 'rsi';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  asset?: AssetRef;
  field?: PriceField;
  /**
   * Smoothing length in sessions (>= 1).
   */
  period: number;
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * Simple return over `period` sessions: x[t]/x[t-period] - 1.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "ReturnFeature".
 */
export interface ReturnFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'return'.
   */
  kind: 'return';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  asset?: AssetRef;
  field?: PriceField;
  /**
   * Sessions back (>= 1).
   */
  period: number;
  sample?: Sampling;
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * Sample standard deviation (n-1) of the last `period` daily simple returns.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "VolatilityFeature".
 */
export interface VolatilityFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'volatility'.
   */
  kind: 'volatility';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  asset?: AssetRef;
  field?: PriceField;
  /**
   * Number of daily returns (>= 2).
   */
  period: number;
  /**
   * Multiply by sqrt(252); default false.
   */
  annualize?: boolean;
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * x[t] / max(x[t-period+1..t]) - 1 (<= 0).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "DrawdownFeature".
 */
export interface DrawdownFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'drawdown'.
   */
  kind: 'drawdown';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  asset?: AssetRef;
  field?: PriceField;
  /**
   * Window length in sessions (>= 1).
   */
  period: number;
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * Any extra data column of the bars, e.g. "npy".
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "FieldFeature".
 */
export interface FieldFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'field'.
   */
  kind: 'field';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  asset?: AssetRef;
  /**
   * Name of the data column.
   */
  field: string;
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * Position of the session in its calendar period (scalar).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "CalendarFeature".
 */
export interface CalendarFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'calendar'.
   */
  kind: 'calendar';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  period: CalendarPeriod;
  /**
   * 'session_of_period': 1-based index of the session in its period; 'sessions_to_period_end': 0 on the last session.
   */
  measure: 'session_of_period' | 'sessions_to_period_end';
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * Per-asset: signed sessions from the latest known index event's effective date to t (NaN when none is known).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "EventFeature".
 */
export interface EventFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'event'.
   */
  kind: 'event';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  /**
   * The index membership event.
   */
  event: 'index_add' | 'index_remove';
  /**
   * Index whose events are read; default the universe's index.
   */
  index?: string;
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * One number per session from a per-asset feature across assets: all/any (1 or 0), count, sum, mean, min, max over the universe (its members at the session) or a named list.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "AggregateFeature".
 */
export interface AggregateFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'aggregate'.
   */
  kind: 'aggregate';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  /**
   * all, any: 1 when every / some asset passes `where` (else 0); count: how many pass; sum, mean, min, max: of the values (of the assets passing `where`, when given).
   */
  op: 'all' | 'any' | 'count' | 'sum' | 'mean' | 'min' | 'max';
  of: Ref;
  /**
   * Assets aggregated over; default the universe (members at the session for a dynamic universe).
   *
   * @minItems 1
   * @maxItems 10000
   */
  assets?: AssetId[];
  where?: AggregateWhere;
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * A reference to a feature by id.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Ref".
 */
export interface Ref {
  ref: FeatureId;
}
/**
 * A per-asset test `value <op> right` (the per-asset condition of all/any/count; for sum/mean/min/max it keeps only the assets that pass).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "AggregateWhere".
 */
export interface AggregateWhere {
  /**
   * Comparison operator.
   */
  op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'neq';
  right: Operand;
}
/**
 * One asset's value of a per-asset feature (a scalar).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "AssetValueFeature".
 */
export interface AssetValueFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'asset_value'.
   */
  kind: 'asset_value';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  of: Ref;
  asset: AssetRef;
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * Arithmetic over numbers and other features; per-asset if any referenced feature is per-asset (scalars broadcast).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "ExprFeature".
 */
export interface ExprFeature {
  id: FeatureId;
  /**
   * Feature kind discriminator: 'expr'.
   */
  kind: 'expr';
  /**
   * Free text for humans; ignored by the engine.
   */
  description?: string;
  op: ExprOp;
  /**
   * Operands: numbers, feature refs, or inline { op, args } expressions.
   *
   * @minItems 1
   * @maxItems 64
   */
  args: ExprOperand[];
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
}
/**
 * An inline arithmetic expression.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "ExprNode".
 */
export interface ExprNode {
  op: ExprOp;
  /**
   * Operands: numbers, feature refs, or nested expressions.
   *
   * @minItems 1
   * @maxItems 64
   */
  args: ExprOperand[];
}
/**
 * Fixed target weights (negative = short).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "AllocateNode".
 */
export interface AllocateNode {
  /**
   * Node kind 'allocate'.
   */
  op: 'allocate';
  id?: NodeId;
  /**
   * Target weight per universe asset id.
   */
  weights: {
    /**
     * Target weight of the asset (negative = short).
     */
    [k: string]: number;
  };
}
/**
 * Chooses 'then' when the condition holds, else 'else'.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "IfNode".
 */
export interface IfNode {
  /**
   * Node kind 'if'.
   */
  op: 'if';
  id?: NodeId;
  cond: Condition;
  then: Node;
  else: Node;
}
/**
 * Compares two operands, optionally with a hysteresis tolerance.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Comparison".
 */
export interface Comparison {
  /**
   * Comparison operator.
   */
  op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'neq';
  id?: NodeId;
  left: Operand;
  right: Operand;
  tolerance?: Tolerance;
}
/**
 * Hysteresis band on gt/gte/lt/lte (approximate equality on eq/neq).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Tolerance".
 */
export interface Tolerance {
  /**
   * Band width: an absolute amount, or a percentage of |right| when mode is 'relative'.
   */
  value: number;
  /**
   * 'absolute': band = value; 'relative': band = |right| x value / 100.
   */
  mode: 'absolute' | 'relative';
}
/**
 * All (and) or any (or) of its conditions.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "LogicalCondition".
 */
export interface LogicalCondition {
  /**
   * Logical operator.
   */
  op: 'and' | 'or';
  id?: NodeId;
  /**
   * The conditions combined (at least 1).
   *
   * @minItems 1
   * @maxItems 1000
   */
  args: Condition[];
}
/**
 * Negation of a condition.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "NotCondition".
 */
export interface NotCondition {
  /**
   * Logical operator 'not'.
   */
  op: 'not';
  id?: NodeId;
  arg: Condition;
}
/**
 * Ranks and filters candidate assets, keeps the first N, and weights them.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "SelectNode".
 */
export interface SelectNode {
  /**
   * Node kind 'select'.
   */
  op: 'select';
  id?: NodeId;
  /**
   * Candidate asset ids; default the whole universe (point in time for a dynamic universe).
   *
   * @minItems 1
   * @maxItems 10000
   */
  from?: AssetId[];
  rank?: Ref;
  /**
   * 'desc' (default): highest score first; 'asc': lowest first.
   */
  order?: 'desc' | 'asc';
  /**
   * Keep the first N ranked candidates (at most one of count/fraction).
   */
  count?: number;
  /**
   * Keep floor(n*fraction) candidates, at least 1 when n >= 1 (at most one of count/fraction).
   */
  fraction?: number;
  filter?: Condition;
  weighting?: Weighting;
  slots?: Slots;
}
/**
 * Equal weights.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "EqualWeighting".
 */
export interface EqualWeighting {
  /**
   * Scheme 'equal'.
   */
  scheme: 'equal';
}
/**
 * w_i proportional to 1/stdev of the last `lookback` daily returns of `field` (default close).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "InverseVolatilityWeighting".
 */
export interface InverseVolatilityWeighting {
  /**
   * Scheme 'inverse_volatility'.
   */
  scheme: 'inverse_volatility';
  /**
   * Number of daily returns in the volatility estimate (>= 2).
   */
  lookback: number;
  field?: PriceField;
}
/**
 * w_i proportional to max(score_i, 0) of a per-asset feature.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "ProportionalWeighting".
 */
export interface ProportionalWeighting {
  /**
   * Scheme 'proportional'.
   */
  scheme: 'proportional';
  by: Ref;
}
/**
 * Explicit weights by rank position (select) or list position (weight).
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "SpecifiedWeighting".
 */
export interface SpecifiedWeighting {
  /**
   * Scheme 'specified'.
   */
  scheme: 'specified';
  /**
   * One weight per position.
   *
   * @minItems 1
   * @maxItems 10000
   */
  weights: number[];
}
/**
 * Fixed-slot semantics of a select.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Slots".
 */
export interface Slots {
  fallback?: AssetId;
}
/**
 * A weighting over a fixed list of assets.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "WeightNode".
 */
export interface WeightNode {
  /**
   * Node kind 'weight'.
   */
  op: 'weight';
  id?: NodeId;
  /**
   * Asset ids to weight, in list order.
   *
   * @minItems 1
   * @maxItems 10000
   */
  assets: AssetId[];
  weighting: Weighting;
}
/**
 * A weighted mix of child nodes.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "GroupNode".
 */
export interface GroupNode {
  /**
   * Node kind 'group'.
   */
  op: 'group';
  id?: NodeId;
  /**
   * The weighted legs.
   *
   * @minItems 1
   * @maxItems 10000
   */
  children: GroupChild[];
}
/**
 * One weighted leg of a group.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "GroupChild".
 */
export interface GroupChild {
  /**
   * Multiplier of the leg's weights (negative shorts the leg).
   */
  weight: number;
  node: Node;
}
/**
 * All weights zero.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "CashNode".
 */
export interface CashNode {
  /**
   * Node kind 'cash'.
   */
  op: 'cash';
  id?: NodeId;
}
/**
 * Scales a subtree's weights by a scalar feature clamped to [min, max]; the rest of the weight (1 - scale) goes to `remainder` (an asset) or cash.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "ScaleNode".
 */
export interface ScaleNode {
  /**
   * Node kind 'scale'.
   */
  op: 'scale';
  id?: NodeId;
  by: Ref;
  /**
   * Lower clamp of the scale; default 0.
   */
  min?: number;
  /**
   * Upper clamp (cap) of the scale; default 1.
   */
  max?: number;
  node: Node;
  remainder?: AssetId;
}
/**
 * Keeps the current targets (no trade); reported as a hold with reason 'hold node'.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "HoldNode".
 */
export interface HoldNode {
  /**
   * Node kind 'hold'.
   */
  op: 'hold';
  id?: NodeId;
}
