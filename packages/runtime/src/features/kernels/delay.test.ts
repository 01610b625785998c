import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kernelContract } from '../../../test/support/kernel-contract.js';
import { delay } from './delay.js';
import { runKernel } from './kernel.js';

kernelContract(delay, { params: fc.integer({ min: 0, max: 12 }).map((n) => ({ n })), nanAtGap: false });

describe('delay', () => {
  it('shifts by n sessions', () => {
    expect(Array.from(runKernel(delay, Float64Array.of(1, 2, 3, 4), { n: 2 }))).toEqual([
      Number.NaN,
      Number.NaN,
      1,
      2,
    ]);
    expect(Array.from(runKernel(delay, Float64Array.of(1, 2), { n: 0 }))).toEqual([1, 2]);
    expect(Array.from(runKernel(delay, Float64Array.of(1, 2), { n: 5 }))).toEqual([Number.NaN, Number.NaN]);
  });
  it('rejects a negative or fractional n', () => {
    expect(() => delay.warmup({ n: -1 })).toThrow('delay: n must be an integer >= 0, got -1');
    expect(() => delay.warmup({ n: 1.5 })).toThrow(RangeError);
  });
});
