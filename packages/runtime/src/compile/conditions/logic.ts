/**
 * `and | or | not` in Kleene three-valued logic, so a NaN only holds the strategy when it could
 * change the outcome: and(false, NaN) = false, and(true, NaN) = UNDEF, or(true, NaN) = true,
 * not(UNDEF) = UNDEF. The hold reported is the first undefined argument's, in argument order.
 * Short-circuiting is safe because hysteresis state is updated by the pre-pass, not here.
 */
import {
  type CompileContext,
  type CompiledCond,
  type CondModule,
  type CondScope,
  type EvalContext,
  FALSE,
  type Hold,
  TRUE,
  type Tri,
  UNDEF,
} from '../context.js';
import type { Condition } from '../spec-types.js';

function compileAndOr(cond: Condition, pointer: string, scope: CondScope, cc: CompileContext): CompiledCond {
  const c = cond as Extract<Condition, { op: 'and' | 'or' }>;
  const args = c.args.map((a, k) => cc.compileCond(a, `${pointer}/args/${k}`, scope));
  // `and` is decided by the first FALSE, `or` by the first TRUE.
  const decisive: Tri = c.op === 'and' ? FALSE : TRUE;
  const otherwise: Tri = c.op === 'and' ? TRUE : FALSE;
  return (i: number, ctx: EvalContext, a: number): Tri => {
    let firstHold: Hold | null = null;
    for (let k = 0; k < args.length; k++) {
      const r = args[k]!(i, ctx, a);
      if (r === decisive) return decisive;
      if (r === UNDEF && firstHold === null) firstHold = ctx.hold;
    }
    if (firstHold !== null) {
      ctx.hold = firstHold;
      return UNDEF;
    }
    return otherwise;
  };
}

function compileNot(cond: Condition, pointer: string, scope: CondScope, cc: CompileContext): CompiledCond {
  const c = cond as Extract<Condition, { op: 'not' }>;
  const arg = cc.compileCond(c.arg, `${pointer}/arg`, scope);
  return (i: number, ctx: EvalContext, a: number): Tri => {
    const r = arg(i, ctx, a);
    return r === UNDEF ? UNDEF : r === TRUE ? FALSE : TRUE;
  };
}

/** Registry entry for `and` / `or`. */
export const andOrModule: CondModule = { ops: ['and', 'or'], compile: compileAndOr };
/** Registry entry for `not`. */
export const notModule: CondModule = { ops: ['not'], compile: compileNot };
