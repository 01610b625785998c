/**
 * Anchors name sessions within a period: never with a daily frequency (the default), and never
 * beyond the longest period (week 5, month 23, quarter 66, year 253 sessions), where they could not fire.
 */
import { type Diagnostic, DiagnosticCode, error } from '../../diagnostics/index.js';
import { LONGEST_PERIOD } from '../../types.js';
import type { SemanticCheck } from './context.js';

const PERIOD_NOUN = { Weekly: 'week', Monthly: 'month', Quarterly: 'quarter', Yearly: 'year' } as const;

export const rebalanceAnchors: SemanticCheck = {
  name: 'rebalance anchors fit the frequency',
  check(ctx) {
    const out: Diagnostic[] = [];
    const r = ctx.spec.rebalance;
    if (!r?.anchors) return out;
    const frequency = r.frequency ?? 'Daily';
    if (frequency === 'Daily') {
      out.push(
        error(
          DiagnosticCode.invalidAnchor,
          '/rebalance/anchors',
          `anchors need a period, but the frequency is 'Daily'${r.frequency ? '' : ' (the default)'}`,
          {
            hint: 'set "frequency" to Weekly, Monthly, Quarterly or Yearly, or remove "anchors"',
            params: { frequency },
          },
        ),
      );
      return out;
    }
    const longest = LONGEST_PERIOD[frequency];
    r.anchors.forEach((a, i) => {
      if (Math.abs(a) > longest) {
        out.push(
          error(
            DiagnosticCode.invalidAnchor,
            `/rebalance/anchors/${i}`,
            `anchor ${a} can never fire: a ${PERIOD_NOUN[frequency]} has at most ${longest} sessions`,
            {
              hint: `use a value between -${longest} and ${longest}`,
              params: { anchor: a, frequency, longest },
            },
          ),
        );
      }
    });
    return out;
  },
};
