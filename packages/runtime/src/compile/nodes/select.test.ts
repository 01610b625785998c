/**
 * `rankFirst`: the kept prefix equals the prefix of a full sort (an independent reference);
 * `idRanks`: each asset's position in id order, sorted panels or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idRanks, rankFirst } from './select.js';

describe('rankFirst', () => {
  it('gives the first k of a full sort: scores (or none), ties broken by id rank', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(-1, 0, -0, 0.5, 1, 2, 3, 1e9), {
          minLength: 1,
          maxLength: 300,
          size: 'max',
        }),
        fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 300 })),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        (scores, kWanted, desc, ranked, shift) => {
          const m = scores.length;
          const k = Math.min(kWanted, m);
          // Id order is a rotation of the index order, so ties are not broken by index by accident.
          const idRank = Int32Array.from({ length: m }, (_, a) => (a + shift) % m);
          const cmp = (x: number, y: number) =>
            ranked && scores[x] !== scores[y]
              ? (scores[x]! > scores[y]! ? -1 : 1) * (desc ? 1 : -1)
              : idRank[x]! - idRank[y]!;
          // Candidates in a scrambled order (7919 is a prime above m: a permutation).
          const sel = Int32Array.from({ length: m }, (_, j) => (j * 7919) % m);
          const reference = Array.from(sel).sort(cmp).slice(0, k);
          rankFirst(sel, m, k, ranked ? Float64Array.from(scores) : null, desc, idRank);
          expect(Array.from(sel.subarray(0, k))).toEqual(reference);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('idRanks', () => {
  it('gives each panel asset its position in id order, whether the panel is sorted or not', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 60 }),
        fc.boolean(),
        fc.nat(5),
        (ids, presort, extra) => {
          const assets = (presort ? [...ids].sort() : ids).map((id) => ({ id }));
          const byId = [...assets.keys()].sort((x, y) => (assets[x]!.id < assets[y]!.id ? -1 : 1));
          const rank = idRanks(assets, assets.length, assets.length + extra);
          expect(rank.length).toBe(assets.length + extra);
          expect(byId.map((a) => rank[a])).toEqual(byId.map((_, r) => r));
        },
      ),
      { numRuns: 300 },
    );
  });
});
