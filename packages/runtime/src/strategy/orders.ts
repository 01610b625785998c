/**
 * What a service embedding a strategy trades: the orders that move its portfolio to a decision's
 * targets, by the same arithmetic as the backtest (`planOrders` with final targets), and the
 * current weights the drift trigger reads, valued the way the backtest loop values them.
 */
import type { Decision, Weights } from '../evaluate/types.js';
import { type Plan, planOrders } from '../execute/plan.js';
import type { PriceOf } from '../execute/portfolio.js';
import type { Portfolio, ResolvedExecution } from '../execute/types.js';
import { idRecord } from '../ids.js';

/**
 * Orders for `portfolio` after `decision` (none when the decision is not a rebalance). `priceOf`
 * gives decision-time prices (the session's close); the targets are final (the strategy already
 * applied the cash reserve and the gross cap), as in the backtest loop.
 */
export function ordersFor(
  decision: Decision,
  portfolio: Portfolio,
  priceOf: PriceOf,
  execution: ResolvedExecution,
): Plan {
  if (!decision.rebalance) return { orders: [], equity: Number.NaN, issues: [] };
  const t = new Date(`${decision.t}T00:00:00Z`);
  return planOrders({ portfolio, targets: decision.targets, final: true, priceOf, execution, t });
}

/**
 * Weights q·price / equity of `portfolio`, summed in `order` (the panel's asset order) exactly as the
 * backtest loop sums them, so the drift trigger sees bit-identical numbers. Positions in assets
 * outside `order` are added after it.
 */
export function currentWeightsOf(portfolio: Portfolio, priceOf: PriceOf, order: readonly string[]): Weights {
  const qty = new Map<string, number>();
  for (const p of portfolio.positions) qty.set(p.assetId, (qty.get(p.assetId) ?? 0) + p.quantity);
  const known = new Set(order);
  const ids = [...order.filter((id) => qty.has(id)), ...[...qty.keys()].filter((id) => !known.has(id))];
  let equity = portfolio.cash;
  for (const id of ids) if (qty.get(id) !== 0) equity += qty.get(id)! * (priceOf(id) ?? Number.NaN);
  const out: Weights = idRecord();
  for (const id of ids)
    if (qty.get(id) !== 0) out[id] = (qty.get(id)! * (priceOf(id) ?? Number.NaN)) / equity;
  return out;
}
