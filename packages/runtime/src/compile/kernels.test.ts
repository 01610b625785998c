import type { TacticalSpec } from '@tactical/spec';
import { describe, expect, it } from 'vitest';
import { returnStdev } from './kernels.js';
import type { SpecLike } from './spec-types.js';

describe('returnStdev', () => {
  it('is the sample stdev (n − 1) of the last lookback daily returns', () => {
    const close = Float64Array.from([100, 110, 99, 108.9, 100]);
    const r = [0.1, -0.1, 0.1, 108.9 / 100 - 1].slice(1);
    const rs = [110 / 100 - 1, 99 / 110 - 1, 108.9 / 99 - 1, 100 / 108.9 - 1].slice(1);
    const mean = rs.reduce((a, b) => a + b, 0) / rs.length;
    const naive = Math.sqrt(rs.reduce((a, b) => a + (b - mean) ** 2, 0) / (rs.length - 1));
    expect(r).toHaveLength(3);
    expect(returnStdev(close, 4, 3)).toBeCloseTo(naive, 14);
  });
  it('is NaN when the window starts before the series or crosses a missing close', () => {
    expect(returnStdev(Float64Array.from([1, 2, 3]), 2, 3)).toBeNaN();
    expect(returnStdev(Float64Array.from([1, Number.NaN, 3, 4]), 3, 2)).toBeNaN();
  });
});

describe('spec types', () => {
  it('the generated TacticalSpec fits the compiler view SpecLike', () => {
    // A compile-time check: this line stops type-checking if the generated types drift away.
    const fits = (spec: TacticalSpec): SpecLike => spec;
    expect(typeof fits).toBe('function');
  });
});
