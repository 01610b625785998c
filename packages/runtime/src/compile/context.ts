/**
 * The shapes every node, condition and weighting module shares: what they get at compile time
 * (`CompileContext`) and what the compiled closures get on each session (`EvalContext`).
 *
 * Compiled closures never walk JSON: they close over typed arrays of the FeatureSet and over
 * buffers allocated once here. Weights travel as Float64Arrays indexed by panel asset position;
 * only the strategy boundary turns them into `Record<assetId, number>`.
 */
import type { Panel } from '../features/types.js';
import type { Condition, Operand, PriceField, RuleNode, Weighting } from './spec-types.js';

/** Why a session holds: an undefined (NaN) input on the decision path, and where it was read. */
export interface Hold {
  readonly hold: true;
  /** Human-readable cause, e.g. "gt reads an undefined value (NaN): left {ref: sma200}". */
  readonly reason: string;
  /** JSON Pointer (into the spec) of the comparison or node that read it. */
  readonly pointer: string;
}

/** Tri-state condition results: a comparison that reads NaN is neither true nor false. */
export const FALSE = 0;
/** See `FALSE`. */
export const TRUE = 1;
/** See `FALSE`: the condition read an undefined input. */
export const UNDEF = 2;
/** A tri-state condition result. */
export type Tri = typeof FALSE | typeof TRUE | typeof UNDEF;

/** Hysteresis memory per slot: 0 = never evaluated, 1 = last false, 2 = last true. */
export const STATE_UNKNOWN = 0;
/** See `STATE_UNKNOWN`. */
export const STATE_FALSE = 1;
/** See `STATE_UNKNOWN`. */
export const STATE_TRUE = 2;

/** Per-session mutable state shared by all compiled closures of one tree (allocated once). */
export interface EvalContext {
  /** Hysteresis memory per stateful slot (STATE_*). */
  readonly hyst: Uint8Array;
  /** This session's result per stateful slot (Tri), written by the pre-pass, read by the tree. */
  readonly cmp: Uint8Array;
  /** Set by whichever closure returned UNDEF / a hold, so callers can report it without allocating. */
  hold: Hold | null;
}

/** A compiled rule node: the weight vector (owned by the node, overwritten next call) or a hold. */
export type CompiledNode = (i: number, ctx: EvalContext) => Float64Array | Hold;

/** A compiled condition; `a` is the asset position inside a per-asset filter, -1 otherwise. */
export type CompiledCond = (i: number, ctx: EvalContext, a: number) => Tri;

/** Reads an operand at session i (and asset position a for per-asset features). */
export type OperandReader = (i: number, a: number) => number;

/**
 * A per-asset condition evaluated for every candidate of its filter at once: the result (Tri) of
 * candidate c (`scope.candidates[c]`) at session i is `row[c]` of the returned row, which the mask
 * owns and overwrites on its next call. Equal, candidate by candidate, to the condition's closure;
 * it only leaves `ctx.hold` alone (a filter's UNDEF drops the candidate, it never holds).
 */
export type CompiledMask = (i: number) => Uint8Array;

/**
 * An operand's values for every candidate at session i without a call per candidate: candidate c's
 * value is `values[offsetAt(i) + stride * c]` (stride 0: one value for all).
 */
export interface OperandRow {
  readonly values: Float64Array;
  readonly stride: 0 | 1;
  offsetAt(i: number): number;
}

/**
 * A compiled weighting: fills `out` at the positions `assets[0..k)` (in rank/list order) with
 * weights summing to 1. Returns false (and sets ctx.hold) when an input it needs is undefined.
 */
export type CompiledWeighting = (
  i: number,
  ctx: EvalContext,
  assets: Int32Array,
  k: number,
  out: Float64Array,
) => boolean;

/** Where a condition is evaluated: once per session, or once per candidate asset of a filter. */
export type CondScope =
  | { readonly kind: 'scalar' }
  | { readonly kind: 'asset'; readonly candidates: Int32Array };

/** What compile-time modules may ask for. */
export interface CompileContext {
  readonly panel: Panel;
  /**
   * Length of every weight vector: the panel assets, then the assets the rules name that are not in
   * the panel (a dynamic universe that never holds them in the run; no bars, weight stays in cash).
   */
  readonly nAssets: number;
  /** Number of panel assets: positions below it have bars (and membership), the others none. */
  readonly nPanelAssets: number;
  /** The asset id at a weight-vector position. */
  assetId(position: number): string;
  /** Weight-vector position of an asset id the rules name. */
  assetPosition(id: string, pointer: string): number;
  /** Compiles a child node (dispatches through the node registry). */
  compileNode(node: RuleNode, pointer: string): CompiledNode;
  /** Compiles a condition (dispatches through the condition registry). */
  compileCond(cond: Condition, pointer: string, scope: CondScope): CompiledCond;
  /** Compiles a weighting scheme. */
  compileWeighting(w: Weighting, pointer: string): CompiledWeighting;
  /**
   * Whether the scheme's per-asset input is defined for asset position `a` at session `i`, or null
   * when the scheme reads no per-asset input (equal, specified). `select` drops candidates for
   * which this is false, like a NaN rank.
   */
  weightingInputDefined(w: Weighting, pointer: string): ((i: number, a: number) => boolean) | null;
  /** Compiles an operand reader; per-asset refs are only allowed in an asset scope. */
  operand(op: Operand, pointer: string, scope: CondScope): OperandReader;
  /** The operand as a row over an asset scope's candidates (after `operand` accepted it). */
  operandRow(op: Operand, pointer: string, scope: CondScope & { kind: 'asset' }): OperandRow;
  /**
   * Compiles a per-asset condition as a mask over its candidates, or null when one of its parts has
   * no mask (e.g. a comparison with hysteresis state): the caller then calls the closure per asset.
   */
  compileMask(cond: Condition, pointer: string, scope: CondScope & { kind: 'asset' }): CompiledMask | null;
  /**
   * FeatureSet.liveMask when the tree runs on enough sessions to repay making it (see
   * CompileOptions.evaluatedShare), else null: then membership and closes are read per asset.
   */
  liveRows(): Float64Array | null;
  /** Per-asset feature values (for rank and proportional weighting). */
  perAssetFeature(ref: string, pointer: string): readonly Float64Array[];
  /**
   * Reserves hysteresis slots for a stateful comparison: one slot (scalar) or one per panel asset
   * (per-asset filter, slot = base + asset position). `update` is run by the pre-pass on every
   * evaluation so no state goes stale, on taken and untaken branches alike.
   */
  registerStateful(
    key: string,
    scope: CondScope,
    update: (i: number, ctx: EvalContext, base: number) => void,
  ): number;
  /** Sample stdev of the last `lookback` daily returns of `field` (default close) of asset `a` at session `i` (memoised). */
  returnStdev(lookback: number, field?: PriceField): (a: number, i: number) => number;
}

/** One node kind: its `op` and how to compile it. */
export interface NodeModule {
  readonly op: RuleNode['op'];
  compile(node: RuleNode, pointer: string, cc: CompileContext): CompiledNode;
}

/** One condition kind (several ops may share a module). */
export interface CondModule {
  readonly ops: readonly Condition['op'][];
  compile(cond: Condition, pointer: string, scope: CondScope, cc: CompileContext): CompiledCond;
  /** The condition as a mask over an asset scope's candidates (see CompiledMask); null or omitted: none. */
  compileMask?(
    cond: Condition,
    pointer: string,
    scope: CondScope & { kind: 'asset' },
    cc: CompileContext,
  ): CompiledMask | null;
}

/** One weighting scheme. */
export interface WeightingModule {
  readonly scheme: Weighting['scheme'];
  compile(w: Weighting, pointer: string, cc: CompileContext): CompiledWeighting;
  /**
   * Schemes with a per-asset input (a stdev, a score): whether it is defined (not NaN) for asset
   * position `a` at session `i`. Omitted: the scheme reads no per-asset input.
   */
  inputDefined?(w: Weighting, pointer: string, cc: CompileContext): (i: number, a: number) => boolean;
}

/** Renders an operand for hold reasons ("{ref: sma200}" or "42"). */
export function describeOperand(op: Operand): string {
  return typeof op === 'number' ? String(op) : `{ref: ${op.ref}}`;
}
