/** Execution settings with every default of docs/spec-language.md filled in. */
import type { ExecutionLike } from '../compile/spec-types.js';

/** Execution with defaults resolved: what the executor and the strategy's target scaling read. */
export interface ResolvedExecution {
  fill: 'next_open' | 'close';
  slippageBps: number;
  commission: { bps: number; perShare: number; minimum: number };
  shares: 'fractional' | 'whole';
  cashReserve: number;
  maxGrossExposure: number;
  minTradeWeight: number;
}

/** Fills the language defaults: next_open, no costs, fractional, no reserve, gross 1, min trade 0.001. */
export function resolveExecution(e: ExecutionLike = {}): ResolvedExecution {
  return {
    fill: e.fill ?? 'next_open',
    slippageBps: e.slippageBps ?? 0,
    commission: {
      bps: e.commission?.bps ?? 0,
      perShare: e.commission?.perShare ?? 0,
      minimum: e.commission?.minimum ?? 0,
    },
    shares: e.shares ?? 'fractional',
    cashReserve: e.cashReserve ?? 0,
    maxGrossExposure: e.maxGrossExposure ?? 1,
    minTradeWeight: e.minTradeWeight ?? 0.001,
  };
}

/** Tolerance on the gross-exposure cap, so float noise in sum |w| never triggers a rescale. */
export const GROSS_EPSILON = 1e-9;

/**
 * Applies the cash reserve (targets × (1 − reserve)) and then the gross exposure cap: when
 * Σ|w| exceeds `maxGrossExposure` by more than 1e-9 the targets are scaled down to the cap and a
 * warning is returned. Scaling (not throwing) because a dynamic tree (select/group/proportional)
 * can exceed the cap on some sessions only; a static excess is a validation error upstream.
 */
export function scaleTargets(
  weights: Record<string, number>,
  execution: Pick<ResolvedExecution, 'cashReserve' | 'maxGrossExposure'>,
): { targets: Record<string, number>; warning?: string } {
  const k = 1 - execution.cashReserve;
  const targets: Record<string, number> = {};
  let gross = 0;
  for (const [id, w] of Object.entries(weights)) {
    targets[id] = w * k;
    gross += Math.abs(w * k);
  }
  if (gross <= execution.maxGrossExposure + GROSS_EPSILON) return { targets };
  const s = execution.maxGrossExposure / gross;
  for (const id of Object.keys(targets)) targets[id] = targets[id]! * s;
  return {
    targets,
    warning: `gross exposure ${gross.toFixed(6)} exceeds maxGrossExposure ${execution.maxGrossExposure}: targets scaled by ${s.toFixed(6)}`,
  };
}
