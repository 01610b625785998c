/**
 * Static analysis of a spec's features before anything is computed: ids, asset references, the
 * dependency order of expressions, scopes, canonical parameters (for cache keys) and lookbacks (for
 * the warm-up).
 */
import type { ExprOperand, Feature } from '@tactical/spec';
import type { Asset } from '../data/types.js';
import { canonicalJson, fnv1a64 } from './cache.js';
import { sampledLookback } from './kernels/sampled.js';

/** Stable codes of feature programmer errors. */
export type FeatureErrorCode =
  | 'duplicate_feature'
  | 'unknown_feature'
  | 'unknown_ref'
  | 'ref_cycle'
  | 'unknown_asset'
  | 'not_supported'
  | 'invalid_feature';

/** A feature list the runtime cannot compute (validation rules these out for valid specs). */
export class FeatureError extends Error {
  override readonly name = 'FeatureError';
  constructor(
    readonly code: FeatureErrorCode,
    readonly featureId: string,
    message: string,
  ) {
    super(`feature '${featureId}': ${message}`);
  }
}

/** Is the feature one number per session, or one series per universe asset? */
export type FeatureScope = 'scalar' | 'per_asset';

/** What the planner knows about one feature. */
export interface PlannedFeature {
  readonly feature: Feature;
  readonly scope: FeatureScope;
  /** The asset of a scalar bar feature. */
  readonly asset?: Asset;
  /** Sessions of history needed before a value is defined (incl. nested refs and delays). */
  readonly lookback: number;
  /**
   * The feature's own parameters: no id/description, defaults filled, the asset of a scalar bar
   * feature as `[id, symbol, exchange]`, and every `{ ref }` replaced by `{ ref: <identity of the
   * referenced feature> }`. Small (independent of how deep the refs go).
   */
  readonly canonical: { kind: string } & Record<string, unknown>;
  /**
   * What the value depends on, transitively (Merkle style: a hash of `canonical`, which holds the
   * refs' identities): two features share it only when they compute the same thing.
   */
  readonly identity: string;
  /** The identity of the same feature with `delay: 0` (the series a delay shifts). */
  readonly undelayedIdentity: string;
  /**
   * Bar features: the identities without the asset binding. A bar series is cached under these plus
   * the asset it is computed on, so a scalar `sma` of one asset and a per-asset `sma` share the
   * series of that asset.
   */
  readonly bar?: { readonly identity: string; readonly undelayedIdentity: string };
  /** Ids this feature reads (expressions). */
  readonly refs: readonly string[];
}

/** The planned features in dependency order (refs before the features that read them). */
export interface FeaturePlan {
  readonly order: readonly PlannedFeature[];
  readonly byId: ReadonlyMap<string, PlannedFeature>;
  /** The longest lookback: the warm-up the panel needs. */
  readonly warmup: number;
}

const BAR_KINDS = new Set(['price', 'sma', 'ema', 'rsi', 'return', 'volatility', 'drawdown', 'field']);

/** Own lookback of a bar feature (before delay), matching each kernel's `warmup`. */
function ownLookback(f: Feature): number {
  if ((f.kind === 'sma' || f.kind === 'return') && f.sample !== undefined)
    return sampledLookback(f.kind, f.period, f.sample.every);
  switch (f.kind) {
    case 'sma':
    case 'ema':
    case 'drawdown':
      return f.period - 1;
    case 'rsi':
    case 'return':
    case 'volatility': // period returns need period + 1 prices
      return f.period;
    default:
      return 0;
  }
}

/** The identity of a canonical parameter object (see PlannedFeature.identity). */
function identityOf(canonical: { kind: string } & Record<string, unknown>): string {
  return `${canonical.kind}:${fnv1a64(canonicalJson(canonical))}`;
}

/** The identities of a canonical form, with and without its delay. */
function identities(canonical: { kind: string } & Record<string, unknown>): {
  identity: string;
  undelayedIdentity: string;
} {
  const identity = identityOf(canonical);
  const undelayedIdentity = canonical.delay === 0 ? identity : identityOf({ ...canonical, delay: 0 });
  return { identity, undelayedIdentity };
}

/** `canonical` with its identities (spread into a PlannedFeature). */
function withCanonical(canonical: { kind: string } & Record<string, unknown>): {
  canonical: { kind: string } & Record<string, unknown>;
  identity: string;
  undelayedIdentity: string;
} {
  return { canonical, ...identities(canonical) };
}

function collectRefs(args: readonly ExprOperand[], out: string[]): void {
  for (const a of args) {
    if (typeof a === 'number') continue;
    if ('ref' in a) out.push(a.ref);
    else collectRefs(a.args, out);
  }
}

/**
 * Plan `features` against `universe`; throws FeatureError on an inconsistent list. `defaultIndex` is
 * the dynamic universe's index, which an `event` feature without `index` refers to. With
 * `checkAssets` false, asset references are not checked against `universe` (sizing the warm-up before
 * a dynamic universe is resolved).
 */
export function planFeatures(
  features: readonly Feature[],
  universe: readonly Asset[],
  defaultIndex?: string,
  checkAssets = true,
): FeaturePlan {
  const defs = new Map<string, Feature>();
  for (const f of features) {
    if (defs.has(f.id)) throw new FeatureError('duplicate_feature', f.id, 'the id is used twice');
    defs.set(f.id, f);
  }
  const assets = new Map(universe.map((a) => [a.id, a]));
  const byId = new Map<string, PlannedFeature>();
  const order: PlannedFeature[] = [];
  const visiting = new Set<string>();

  const visit = (id: string, from: string[]): PlannedFeature => {
    const done = byId.get(id);
    if (done) return done;
    const f = defs.get(id);
    if (!f) {
      const who = from[from.length - 1] ?? id;
      throw new FeatureError('unknown_ref', who, `refers to unknown feature '${id}'`);
    }
    if (visiting.has(id)) {
      throw new FeatureError('ref_cycle', id, `refers to itself through ${[...from, id].join(' -> ')}`);
    }
    visiting.add(id);
    const delay = f.delay ?? 0;
    if (!Number.isInteger(delay) || delay < 0) {
      throw new FeatureError('invalid_feature', id, `delay must be an integer >= 0, got ${delay}`);
    }
    let planned: PlannedFeature;
    if (f.kind === 'expr') {
      const refs: string[] = [];
      collectRefs(f.args, refs);
      from.push(id);
      const deps = refs.map((r) => visit(r, from));
      from.pop();
      // A ref stands for its identity (a short hash of everything it depends on): the canonical form
      // stays as small as the expression, however deep the chain of refs.
      const resolve = (args: readonly ExprOperand[]): unknown[] =>
        args.map((a) =>
          typeof a === 'number'
            ? a
            : 'ref' in a
              ? { ref: byId.get(a.ref)!.identity }
              : { op: a.op, args: resolve(a.args) },
        );
      planned = {
        feature: f,
        scope: deps.some((d) => d.scope === 'per_asset') ? 'per_asset' : 'scalar',
        lookback: Math.max(0, ...deps.map((d) => d.lookback)) + delay,
        ...withCanonical({ kind: 'expr', op: f.op, args: resolve(f.args), delay }),
        refs,
      };
    } else if (f.kind === 'calendar') {
      planned = {
        feature: f,
        scope: 'scalar',
        lookback: delay,
        ...withCanonical({ kind: f.kind, period: f.period, measure: f.measure, delay }),
        refs: [],
      };
    } else if (f.kind === 'aggregate' || f.kind === 'asset_value') {
      // Cross-asset features (cross-asset.ts): scalar, reading a per-asset feature (and a scalar `where`).
      const right =
        f.kind === 'aggregate' && f.where && typeof f.where.right !== 'number' ? f.where.right : null;
      const refs = right === null ? [f.of.ref] : [f.of.ref, right.ref];
      const deps = refs.map((r) => visit(r, [...from, id]));
      const assetId =
        f.kind === 'asset_value' ? (typeof f.asset === 'string' ? f.asset : f.asset.id) : undefined;
      for (const a of [
        ...(assetId === undefined ? [] : [assetId]),
        ...(f.kind === 'aggregate' ? (f.assets ?? []) : []),
      ]) {
        if (!assets.has(a) && checkAssets)
          throw new FeatureError('unknown_asset', id, `asset '${a}' is not in the universe`);
      }
      planned = {
        feature: f,
        scope: 'scalar',
        lookback: Math.max(0, ...deps.map((d) => d.lookback)) + delay,
        // Refs stand for their identities; the asset of asset_value is bound like a scalar bar feature's.
        ...withCanonical(
          f.kind === 'aggregate'
            ? {
                kind: f.kind,
                op: f.op,
                of: { ref: deps[0]!.identity },
                assets: f.assets ?? null,
                where: f.where
                  ? { op: f.where.op, right: right === null ? f.where.right : { ref: deps[1]!.identity } }
                  : null,
                delay,
              }
            : {
                kind: f.kind,
                of: { ref: deps[0]!.identity },
                asset:
                  assetId === undefined
                    ? null
                    : [assetId, assets.get(assetId)?.symbol ?? null, assets.get(assetId)?.exchange ?? null],
                delay,
              },
        ),
        refs,
      };
    } else if (BAR_KINDS.has(f.kind) && f.kind !== 'event') {
      const { id: _id, description: _d, asset: ref, ...params } = f;
      const assetId = ref === undefined ? undefined : typeof ref === 'string' ? ref : ref.id;
      const asset = assetId === undefined ? undefined : assets.get(assetId);
      if (assetId !== undefined && !asset && checkAssets) {
        throw new FeatureError('unknown_asset', id, `asset '${assetId}' is not in the universe`);
      }
      const unbound: { kind: string } & Record<string, unknown> = {
        ...params,
        delay,
        ...(f.kind !== 'field' ? { field: f.field ?? 'close' } : {}),
        ...(f.kind === 'volatility' ? { annualize: f.annualize ?? false } : {}),
        ...((f.kind === 'sma' || f.kind === 'return') && f.sample
          ? { sample: { every: f.sample.every, newest: f.sample.newest ?? 'period_end' } }
          : {}),
      };
      // A scalar series is bound to its asset: the asset is part of what it computes (and of what
      // an expression reading it computes).
      const canonical = asset
        ? { ...unbound, asset: [asset.id, asset.symbol, asset.exchange ?? null] }
        : unbound;
      planned = {
        feature: f,
        scope: asset ? 'scalar' : 'per_asset',
        ...(asset ? { asset } : {}),
        lookback: ownLookback(f) + delay,
        ...withCanonical(canonical),
        bar: identities(unbound),
        refs: [],
      };
    } else if (f.kind === 'event') {
      const index = f.index ?? defaultIndex;
      if (index === undefined) {
        throw new FeatureError(
          'invalid_feature',
          id,
          "an 'event' feature needs `index` when the universe is static (it defaults to the universe's index)",
        );
      }
      planned = {
        feature: f,
        scope: 'per_asset',
        lookback: delay,
        // The events themselves are added per asset (a hash of the list) when the series is computed.
        ...withCanonical({ kind: 'event', event: f.event, index, delay }),
        refs: [],
      };
    } else {
      planned = {
        feature: f,
        scope: 'per_asset',
        lookback: delay,
        ...withCanonical({ kind: f.kind, delay }),
        refs: [],
      };
    }
    visiting.delete(id);
    byId.set(id, planned);
    order.push(planned);
    return planned;
  };

  for (const f of features) visit(f.id, []);
  return { order, byId, warmup: Math.max(0, ...order.map((p) => p.lookback)) };
}
