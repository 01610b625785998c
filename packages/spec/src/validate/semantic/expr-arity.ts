/** neg/abs/log take 1 argument; sub/div exactly 2; add/mul/min/max 2 or more. */
import { type Diagnostic, DiagnosticCode, error } from '../../diagnostics/index.js';
import type { ExprOp, ExprOperand } from '../../types.js';
import type { SemanticCheck } from './context.js';

const ARITY: Record<ExprOp, [min: number, max: number]> = {
  neg: [1, 1],
  abs: [1, 1],
  log: [1, 1],
  sub: [2, 2],
  div: [2, 2],
  add: [2, Number.POSITIVE_INFINITY],
  mul: [2, Number.POSITIVE_INFINITY],
  min: [2, Number.POSITIVE_INFINITY],
  max: [2, Number.POSITIVE_INFINITY],
};

function expected([min, max]: [number, number]): string {
  if (min === max) return `exactly ${min} argument${min === 1 ? '' : 's'}`;
  return `${min} or more arguments`;
}

export const exprArity: SemanticCheck = {
  name: 'expression operators get the right number of arguments',
  check(ctx) {
    const out: Diagnostic[] = [];
    const visit = (op: ExprOp, args: readonly ExprOperand[], pointer: string) => {
      const arity = ARITY[op];
      if (args.length < arity[0] || args.length > arity[1]) {
        out.push(
          error(
            DiagnosticCode.exprArity,
            `${pointer}/args`,
            `'${op}' takes ${expected(arity)}, got ${args.length}`,
            {
              params: {
                op,
                min: arity[0],
                max: Number.isFinite(arity[1]) ? arity[1] : null,
                got: args.length,
              },
            },
          ),
        );
      }
      args.forEach((a, i) => {
        if (typeof a === 'object' && 'op' in a) visit(a.op, a.args, `${pointer}/args/${i}`);
      });
    };
    ctx.spec.features.forEach((f, i) => {
      if (f.kind === 'expr') visit(f.op, f.args, `/features/${i}`);
    });
    return out;
  },
};
