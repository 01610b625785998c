/**
 * Filling orders against cash. Orders that raise cash go first; orders that consume it are scaled
 * down (one common factor per priority tier) so cash never falls below the floor the execution
 * settings allow.
 */
import { cashNeed, commissionOf, slippedPrice } from './costs.js';
import { positionsFrom, quantitiesOf } from './portfolio.js';
import type { ExecutionIssue, Fill, Order, Portfolio, ResolvedExecution } from './types.js';

/** What `fillOrders` needs. */
export interface FillInput {
  portfolio: Portfolio;
  orders: readonly Order[];
  /** Raw fill price per order, same index as `orders`; NaN = no price (order not filled). */
  prices: ArrayLike<number>;
  execution: ResolvedExecution;
  /** Equity the orders were sized against: the base of the leverage allowance. */
  equity: number;
  /** Instant of the fills (the fill session). */
  t: Date;
}

/** The portfolio after the fills, and the fills in execution order. */
export interface FillResult {
  portfolio: Portfolio;
  fills: Fill[];
  issues: ExecutionIssue[];
}

/**
 * Cash floor: 0 without leverage; with `maxGrossExposure = G > 1`, borrowing up to `(G − 1) · equity`
 * (what a fully invested book at gross G needs when it is all long).
 */
export function cashFloor(exec: ResolvedExecution, equity: number): number {
  return -Math.max(0, exec.maxGrossExposure - 1) * Math.max(0, equity);
}

/**
 * A shortfall up to this fraction of equity is float rounding, not a lack of cash: a fully invested
 * rebalance (reinvesting a dividend, say) costs its budget give or take a few ulps. The buys are still
 * scaled (cash never goes below the floor) but no `scaled_for_cash` warning is raised for it.
 * 1e-9 of $1M is a tenth of a cent.
 */
export const CASH_ROUNDING = 1e-9;

/**
 * Execute orders in three tiers:
 * 1. orders whose net proceeds are positive (sales and short sales) — always filled in full;
 * 2. covers (buys of an asset currently short) — they reduce risk, so they are funded first;
 * 3. everything else that consumes cash (buys, and sales too small to pay their own commission).
 * Within tiers 2 and 3 every order is scaled by the largest common factor f ∈ [0, 1] (found by
 * bisection; whole shares re-rounded toward zero) keeping cash ≥ floor. Rounding toward zero only
 * lowers cost, so the result stays feasible. If cash started below the floor, tiers 2-3 are skipped.
 */
export function fillOrders(input: FillInput): FillResult {
  const { orders, prices, execution: exec, t } = input;
  const held = quantitiesOf(input.portfolio);
  const issues: ExecutionIssue[] = [];
  const floor = cashFloor(exec, input.equity);
  let cash = input.portfolio.cash;
  const tier1: number[] = [];
  const tier2: number[] = [];
  const tier3: number[] = [];
  for (let k = 0; k < orders.length; k++) {
    const o = orders[k]!;
    const p = prices[k]!;
    if (!(p > 0) || !Number.isFinite(p)) {
      issues.push({
        code: 'no_price',
        t: iso(t),
        assetId: o.assetId,
        message: `no fill price for ${o.assetId}`,
      });
      continue;
    }
    if (cashNeed(o.quantity, p, exec) <= 0) tier1.push(k);
    else if (o.quantity > 0 && (held.get(o.assetId) ?? 0) < 0) tier2.push(k);
    else tier3.push(k);
  }
  const quantity = new Float64Array(orders.length);
  for (let j = 0; j < tier1.length; j++) {
    const k = tier1[j]!;
    quantity[k] = orders[k]!.quantity;
    cash -= cashNeed(orders[k]!.quantity, prices[k]!, exec);
  }
  for (const tier of [tier2, tier3]) {
    if (tier.length === 0) continue;
    const budget = cash - floor;
    const { qs, ps } = tierArrays(tier, orders, prices);
    const f = fundableFactor(qs, ps, exec, budget);
    if (f < 1 && tierCost(qs, ps, exec, 1) - budget > CASH_ROUNDING * Math.abs(input.equity)) {
      issues.push({
        code: 'scaled_for_cash',
        t: iso(t),
        message: `buys scaled to ${(f * 100).toFixed(2)}% to keep cash above ${floor.toFixed(2)}`,
      });
    }
    for (let j = 0; j < tier.length; j++) {
      const q = sized(qs[j]!, f, exec);
      quantity[tier[j]!] = q;
      cash -= cashNeed(q, ps[j]!, exec);
    }
  }
  const fills: Fill[] = [];
  for (let k = 0; k < orders.length; k++) {
    const q = quantity[k]!;
    if (q === 0) continue;
    const o = orders[k]!;
    const price = slippedPrice(prices[k]!, q, exec);
    fills.push({ assetId: o.assetId, quantity: q, price, commission: commissionOf(q, price, exec), t });
    held.set(o.assetId, (held.get(o.assetId) ?? 0) + q);
  }
  return { portfolio: { t, cash, positions: positionsFrom(held) }, fills, issues };
}

/** A tier's order quantities and prices as typed arrays (the bisection reads them ~60 times). */
function tierArrays(
  tier: readonly number[],
  orders: readonly Order[],
  prices: ArrayLike<number>,
): { qs: Float64Array; ps: Float64Array } {
  const qs = new Float64Array(tier.length);
  const ps = new Float64Array(tier.length);
  for (let j = 0; j < tier.length; j++) {
    qs[j] = orders[tier[j]!]!.quantity;
    ps[j] = prices[tier[j]!]!;
  }
  return { qs, ps };
}

/**
 * Largest f in [0, 1] with Σ cashNeed(sized(q_k, f)) ≤ budget; 0 when even nothing fits. Bisection
 * keeps `lo` feasible and `hi` infeasible; once the midpoint rounds to either end neither moves again,
 * so stopping there returns what all 60 steps would.
 */
function fundableFactor(qs: Float64Array, ps: Float64Array, exec: ResolvedExecution, budget: number): number {
  if (tierCost(qs, ps, exec, 1) <= budget) return 1;
  if (budget <= 0) return 0;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (tierCost(qs, ps, exec, mid) <= budget) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Σ cash needed by the orders of a tier scaled by f, in tier order. */
function tierCost(qs: Float64Array, ps: Float64Array, exec: ResolvedExecution, f: number): number {
  let c = 0;
  for (let j = 0; j < qs.length; j++) c += cashNeed(sized(qs[j]!, f, exec), ps[j]!, exec);
  return c;
}

function sized(q: number, f: number, exec: ResolvedExecution): number {
  if (f === 1) return q;
  const s = q * f;
  return exec.shares === 'whole' ? Math.trunc(s) : s;
}

function iso(t: Date): string {
  return t.toISOString().slice(0, 10);
}
