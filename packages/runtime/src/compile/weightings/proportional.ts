/**
 * `proportional`: w_j ∝ max(score_j, 0) with score a per-asset feature.
 * All scores <= 0: equal weights, so a `select`/`weight` still sums to 1 as the language promises
 * (nothing deserves more than the rest). A NaN score: inside a `select` the asset is not a
 * candidate (dropped like a NaN rank, `inputDefined`); in a `weight` node over a fixed list the
 * node holds (hold rule).
 */
import type { CompiledWeighting, EvalContext, Hold, WeightingModule } from '../context.js';
import type { Weighting } from '../spec-types.js';

/** The hold reason for a NaN score (shared wording with the interpreter). */
export function proportionalHoldReason(ref: string, assetId: string): string {
  return `proportional: {ref: ${ref}} is undefined (NaN) for ${assetId}`;
}

/** Registry entry for the proportional scheme. */
export const proportionalWeighting: WeightingModule = {
  scheme: 'proportional',
  compile(w, pointer, cc) {
    const ref = (w as Extract<Weighting, { scheme: 'proportional' }>).by.ref;
    const values = cc.perAssetFeature(ref, `${pointer}/by`);
    const fn: CompiledWeighting = (i: number, ctx: EvalContext, pos, k, out) => {
      let sum = 0;
      for (let j = 0; j < k; j++) {
        const a = pos[j]!;
        // an asset outside the panel (never a member in the run) has no score
        const s = a < values.length ? values[a]![i]! : Number.NaN;
        if (Number.isNaN(s)) {
          const hold: Hold = { hold: true, reason: proportionalHoldReason(ref, cc.assetId(a)), pointer };
          ctx.hold = hold;
          return false;
        }
        const v = Math.max(s, 0);
        out[a] = v;
        sum += v;
      }
      if (sum === 0) {
        const eq = 1 / k;
        for (let j = 0; j < k; j++) out[pos[j]!] = eq;
      } else {
        for (let j = 0; j < k; j++) out[pos[j]!] = out[pos[j]!]! / sum;
      }
      return true;
    };
    return fn;
  },
  inputDefined(w, pointer, cc) {
    const values = cc.perAssetFeature(
      (w as Extract<Weighting, { scheme: 'proportional' }>).by.ref,
      `${pointer}/by`,
    );
    return (i, a) => !Number.isNaN(values[a]![i]!);
  },
};
