/**
 * `and | or | not` in Kleene three-valued logic, so a NaN only holds the strategy when it could
 * change the outcome: and(false, NaN) = false, and(true, NaN) = UNDEF, or(true, NaN) = true,
 * not(UNDEF) = UNDEF. The hold reported is the first undefined argument's, in argument order.
 * Short-circuiting is safe because hysteresis state is updated by the pre-pass, not here.
 */
import {
  type CompileContext,
  type CompiledCond,
  type CompiledMask,
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

/**
 * Kleene `and` and `or` of Tri codes as tables (index 3a + b), so combining two candidate rows is a
 * lookup per candidate, with no branch on values that follow no pattern.
 */
function table(decisive: Tri, otherwise: Tri): Uint8Array {
  const t = new Uint8Array(9);
  for (const a of [FALSE, TRUE, UNDEF] as const) {
    for (const b of [FALSE, TRUE, UNDEF] as const) {
      t[a * 3 + b] =
        a === decisive || b === decisive ? decisive : a === UNDEF || b === UNDEF ? UNDEF : otherwise;
    }
  }
  return t;
}
const AND = table(FALSE, TRUE);
const OR = table(TRUE, FALSE);
/** `not` by Tri code (FALSE, TRUE, UNDEF). */
const NOT = Uint8Array.from([TRUE, FALSE, UNDEF]);

/**
 * `and` / `or` over candidate masks: the same three-valued result as the closure, candidate by
 * candidate (the closure's short-circuit only saves work, it never changes the value).
 */
function maskAndOr(
  cond: Condition,
  pointer: string,
  scope: CondScope & { kind: 'asset' },
  cc: CompileContext,
): CompiledMask | null {
  const c = cond as Extract<Condition, { op: 'and' | 'or' }>;
  const args: CompiledMask[] = [];
  for (const [k, a] of c.args.entries()) {
    const m = cc.compileMask(a, `${pointer}/args/${k}`, scope);
    if (m === null) return null;
    args.push(m);
  }
  const op = c.op === 'and' ? AND : OR;
  const out = new Uint8Array(scope.candidates.length);
  const n = out.length;
  return (i: number): Uint8Array => {
    out.set(args[0]!(i));
    for (let k = 1; k < args.length; k++) combineRow(op, out, args[k]!(i), n);
    return out;
  };
}

/**
 * `out[j] = table[out[j]·3 + row[j]]` over a row of candidates: a module-level function (as the
 * comparison passes in compare.ts), so V8 keeps the rows in registers and optimises it once.
 */
function combineRow(table: Uint8Array, out: Uint8Array, row: Uint8Array, n: number): void {
  for (let j = 0; j < n; j++) out[j] = table[out[j]! * 3 + row[j]!]!;
}

/** `out[j] = NOT[row[j]]` over a row of candidates (see combineRow). */
function negateRow(out: Uint8Array, row: Uint8Array, n: number): void {
  for (let j = 0; j < n; j++) out[j] = NOT[row[j]!]!;
}

function maskNot(
  cond: Condition,
  pointer: string,
  scope: CondScope & { kind: 'asset' },
  cc: CompileContext,
): CompiledMask | null {
  const c = cond as Extract<Condition, { op: 'not' }>;
  const arg = cc.compileMask(c.arg, `${pointer}/arg`, scope);
  if (arg === null) return null;
  const out = new Uint8Array(scope.candidates.length);
  const n = out.length;
  return (i: number): Uint8Array => {
    negateRow(out, arg(i), n);
    return out;
  };
}

/** Registry entry for `and` / `or`. */
export const andOrModule: CondModule = { ops: ['and', 'or'], compile: compileAndOr, compileMask: maskAndOr };
/** Registry entry for `not`. */
export const notModule: CondModule = { ops: ['not'], compile: compileNot, compileMask: maskNot };
