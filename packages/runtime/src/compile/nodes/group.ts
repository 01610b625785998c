/**
 * `group`: Σ weight_c × child_c, children in order; a negative weight shorts that leg. The first
 * child that holds makes the whole group hold (a partial mix would silently change exposure).
 */
import type { CompiledNode, EvalContext, NodeModule } from '../context.js';
import type { RuleNode } from '../spec-types.js';

/** Registry entry for `group`. */
export const groupNode: NodeModule = {
  op: 'group',
  compile(node, pointer, cc) {
    const n = node as Extract<RuleNode, { op: 'group' }>;
    const children = n.children.map((c, k) => cc.compileNode(c.node, `${pointer}/children/${k}/node`));
    const mix = Float64Array.from(n.children.map((c) => c.weight));
    const out = new Float64Array(cc.nAssets);
    const len = out.length;
    const fn: CompiledNode = (i: number, ctx: EvalContext) => {
      out.fill(0);
      for (let c = 0; c < children.length; c++) {
        const r = children[c]!(i, ctx);
        if (!(r instanceof Float64Array)) return r;
        addScaled(out, mix[c]!, r, len);
      }
      return out;
    };
    return fn;
  },
};

/**
 * `out[a] += m · w[a]` where w[a] ≠ 0 (a zero weight adds nothing, not even −0). A module-level
 * function, not a loop inside each compiled closure: V8 keeps the arrays in registers and optimises
 * it once for every rule tree of the process.
 */
function addScaled(out: Float64Array, m: number, w: Float64Array, len: number): void {
  for (let a = 0; a < len; a++) {
    const x = w[a]!;
    if (x !== 0) out[a] = out[a]! + m * x;
  }
}
