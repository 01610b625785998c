/**
 * Trading cost arithmetic (docs/spec-language.md, Execution). Pure and tiny so the hand-computed
 * tests can pin every formula.
 */
import type { ResolvedExecution } from './types.js';

/** Execution price after slippage: buys (q > 0) pay more, sells (q < 0) receive less. */
export function slippedPrice(price: number, quantity: number, exec: ResolvedExecution): number {
  const s = exec.slippageBps / 1e4;
  return quantity > 0 ? price * (1 + s) : price * (1 - s);
}

/** Commission of one order: `max(minimum, notional·bps/1e4 + |q|·perShare)`; zero for a zero order. */
export function commissionOf(quantity: number, executionPrice: number, exec: ResolvedExecution): number {
  if (quantity === 0) return 0;
  const q = Math.abs(quantity);
  const c = exec.commission;
  return Math.max(c.minimum, (q * executionPrice * c.bps) / 1e4 + q * c.perShare);
}

/**
 * Cash consumed by an order (negative = cash raised): `q·p' + commission`, with p' the slipped price.
 * Selling short raises cash like any sale; covering consumes it like any purchase.
 */
export function cashNeed(quantity: number, price: number, exec: ResolvedExecution): number {
  if (quantity === 0) return 0;
  const p = slippedPrice(price, quantity, exec);
  return quantity * p + commissionOf(quantity, p, exec);
}
