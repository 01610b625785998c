/**
 * A small FeatureSet built directly from arrays, for tests. It implements the FeatureSet contract
 * (src/features/types.ts) — it is a fixture of the contract, not a mock of the feature runtime.
 */

import type { Condition, RuleNode } from '../../src/compile/spec-types.js';
import type {
  AssetColumns,
  FeatureSet,
  FeatureValues,
  Panel,
  SessionGrid,
} from '../../src/features/types.js';

/** Inputs of `makeFeatureSet`; every series has one value per session (NaN = undefined). */
export interface FeatureSetInput {
  /** Asset ids (sorted by the helper, as the panel contract requires). */
  assets: string[];
  /** Number of sessions (default: length of the first series given). */
  sessions?: number;
  /** Closes by asset id (default: 100 every session). */
  close?: Record<string, ArrayLike<number>>;
  /** Membership by asset id (1 = member); omitted = static universe. */
  membership?: Record<string, ArrayLike<number>>;
  /** Scalar features by id. */
  scalar?: Record<string, ArrayLike<number>>;
  /** Per-asset features by id, then asset id (missing assets = NaN). */
  perAsset?: Record<string, Record<string, ArrayLike<number>>>;
  /** First session day number (default 19723 = 2024-01-01); sessions are consecutive days. */
  firstDay?: number;
  /** Session day numbers (overrides firstDay/sessions), e.g. a calendar's sessionDays. */
  days?: Int32Array;
  /** Index of the first session inside the requested range (default 0). */
  start?: number;
}

/** Builds a FeatureSet from arrays. */
export function makeFeatureSet(input: FeatureSetInput): FeatureSet {
  const ids = [...input.assets].sort();
  const firstSeries =
    Object.values(input.scalar ?? {})[0] ??
    Object.values(input.close ?? {})[0] ??
    Object.values(Object.values(input.perAsset ?? {})[0] ?? {})[0];
  const n = input.days?.length ?? input.sessions ?? firstSeries?.length ?? 1;
  const first = input.firstDay ?? 19723;
  const days = input.days ?? Int32Array.from({ length: n }, (_, k) => first + k);
  const dates = Array.from(days, (d) => new Date(d * 86_400_000));
  const index = new Map(Array.from(days, (d, k) => [d, k] as const));
  const grid: SessionGrid = { days, dates, start: input.start ?? 0, indexOfDay: (d) => index.get(d) ?? -1 };
  const series = (x: ArrayLike<number> | undefined, fill: number) =>
    x === undefined
      ? new Float64Array(n).fill(fill)
      : Float64Array.from({ length: n }, (_, k) => x[k] ?? Number.NaN);
  const columns: AssetColumns[] = ids.map((id) => {
    const close = series(input.close?.[id], 100);
    return {
      asset: { id, symbol: id },
      open: close,
      high: close,
      low: close,
      close,
      adjClose: close,
      volume: new Float64Array(n).fill(1),
      fields: new Map(),
    };
  });
  const membership =
    input.membership === undefined
      ? undefined
      : ids.map((id) => Uint8Array.from({ length: n }, (_, k) => input.membership?.[id]?.[k] ?? 0));
  const panel: Panel = {
    grid,
    assets: columns.map((c) => c.asset),
    columns,
    ...(membership === undefined ? {} : { membership }),
    issues: [],
  };
  const features = new Map<string, FeatureValues>();
  for (const [id, v] of Object.entries(input.scalar ?? {})) {
    features.set(id, { id, scope: 'scalar', values: series(v, Number.NaN) });
  }
  for (const [id, byAsset] of Object.entries(input.perAsset ?? {})) {
    features.set(id, { id, scope: 'per_asset', values: ids.map((a) => series(byAsset[a], Number.NaN)) });
  }
  return {
    panel,
    get(id) {
      const f = features.get(id);
      if (f === undefined) throw new Error(`unknown feature ${id}`);
      return f;
    },
  };
}

/** Builds an `if` node (the language's `then` key trips the thenable lint rule in object literals). */
export function iff(cond: Condition, yes: RuleNode, no: RuleNode): RuleNode {
  return { op: 'if', cond, then: yes, else: no };
}
