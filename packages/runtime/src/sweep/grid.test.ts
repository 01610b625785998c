import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandGrid, parseRange, SweepError, setAtPointers, specForPoint } from './grid.js';

describe('sweep grids', () => {
  it('parses inclusive ranges, stepped ranges and lists', () => {
    expect(parseRange('-3..0')).toEqual([-3, -2, -1, 0]);
    expect(parseRange('0.1..0.3:0.1')).toEqual([0.1, 0.2, 0.3]);
    expect(parseRange('5,10,20')).toEqual([5, 10, 20]);
    expect(() => parseRange('3..1')).toThrow(SweepError);
    expect(() => parseRange('abc')).toThrow("'abc' is not a range");
  });

  it('the grid is the cartesian product, first axis slowest, every point once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }), (sizes) => {
        const axes = sizes.map((n, a) => ({
          name: `p${a}`,
          pointers: [],
          values: Array.from({ length: n }, (_, k) => k),
        }));
        const points = expandGrid(axes);
        expect(points.length).toBe(sizes.reduce((x, y) => x * y, 1));
        const keys = new Set(points.map((p) => JSON.stringify(p.params)));
        expect(keys.size).toBe(points.length);
        // lexicographic order of the parameter tuples
        const tuples = points.map((p) => Object.values(p.params) as number[]);
        for (let k = 1; k < tuples.length; k++) {
          const i = tuples[k]!.findIndex((v, j) => v !== tuples[k - 1]![j]);
          expect(tuples[k]![i]!).toBeGreaterThan(tuples[k - 1]![i]!);
        }
      }),
    );
  });

  it('one axis may set several pointers; the original spec is untouched', () => {
    const spec = { rules: { children: [{ lo: 1 }, { lo: 1 }] } };
    const axes = [
      { name: 'lo', pointers: ['/rules/children/0/lo', '/rules/children/1/lo'], values: [-2, 3] },
    ];
    const [a, b] = expandGrid(axes).map((p) => specForPoint(spec, axes, p));
    expect(a).toEqual({ rules: { children: [{ lo: -2 }, { lo: -2 }] } });
    expect(b).toEqual({ rules: { children: [{ lo: 3 }, { lo: 3 }] } });
    expect(spec.rules.children[0]!.lo).toBe(1);
  });

  it('several axes: the point spec equals setting each axis on a fresh copy in turn; the axes keep their values', () => {
    // an object value of one axis may be replaced inside by a later axis
    const spec = { a: { x: 0, y: 0 }, b: [1, 2], __proto__x: 1 };
    const axes = [
      {
        name: 'obj',
        pointers: ['/a'],
        values: [
          { x: 1, y: 1 },
          { x: 2, y: 2 },
        ],
      },
      { name: 'inner', pointers: ['/a/y', '/b/1'], values: [7, 8, 9] },
    ];
    const before = structuredClone(axes);
    for (const point of expandGrid(axes)) {
      let chained: unknown = spec;
      for (const axis of axes) chained = setAtPointers(chained, axis.pointers, point.params[axis.name]);
      expect(specForPoint(spec, axes, point)).toEqual(chained);
    }
    expect(axes).toEqual(before);
    expect(spec).toEqual({ a: { x: 0, y: 0 }, b: [1, 2], __proto__x: 1 });
  });

  it('a pointer to nothing is an error naming the pointer, never a new property', () => {
    expect(() => setAtPointers({ a: { b: 1 } }, ['/a/c'], 2)).toThrow("/a/c: nothing at 'c'");
    expect(() => setAtPointers({ a: [1] }, ['/a/1'], 2)).toThrow(SweepError);
    expect(() => setAtPointers({ 'x/y': { '~': 1 } }, ['/x~1y/~0'], 2)).not.toThrow();
  });
});
