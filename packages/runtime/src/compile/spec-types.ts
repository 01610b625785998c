/**
 * Narrow structural view of the spec language (docs/spec-language.md) that the compiler reads.
 *
 * Why local: '@tactical/spec' generates the full types from the JSON Schema; the compiler only needs
 * the rule tree, operands and weightings, and it must not break when the generated types gain
 * documentation-only fields. The generated `TacticalSpec` is structurally assignable to `SpecLike`.
 */

/** A number literal or a reference to a feature by id. */
export type Operand = number | { ref: string };

/** Comparison operators; only the ordering ones keep hysteresis state. */
export type CompareOp = 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'neq';

/** Hysteresis band: absolute, or a percentage of |right|. */
export interface Tolerance {
  value: number;
  mode: 'absolute' | 'relative';
}

/** A comparison between two operands. */
export interface CompareCond {
  op: CompareOp;
  id?: string;
  left: Operand;
  right: Operand;
  tolerance?: Tolerance;
}

/** A boolean condition (docs/spec-language.md "Conditions"). */
export type Condition =
  | CompareCond
  | { op: 'and' | 'or'; id?: string; args: Condition[] }
  | { op: 'not'; id?: string; arg: Condition };

/** How a `select` or `weight` node spreads weight over its assets. */
export type Weighting =
  | { scheme: 'equal' }
  | { scheme: 'inverse_volatility'; lookback: number }
  | { scheme: 'proportional'; by: { ref: string } }
  | { scheme: 'specified'; weights: number[] };

/** An asset reference: bare id or `{id, symbol}` (seed 003). */
export type AssetRef = string | { id: string; symbol?: string; exchange?: string };

/** A rule-tree node (docs/spec-language.md "Rule tree"). */
export type RuleNode =
  | { op: 'allocate'; id?: string; weights: Record<string, number> }
  | { op: 'if'; id?: string; cond: Condition; then: RuleNode; else: RuleNode }
  | {
      op: 'select';
      id?: string;
      from?: AssetRef[];
      rank?: { ref: string };
      order?: 'desc' | 'asc';
      count?: number;
      fraction?: number;
      filter?: Condition;
      weighting?: Weighting;
    }
  | { op: 'weight'; id?: string; assets: AssetRef[]; weighting: Weighting }
  | { op: 'group'; id?: string; children: { weight: number; node: RuleNode }[] }
  | { op: 'cash'; id?: string };

/** Execution settings as written in a spec (every field optional). */
export interface ExecutionLike {
  fill?: 'next_open' | 'close';
  slippageBps?: number;
  commission?: { bps?: number; perShare?: number; minimum?: number };
  shares?: 'fractional' | 'whole';
  cashReserve?: number;
  maxGrossExposure?: number;
  minTradeWeight?: number;
}

/** Rebalance settings as written in a spec. */
export interface RebalanceLike {
  frequency?: 'Daily' | 'Weekly' | 'Monthly' | 'Quarterly' | 'Yearly';
  anchors?: number[];
  drift?: number;
}

/** The parts of a `TacticalSpec` the compiler and strategy read. */
export interface SpecLike {
  kind: string;
  name?: string;
  calendar?: string;
  universe:
    | Array<{ id: string; symbol: string; exchange?: string }>
    | { index: string; description?: string };
  rebalance?: RebalanceLike;
  execution?: ExecutionLike;
  features: Array<{ id: string; kind: string }>;
  rules: RuleNode;
}

/** The id of an asset reference. */
export function assetIdOf(ref: AssetRef): string {
  return typeof ref === 'string' ? ref : ref.id;
}
