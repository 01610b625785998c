/** `all`, `any` and `count` test each asset, so an aggregate with those ops needs a `where`. */
import { type Diagnostic, DiagnosticCode, error } from '../../diagnostics/index.js';
import type { SemanticCheck } from './context.js';

export const aggregateOptions: SemanticCheck = {
  name: 'aggregate options agree',
  check(ctx) {
    const out: Diagnostic[] = [];
    ctx.spec.features.forEach((f, i) => {
      if (f.kind !== 'aggregate') return;
      if ((f.op === 'all' || f.op === 'any' || f.op === 'count') && f.where === undefined) {
        out.push(
          error(DiagnosticCode.invalidOption, `/features/${i}`, `aggregate '${f.op}' needs a 'where' test`, {
            hint: `add e.g. "where": { "op": "gt", "right": 0 } (${f.op} counts the assets that pass it)`,
            params: { op: f.op, missing: 'where' },
          }),
        );
      }
    });
    return out;
  },
};
