/** `allocate`: fixed weights by asset id (negative = short); the same vector every session. */
import type { CompiledNode, NodeModule } from '../context.js';
import type { RuleNode } from '../spec-types.js';

/** Registry entry for `allocate`. */
export const allocateNode: NodeModule = {
  op: 'allocate',
  compile(node, pointer, cc) {
    const n = node as Extract<RuleNode, { op: 'allocate' }>;
    const out = new Float64Array(cc.nAssets);
    for (const [id, w] of Object.entries(n.weights)) {
      out[cc.assetPosition(id, `${pointer}/weights`)] = w;
    }
    // Callers only read node outputs, so one constant vector serves every session.
    const fn: CompiledNode = () => out;
    return fn;
  },
};
