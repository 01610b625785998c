/**
 * Test support: synthetic bars for three assets and fast-check generators of feature lists (bar
 * features over one or every asset, expressions over earlier features, delays).
 */
import type { ExprOp, ExprOperand, Feature } from '@tactical/spec';
import fc from 'fast-check';
import type { Bar } from '../../src/data/types.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);

/** The generated features' universe. */
export const ASSETS = [
  { id: 'spy', symbol: 'SPY' },
  { id: 'efa', symbol: 'EFA' },
  { id: 'ief', symbol: 'IEF' },
];

/** Weekday bars with a distinct drift and wiggle per asset (so every asset's series differ). */
function bars(seed: number): Bar[] {
  const out: Bar[] = [];
  let price = 50 + seed * 30;
  for (let i = 0; i < 500; i++) {
    const t = new Date(utc('2021-01-04').getTime() + i * 86_400_000);
    if (t.getUTCDay() === 0 || t.getUTCDay() === 6) continue;
    price *= 1 + 0.0003 * (seed + 1) + Math.sin(i / (7 + seed * 3)) * 0.006;
    const open = price * (1 - 0.002 * Math.cos(i + seed));
    out.push({
      t,
      open,
      high: price * 1.01,
      low: open * 0.99,
      close: price,
      volume: 1e6,
      adjClose: price * 0.9,
    });
  }
  return out;
}
/** Bars of every asset of ASSETS (2021-01-04 on, ~500 calendar days). */
export const FIXTURES = Object.fromEntries(ASSETS.map((a, k) => [a.id, bars(k)]));

export const BAR_KINDS = ['price', 'sma', 'ema', 'rsi', 'return', 'volatility', 'drawdown'] as const;
export const FIELDS = ['close', 'open', 'high', 'low', 'adj_close', 'volume'] as const;

/** A bar feature over one asset (scalar) or every asset (per-asset). */
export function barFeature(id: string, perAsset = true): fc.Arbitrary<Feature> {
  return fc
    .record({
      kind: fc.constantFrom(...BAR_KINDS),
      // Few distinct values, so different specs often hold the same computation (cache hits).
      period: fc.constantFrom(2, 3, 5, 10, 20),
      field: fc.constantFrom(...FIELDS),
      asset: perAsset
        ? fc.option(fc.constantFrom(...ASSETS), { nil: undefined })
        : fc.constantFrom(...ASSETS),
      delay: fc.integer({ min: 0, max: 2 }),
      annualize: fc.boolean(),
    })
    .map(({ kind, period, field, asset, delay, annualize }) => {
      const f: Record<string, unknown> = { id, kind, field, delay };
      if (kind !== 'price') f.period = period;
      if (kind === 'volatility') f.annualize = annualize;
      if (asset !== undefined) f.asset = asset.id;
      return f as unknown as Feature;
    });
}

const OPS_1: ExprOp[] = ['neg', 'abs', 'log'];
const OPS_2: ExprOp[] = ['sub', 'div'];
const OPS_N: ExprOp[] = ['add', 'mul', 'min', 'max'];

/** An expression operand reading earlier features `refs` (depth-limited inline expressions). */
function operand(refs: readonly string[], depth: number): fc.Arbitrary<ExprOperand> {
  const leaf: fc.Arbitrary<ExprOperand> = fc.oneof(
    fc.constantFrom(...refs).map((ref) => ({ ref })),
    fc.constantFrom(-1, 0.5, 2, 3),
  );
  if (depth === 0) return leaf;
  return fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: exprBody(refs, depth - 1) });
}

function exprBody(refs: readonly string[], depth: number): fc.Arbitrary<{ op: ExprOp; args: ExprOperand[] }> {
  const arg = operand(refs, depth);
  return fc.oneof(
    fc.record({ op: fc.constantFrom(...OPS_1), args: fc.tuple(arg) }),
    fc.record({ op: fc.constantFrom(...OPS_2), args: fc.tuple(arg, arg) }),
    fc.record({ op: fc.constantFrom(...OPS_N), args: fc.array(arg, { minLength: 2, maxLength: 3 }) }),
  );
}

/**
 * 2–4 bar features, each with a twin computing the same thing over another asset (or over one asset
 * instead of every one), then 0–4 expressions over earlier features, each with a twin reading the
 * twins: the pattern of a strategy that repeats one formula per asset, where a key that leaves out
 * the asset makes the twins share one series.
 */
export function featureList(): fc.Arbitrary<Feature[]> {
  return fc
    .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 2 }))
    .chain(([nBar, nExpr, shift]) => {
      const bars = fc.tuple(...Array.from({ length: nBar }, (_, k) => barFeature(`b${k}`)));
      return bars.chain((bs) => {
        const twin = (b: Feature, k: number): Feature => {
          const at = (b as { asset?: string }).asset;
          const next =
            ASSETS[(ASSETS.findIndex((a) => a.id === at) + shift + ASSETS.length) % ASSETS.length]!;
          return { ...b, id: `t${k}`, asset: next.id } as Feature;
        };
        const ts = bs.map(twin);
        const exprs: fc.Arbitrary<Feature[]>[] = [];
        for (let k = 0; k < nExpr; k++) {
          const refs = [...bs.map((b) => b.id), ...Array.from({ length: k }, (_, j) => `e${j}`)];
          exprs.push(
            fc.tuple(exprBody(refs, 1), fc.integer({ min: 0, max: 2 })).map(([body, delay]) => {
              const e = { id: `e${k}`, kind: 'expr', ...body, delay } as unknown as Feature;
              // The twin: the same formula over the twins (b_i -> t_i, e_j -> u_j).
              const swap = (x: unknown): unknown =>
                typeof x !== 'object' || x === null
                  ? x
                  : Array.isArray(x)
                    ? x.map(swap)
                    : 'ref' in x
                      ? {
                          ref: String((x as { ref: string }).ref)
                            .replace(/^b/, 't')
                            .replace(/^e/, 'u'),
                        }
                      : Object.fromEntries(Object.entries(x).map(([key, v]) => [key, swap(v)]));
              const u = { ...(swap(e) as object), id: `u${k}` } as unknown as Feature;
              return [e, u];
            }),
          );
        }
        const all = [...bs, ...ts];
        return exprs.length === 0 ? fc.constant(all) : fc.tuple(...exprs).map((es) => [...all, ...es.flat()]);
      });
    });
}
