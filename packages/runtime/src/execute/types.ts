/**
 * Portfolio, orders and fills: the contract between the backtest loop and the executor.
 * All plain data (JSON-serialisable once Dates are ISO strings in reports).
 */

/** A holding. `quantity` < 0 is a short position. */
export interface Position {
  assetId: string;
  quantity: number;
}

/** Cash plus positions at instant `t` (seed 003's `initialPortfolio: {cash, positions: [], t}`). */
export interface Portfolio {
  t: Date;
  cash: number;
  positions: Position[];
}

/** An instruction to change a holding by `quantity` shares (signed: > 0 buy, < 0 sell/short). */
export interface Order {
  assetId: string;
  quantity: number;
  /** Session whose decision produced the order. */
  decidedAt: Date;
  /** Target weight the order moves towards. */
  targetWeight: number;
}

/** An executed order. `price` includes slippage; `commission` is charged in cash on top. */
export interface Fill {
  assetId: string;
  quantity: number;
  price: number;
  commission: number;
  t: Date;
}

/** A price observed for an asset at an instant (seed 003's `nextOpen` callback answer). */
export interface PriceQuote {
  t: Date;
  price: number;
}
