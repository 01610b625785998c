/** Ids are keys: feature ids for refs, node/condition ids for hysteresis state, asset ids for weights. */
import { type Diagnostic, DiagnosticCode, error } from '../../diagnostics/index.js';
import type { CheckContext, SemanticCheck } from './context.js';
import { walkRules } from './walk.js';

export const duplicateIds: SemanticCheck = {
  name: 'ids are unique',
  check(ctx: CheckContext) {
    const out: Diagnostic[] = [];
    const { spec } = ctx;
    if (Array.isArray(spec.universe)) {
      const seen = new Map<string, number>();
      spec.universe.forEach((a, i) => {
        const first = seen.get(a.id);
        if (first === undefined) seen.set(a.id, i);
        else
          out.push(
            error(
              DiagnosticCode.duplicateAsset,
              `/universe/${i}/id`,
              `asset '${a.id}' is already in the universe (at /universe/${first})`,
              {
                params: { id: a.id, first: `/universe/${first}` },
              },
            ),
          );
      });
    }
    const features = new Map<string, number>();
    spec.features.forEach((f, i) => {
      const first = features.get(f.id);
      if (first === undefined) features.set(f.id, i);
      else
        out.push(
          error(
            DiagnosticCode.duplicateId,
            `/features/${i}/id`,
            `feature id '${f.id}' is already declared at /features/${first}`,
            {
              hint: 'every feature needs its own id',
              params: { id: f.id, first: `/features/${first}` },
            },
          ),
        );
    });
    const nodeIds = new Map<string, string>();
    const seeId = (id: string | undefined, pointer: string) => {
      if (id === undefined) return;
      const first = nodeIds.get(id);
      if (first === undefined) nodeIds.set(id, pointer);
      else
        out.push(
          error(DiagnosticCode.duplicateId, `${pointer}/id`, `id '${id}' is already used at ${first}`, {
            hint: 'node and condition ids key hysteresis state, so each must be unique',
            params: { id, first },
          }),
        );
    };
    walkRules(spec.rules, {
      node: (node, pointer) => seeId(node.id, pointer),
      cond: (cond, pointer) => seeId(cond.id, pointer),
    });
    return out;
  },
};
