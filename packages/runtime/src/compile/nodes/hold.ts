/**
 * `hold`: keep the current targets. It returns a hold (reason 'hold node: keep the current targets'),
 * so the strategy keeps its last targets exactly as it does for an undefined input; inside a `group`
 * or `scale` the whole tree holds (a partial mix of old and new targets is not defined).
 */
import type { CompiledNode, EvalContext, Hold, NodeModule } from '../context.js';

/** The reason a hold node gives (shared wording with the interpreter). */
export const HOLD_NODE_REASON = 'hold node: keep the current targets';

/** Registry entry for `hold`. */
export const holdNode: NodeModule = {
  op: 'hold',
  compile(_node, pointer) {
    const hold: Hold = { hold: true, reason: HOLD_NODE_REASON, pointer };
    const fn: CompiledNode = (_i: number, ctx: EvalContext) => {
      ctx.hold = hold;
      return hold;
    };
    return fn;
  },
};
