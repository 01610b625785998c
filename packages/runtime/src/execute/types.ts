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

/**
 * The spec's `execution` block with every default filled in (docs/spec-language.md, Execution).
 * The executor only ever sees this form, so defaults live in exactly one place (`resolveExecution`).
 */
export interface ResolvedExecution {
  /** `next_open`: decide at session t's close, fill at t+1's open. `close`: fill at t's close. */
  fill: 'next_open' | 'close';
  /** Buys pay `p·(1+bps/1e4)`, sells get `p·(1−bps/1e4)`. */
  slippageBps: number;
  /** Per order: `max(minimum, notional·bps/1e4 + |shares|·perShare)`, notional at the slipped price. */
  commission: { bps: number; perShare: number; minimum: number };
  /** `whole` rounds target quantities (and cash-scaled order sizes) toward zero. */
  shares: 'fractional' | 'whole';
  /** Fraction of equity kept in cash: targets are multiplied by `1 − cashReserve`. */
  cashReserve: number;
  /** Upper bound on Σ|w|; above 1 it is also the leverage allowance (cash may go negative). */
  maxGrossExposure: number;
  /** Orders worth less than this fraction of equity are skipped (unless they close a position). */
  minTradeWeight: number;
  /** `total`: cash dividends are credited to holders (debited to shorts) on ex-dates; `price`: ignored. */
  returns: 'total' | 'price';
  /** Annual fee in bps of short market value, accrued per calendar day (docs/accounting.md). */
  borrowFeeBps: number;
  /** Effective annual rate cash earns (0 = nothing), or the id of a cash-proxy asset whose total return it earns. */
  cashInterest: number | { asset: string };
}

/** The spec's `execution` block as written: every field optional (seed 003 omits it entirely). */
export interface ExecutionOptions {
  fill?: 'next_open' | 'close';
  slippageBps?: number;
  commission?: { bps?: number; perShare?: number; minimum?: number };
  shares?: 'fractional' | 'whole';
  cashReserve?: number;
  maxGrossExposure?: number;
  minTradeWeight?: number;
  returns?: 'total' | 'price';
  borrowFeeBps?: number;
  cashInterest?: number | { asset: string };
}

/** Something the executor noticed but could work around (a missing price, a skipped fill). */
export interface ExecutionIssue {
  code: 'no_price' | 'unfilled_at_end' | 'scaled_for_cash' | 'no_cash_proxy_price' | 'no_dividend_data';
  /** ISO date of the session concerned. */
  t: string;
  assetId?: string;
  message: string;
}
