/**
 * An `event` feature reads index membership events; its `index` defaults to the universe's index,
 * so on a fixed universe (which has none) it must name one. The runtime cannot plan it otherwise.
 */
import { type Diagnostic, DiagnosticCode, error } from '../../diagnostics/index.js';
import type { SemanticCheck } from './context.js';

export const eventIndex: SemanticCheck = {
  name: 'event features name an index unless the universe has one',
  check(ctx) {
    const out: Diagnostic[] = [];
    if (!Array.isArray(ctx.spec.universe)) return out;
    ctx.spec.features.forEach((f, i) => {
      if (f.kind !== 'event' || f.index !== undefined) return;
      out.push(
        error(
          DiagnosticCode.missingProperty,
          `/features/${i}`,
          `event feature '${f.id}' needs 'index': the universe is a fixed list, so there is no index to default to`,
          {
            hint: 'add "index": "<index name>" (e.g. "SP500"), or use a dynamic universe { "index": … }',
            params: { property: 'index' },
          },
        ),
      );
    });
    return out;
  },
};
