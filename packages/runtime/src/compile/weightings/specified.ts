/**
 * `specified`: weights by rank position (select) or list position (weight).
 * Only the first k weights are used (k = assets actually selected) and they are divided by the sum
 * of their absolute values, so the leg still has gross weight 1 when fewer assets qualify than
 * weights were given; positions beyond the list get 0. All used weights zero: the leg is cash.
 */
import type { CompiledWeighting, WeightingModule } from '../context.js';
import type { Weighting } from '../spec-types.js';

/** Registry entry for the specified scheme. */
export const specifiedWeighting: WeightingModule = {
  scheme: 'specified',
  compile(w) {
    const weights = Float64Array.from((w as Extract<Weighting, { scheme: 'specified' }>).weights);
    const fn: CompiledWeighting = (_i, _ctx, pos, k, out) => {
      const used = Math.min(k, weights.length);
      let gross = 0;
      for (let j = 0; j < used; j++) gross += Math.abs(weights[j]!);
      if (gross === 0) return true;
      for (let j = 0; j < used; j++) out[pos[j]!] = weights[j]! / gross;
      return true;
    };
    return fn;
  },
};
