/**
 * The kernel contract: a pure function over a whole series, typed array in, typed array out.
 *
 * - `out.length === input.length`; `out[i]` depends only on `input[0..i]` (no look-ahead).
 * - `warmup(params)` is the number of leading outputs that are NaN on an all-finite input; from there
 *   on every output is finite.
 * - NaN handling (one rule for all kernels): a non-finite input is "no value". An output is NaN when
 *   any input its window reads is missing, and recursive kernels (ema, rsi) restart their warm-up after
 *   a gap. So a NaN at j makes `out[j + warmup]` NaN, and `out[j + warmup + 1]` is finite again when
 *   the inputs after j are.
 * - O(n) time, no allocation per bar (at most one buffer per call, sized by the window).
 */

/** Parameters of windowed kernels. */
export interface PeriodParams {
  period: number;
}

/** One indicator over a whole series. */
export interface Kernel<P> {
  /** Short name (the feature kind). */
  readonly name: string;
  /** Leading NaN outputs on an all-finite input. Throws RangeError on invalid params. */
  warmup(params: P): number;
  /** Write the indicator of `input` into `out` (same length; may not alias `input`). */
  compute(input: Float64Array, params: P, out: Float64Array): void;
}

/** Run a kernel into a new array. */
export function runKernel<P>(kernel: Kernel<P>, input: Float64Array, params: P): Float64Array {
  const out = new Float64Array(input.length);
  kernel.compute(input, params, out);
  return out;
}

/** Check `period` is an integer >= `min`, quoting the bad value. */
export function checkPeriod(kernel: string, period: number, min = 1): number {
  if (!Number.isInteger(period) || period < min) {
    throw new RangeError(`${kernel}: period must be an integer >= ${min}, got ${period}`);
  }
  return period;
}

/** Check `out` matches `input` in length and does not alias it. */
export function checkOut(kernel: string, input: Float64Array, out: Float64Array): void {
  if (out.length !== input.length) {
    throw new RangeError(`${kernel}: out has length ${out.length}, input ${input.length}`);
  }
  if (out.buffer === input.buffer && out.byteOffset === input.byteOffset && input.length > 0) {
    throw new RangeError(`${kernel}: out must not alias input`);
  }
}
