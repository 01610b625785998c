/**
 * What every semantic check needs, built once from a schema-valid spec: the universe and feature
 * tables (Maps, so ids like `__proto__` are plain keys) and each feature's shape.
 */

import { type Diagnostic, SUGGEST_CELLS, type SuggestBudget } from '../../diagnostics/index.js';
import type { Asset, ExprOperand, Feature, TacticalSpec } from '../../types.js';

/** Scalar: one number per session. Per-asset: one number per universe asset per session. */
export type Shape = 'scalar' | 'per-asset';

/** Shared, read-only view of the spec for the checks. */
export interface CheckContext {
  readonly spec: TacticalSpec;
  /** Universe assets by id; `undefined` for a dynamic universe (membership is known only at run time). */
  readonly assets: ReadonlyMap<string, Asset> | undefined;
  /** Features by id (the first declaration when an id repeats), with their index in `features`. */
  readonly features: ReadonlyMap<string, { feature: Feature; index: number }>;
  /** Shape of a declared feature (expr features: per-asset if any input is); undefined for unknown ids. */
  shapeOf(id: string): Shape | undefined;
  /** Edit-distance work left for "did you mean" hints, shared by every check of one validation. */
  readonly suggestBudget: SuggestBudget;
}

/** One semantic rule: a name for tests and docs, and a pure check. */
export interface SemanticCheck {
  readonly name: string;
  check(ctx: CheckContext): Diagnostic[];
}

/** Feature ids an expression operand list references, in order (inline expressions included). */
export function exprRefs(args: readonly ExprOperand[]): string[] {
  const out: string[] = [];
  const stack: ExprOperand[] = [...args].reverse();
  while (stack.length > 0) {
    const a = stack.pop()!;
    if (typeof a === 'number') continue;
    if ('ref' in a) out.push(a.ref);
    else for (let i = a.args.length - 1; i >= 0; i--) stack.push(a.args[i]!);
  }
  return out;
}

/** Build the context of a schema-valid spec. */
export function createContext(spec: TacticalSpec): CheckContext {
  let assets: Map<string, Asset> | undefined;
  if (Array.isArray(spec.universe)) {
    assets = new Map();
    for (const a of spec.universe) if (!assets.has(a.id)) assets.set(a.id, a);
  }
  const features = new Map<string, { feature: Feature; index: number }>();
  spec.features.forEach((feature, index) => {
    if (!features.has(feature.id)) features.set(feature.id, { feature, index });
  });
  const shapes = new Map<string, Shape | 'pending'>();
  const shapeOf = (id: string): Shape | undefined => {
    const known = shapes.get(id);
    if (known === 'pending') return 'scalar'; // a cycle: reported by its own check; assume scalar here
    if (known) return known;
    const entry = features.get(id);
    if (!entry) return undefined;
    const f = entry.feature;
    let shape: Shape;
    if (f.kind === 'calendar') shape = 'scalar';
    else if (f.kind === 'event') shape = 'per-asset';
    else if (f.kind === 'aggregate' || f.kind === 'asset_value') shape = 'scalar';
    else if (f.kind === 'expr') {
      shapes.set(id, 'pending');
      shape = exprRefs(f.args).some((r) => shapeOf(r) === 'per-asset') ? 'per-asset' : 'scalar';
    } else shape = f.asset === undefined ? 'per-asset' : 'scalar';
    shapes.set(id, shape);
    return shape;
  };
  return { spec, assets, features, shapeOf, suggestBudget: { cells: SUGGEST_CELLS } };
}
