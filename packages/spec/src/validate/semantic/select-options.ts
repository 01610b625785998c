/** `count` and `fraction` exclude each other; `specified` weights match the positions they weight. */
import { type Diagnostic, DiagnosticCode, error } from '../../diagnostics/index.js';
import type { SemanticCheck } from './context.js';
import { walkRules } from './walk.js';

export const selectOptions: SemanticCheck = {
  name: 'select and weight options agree',
  check(ctx) {
    const out: Diagnostic[] = [];
    walkRules(ctx.spec.rules, {
      node(node, pointer) {
        if (node.op === 'select') {
          if (node.count !== undefined && node.fraction !== undefined) {
            out.push(
              error(
                DiagnosticCode.conflictingProperties,
                `${pointer}/fraction`,
                `give 'count' or 'fraction', not both`,
                {
                  hint: 'count keeps the first N; fraction keeps floor(n * fraction)',
                  params: { properties: ['count', 'fraction'] },
                },
              ),
            );
          }
          const scheme = node.weighting?.scheme ?? 'equal';
          if (node.slots !== undefined && scheme !== 'equal' && scheme !== 'specified') {
            out.push(
              error(
                DiagnosticCode.invalidOption,
                `${pointer}/weighting/scheme`,
                `slots need fixed slot weights, but '${scheme}' depends on which assets fill the slots`,
                {
                  hint: 'use { "scheme": "equal" } or \'specified\' weights per slot, or drop \'slots\' to redistribute',
                  params: { scheme, expected: ['equal', 'specified'] },
                },
              ),
            );
          }
          const w = node.weighting;
          if (w?.scheme === 'specified' && node.count !== undefined && w.weights.length !== node.count) {
            out.push(
              error(
                DiagnosticCode.weightsLength,
                `${pointer}/weighting/weights`,
                `${w.weights.length} specified weights for count ${node.count}`,
                {
                  hint: 'give one weight per rank position kept',
                  params: { weights: w.weights.length, positions: node.count },
                },
              ),
            );
          }
        } else if (node.op === 'scale') {
          if ((node.min ?? 0) > (node.max ?? 1)) {
            out.push(
              error(
                DiagnosticCode.conflictingProperties,
                `${pointer}/min`,
                `scale min ${node.min ?? 0} is above max ${node.max ?? 1}`,
                {
                  hint: 'min and max clamp the scale (defaults 0 and 1)',
                  params: { properties: ['min', 'max'] },
                },
              ),
            );
          }
        } else if (node.op === 'weight') {
          const w = node.weighting;
          if (w.scheme === 'specified' && w.weights.length !== node.assets.length) {
            out.push(
              error(
                DiagnosticCode.weightsLength,
                `${pointer}/weighting/weights`,
                `${w.weights.length} specified weights for ${node.assets.length} assets`,
                {
                  hint: "give one weight per asset in 'assets', in the same order",
                  params: { weights: w.weights.length, positions: node.assets.length },
                },
              ),
            );
          }
        }
      },
    });
    return out;
  },
};
