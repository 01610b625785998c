/**
 * Orders from targets: the difference between what is held and what the target weights ask for,
 * sized at decision-time prices (an order is a number of shares decided at the decision session's
 * close; with `next_open` it then fills at a price nobody knew when it was decided).
 */
import type { Weights } from '../evaluate/types.js';
import { own } from '../ids.js';
import { effectiveTargets } from './execution.js';
import { equityOf, type PriceOf, quantitiesOf } from './portfolio.js';
import type { ExecutionIssue, Order, Portfolio, ResolvedExecution } from './types.js';

/** What `planOrders` needs. */
export interface PlanInput {
  portfolio: Portfolio;
  /** Target weights by asset id (negative = short). */
  targets: Weights;
  /**
   * True when `targets` already carry the cash reserve (the compiled strategy applies it, so a live
   * service sees final weights): the reserve is then not applied twice. The gross-exposure cap is
   * enforced either way (it is idempotent). Default false: raw targets, both applied here.
   */
  final?: boolean;
  /** Valuation prices at decision time (the decision session's close). */
  priceOf: PriceOf;
  execution: ResolvedExecution;
  /** Decision session. */
  t: Date;
}

/** Orders plus the equity they were sized against. */
export interface Plan {
  orders: Order[];
  /** Equity at decision-time prices (the base of every target quantity and of the leverage allowance). */
  equity: number;
  issues: ExecutionIssue[];
}

/**
 * Compute orders, sells (q < 0, including new shorts) first, then buys (including short covers),
 * each group by asset id. The target quantity of an asset is `equity · w / price`, rounded toward
 * zero for whole shares (so a position never exceeds its target).
 *
 * Min trade size: an order is skipped when `|Δq · price| < minTradeWeight · equity`, because tiny
 * rebalancing trades cost more than the tracking error they remove — EXCEPT when it closes a position
 * (target weight 0), so dust never lingers in the portfolio.
 *
 * Assets without a usable decision price are not traded (reported as `no_price`).
 */
export function planOrders(input: PlanInput): Plan {
  const { portfolio, priceOf, execution: exec, t } = input;
  const equity = equityOf(portfolio, priceOf);
  const targets = effectiveTargets(input.targets, input.final ? { ...exec, cashReserve: 0 } : exec);
  const held = quantitiesOf(portfolio);
  const ids = [...new Set([...held.keys(), ...Object.keys(targets)])].sort();
  const minValue = exec.minTradeWeight * Math.abs(equity);
  const sells: Order[] = [];
  const buys: Order[] = [];
  const issues: ExecutionIssue[] = [];
  for (const assetId of ids) {
    const w = own(targets, assetId) ?? 0;
    const h = held.get(assetId) ?? 0;
    const price = priceOf(assetId);
    if (price === undefined || !(price > 0) || !Number.isFinite(price)) {
      if (w !== 0 || h !== 0) {
        issues.push({ code: 'no_price', t: iso(t), assetId, message: `no price for ${assetId}: not traded` });
      }
      continue;
    }
    // A non-positive equity cannot fund any target: everything goes to zero.
    let target = equity > 0 ? (equity * w) / price : 0;
    if (exec.shares === 'whole') target = Math.trunc(target);
    const delta = w === 0 ? -h : target - h;
    if (delta === 0) continue;
    const closes = w === 0;
    if (!closes && Math.abs(delta * price) < minValue) continue;
    const order: Order = { assetId, quantity: delta, decidedAt: t, targetWeight: w };
    (delta < 0 ? sells : buys).push(order);
  }
  return { orders: [...sells, ...buys], equity, issues };
}

function iso(t: Date): string {
  return t.toISOString().slice(0, 10);
}
