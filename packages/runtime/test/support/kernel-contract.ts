/**
 * The contract suite every kernel registers (trading-signals style): output length, exact warm-up,
 * no look-ahead, NaN propagation and recovery after a gap. See kernel.ts for the rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Kernel, runKernel } from '../../src/features/kernels/kernel.js';

/** How a kernel registers with the contract suite. */
export interface ContractOptions<P> {
  /** Parameters to check, from a small period range. */
  params: fc.Arbitrary<P>;
  /** False for kernels (delay) whose output at a gap is the earlier, valid value. Default true. */
  nanAtGap?: boolean;
}

const price = fc.double({ min: 1, max: 1000, noNaN: true, noDefaultInfinity: true });

/** Is the number NaN or finite (never ±Infinity)? */
function nanOrFinite(x: number): boolean {
  return Number.isNaN(x) || Number.isFinite(x);
}

/** Register the contract tests of `kernel`. */
export function kernelContract<P>(kernel: Kernel<P>, options: ContractOptions<P>): void {
  const nanAtGap = options.nanAtGap ?? true;
  describe(`${kernel.name}: kernel contract`, () => {
    it('output length = input length, only NaN or finite values', () => {
      fc.assert(
        fc.property(fc.array(price, { maxLength: 80 }), options.params, (xs, p) => {
          const out = runKernel(kernel, Float64Array.from(xs), p);
          expect(out.length).toBe(xs.length);
          expect(out.every(nanOrFinite)).toBe(true);
        }),
      );
      expect(() =>
        kernel.compute(new Float64Array(3), fc.sample(options.params, 1)[0]!, new Float64Array(2)),
      ).toThrow(RangeError);
    });

    it('warm-up is exactly where values become finite', () => {
      fc.assert(
        fc.property(fc.array(price, { maxLength: 80 }), options.params, (xs, p) => {
          const w = kernel.warmup(p);
          const out = runKernel(kernel, Float64Array.from(xs), p);
          for (let i = 0; i < out.length; i++) {
            expect(Number.isFinite(out[i]), `index ${i}, warm-up ${w}`).toBe(i >= w);
          }
        }),
      );
    });

    it('a value at i is unchanged when input after i changes (no look-ahead)', () => {
      fc.assert(
        fc.property(
          fc.array(price, { minLength: 1, maxLength: 80 }),
          fc.array(fc.oneof(price, fc.constant(Number.NaN)), { minLength: 1, maxLength: 80 }),
          fc.nat(),
          options.params,
          (xs, other, cut, p) => {
            const i = cut % xs.length;
            const a = Float64Array.from(xs);
            const b = Float64Array.from(xs);
            for (let k = i + 1; k < b.length; k++) b[k] = other[k % other.length]!;
            const oa = runKernel(kernel, a, p);
            const ob = runKernel(kernel, b, p);
            for (let k = 0; k <= i; k++) expect(Object.is(oa[k], ob[k]), `index ${k}`).toBe(true);
          },
        ),
      );
    });

    it('NaN at j makes out[j + warmup] NaN, and values are finite again from j + warmup + 1', () => {
      fc.assert(
        fc.property(
          fc.array(price, { minLength: 1, maxLength: 80 }),
          fc.nat(),
          options.params,
          (xs, at, p) => {
            const w = kernel.warmup(p);
            const j = at % xs.length;
            const input = Float64Array.from(xs);
            input[j] = Number.NaN;
            const out = runKernel(kernel, input, p);
            if (nanAtGap) expect(out[j]).toBeNaN();
            if (j + w < out.length) expect(out[j + w]).toBeNaN();
            for (let k = Math.max(j + w + 1, w); k < out.length; k++)
              expect(Number.isFinite(out[k]), `index ${k}`).toBe(true);
          },
        ),
      );
    });

    it('an all-NaN input gives all NaN', () => {
      const p = fc.sample(options.params, 1)[0]!;
      expect(runKernel(kernel, new Float64Array(30).fill(Number.NaN), p).every(Number.isNaN)).toBe(true);
    });
  });
}

/** `period` from 1 (or `min`) to 12. */
export function periodParams(min = 1): fc.Arbitrary<{ period: number }> {
  return fc.integer({ min, max: 12 }).map((period) => ({ period }));
}
