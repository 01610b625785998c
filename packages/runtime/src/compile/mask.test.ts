/**
 * A select's filter evaluated for all candidates at once (CompiledMask) decides exactly as the
 * reference interpreter, candidate by candidate. Each filter F is run as itself and as not(F), so a
 * candidate's three values are all observed (TRUE passes F, FALSE passes not(F), UNDEF neither);
 * with and without session-major copies (FeatureSet.crossSection / liveMask, which a dense tree
 * reads), with and without a `from` list (a row of every panel asset, or one gathered per session).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { conditionArbitrary, idComparisons } from '../../test/support/conditions.js';
import { expectCompiledAsInterpreted } from '../../test/support/differential.js';
import { makeFeatureSet } from '../../test/support/feature-set.js';
import type { FeatureSet } from '../features/types.js';
import type { Condition, Operand, RuleNode } from './spec-types.js';

const ASSETS = ['us:A', 'us:B', 'us:C', 'us:D', 'us:E'];
const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 3, arbitrary: fc.constant(Number.NaN) },
  { weight: 1, arbitrary: fc.double({ min: -4, max: 4, noNaN: true }) },
);
const operand: fc.Arbitrary<Operand> = fc.oneof(
  fc.integer({ min: -2, max: 2 }),
  fc.constant({ ref: 's0' }),
  fc.constantFrom('p0', 'p1').map((ref) => ({ ref })),
);
// A tolerance on eq/neq is a band (a mask); on an ordering it keeps state (no mask).
const condition = conditionArbitrary(operand, fc.constantFrom(0, 0.5, 1, 50));

/** Unique ids for the comparisons (validation requires them; stateful ones key their memory). */
function withIds(c: Condition): Condition {
  let n = 0;
  const copy = structuredClone(c);
  idComparisons(copy, () => `c${n++}`);
  return copy;
}

const world = fc.integer({ min: 1, max: 9 }).chain((n) => {
  const series = (arb: fc.Arbitrary<number>) => fc.array(arb, { minLength: n, maxLength: n });
  const byAsset = (arb: fc.Arbitrary<number>) =>
    fc.record(Object.fromEntries(ASSETS.map((a) => [a, series(arb)])));
  return fc.record({
    n: fc.constant(n),
    close: byAsset(
      fc.oneof({ weight: 5, arbitrary: fc.constant(100) }, { weight: 1, arbitrary: fc.constant(Number.NaN) }),
    ),
    membership: fc.option(byAsset(fc.constantFrom(0, 1, 1))),
    s0: series(value),
    p0: byAsset(value),
    p1: byAsset(value),
  });
});

/** The FeatureSet plus session-major copies made here, as the runtime's would be. */
function withCopies(fs: FeatureSet): FeatureSet {
  const nA = fs.panel.assets.length;
  const n = fs.panel.grid.days.length;
  const crossSection = (id: string): Float64Array => {
    const series = fs.get(id).values as readonly Float64Array[];
    const xs = new Float64Array(n * nA);
    for (let a = 0; a < nA; a++) for (let i = 0; i < n; i++) xs[i * nA + a] = series[a]![i]!;
    return xs;
  };
  const liveMask = (): Float64Array => {
    const live = new Float64Array(n * nA);
    for (let a = 0; a < nA; a++) {
      for (let i = 0; i < n; i++) {
        const member = fs.panel.membership === undefined || fs.panel.membership[a]![i] === 1;
        live[i * nA + a] = member && !Number.isNaN(fs.panel.columns[a]!.close[i]!) ? 1 : 0;
      }
    }
    return live;
  };
  return { panel: fs.panel, get: (id) => fs.get(id), crossSection, liveMask };
}

describe('select filter masks', () => {
  it('pass exactly the candidates the interpreter passes, for a filter and its negation', () => {
    fc.assert(
      fc.property(
        condition.map(withIds),
        world,
        fc.option(fc.uniqueArray(fc.constantFrom(...ASSETS), { minLength: 1, maxLength: 5 })),
        fc.boolean(),
        (filter, w, from, dense) => {
          const plain = makeFeatureSet({
            assets: ASSETS,
            sessions: w.n,
            close: w.close,
            scalar: { s0: w.s0 },
            perAsset: { p0: w.p0, p1: w.p1 },
            ...(w.membership === null ? {} : { membership: w.membership }),
          });
          const fs = dense ? withCopies(plain) : plain;
          for (const f of [filter, { op: 'not', arg: filter } as Condition]) {
            const rules = { op: 'select', filter: f, ...(from === null ? {} : { from }) } as RuleNode;
            expectCompiledAsInterpreted(rules, fs, { evaluatedShare: dense ? 1 : 0 });
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
