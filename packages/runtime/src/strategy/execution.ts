/**
 * The strategy's view of execution: defaults and target scaling live once, in execute/execution.ts;
 * this adds the warning a decision carries when the gross cap scaled its targets.
 */
import { capTargets } from '../execute/execution.js';
import type { ResolvedExecution } from '../execute/types.js';

export { GROSS_EPSILON, resolveExecution } from '../execute/execution.js';
export type { ResolvedExecution } from '../execute/types.js';

/**
 * Applies the cash reserve (targets × (1 − reserve)) and then the gross exposure cap: when
 * Σ|w| exceeds `maxGrossExposure` by more than GROSS_EPSILON the targets are scaled down to the cap
 * and a warning is returned. Scaling (not throwing) because a dynamic tree (select/group/proportional)
 * can exceed the cap on some sessions only; a static excess is a validation error upstream.
 */
export function scaleTargets(
  weights: Record<string, number>,
  execution: Pick<ResolvedExecution, 'cashReserve' | 'maxGrossExposure'>,
): { targets: Record<string, number>; warning?: string } {
  const { targets, scaledFrom } = capTargets(weights, execution);
  if (scaledFrom === undefined) return { targets };
  const s = execution.maxGrossExposure / scaledFrom;
  return {
    targets,
    warning: `gross exposure ${scaledFrom.toFixed(6)} exceeds maxGrossExposure ${execution.maxGrossExposure}: targets scaled by ${s.toFixed(6)}`,
  };
}
