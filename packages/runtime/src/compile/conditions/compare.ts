/**
 * `gt | gte | lt | lte | eq | neq`: compare two operands, with optional hysteresis.
 *
 * Hysteresis (tolerance on gt/gte/lt/lte), band = value (absolute) or |right| × value / 100
 * (relative, so negative thresholds widen the band the same way positive ones do):
 * - first evaluation (no memory): the plain comparison;
 * - gt/gte last false: true only when left > right + band (gte: >=);
 * - gt/gte last true: stays true until left < right − band;
 * - lt/lte last false: true only when left < right − band (lte: <=);
 * - lt/lte last true: stays true until left > right + band.
 * A NaN input gives UNDEF and leaves the memory untouched (the next defined session continues from
 * the last defined result). Stateful comparisons are updated by the pre-pass on every evaluation;
 * the tree only reads the pre-pass result, so an untaken branch's state never goes stale.
 * eq/neq with a tolerance compare approximately (|l − r| <= band) and keep no state.
 */
import {
  type CompileContext,
  type CompiledCond,
  type CompiledMask,
  type CondModule,
  type CondScope,
  describeOperand,
  type EvalContext,
  FALSE,
  type Hold,
  STATE_FALSE,
  STATE_TRUE,
  STATE_UNKNOWN,
  TRUE,
  type Tri,
  UNDEF,
} from '../context.js';
import { hysteresisKey } from '../hysteresis-key.js';
import type { CompareCond, Condition } from '../spec-types.js';

/** The band of a tolerance at one session (0 without tolerance). */
export function toleranceBand(tol: CompareCond['tolerance'], right: number): number {
  if (tol === undefined) return 0;
  return tol.mode === 'absolute' ? tol.value : (Math.abs(right) * tol.value) / 100;
}

/**
 * One hysteresis step: the new result of an ordering comparison given its previous memory
 * (STATE_UNKNOWN | STATE_FALSE | STATE_TRUE). Inputs must be non-NaN.
 */
export function hysteresisStep(
  op: CompareCond['op'],
  l: number,
  r: number,
  band: number,
  prev: number,
): boolean {
  switch (op) {
    case 'gt':
      return prev === STATE_TRUE ? l >= r - band : prev === STATE_FALSE ? l > r + band : l > r;
    case 'gte':
      return prev === STATE_TRUE ? l >= r - band : prev === STATE_FALSE ? l >= r + band : l >= r;
    case 'lt':
      return prev === STATE_TRUE ? l <= r + band : prev === STATE_FALSE ? l < r - band : l < r;
    case 'lte':
      return prev === STATE_TRUE ? l <= r + band : prev === STATE_FALSE ? l <= r - band : l <= r;
    default:
      throw new Error(`hysteresisStep: ${op} keeps no state`);
  }
}

/** Stateless comparison (eq/neq use the band as an approximate-equality tolerance). */
export function plainCompare(op: CompareCond['op'], l: number, r: number, band: number): boolean {
  switch (op) {
    case 'gt':
      return l > r;
    case 'gte':
      return l >= r;
    case 'lt':
      return l < r;
    case 'lte':
      return l <= r;
    case 'eq':
      return band === 0 ? l === r : Math.abs(l - r) <= band;
    case 'neq':
      return band === 0 ? l !== r : Math.abs(l - r) > band;
  }
}

/** True for comparisons that keep hysteresis state. */
export function isStateful(c: CompareCond): boolean {
  return c.tolerance !== undefined && (c.op === 'gt' || c.op === 'gte' || c.op === 'lt' || c.op === 'lte');
}

/** The hold reason of a comparison that read NaN (shared wording with the interpreter). */
export function compareHoldReason(c: CompareCond, leftNaN: boolean, rightNaN: boolean): string {
  const which =
    leftNaN && rightNaN
      ? `left ${describeOperand(c.left)} and right ${describeOperand(c.right)}`
      : leftNaN
        ? `left ${describeOperand(c.left)}`
        : `right ${describeOperand(c.right)}`;
  return `${c.op} reads an undefined value (NaN): ${which}`;
}

function compile(cond: Condition, pointer: string, scope: CondScope, cc: CompileContext): CompiledCond {
  const c = cond as CompareCond;
  const left = cc.operand(c.left, `${pointer}/left`, scope);
  const right = cc.operand(c.right, `${pointer}/right`, scope);
  const holds: Hold[] = [
    { hold: true, reason: compareHoldReason(c, true, false), pointer },
    { hold: true, reason: compareHoldReason(c, false, true), pointer },
    { hold: true, reason: compareHoldReason(c, true, true), pointer },
  ];
  const holdFor = (l: number, r: number): Hold => holds[Number.isNaN(l) ? (Number.isNaN(r) ? 2 : 0) : 1]!;
  const op = c.op;
  const tol = c.tolerance;

  if (!isStateful(c)) {
    return (i: number, ctx: EvalContext, a: number): Tri => {
      const l = left(i, a);
      const r = right(i, a);
      if (Number.isNaN(l) || Number.isNaN(r)) {
        ctx.hold = holdFor(l, r);
        return UNDEF;
      }
      return plainCompare(op, l, r, toleranceBand(tol, r)) ? TRUE : FALSE;
    };
  }

  const updateOne = (i: number, ctx: EvalContext, slot: number, a: number): void => {
    const l = left(i, a);
    const r = right(i, a);
    if (Number.isNaN(l) || Number.isNaN(r)) {
      ctx.cmp[slot] = UNDEF;
      return;
    }
    const prev = ctx.hyst[slot] ?? STATE_UNKNOWN;
    const res = hysteresisStep(op, l, r, toleranceBand(tol, r), prev);
    ctx.hyst[slot] = res ? STATE_TRUE : STATE_FALSE;
    ctx.cmp[slot] = res ? TRUE : FALSE;
  };
  const candidates = scope.kind === 'asset' ? scope.candidates : null;
  const base = cc.registerStateful(hysteresisKey(c, pointer), scope, (i, ctx, b) => {
    if (candidates === null) updateOne(i, ctx, b, -1);
    else for (let k = 0; k < candidates.length; k++) updateOne(i, ctx, b + candidates[k]!, candidates[k]!);
  });
  return (i: number, ctx: EvalContext, a: number): Tri => {
    const res = ctx.cmp[a < 0 ? base : base + a] as Tri;
    if (res === UNDEF) ctx.hold = holdFor(left(i, a), right(i, a));
    return res;
  };
}

/**
 * A stateless comparison over every candidate at once: one pass over two operand rows, the same
 * result as the closure. The ordering tests are branch-free per candidate (which of a row's values
 * are NaN follows no pattern a branch predictor could learn). Comparisons with hysteresis keep
 * per-asset state in the pre-pass and have no mask.
 */
function compileMask(
  cond: Condition,
  pointer: string,
  scope: CondScope & { kind: 'asset' },
  cc: CompileContext,
): CompiledMask | null {
  const c = cond as CompareCond;
  if (isStateful(c)) return null;
  const left = cc.operandRow(c.left, `${pointer}/left`, scope);
  const right = cc.operandRow(c.right, `${pointer}/right`, scope);
  const op = c.op;
  const tol = c.tolerance;
  const out = new Uint8Array(scope.candidates.length);
  const n = out.length;
  const lv = left.values;
  const rv = right.values;
  const ls = left.stride;
  const rs = right.stride;
  const order = ORDERINGS.get(op);
  if (order !== undefined) {
    const { pass, swap } = order;
    return (i: number): Uint8Array => {
      const lo = left.offsetAt(i);
      const ro = right.offsetAt(i);
      if (swap) pass(out, n, rv, ro, rs, lv, lo, ls);
      else pass(out, n, lv, lo, ls, rv, ro, rs);
      return out;
    };
  }
  return (i: number): Uint8Array => {
    equalityRow(op, tol, out, n, lv, left.offsetAt(i), ls, rv, right.offsetAt(i), rs);
    return out;
  };
}

/*
 * The row passes: `out[k]` = TRUE or FALSE, UNDEF where either side is NaN. Module-level functions
 * with the rows as arguments, not loops inside each compiled closure: V8 then keeps the arrays in
 * registers (a closure reloads them from its context on every candidate, twice as slow) and
 * optimises each pass once for every rule tree of the process. One function per test, so the op is
 * not tested per candidate; `lt` and `lte` are `gt` and `gte` with the sides swapped (l < r is
 * r > l, NaN included). Both sides of `|` are computed (no branch): an ordering test is false for
 * NaN, and the NaN bit then makes it UNDEF. The codes are literals (TRUE = 1, UNDEF = 2): an
 * imported constant is not folded in a loop.
 */
// biome-ignore-start lint/suspicious/noSelfCompare: the NaN tests below
function gtRow(
  out: Uint8Array,
  n: number,
  lv: Float64Array,
  lo: number,
  ls: number,
  rv: Float64Array,
  ro: number,
  rs: number,
): void {
  for (let k = 0; k < n; k++) {
    const l = lv[lo + ls * k]!;
    const r = rv[ro + rs * k]!;
    out[k] = (l > r ? 1 : 0) | (l !== l || r !== r ? 2 : 0);
  }
}

function gteRow(
  out: Uint8Array,
  n: number,
  lv: Float64Array,
  lo: number,
  ls: number,
  rv: Float64Array,
  ro: number,
  rs: number,
): void {
  for (let k = 0; k < n; k++) {
    const l = lv[lo + ls * k]!;
    const r = rv[ro + rs * k]!;
    out[k] = (l >= r ? 1 : 0) | (l !== l || r !== r ? 2 : 0);
  }
}

/**
 * eq / neq (with or without a tolerance band): the shared test, per candidate (neq is true for a
 * NaN, so UNDEF replaces the test instead of joining it).
 */
function equalityRow(
  op: CompareCond['op'],
  tol: CompareCond['tolerance'],
  out: Uint8Array,
  n: number,
  lv: Float64Array,
  lo: number,
  ls: number,
  rv: Float64Array,
  ro: number,
  rs: number,
): void {
  for (let k = 0; k < n; k++) {
    const l = lv[lo + ls * k]!;
    const r = rv[ro + rs * k]!;
    out[k] = l !== l || r !== r ? UNDEF : plainCompare(op, l, r, toleranceBand(tol, r)) ? TRUE : FALSE;
  }
}
// biome-ignore-end lint/suspicious/noSelfCompare: the NaN tests above

/** The ordering ops' row passes (eq / neq go through `equalityRow`); `swap`: the sides exchanged. */
const ORDERINGS: ReadonlyMap<CompareCond['op'], { pass: typeof gtRow; swap: boolean }> = new Map([
  ['gt', { pass: gtRow, swap: false }],
  ['gte', { pass: gteRow, swap: false }],
  ['lt', { pass: gtRow, swap: true }],
  ['lte', { pass: gteRow, swap: true }],
] as const);

/** Registry entry for the six comparison ops. */
export const compareModule: CondModule = {
  ops: ['gt', 'gte', 'lt', 'lte', 'eq', 'neq'],
  compile,
  compileMask,
};
