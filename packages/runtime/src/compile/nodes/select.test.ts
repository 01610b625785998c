/** `rankFirst`: the kept prefix equals the prefix of a full sort (an independent reference). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankFirst } from './select.js';

describe('rankFirst', () => {
  it('gives the first k of a full sort, scores with ties broken by index', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(-1, 0, -0, 0.5, 1, 2, 3, 1e9), {
          minLength: 1,
          maxLength: 300,
          size: 'max',
        }),
        fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 300 })),
        fc.boolean(),
        (scores, kWanted, desc) => {
          const m = scores.length;
          const k = Math.min(kWanted, m);
          const cmp = (x: number, y: number) =>
            scores[x] !== scores[y] ? (scores[x]! > scores[y]! ? -1 : 1) * (desc ? 1 : -1) : x - y;
          // Candidates in a scrambled order (7919 is a prime above m: a permutation).
          const sel = Int32Array.from({ length: m }, (_, j) => (j * 7919) % m);
          const reference = Array.from(sel).sort(cmp).slice(0, k);
          rankFirst(sel, m, k, cmp);
          expect(Array.from(sel.subarray(0, k))).toEqual(reference);
        },
      ),
      { numRuns: 500 },
    );
  });
});
