/**
 * Random rule conditions for property tests: comparisons (optionally with a tolerance) combined by
 * and / or / not. Every comparison carries the id '?'; `idComparisons` gives them unique ids, as
 * validation requires.
 */
import fc from 'fast-check';
import type { Condition, Operand } from '../../src/compile/spec-types.js';

export function conditionArbitrary(
  operand: fc.Arbitrary<Operand>,
  toleranceValue: fc.Arbitrary<number>,
): fc.Arbitrary<Condition> {
  return fc.letrec<{ cond: Condition }>((tie) => ({
    cond: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record(
        {
          op: fc.constantFrom('gt', 'gte', 'lt', 'lte', 'eq', 'neq'),
          left: operand,
          right: operand,
          tolerance: fc.record({ value: toleranceValue, mode: fc.constantFrom('absolute', 'relative') }),
          id: fc.constant('?'),
        },
        { requiredKeys: ['op', 'left', 'right'] },
      ) as fc.Arbitrary<Condition>,
      fc.record({
        op: fc.constantFrom('and', 'or'),
        args: fc.array(tie('cond'), { minLength: 1, maxLength: 3 }),
      }) as fc.Arbitrary<Condition>,
      fc.record({ op: fc.constant('not'), arg: tie('cond') }) as fc.Arbitrary<Condition>,
    ),
  })).cond;
}

/** Replaces, in place, every comparison id '?' (or absent) under `c` with `next()`. */
export function idComparisons(c: Condition, next: () => string): void {
  if (c.op === 'and' || c.op === 'or') for (const a of c.args) idComparisons(a, next);
  else if (c.op === 'not') idComparisons(c.arg, next);
  else if (c.id === '?' || c.id === undefined) c.id = next();
}
