/** Every `{ "ref": id }` names a declared feature. */
import { type Diagnostic, DiagnosticCode, didYouMean, error, firstIds } from '../../diagnostics/index.js';
import type { ExprOperand, Operand } from '../../types.js';
import type { CheckContext, SemanticCheck } from './context.js';
import { walkRules } from './walk.js';

function unknownRef(ctx: CheckContext, id: string, pointer: string): Diagnostic {
  const guess = didYouMean(id, ctx.features.keys(), ctx.suggestBudget);
  return error(DiagnosticCode.unknownFeature, pointer, `unknown feature '${id}'`, {
    hint: guess
      ? `did you mean '${guess}'?`
      : ctx.features.size
        ? `declared features: ${firstIds(ctx.features.keys(), 10)}`
        : 'declare it in "features"',
    params: { ref: id },
  });
}

export const featureRefs: SemanticCheck = {
  name: 'refs name declared features',
  check(ctx) {
    const out: Diagnostic[] = [];
    const ref = (id: string, pointer: string) => {
      if (!ctx.features.has(id)) out.push(unknownRef(ctx, id, pointer));
    };
    const operand = (o: Operand, pointer: string) => {
      if (typeof o !== 'number') ref(o.ref, `${pointer}/ref`);
    };
    const expr = (args: readonly ExprOperand[], pointer: string) => {
      args.forEach((a, i) => {
        if (typeof a === 'number') return;
        if ('ref' in a) ref(a.ref, `${pointer}/${i}/ref`);
        else expr(a.args, `${pointer}/${i}/args`);
      });
    };
    ctx.spec.features.forEach((f, i) => {
      if (f.kind === 'expr') expr(f.args, `/features/${i}/args`);
      if (f.kind === 'aggregate' || f.kind === 'asset_value') ref(f.of.ref, `/features/${i}/of/ref`);
      if (f.kind === 'aggregate' && f.where) operand(f.where.right, `/features/${i}/where/right`);
    });
    walkRules(ctx.spec.rules, {
      cond(cond, pointer) {
        if ('left' in cond) {
          operand(cond.left, `${pointer}/left`);
          operand(cond.right, `${pointer}/right`);
        }
      },
      node(node, pointer) {
        if (node.op === 'select' && node.rank) ref(node.rank.ref, `${pointer}/rank/ref`);
        const w = node.op === 'select' || node.op === 'weight' ? node.weighting : undefined;
        if (w?.scheme === 'proportional') ref(w.by.ref, `${pointer}/weighting/by/ref`);
        if (node.op === 'scale') ref(node.by.ref, `${pointer}/by/ref`);
      },
    });
    return out;
  },
};
