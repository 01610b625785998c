/** Expression features must not reference themselves, directly or through others. */
import { type Diagnostic, DiagnosticCode, error } from '../../diagnostics/index.js';
import { type CheckContext, exprRefs, type SemanticCheck } from './context.js';

export const exprCycles: SemanticCheck = {
  name: 'expression features form no cycle',
  check(ctx: CheckContext) {
    const out: Diagnostic[] = [];
    const edges = new Map<string, string[]>();
    for (const [id, { feature }] of ctx.features) {
      if (feature.kind === 'expr')
        edges.set(
          id,
          exprRefs(feature.args).filter((r) => ctx.features.has(r)),
        );
      else if (feature.kind === 'aggregate' || feature.kind === 'asset_value') {
        const refs = [feature.of.ref];
        if (feature.kind === 'aggregate' && feature.where && typeof feature.where.right !== 'number')
          refs.push(feature.where.right.ref);
        edges.set(
          id,
          refs.filter((r) => ctx.features.has(r)),
        );
      }
    }
    // iterative DFS with colours; each cycle reported once, at the feature where it is closed
    const colour = new Map<string, 'grey' | 'black'>();
    const reported = new Set<string>();
    for (const start of edges.keys()) {
      if (colour.has(start)) continue;
      const path: string[] = [];
      const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
      colour.set(start, 'grey');
      path.push(start);
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const targets = edges.get(top.id) ?? [];
        if (top.next >= targets.length) {
          colour.set(top.id, 'black');
          stack.pop();
          path.pop();
          continue;
        }
        const to = targets[top.next++]!;
        const c = colour.get(to);
        if (c === 'grey') {
          const cycle = [...path.slice(path.indexOf(to)), to];
          const key = [...cycle.slice(0, -1)].sort().join('\u0000');
          if (!reported.has(key)) {
            reported.add(key);
            const index = ctx.features.get(to)!.index;
            out.push(
              error(
                DiagnosticCode.featureCycle,
                `/features/${index}`,
                `${cycle.every((id) => ctx.features.get(id)?.feature.kind === 'expr') ? 'expression features' : 'features'} form a cycle: ${cycle.join(' -> ')}`,
                {
                  hint: 'a feature may only read features that do not depend on it',
                  params: { cycle },
                },
              ),
            );
          }
        } else if (c === undefined && edges.has(to)) {
          colour.set(to, 'grey');
          path.push(to);
          stack.push({ id: to, next: 0 });
        }
      }
    }
    return out;
  },
};
