/**
 * Static weights may not exceed `execution.maxGrossExposure` (default 1) in sum |w|. `cashReserve`
 * scales targets at run time and does not change the limit. A group multiplies its legs' exposure
 * by |weight|; an `if` can take either branch, so each branch is checked on its own.
 */
import { type Diagnostic, DiagnosticCode, error } from '../../diagnostics/index.js';
import type { Node } from '../../types.js';
import type { SemanticCheck } from './context.js';

const EPSILON = 1e-9;

/**
 * Largest sum |w| a node can produce. A select/weight leg always has gross 1: the runtime divides
 * `specified` weights by the sum of their absolute values (see the runtime's specified weighting).
 */
function gross(node: Node): number {
  switch (node.op) {
    case 'allocate': {
      let s = 0;
      for (const w of Object.values(node.weights)) s += Math.abs(w);
      return s;
    }
    case 'if':
      return Math.max(gross(node.then), gross(node.else));
    case 'group': {
      let s = 0;
      for (const c of node.children) s += Math.abs(c.weight) * gross(c.node);
      return s;
    }
    case 'select':
    case 'weight': {
      return 1;
    }
    case 'scale': {
      // s × child + (1 − s) × remainder is linear in s: the worst case is at a clamp end.
      const g = gross(node.node);
      const lo = node.min ?? 0;
      const hi = node.max ?? 1;
      const rest = node.remainder === undefined ? 0 : 1;
      return Math.max(Math.abs(lo) * g + rest * Math.abs(1 - lo), Math.abs(hi) * g + rest * Math.abs(1 - hi));
    }
    case 'cash':
    case 'hold':
      return 0;
  }
}

const fmt = (x: number) => String(Number(x.toFixed(6)));

export const grossExposure: SemanticCheck = {
  name: 'sum of |weights| stays within maxGrossExposure',
  check(ctx) {
    const limit = ctx.spec.execution?.maxGrossExposure ?? 1;
    const out: Diagnostic[] = [];
    // What counts is the exposure a node adds to the whole portfolio: its own gross times the
    // |weight| of every group leg above it. Report the innermost node whose share alone exceeds the
    // limit; a parent only when none of its parts does.
    const visit = (node: Node, pointer: string, scale: number): boolean => {
      let reported = false;
      if (node.op === 'if') {
        reported = visit(node.then, `${pointer}/then`, scale) || reported;
        reported = visit(node.else, `${pointer}/else`, scale) || reported;
      } else if (node.op === 'group') {
        node.children.forEach((c, i) => {
          reported = visit(c.node, `${pointer}/children/${i}/node`, scale * Math.abs(c.weight)) || reported;
        });
      }
      if (reported) return true;
      const g = gross(node) * scale;
      if (g > limit + EPSILON && node.op !== 'if') {
        const at = node.op === 'allocate' ? `${pointer}/weights` : pointer;
        out.push(
          error(
            DiagnosticCode.grossExposure,
            at,
            scale === 1
              ? `weights add up to ${fmt(g)} in absolute value, above maxGrossExposure ${fmt(limit)}`
              : `weights add up to ${fmt(g)} of the portfolio in absolute value (after the group weights above), above maxGrossExposure ${fmt(limit)}`,
            {
              hint:
                ctx.spec.execution?.maxGrossExposure === undefined
                  ? 'scale the weights down, or allow leverage with "execution": { "maxGrossExposure": … }'
                  : 'scale the weights down or raise execution.maxGrossExposure',
              params: { gross: g, limit },
            },
          ),
        );
        return true;
      }
      return false;
    };
    visit(ctx.spec.rules, '/rules', 1);
    return out;
  },
};
