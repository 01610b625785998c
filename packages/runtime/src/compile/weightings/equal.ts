/** `equal`: every asset gets 1/k. */
import type { CompiledWeighting, WeightingModule } from '../context.js';

const equal: CompiledWeighting = (_i, _ctx, assets, k, out) => {
  const w = 1 / k;
  for (let j = 0; j < k; j++) out[assets[j]!] = w;
  return true;
};

/** Registry entry for the equal scheme. */
export const equalWeighting: WeightingModule = { scheme: 'equal', compile: () => equal };
