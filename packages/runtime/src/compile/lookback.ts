/**
 * The history the rule tree itself reads, beyond its features: the warm-up the feature runtime must
 * add so the first session of the range already has every input. Features (and everything they
 * reference, nested expressions and delays included) are sized by the feature planner; the tree adds
 * the lookbacks of its weightings:
 * - `inverse_volatility` reads the last `lookback` daily returns, i.e. `lookback` sessions before t.
 *
 * The walk visits every object of the tree (nodes, conditions, weightings, group legs), so a
 * weighting is found wherever a node kind puts it.
 */
import type { RuleNode } from './spec-types.js';

/** Sessions of history the tree's own computations need before a session (0 when none). */
export function rulesLookback(rules: RuleNode): number {
  let max = 0;
  const stack: unknown[] = [rules];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === null || typeof x !== 'object') continue;
    if (Array.isArray(x)) {
      for (const v of x) stack.push(v);
      continue;
    }
    const o = x as { scheme?: unknown; lookback?: unknown };
    if (o.scheme === 'inverse_volatility' && typeof o.lookback === 'number') max = Math.max(max, o.lookback);
    for (const v of Object.values(x)) stack.push(v);
  }
  return max;
}
