/**
 * `compileRules`: turns a rule tree into closures over one FeatureSet, once.
 *
 * Each session then costs: the hysteresis pre-pass (every stateful comparison, taken branch or not)
 * followed by one walk of the compiled closures. No JSON is read per session, and weight vectors
 * are preallocated Float64Arrays indexed by panel asset position.
 */
import type { FeatureSet } from '../features/types.js';
import { idRecord, own } from '../ids.js';
import type {
  CompileContext,
  CompiledCond,
  CompiledNode,
  CompiledWeighting,
  CondScope,
  EvalContext,
  Hold,
  OperandReader,
  OperandRow,
} from './context.js';
import { STATE_FALSE, STATE_TRUE, STATE_UNKNOWN } from './context.js';
import { CompileError, childPointer } from './errors.js';
import { assetHysteresisKey } from './hysteresis-key.js';
import { fieldColumn, returnStdev } from './kernels.js';
import { condRegistry, nodeRegistry, weightingRegistry } from './registry.js';
import { assetIdOf, type RuleNode } from './spec-types.js';

/** What one compiled evaluation produced. */
export interface RulesOutcome {
  /** Weights by panel asset position (a live buffer: copy or convert before the next call), or a hold. */
  readonly result: Float64Array | Hold;
  /** The hysteresis memory after this evaluation (plain JSON, keyed as documented in StrategyState). */
  readonly hysteresis: Record<string, boolean>;
}

/** A rule tree compiled against one FeatureSet. */
export interface CompiledRules {
  /** The FeatureSet the closures read. */
  readonly features: FeatureSet;
  /** Hysteresis keys in slot order ('' for slots that carry no state). */
  readonly hysteresisKeys: readonly string[];
  /**
   * Evaluates the tree at grid index `i`, starting from the hysteresis memory `hysteresis`
   * (not mutated). Runs the pre-pass over every stateful comparison first.
   */
  evaluate(i: number, hysteresis: Readonly<Record<string, boolean>>): RulesOutcome;
  /** Converts a weight vector to a record of its non-zero weights by panel asset id (asset order). */
  toRecord(weights: Float64Array): Record<string, number>;
  /**
   * Assets the rules name that are not in the panel (a dynamic universe that never holds them in
   * this run), with the pointers that name them, in order of first mention. Their weights have
   * positions after the panel's and never reach `toRecord`: they stay in cash.
   */
  readonly outsidePanel: readonly OutsidePanelAsset[];
  /** The non-zero weights a vector gives to `outsidePanel` assets (in their order). */
  outsidePanelWeights(weights: Float64Array): { asset: string; weight: number }[];
}

/** An asset a rule names that has no data in the run (not in the panel). */
export interface OutsidePanelAsset {
  readonly asset: string;
  /** JSON pointers of the places naming it (allocate weights, weight assets, fallback, remainder). */
  readonly pointers: readonly string[];
}

/** Options for `compileRules`. */
export interface CompileOptions {
  /** JSON Pointer of the rule tree inside the spec document, prefixed to every pointer. */
  pointer?: string;
  /**
   * The share of the grid's sessions the tree will be evaluated on (default 0). Above 1/8 a select's
   * filter reads per-asset features from session-major copies (FeatureSet.crossSection): the copy
   * costs one pass over the series, which pays for itself only when most sessions are evaluated.
   */
  evaluatedShare?: number;
}

/**
 * Compiles `rules` against `features`. Throws `CompileError` for trees a valid spec cannot contain
 * (unknown op, feature or asset; per-asset feature in a scalar condition).
 */
export function compileRules(
  rules: RuleNode,
  features: FeatureSet,
  options: CompileOptions = {},
): CompiledRules {
  const panel = features.panel;
  const nPanel = panel.assets.length;
  const positions = new Map<string, number>();
  panel.assets.forEach((a, k) => {
    positions.set(a.id, k);
  });
  // Membership is a fact only data can tell: an asset a dynamic universe never holds in this run is
  // not an error. It gets a position after the panel's so weights flow through group/scale exactly,
  // and its weight stays in cash (docs/semantics.md § Assets outside a dynamic universe).
  const rootPointer = options.pointer ?? '/rules';
  const outside = namedAssets(rules, rootPointer).filter((n) => !positions.has(n.asset));
  outside.forEach((n, j) => {
    positions.set(n.asset, nPanel + j);
  });
  const nAssets = nPanel + outside.length;
  const idOf = (a: number) => (a < nPanel ? panel.assets[a]!.id : outside[a - nPanel]!.asset);

  const slotKeys: string[] = [];
  const prepass: { base: number; update: (i: number, ctx: EvalContext, base: number) => void }[] = [];
  const stdevMemo = new Map<string, (a: number, i: number) => number>();

  const feature = (ref: string, pointer: string) => {
    try {
      return features.get(ref);
    } catch (e) {
      throw new CompileError('unknown_feature', pointer, `unknown feature '${ref}': ${(e as Error).message}`);
    }
  };

  // Session-major copies pay for themselves only when most sessions are evaluated.
  const dense = (options.evaluatedShare ?? 0) > 1 / 8;
  const crossSectionOf = (ref: string) => (dense ? features.crossSection?.(ref) : undefined);
  const cc: CompileContext = {
    liveRows: () => (dense ? (features.liveMask?.() ?? null) : null),
    panel,
    nAssets,
    nPanelAssets: nPanel,
    assetId: idOf,
    assetPosition(id, pointer) {
      const p = positions.get(id);
      if (p === undefined)
        throw new CompileError('unknown_asset', pointer, `asset '${id}' is not named by the rule tree`);
      return p;
    },
    compileNode(node, pointer): CompiledNode {
      const m = nodeRegistry.get(node.op);
      if (m === undefined) throw new CompileError('unknown_node', pointer, `unknown node op '${node.op}'`);
      return m.compile(node, pointer, cc);
    },
    compileCond(cond, pointer, scope): CompiledCond {
      const m = condRegistry.get(cond.op);
      if (m === undefined)
        throw new CompileError('unknown_condition', pointer, `unknown condition op '${cond.op}'`);
      return m.compile(cond, pointer, scope, cc);
    },
    compileWeighting(w, pointer): CompiledWeighting {
      const m = weightingRegistry.get(w.scheme);
      if (m === undefined)
        throw new CompileError('unknown_weighting', pointer, `unknown scheme '${w.scheme}'`);
      return m.compile(w, pointer, cc);
    },
    weightingInputDefined(w, pointer) {
      const m = weightingRegistry.get(w.scheme);
      if (m === undefined)
        throw new CompileError('unknown_weighting', pointer, `unknown scheme '${w.scheme}'`);
      return m.inputDefined?.(w, pointer, cc) ?? null;
    },
    operand(op, pointer, scope: CondScope): OperandReader {
      if (typeof op === 'number') return () => op;
      const f = feature(op.ref, pointer);
      if (f.scope === 'scalar') {
        const v = f.values;
        return (i) => v[i]!;
      }
      if (scope.kind !== 'asset') {
        throw new CompileError(
          'per_asset_in_scalar_condition',
          pointer,
          `per-asset feature '${op.ref}' used outside a select filter`,
        );
      }
      // Every candidate is read at one session: read a session-major copy when the features have one
      // and the tree runs on enough sessions to repay making it.
      const xs = crossSectionOf(op.ref);
      if (xs !== undefined) return (i, a) => xs[i * nPanel + a]!;
      const v = f.values;
      return (i, a) => v[a]![i]!;
    },
    operandRow(op, pointer, scope): OperandRow {
      if (typeof op === 'number') {
        const one = Float64Array.of(op);
        return { values: one, stride: 0, offsetAt: () => 0 };
      }
      const f = feature(op.ref, pointer);
      if (f.scope === 'scalar') return { values: f.values, stride: 0, offsetAt: (i) => i };
      const candidates = scope.candidates;
      const xs = crossSectionOf(op.ref);
      // Every panel asset in panel order (a select without `from`): the session's row of the copy.
      const identity = candidates.length === nPanel && candidates.every((a, c) => a === c);
      if (xs !== undefined && identity) return { values: xs, stride: 1, offsetAt: (i) => i * nPanel };
      // Otherwise gathered into a row of its own, once per session.
      const row = new Float64Array(candidates.length);
      const series = f.values;
      return {
        values: row,
        stride: 1,
        offsetAt(i) {
          for (let c = 0; c < candidates.length; c++) {
            const a = candidates[c]!;
            row[c] = xs !== undefined ? xs[i * nPanel + a]! : series[a]![i]!;
          }
          return 0;
        },
      };
    },
    compileMask(cond, pointer, scope) {
      return condRegistry.get(cond.op)?.compileMask?.(cond, pointer, scope, cc) ?? null;
    },
    perAssetFeature(ref, pointer) {
      const f = feature(ref, pointer);
      if (f.scope !== 'per_asset') {
        throw new CompileError(
          'scalar_feature_as_rank',
          pointer,
          `feature '${ref}' is scalar, a per-asset one is needed`,
        );
      }
      return f.values;
    },
    registerStateful(key, scope, update) {
      const base = slotKeys.length;
      if (scope.kind === 'scalar') slotKeys.push(key);
      else {
        for (let a = 0; a < nAssets; a++) slotKeys.push('');
        for (const a of scope.candidates) slotKeys[base + a] = assetHysteresisKey(key, idOf(a));
      }
      prepass.push({ base, update });
      return base;
    },
    returnStdev(lookback, field = 'close') {
      const memoKey = `${lookback}:${field}`;
      let memo = stdevMemo.get(memoKey);
      if (memo === undefined) {
        const len = panel.grid.days.length;
        const values = panel.columns.map(() => new Float64Array(len));
        const done = panel.columns.map(() => new Uint8Array(len));
        const closes = panel.columns.map((c) => fieldColumn(c, field));
        memo = (a, i) => {
          // an asset outside the panel has no bars: its volatility is undefined
          if (a >= nPanel) return Number.NaN;
          const d = done[a]!;
          if (d[i] === 1) return values[a]![i]!;
          const s = returnStdev(closes[a]!, i, lookback);
          values[a]![i] = s;
          d[i] = 1;
          return s;
        };
        stdevMemo.set(memoKey, memo);
      }
      return memo;
    },
  };

  const root = cc.compileNode(rules, rootPointer);
  const nSlots = slotKeys.length;
  const ctx: EvalContext = { hyst: new Uint8Array(nSlots), cmp: new Uint8Array(nSlots), hold: null };
  // Slots that carry state, so load/save touch only them.
  const live = Int32Array.from(slotKeys.flatMap((k, s) => (k === '' ? [] : [s])));

  return {
    features,
    hysteresisKeys: slotKeys,
    evaluate(i, hysteresis) {
      for (const s of live) {
        const v = own(hysteresis, slotKeys[s]!);
        ctx.hyst[s] = v === undefined ? STATE_UNKNOWN : v ? STATE_TRUE : STATE_FALSE;
      }
      ctx.hold = null;
      for (const p of prepass) p.update(i, ctx, p.base);
      const result = root(i, ctx);
      const out = idRecord<boolean>();
      for (const s of live) {
        const h = ctx.hyst[s];
        if (h !== STATE_UNKNOWN) out[slotKeys[s]!] = h === STATE_TRUE;
      }
      return { result, hysteresis: out };
    },
    toRecord(weights) {
      const rec = idRecord<number>();
      for (let a = 0; a < nPanel; a++) {
        const w = weights[a]!;
        if (w !== 0) rec[panel.assets[a]!.id] = w;
      }
      return rec;
    },
    outsidePanel: outside,
    outsidePanelWeights(weights) {
      const out: { asset: string; weight: number }[] = [];
      for (let a = nPanel; a < nAssets; a++) {
        const w = weights[a]!;
        if (w !== 0) out.push({ asset: idOf(a), weight: w });
      }
      return out;
    },
  };
}

/**
 * Every asset id a weight-giving place of the tree names (allocate weights, weight assets,
 * select from / slots.fallback, scale remainder), in order of first mention, with its pointers.
 */
export function namedAssets(rules: RuleNode, pointer: string): OutsidePanelAsset[] {
  const found = new Map<string, string[]>();
  const add = (id: string, p: string) => {
    const list = found.get(id);
    if (list === undefined) found.set(id, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  const walk = (n: RuleNode, p: string): void => {
    switch (n.op) {
      case 'allocate':
        for (const id of Object.keys(n.weights)) add(id, childPointer(p, 'weights', id));
        return;
      case 'weight':
        n.assets.forEach((r, k) => {
          add(assetIdOf(r), `${p}/assets/${k}`);
        });
        return;
      case 'select':
        n.from?.forEach((r, k) => {
          add(assetIdOf(r), `${p}/from/${k}`);
        });
        if (n.slots?.fallback !== undefined) add(n.slots.fallback, `${p}/slots/fallback`);
        return;
      case 'scale':
        walk(n.node, `${p}/node`);
        if (n.remainder !== undefined) add(n.remainder, `${p}/remainder`);
        return;
      case 'if':
        walk(n.then, `${p}/then`);
        walk(n.else, `${p}/else`);
        return;
      case 'group':
        n.children.forEach((c, k) => {
          walk(c.node, `${p}/children/${k}/node`);
        });
        return;
      default:
        return;
    }
  };
  walk(rules, pointer);
  return [...found].map(([asset, pointers]) => ({ asset, pointers }));
}
