/** `cash`: all weights zero. */
import type { CompiledNode, NodeModule } from '../context.js';

/** Registry entry for `cash`. */
export const cashNode: NodeModule = {
  op: 'cash',
  compile(_node, _pointer, cc) {
    const zeros = new Float64Array(cc.nAssets);
    const fn: CompiledNode = () => zeros;
    return fn;
  },
};
