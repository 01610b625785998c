/**
 * Differential property test: the compiled rule tree and the reference interpreter give identical
 * weights, hold decisions (reason and pointer) and hysteresis memory on every session, for random
 * trees over random FeatureSets — trees that also name an asset outside the panel (`us:Z`, as an
 * asset a dynamic universe never holds in the run), whose weight both keep out of the targets.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { conditionArbitrary, idComparisons } from '../../test/support/conditions.js';
import { expectCompiledAsInterpreted } from '../../test/support/differential.js';
import { iff, makeFeatureSet } from '../../test/support/feature-set.js';
import type { Condition, Operand, RuleNode, Weighting } from '../compile/spec-types.js';

const ASSETS = ['us:B', 'us:A', 'us:D', 'us:C'];
/** The ids rules name: the panel's plus one outside it (a dynamic universe that never holds it). */
const NAMED = [...ASSETS, 'us:Z'];
const SCALARS = ['s0', 's1'];
const PER_ASSET = ['p0', 'p1'];

// Small integers make ties, equalities and band edges frequent; NaN exercises the hold rule.
const value = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -4, max: 4 }) },
  { weight: 1, arbitrary: fc.constant(Number.NaN) },
  { weight: 1, arbitrary: fc.double({ min: -5, max: 5, noNaN: true }) },
);

const operand = (perAsset: boolean): fc.Arbitrary<Operand> =>
  fc.oneof(
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom(...SCALARS).map((ref) => ({ ref })),
    ...(perAsset ? [fc.constantFrom(...PER_ASSET).map((ref) => ({ ref }))] : []),
  );

const condition = (perAsset: boolean): fc.Arbitrary<Condition> =>
  conditionArbitrary(operand(perAsset), fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constantFrom(0.5, 50)));

const weighting: fc.Arbitrary<Weighting> = fc.oneof(
  fc.constant({ scheme: 'equal' as const }),
  fc.integer({ min: 2, max: 3 }).map((lookback) => ({ scheme: 'inverse_volatility' as const, lookback })),
  fc
    .tuple(
      fc.integer({ min: 2, max: 3 }),
      fc.constantFrom('close' as const, 'adj_close' as const, 'open' as const),
    )
    .map(([lookback, field]) => ({ scheme: 'inverse_volatility' as const, lookback, field })),
  fc.constantFrom(...PER_ASSET).map((ref) => ({ scheme: 'proportional' as const, by: { ref } })),
  fc.array(fc.constantFrom(0.5, 0.3, 0.2, -0.25, 0), { minLength: 1, maxLength: 4 }).map((weights) => ({
    scheme: 'specified' as const,
    weights,
  })),
);

const assetList = fc.uniqueArray(fc.constantFrom(...NAMED), { minLength: 1, maxLength: 4 });

const ruleNode: fc.Arbitrary<RuleNode> = fc.letrec<{ node: RuleNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant({ op: 'cash' as const }),
    fc
      .dictionary(fc.constantFrom(...NAMED), fc.constantFrom(1, 0.5, -0.5, 0.25), { maxKeys: 3 })
      .map((weights) => ({ op: 'allocate' as const, weights })),
    fc.record({ op: fc.constant('weight' as const), assets: assetList, weighting }),
    fc
      .record(
        {
          op: fc.constant('select' as const),
          from: assetList,
          rank: fc.constantFrom(...PER_ASSET).map((ref) => ({ ref })),
          order: fc.constantFrom('asc' as const, 'desc' as const),
          count: fc.integer({ min: 1, max: 3 }),
          fraction: fc.constantFrom(0.25, 0.5, 1),
          filter: condition(true),
          weighting,
        },
        { requiredKeys: ['op'] },
      )
      .map((s) => {
        // At most one of count/fraction, as validation guarantees.
        if (s.count !== undefined) delete s.fraction;
        return s as RuleNode;
      }),
    // Fixed slots (count required; equal or specified weights of length count, as validation guarantees).
    fc
      .record(
        {
          op: fc.constant('select' as const),
          from: assetList,
          rank: fc.constantFrom(...PER_ASSET).map((ref) => ({ ref })),
          order: fc.constantFrom('asc' as const, 'desc' as const),
          count: fc.integer({ min: 1, max: 3 }),
          filter: condition(true),
          specified: fc.boolean(),
          weights: fc.array(fc.constantFrom(0.5, 0.3, 0.2, -0.25, 0), { minLength: 3, maxLength: 3 }),
          slots: fc.oneof(
            fc.constant({}),
            fc.constantFrom(...NAMED).map((fallback) => ({ fallback })),
          ),
        },
        { requiredKeys: ['op', 'rank', 'count', 'slots', 'specified', 'weights'] },
      )
      .map(({ specified, weights, ...s }) => {
        const weighting: Weighting = specified
          ? { scheme: 'specified', weights: weights.slice(0, s.count) }
          : { scheme: 'equal' };
        return { ...s, weighting } as RuleNode;
      }),
    fc.constant({ op: 'hold' as const }),
    fc
      .record(
        {
          op: fc.constant('scale' as const),
          by: fc.constantFrom(...SCALARS).map((ref) => ({ ref })),
          min: fc.constantFrom(0, -0.5, 0.25),
          max: fc.constantFrom(1, 0.5, 2),
          node: tie('node'),
          remainder: fc.constantFrom(...NAMED),
        },
        { requiredKeys: ['op', 'by', 'node'] },
      )
      .map((s) => {
        if ((s.min ?? 0) > (s.max ?? 1)) delete s.min;
        return s as RuleNode;
      }),
    fc
      .record({ op: fc.constant('if' as const), cond: condition(false), yes: tie('node'), no: tie('node') })
      .map(({ cond, yes, no }) => iff(cond, yes, no)),
    fc.record({
      op: fc.constant('group' as const),
      children: fc.array(fc.record({ weight: fc.constantFrom(0.5, 1, -0.5, 0.3), node: tie('node') }), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
  ),
})).node;

/** Gives every comparison marked with id '?' a unique id (ids must be unique in a valid spec). */
function assignIds(node: RuleNode): RuleNode {
  let n = 0;
  const fixCond = (c: Condition): void => idComparisons(c, () => `cmp${n++}`);
  const fix = (x: RuleNode): void => {
    if (x.op === 'if') {
      fixCond(x.cond);
      fix(x.then);
      fix(x.else);
    } else if (x.op === 'group') {
      for (const c of x.children) fix(c.node);
    } else if (x.op === 'scale') fix(x.node);
    else if (x.op === 'select' && x.filter !== undefined) fixCond(x.filter);
  };
  const copy = structuredClone(node);
  fix(copy);
  return copy;
}

const world = fc.integer({ min: 2, max: 14 }).chain((n) => {
  const series = (arb: fc.Arbitrary<number>) => fc.array(arb, { minLength: n, maxLength: n });
  const perAsset = fc.record(Object.fromEntries(ASSETS.map((a) => [a, series(value)])));
  return fc.record({
    n: fc.constant(n),
    close: fc.record(
      Object.fromEntries(
        ASSETS.map((a) => [
          a,
          series(
            fc.oneof(
              { weight: 10, arbitrary: fc.double({ min: 50, max: 150, noNaN: true }) },
              { weight: 1, arbitrary: fc.constant(Number.NaN) },
            ),
          ),
        ]),
      ),
    ),
    adjClose: fc.record(
      Object.fromEntries(ASSETS.map((a) => [a, series(fc.double({ min: 50, max: 150, noNaN: true }))])),
    ),
    membership: fc.option(
      fc.record(Object.fromEntries(ASSETS.map((a) => [a, series(fc.constantFrom(0, 1, 1))]))),
    ),
    scalar: fc.record(Object.fromEntries(SCALARS.map((s) => [s, series(value)]))),
    perAsset: fc.record(Object.fromEntries(PER_ASSET.map((p) => [p, perAsset]))),
  });
});

describe('compiled rule tree = reference interpreter', () => {
  it('gives identical weights, holds and hysteresis memory on every session of random trees', () => {
    fc.assert(
      fc.property(ruleNode.map(assignIds), world, (rules, w) => {
        const fs = makeFeatureSet({
          assets: ASSETS,
          sessions: w.n,
          close: w.close,
          adjClose: w.adjClose,
          scalar: w.scalar,
          perAsset: w.perAsset,
          ...(w.membership === null ? {} : { membership: w.membership }),
        });
        expectCompiledAsInterpreted(rules, fs);
      }),
      { numRuns: 400 },
    );
  });
});
