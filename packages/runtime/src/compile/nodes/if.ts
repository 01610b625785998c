/**
 * `if`: `then` when the condition is true, `else` when false. When the condition reads an undefined
 * input (UNDEF) the node holds — it never falls through to `else` (docs/spec-language.md).
 */

import type { NodeModule } from '../context.js';
import { type CompiledNode, type EvalContext, TRUE, UNDEF } from '../context.js';
import type { RuleNode } from '../spec-types.js';

/** Registry entry for `if`. */
export const ifNode: NodeModule = {
  op: 'if',
  compile(node, pointer, cc) {
    const n = node as Extract<RuleNode, { op: 'if' }>;
    const cond = cc.compileCond(n.cond, `${pointer}/cond`, { kind: 'scalar' });
    const thenNode = cc.compileNode(n.then, `${pointer}/then`);
    const elseNode = cc.compileNode(n.else, `${pointer}/else`);
    const fn: CompiledNode = (i: number, ctx: EvalContext) => {
      const r = cond(i, ctx, -1);
      if (r === UNDEF) return ctx.hold!;
      return r === TRUE ? thenNode(i, ctx) : elseNode(i, ctx);
    };
    return fn;
  },
};
