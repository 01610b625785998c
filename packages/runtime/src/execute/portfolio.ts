/**
 * Valuation helpers over the plain `Portfolio` data. Positions are kept sorted by asset id with no
 * zero quantities, so two portfolios holding the same things serialise identically.
 */
import type { Weights } from '../evaluate/types.js';
import { idRecord } from '../ids.js';
import type { Portfolio, Position } from './types.js';

/** Price of an asset at some instant; `NaN`/undefined when unknown. */
export type PriceOf = (assetId: string) => number | undefined;

/**
 * Equity = cash + Σ q·price. A short (q < 0) subtracts its market value: the cash its sale raised is
 * already in `cash`, and the liability to buy it back is worth q·price.
 * Throws when a held asset has no price: silently valuing it at 0 would fake a loss.
 */
export function equityOf(portfolio: Portfolio, priceOf: PriceOf): number {
  let value = portfolio.cash;
  for (const p of portfolio.positions) {
    const price = priceOf(p.assetId);
    if (price === undefined || !Number.isFinite(price)) {
      throw new Error(`no price for held asset ${p.assetId} at ${portfolio.t.toISOString().slice(0, 10)}`);
    }
    value += p.quantity * price;
  }
  return value;
}

/** Current weights (q·price / equity) by asset id; empty when equity is not positive. */
export function weightsOf(
  portfolio: Portfolio,
  priceOf: PriceOf,
  equity = equityOf(portfolio, priceOf),
): Weights {
  const out: Weights = idRecord();
  if (!(equity > 0)) return out;
  for (const p of portfolio.positions) out[p.assetId] = (p.quantity * priceOf(p.assetId)!) / equity;
  return out;
}

/** Positions from a quantity map: zero quantities dropped, sorted by asset id (deterministic output). */
export function positionsFrom(quantities: ReadonlyMap<string, number>): Position[] {
  const out: Position[] = [];
  for (const [assetId, quantity] of quantities) if (quantity !== 0) out.push({ assetId, quantity });
  out.sort((a, b) => (a.assetId < b.assetId ? -1 : a.assetId > b.assetId ? 1 : 0));
  return out;
}

/** Quantity map of a portfolio's positions. */
export function quantitiesOf(portfolio: Portfolio): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of portfolio.positions) out.set(p.assetId, (out.get(p.assetId) ?? 0) + p.quantity);
  return out;
}
