/**
 * The spec types the compiler and strategy read, under the names they code against. They are the
 * types generated from the JSON Schema (`@tactical/spec`), never a hand-written copy, so the
 * language has exactly one definition.
 */
import type { AssetRef, Comparison, Execution, Node, Rebalance, TacticalSpec } from '@tactical/spec';

export type { AssetRef, Condition, Operand, PriceField, Tolerance, Weighting } from '@tactical/spec';

/** Comparison operators; only the ordering ones keep hysteresis state. */
export type CompareOp = Comparison['op'];
/** A comparison between two operands. */
export type CompareCond = Comparison;
/** A rule-tree node. */
export type RuleNode = Node;
/** Execution settings as written in a spec (every field optional). */
export type ExecutionLike = Execution;
/** Rebalance settings as written in a spec. */
export type RebalanceLike = Rebalance;
/** A spec as the compiler and strategy read it. */
export type SpecLike = TacticalSpec;

/** The id of an asset reference. */
export function assetIdOf(ref: AssetRef): string {
  return typeof ref === 'string' ? ref : ref.id;
}
