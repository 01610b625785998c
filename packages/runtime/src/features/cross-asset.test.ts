/** `aggregateSeries` against a reference written from docs/semantics.md, on random panels with NaN and membership. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateSeries, type WhereOp } from './cross-asset.js';

type Op = 'all' | 'any' | 'count' | 'sum' | 'mean' | 'min' | 'max';
const test = (op: WhereOp, v: number, r: number): boolean | null => {
  if (Number.isNaN(v) || Number.isNaN(r)) return null;
  return { gt: v > r, gte: v >= r, lt: v < r, lte: v <= r, eq: v === r, neq: v !== r }[op];
};

/** The documented rule for one session: values of the members, `where` tests, Kleene all/any. */
function reference(op: Op, values: number[], where: { op: WhereOp; right: number } | null): number {
  const tests = values.map((v) =>
    where === null ? (Number.isNaN(v) ? null : true) : test(where.op, v, where.right),
  );
  const undef = tests.includes(null);
  const kept = values.filter((_, k) => tests[k] === true);
  switch (op) {
    case 'all':
      return tests.includes(false) ? 0 : undef ? Number.NaN : 1;
    case 'any':
      return tests.includes(true) ? 1 : undef ? Number.NaN : 0;
    case 'count':
      return undef ? Number.NaN : kept.length;
    case 'sum':
      return undef ? Number.NaN : kept.reduce((a, b) => a + b, 0);
    case 'mean':
      return undef || kept.length === 0 ? Number.NaN : kept.reduce((a, b) => a + b, 0) / kept.length;
    case 'min':
      return undef || kept.length === 0 ? Number.NaN : Math.min(...kept);
    case 'max':
      return undef || kept.length === 0 ? Number.NaN : Math.max(...kept);
  }
}

describe('aggregateSeries', () => {
  it('equals the documented rule on every session (members only, NaN = undefined)', () => {
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((nA) =>
          fc.record({
            op: fc.constantFrom<Op>('all', 'any', 'count', 'sum', 'mean', 'min', 'max'),
            of: fc.array(fc.array(value, { minLength: 6, maxLength: 6 }), { minLength: nA, maxLength: nA }),
            members: fc.option(
              fc.array(fc.array(fc.constantFrom(0, 1, 1), { minLength: 6, maxLength: 6 }), {
                minLength: nA,
                maxLength: nA,
              }),
            ),
            positions: fc.uniqueArray(fc.integer({ min: 0, max: nA - 1 }), { minLength: 0, maxLength: nA }),
            where: fc.option(
              fc.record({
                op: fc.constantFrom<WhereOp>('gt', 'gte', 'lt', 'lte', 'eq', 'neq'),
                right: value,
              }),
            ),
          }),
        ),
        ({ op, of, members, positions, where: w }) => {
          // validation requires `where` for all/any/count
          const where =
            w ?? (op === 'all' || op === 'any' || op === 'count' ? { op: 'gt' as const, right: 0 } : null);
          const got = aggregateSeries({
            op,
            of: of.map((s) => Float64Array.from(s)),
            positions: Int32Array.from(positions),
            ...(members === null ? {} : { membership: members.map((m) => Uint8Array.from(m)) }),
            ...(where === null ? {} : { where }),
            n: 6,
          });
          for (let i = 0; i < 6; i++) {
            const vals = positions
              .filter((a) => members === null || members[a]![i] === 1)
              .map((a) => of[a]![i]!);
            expect(got[i], `session ${i}`).toBe(reference(op, vals, where));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
