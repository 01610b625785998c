/** Weights, selections, feature assets and the cash proxy name universe assets (for a fixed universe). */
import { type Diagnostic, DiagnosticCode, didYouMean, error, firstIds } from '../../diagnostics/index.js';
import type { CheckContext, SemanticCheck } from './context.js';
import { walkRules } from './walk.js';

function unknownAsset(ctx: CheckContext, id: string, pointer: string, where: string): Diagnostic {
  const ids = ctx.assets!.keys();
  const guess = didYouMean(id, ctx.assets!.keys(), ctx.suggestBudget);
  return error(DiagnosticCode.unknownAsset, pointer, `${where} '${id}' is not in the universe`, {
    hint: guess ? `did you mean '${guess}'?` : `the universe has: ${firstIds(ids, 10)}`,
    params: { id },
  });
}

export const assetRefs: SemanticCheck = {
  name: 'asset ids are in the universe',
  check(ctx) {
    const out: Diagnostic[] = [];
    const assets = ctx.assets;
    if (!assets) return out;
    ctx.spec.features.forEach((f, i) => {
      if (f.kind === 'aggregate') {
        f.assets?.forEach((id, k) => {
          if (!assets.has(id)) out.push(unknownAsset(ctx, id, `/features/${i}/assets/${k}`, 'asset'));
        });
      }
      if (!('asset' in f) || f.asset === undefined) return;
      const pointer = `/features/${i}/asset`;
      const ref = f.asset;
      const id = typeof ref === 'string' ? ref : ref.id;
      const asset = assets.get(id);
      if (!asset) {
        out.push(unknownAsset(ctx, id, typeof ref === 'string' ? pointer : `${pointer}/id`, 'asset'));
        return;
      }
      if (typeof ref === 'object') {
        if (ref.symbol !== asset.symbol) {
          out.push(
            error(
              DiagnosticCode.assetMismatch,
              `${pointer}/symbol`,
              `asset '${id}' has symbol '${asset.symbol}' in the universe, not '${ref.symbol}'`,
              {
                hint: `write "${id}" alone, or use the universe's symbol`,
                params: { id, symbol: ref.symbol, expected: asset.symbol },
              },
            ),
          );
        }
        if (ref.exchange !== undefined && asset.exchange !== undefined && ref.exchange !== asset.exchange) {
          out.push(
            error(
              DiagnosticCode.assetMismatch,
              `${pointer}/exchange`,
              `asset '${id}' trades on '${asset.exchange}' in the universe, not '${ref.exchange}'`,
              {
                params: { id, exchange: ref.exchange, expected: asset.exchange },
              },
            ),
          );
        }
      }
    });
    walkRules(ctx.spec.rules, {
      node(node, pointer) {
        if (node.op === 'allocate') {
          for (const id of Object.keys(node.weights)) {
            if (!assets.has(id))
              out.push(
                unknownAsset(
                  ctx,
                  id,
                  `${pointer}/weights/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`,
                  'weight for',
                ),
              );
          }
        } else if (node.op === 'select') {
          node.from?.forEach((id, i) => {
            if (!assets.has(id)) out.push(unknownAsset(ctx, id, `${pointer}/from/${i}`, 'candidate'));
          });
          const fb = node.slots?.fallback;
          if (fb !== undefined && !assets.has(fb))
            out.push(unknownAsset(ctx, fb, `${pointer}/slots/fallback`, 'fallback'));
        } else if (node.op === 'scale' && node.remainder !== undefined) {
          if (!assets.has(node.remainder))
            out.push(unknownAsset(ctx, node.remainder, `${pointer}/remainder`, 'remainder'));
        } else if (node.op === 'weight') {
          node.assets.forEach((id, i) => {
            if (!assets.has(id)) out.push(unknownAsset(ctx, id, `${pointer}/assets/${i}`, 'asset'));
          });
        }
      },
    });
    const interest = ctx.spec.execution?.cashInterest;
    if (typeof interest === 'object' && !assets.has(interest.asset)) {
      out.push(unknownAsset(ctx, interest.asset, '/execution/cashInterest/asset', 'cash proxy'));
    }
    return out;
  },
};
