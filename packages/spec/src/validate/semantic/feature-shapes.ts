/**
 * Scalar where one number is needed, per-asset where a value per asset is: an `if` condition
 * decides once per session, so it cannot read a per-asset feature; ranking and proportional
 * weighting score each asset, so they cannot read a scalar.
 */
import { type Diagnostic, DiagnosticCode, error } from '../../diagnostics/index.js';
import type { Operand } from '../../types.js';
import type { SemanticCheck } from './context.js';
import { walkRules } from './walk.js';

export const featureShapes: SemanticCheck = {
  name: 'scalar and per-asset features are used where they fit',
  check(ctx) {
    const out: Diagnostic[] = [];
    const needScalar = (o: Operand, pointer: string) => {
      if (typeof o === 'number' || ctx.shapeOf(o.ref) !== 'per-asset') return;
      out.push(
        error(
          DiagnosticCode.featureShape,
          `${pointer}/ref`,
          `feature '${o.ref}' is per-asset, but an 'if' condition needs one number per session`,
          {
            hint: `give the feature an "asset" to make it scalar, or compare it inside a select "filter"`,
            params: { ref: o.ref, shape: 'per-asset', expected: 'scalar' },
          },
        ),
      );
    };
    const needPerAsset = (id: string, pointer: string, use: string) => {
      if (ctx.shapeOf(id) !== 'scalar') return;
      out.push(
        error(
          DiagnosticCode.featureShape,
          pointer,
          `feature '${id}' is scalar (one number per session), but ${use} needs a value per asset`,
          {
            hint: 'remove its "asset" so it is computed for every universe asset',
            params: { ref: id, shape: 'scalar', expected: 'per-asset' },
          },
        ),
      );
    };
    const needScalarAt = (id: string, pointer: string, use: string) => {
      if (ctx.shapeOf(id) !== 'per-asset') return;
      out.push(
        error(
          DiagnosticCode.featureShape,
          pointer,
          `feature '${id}' is per-asset, but ${use} needs one number per session`,
          {
            hint: `read one asset's value with { "kind": "asset_value" } or aggregate it with { "kind": "aggregate" }`,
            params: { ref: id, shape: 'per-asset', expected: 'scalar' },
          },
        ),
      );
    };
    ctx.spec.features.forEach((f, i) => {
      if (f.kind === 'aggregate' || f.kind === 'asset_value')
        needPerAsset(f.of.ref, `/features/${i}/of/ref`, `'${f.kind}'`);
      if (f.kind === 'aggregate' && f.where && typeof f.where.right !== 'number')
        needScalarAt(f.where.right.ref, `/features/${i}/where/right/ref`, "an aggregate's 'where'");
    });
    walkRules(ctx.spec.rules, {
      cond(cond, pointer, scope) {
        if (scope === 'if' && 'left' in cond) {
          needScalar(cond.left, `${pointer}/left`);
          needScalar(cond.right, `${pointer}/right`);
        }
      },
      node(node, pointer) {
        if (node.op === 'scale') needScalarAt(node.by.ref, `${pointer}/by/ref`, 'a scale node');
        if (node.op === 'select' && node.rank) needPerAsset(node.rank.ref, `${pointer}/rank/ref`, 'ranking');
        const w = node.op === 'select' || node.op === 'weight' ? node.weighting : undefined;
        if (w?.scheme === 'proportional')
          needPerAsset(w.by.ref, `${pointer}/weighting/by/ref`, 'proportional weighting');
      },
    });
    return out;
  },
};
