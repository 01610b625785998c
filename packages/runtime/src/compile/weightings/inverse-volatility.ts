/**
 * `inverse_volatility`: w_j ∝ 1 / stdev of the last `lookback` daily close returns (sample stdev,
 * computed from panel closes, memoised per asset and session).
 *
 * Undefined stdev (NaN: too little history, e.g. a new listing):
 * - inside a `select` the asset is not a candidate (dropped like a NaN rank, before count/fraction),
 *   so one new listing in a dynamic universe never freezes the strategy (`inputDefined`);
 * - in a `weight` node over a fixed list the node holds with a reason naming the asset, per the
 *   hold rule: undefined inputs on the decision path never silently change the allocation.
 * A stdev that is defined but not positive (constant price: infinite weight) holds in both.
 */
import type { CompiledWeighting, EvalContext, Hold, WeightingModule } from '../context.js';
import type { Weighting } from '../spec-types.js';

/** The hold reason for an unusable volatility (shared wording with the interpreter). */
export function inverseVolatilityHoldReason(assetId: string, stdev: number): string {
  return `inverse_volatility: stdev of ${assetId} is ${Number.isNaN(stdev) ? 'undefined (NaN)' : 'not positive'}`;
}

/** Registry entry for the inverse-volatility scheme. */
export const inverseVolatilityWeighting: WeightingModule = {
  scheme: 'inverse_volatility',
  compile(w, pointer, cc) {
    const { lookback, field } = w as Extract<Weighting, { scheme: 'inverse_volatility' }>;
    const stdev = cc.returnStdev(lookback, field);
    const fn: CompiledWeighting = (i: number, ctx: EvalContext, pos, k, out) => {
      let sum = 0;
      for (let j = 0; j < k; j++) {
        const a = pos[j]!;
        const s = stdev(a, i);
        if (!(s > 0)) {
          const hold: Hold = { hold: true, reason: inverseVolatilityHoldReason(cc.assetId(a), s), pointer };
          ctx.hold = hold;
          return false;
        }
        const inv = 1 / s;
        out[a] = inv;
        sum += inv;
      }
      for (let j = 0; j < k; j++) out[pos[j]!] = out[pos[j]!]! / sum;
      return true;
    };
    return fn;
  },
  inputDefined(w, _pointer, cc) {
    const { lookback, field } = w as Extract<Weighting, { scheme: 'inverse_volatility' }>;
    const stdev = cc.returnStdev(lookback, field);
    return (i, a) => !Number.isNaN(stdev(a, i));
  },
};
