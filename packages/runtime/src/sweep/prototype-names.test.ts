/**
 * Sweep parameter names and pointer tokens are data: `__proto__`, `constructor`, `toString` … name
 * axes and spec keys like any other word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandGrid, specForPoint } from './grid.js';

const NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];

describe('sweep grids with Object.prototype names', () => {
  it('axis names and swept keys behave like ordinary ones', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }), (names) => {
        // The spec: allocate weights keyed by the names (asset ids), parsed from JSON as a CLI reads it.
        const weights = Object.fromEntries(names.map((n) => [n, 0]));
        const spec = JSON.parse(JSON.stringify({ rules: { op: 'allocate', weights } }));
        const axes = names.map((n, k) => ({
          name: n,
          pointers: [`/rules/weights/${n}`],
          values: [k + 1, k + 2],
        }));
        const grid = expandGrid(axes);
        expect(grid).toHaveLength(2 ** names.length);
        const last = grid[grid.length - 1]!;
        expect(Object.keys(last.params)).toEqual(names);
        names.forEach((n, k) => {
          expect(Object.hasOwn(last.params, n)).toBe(true);
          expect(last.params[n]).toBe(k + 2);
        });
        const doc = specForPoint(spec, axes, last) as { rules: { weights: Record<string, number> } };
        const w = doc.rules.weights;
        expect(Object.getPrototypeOf(w)).toBe(Object.prototype);
        names.forEach((n, k) => {
          expect(Object.hasOwn(w, n) && w[n]).toBe(k + 2);
        });
        expect(JSON.parse(JSON.stringify(doc)).rules.weights).toEqual(
          JSON.parse(JSON.stringify(Object.fromEntries(names.map((n, k) => [n, k + 2])))),
        );
      }),
      { numRuns: 50 },
    );
  });
});
