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
export type Node = AllocateNode | IfNode | SelectNode | WeightNode | GroupNode | CashNode;
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
 * A number or a feature ref.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Operand".
 */
export type Operand = number | Ref;
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
   * Slippage in basis points; buys pay price*(1+bps/1e4), sells get price*(1-bps/1e4). Default 0.
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
   * Basis points of the order notional; default 0.
   */
  bps?: number;
  /**
   * Charge per share traded; default 0.
   */
  perShare?: number;
  /**
   * Minimum charge per order; default 0.
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
  /**
   * Read the value `delay` sessions back (0 = the current session).
   */
  delay?: number;
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
 * A reference to a feature by id.
 *
 * This interface was referenced by `TacticalSpec`'s JSON-Schema
 * via the `definition` "Ref".
 */
export interface Ref {
  ref: FeatureId;
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
 * w_i proportional to 1/stdev of the last `lookback` daily close returns.
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
