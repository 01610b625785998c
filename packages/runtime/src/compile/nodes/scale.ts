/**
 * `scale`: s × subtree + (1 − s) × remainder, with s = the scalar feature `by` clamped to
 * [min (default 0), max (default 1)]; the remainder is an asset or, when omitted, cash (weights stay
 * zero). An undefined (NaN) `by` holds with a reason (the hold rule), like a comparison reading NaN;
 * a subtree that holds makes the scale hold.
 */
import type { CompiledNode, EvalContext, Hold, NodeModule } from '../context.js';
import type { RuleNode } from '../spec-types.js';

/** The hold reason of an undefined scale (shared wording with the interpreter). */
export function scaleHoldReason(ref: string): string {
  return `scale reads an undefined value (NaN): {ref: ${ref}}`;
}

/** The clamped scale (shared with the interpreter so both round the same way). */
export function clampScale(x: number, min: number | undefined, max: number | undefined): number {
  return Math.min(Math.max(x, min ?? 0), max ?? 1);
}

/** Registry entry for `scale`. */
export const scaleNode: NodeModule = {
  op: 'scale',
  compile(node, pointer, cc) {
    const n = node as Extract<RuleNode, { op: 'scale' }>;
    const by = cc.operand(n.by, `${pointer}/by`, { kind: 'scalar' });
    const child = cc.compileNode(n.node, `${pointer}/node`);
    const rest = n.remainder === undefined ? -1 : cc.assetPosition(n.remainder, `${pointer}/remainder`);
    const hold: Hold = { hold: true, reason: scaleHoldReason(n.by.ref), pointer };
    const out = new Float64Array(cc.nAssets);
    const len = out.length;
    const fn: CompiledNode = (i: number, ctx: EvalContext) => {
      const x = by(i, -1);
      if (Number.isNaN(x)) {
        ctx.hold = hold;
        return hold;
      }
      const r = child(i, ctx);
      if (!(r instanceof Float64Array)) return r;
      const s = clampScale(x, n.min, n.max);
      for (let a = 0; a < len; a++) out[a] = r[a]! === 0 ? 0 : s * r[a]!;
      if (rest >= 0 && s !== 1) out[rest] = out[rest]! + (1 - s);
      return out;
    };
    return fn;
  },
};
