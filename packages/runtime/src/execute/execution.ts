/**
 * Defaults of the `execution` block and the target transformations it implies (cash reserve and
 * gross exposure cap), kept apart from order arithmetic so each can be tested on its own.
 */
import type { Weights } from '../evaluate/types.js';
import { idRecord, own } from '../ids.js';
import type { ExecutionOptions, ResolvedExecution } from './types.js';

/** The defaults of docs/spec-language.md, Execution. */
export const DEFAULT_EXECUTION: Readonly<ResolvedExecution> = Object.freeze({
  fill: 'next_open',
  slippageBps: 0,
  commission: Object.freeze({ bps: 0, perShare: 0, minimum: 0 }),
  shares: 'fractional',
  cashReserve: 0,
  maxGrossExposure: 1,
  minTradeWeight: 0.001,
  returns: 'total',
  borrowFeeBps: 0,
  cashInterest: 0,
});

/**
 * Fill in defaults. Later layers win field by field (`resolveExecution(spec.execution, executorOverride)`),
 * so an executor constructed with `{execution: {slippageBps: 5}}` changes only slippage.
 */
export function resolveExecution(...layers: (ExecutionOptions | undefined)[]): ResolvedExecution {
  const out: ResolvedExecution = { ...DEFAULT_EXECUTION, commission: { ...DEFAULT_EXECUTION.commission } };
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.fill !== undefined) out.fill = layer.fill;
    if (layer.slippageBps !== undefined) out.slippageBps = layer.slippageBps;
    if (layer.shares !== undefined) out.shares = layer.shares;
    if (layer.cashReserve !== undefined) out.cashReserve = layer.cashReserve;
    if (layer.maxGrossExposure !== undefined) out.maxGrossExposure = layer.maxGrossExposure;
    if (layer.minTradeWeight !== undefined) out.minTradeWeight = layer.minTradeWeight;
    if (layer.returns !== undefined) out.returns = layer.returns;
    if (layer.borrowFeeBps !== undefined) out.borrowFeeBps = layer.borrowFeeBps;
    if (layer.cashInterest !== undefined) {
      const c = layer.cashInterest;
      out.cashInterest = typeof c === 'number' ? c : { asset: c.asset };
    }
    if (layer.commission) {
      const c = layer.commission;
      if (c.bps !== undefined) out.commission.bps = c.bps;
      if (c.perShare !== undefined) out.commission.perShare = c.perShare;
      if (c.minimum !== undefined) out.commission.minimum = c.minimum;
    }
  }
  return out;
}

/** Tolerance on the gross-exposure cap, so float noise in sum |w| never triggers a rescale. */
export const GROSS_EPSILON = 1e-9;

/**
 * The weights actually traded to: scaled by `1 − cashReserve`, then scaled down uniformly when
 * Σ|w| exceeds `maxGrossExposure` by more than GROSS_EPSILON (the spec validator rejects static
 * excess; dynamic rule trees such as inverse-volatility weights can still exceed it, and scaling
 * keeps their proportions). Zero and non-finite weights are dropped. Keys come out sorted by asset id.
 * `scaledFrom` is the gross before the cap when the cap applied.
 */
export function capTargets(
  targets: Weights,
  exec: Pick<ResolvedExecution, 'cashReserve' | 'maxGrossExposure'>,
): { targets: Weights; scaledFrom?: number } {
  const ids = Object.keys(targets).sort();
  let gross = 0;
  for (const id of ids) {
    const w = own(targets, id)!;
    if (Number.isFinite(w)) gross += Math.abs(w);
  }
  gross *= 1 - exec.cashReserve;
  const capped = gross > exec.maxGrossExposure + GROSS_EPSILON;
  const scale = (1 - exec.cashReserve) * (capped ? exec.maxGrossExposure / gross : 1);
  const out: Weights = idRecord();
  for (const id of ids) {
    const w = own(targets, id)!;
    if (w !== 0 && Number.isFinite(w)) out[id] = w * scale;
  }
  return capped ? { targets: out, scaledFrom: gross } : { targets: out };
}

/** `capTargets` without the report: the weights the executor trades to. */
export function effectiveTargets(
  targets: Weights,
  exec: Pick<ResolvedExecution, 'cashReserve' | 'maxGrossExposure'>,
): Weights {
  return capTargets(targets, exec).targets;
}
