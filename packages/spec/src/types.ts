/**
 * The spec language's types, generated from `schemas/tactical-v1.schema.json` (see
 * `generated/types.ts`), re-exported under the names the rest of the engine codes against.
 */
export type {
  AggregateFeature,
  AggregateWhere,
  AllocateNode,
  Asset,
  AssetId,
  AssetRef,
  AssetValueFeature,
  CalendarFeature,
  CalendarPeriod,
  CashNode,
  Commission,
  Comparison,
  Condition,
  DrawdownFeature,
  DynamicUniverse,
  EmaFeature,
  EqualWeighting,
  EventFeature,
  Execution,
  ExprFeature,
  ExprNode,
  ExprOp,
  ExprOperand,
  Feature,
  FeatureId,
  FieldFeature,
  GroupChild,
  GroupNode,
  HoldNode,
  IfNode,
  InverseVolatilityWeighting,
  LogicalCondition,
  Node,
  NodeId,
  NotCondition,
  Operand,
  PriceFeature,
  PriceField,
  ProportionalWeighting,
  Rebalance,
  RebalanceFrequency,
  Ref,
  ReturnFeature,
  RsiFeature,
  Sampling,
  ScaleNode,
  SelectNode,
  Slots,
  SmaFeature,
  SpecifiedWeighting,
  TacticalSpec,
  Tolerance,
  Universe,
  VolatilityFeature,
  Weighting,
  WeightNode,
} from './generated/types.js';

import type { Comparison, Feature, LogicalCondition, Node } from './generated/types.js';

/** Every rule-node `op`. */
export type NodeOp = Node['op'];
/** Every feature `kind`. */
export type FeatureKind = Feature['kind'];
/** The comparison operators (`gt` … `neq`). */
export type ComparisonOp = Comparison['op'];
/** The logical operators (`and`, `or`, `not`). */
export type LogicalOp = LogicalCondition['op'] | 'not';
/** Alias kept for readers of docs/spec-language.md, which calls conditions `Cond`. */
export type Cond = import('./generated/types.js').Condition;

/** The version tag this engine reads. */
export const CURRENT_KIND = 'tactical/v1' as const;
/** The longest period of each rebalance frequency, in sessions: the bound on |anchor|. */
export const LONGEST_PERIOD: Readonly<Record<'Weekly' | 'Monthly' | 'Quarterly' | 'Yearly', number>> = {
  Weekly: 5,
  Monthly: 23,
  Quarterly: 66,
  Yearly: 253,
};
