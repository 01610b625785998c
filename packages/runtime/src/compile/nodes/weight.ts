/** `weight`: a weighting over a fixed asset list, in list order (no membership or bar filtering). */
import type { CompiledNode, EvalContext, NodeModule } from '../context.js';
import { assetIdOf, type RuleNode } from '../spec-types.js';

/** Registry entry for `weight`. */
export const weightNode: NodeModule = {
  op: 'weight',
  compile(node, pointer, cc) {
    const n = node as Extract<RuleNode, { op: 'weight' }>;
    const pos = Int32Array.from(
      n.assets.map((r, k) => cc.assetPosition(assetIdOf(r), `${pointer}/assets/${k}`)),
    );
    const weighting = cc.compileWeighting(n.weighting, `${pointer}/weighting`);
    const out = new Float64Array(cc.nAssets);
    const fn: CompiledNode = (i: number, ctx: EvalContext) => {
      out.fill(0);
      if (pos.length === 0) return out;
      return weighting(i, ctx, pos, pos.length, out) ? out : ctx.hold!;
    };
    return fn;
  },
};
