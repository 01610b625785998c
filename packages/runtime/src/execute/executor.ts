/**
 * `BacktestExecutor`: seed 003's executor. It owns where fill prices come from (callbacks or the
 * backtest's own data) and which execution settings apply; the arithmetic is in `plan.ts`/`fill.ts`.
 */
import type { Calendar } from '@tactical/calendars';
import type { Asset } from '../data/types.js';
import { resolveExecution } from './execution.js';
import { type FillResult, fillOrders } from './fill.js';
import { type Plan, type PlanInput, planOrders } from './plan.js';
import type { ExecutionOptions, Order, Portfolio, PriceQuote, ResolvedExecution } from './types.js';

/** A price source per asset and decision instant (seed 003's `nextOpen: async (asset, t) => ({t, price})`). */
export type QuoteSource = (asset: Asset, t: Date) => Promise<PriceQuote>;

/** Options of `new BacktestExecutor(...)`. */
export interface BacktestExecutorOptions {
  /** Exchange calendar of the run (the fill session of `next_open` is `calendar.next(decision)`). */
  calendar: Calendar;
  /**
   * Price of the open after decision instant `t`, for `fill: 'next_open'`. When absent, the backtest's
   * own data supplies the next session's open.
   */
  nextOpen?: QuoteSource;
  /** Close of the decision session, for `fill: 'close'`. When absent, the backtest's data supplies it. */
  close?: QuoteSource;
  /** Overrides applied field by field on top of the strategy's `execution` block. */
  execution?: ExecutionOptions;
}

/** What `fill` needs beyond the orders. */
export interface ExecuteFillInput {
  portfolio: Portfolio;
  orders: readonly Order[];
  execution: ResolvedExecution;
  /** Equity the orders were sized against. */
  equity: number;
  /** Session the orders were decided on. */
  decidedAt: Date;
  /** Session the fills belong to (= decidedAt for `close`, the next session for `next_open`). */
  fillAt: Date;
  /** Asset by id (callbacks receive the asset object). */
  asset(assetId: string): Asset;
  /** The backtest data's price for the fill (open of `fillAt` or close of `decidedAt`); NaN if none. */
  dataPrice(assetId: string): number;
}

/** Executes a strategy's orders in a backtest (seed 003). Holds no portfolio state itself. */
export class BacktestExecutor {
  /** The calendar the executor was built with. */
  readonly calendar: Calendar;
  private readonly nextOpen: QuoteSource | undefined;
  private readonly close: QuoteSource | undefined;
  private readonly overrides: ExecutionOptions | undefined;

  constructor(options: BacktestExecutorOptions) {
    this.calendar = options.calendar;
    this.nextOpen = options.nextOpen;
    this.close = options.close;
    this.overrides = options.execution;
  }

  /** The execution settings of a run: defaults, then the strategy's block, then this executor's overrides. */
  resolve(strategyExecution?: ExecutionOptions): ResolvedExecution {
    return resolveExecution(strategyExecution, this.overrides);
  }

  /** Orders for moving `portfolio` to `targets` (see `planOrders`). */
  plan(input: PlanInput): Plan {
    return planOrders(input);
  }

  /**
   * Fill orders at the configured prices: the callback for the fill mode when one was given (so a
   * seed-003 program's `nextOpen` decides the price), otherwise the backtest's data.
   */
  async fill(input: ExecuteFillInput): Promise<FillResult> {
    const { orders, execution } = input;
    const source = execution.fill === 'next_open' ? this.nextOpen : this.close;
    const prices = new Float64Array(orders.length);
    for (let k = 0; k < orders.length; k++) {
      const id = orders[k]!.assetId;
      prices[k] = source ? (await source(input.asset(id), input.decidedAt)).price : input.dataPrice(id);
    }
    return fillOrders({
      portfolio: input.portfolio,
      orders,
      prices,
      execution,
      equity: input.equity,
      t: input.fillAt,
    });
  }
}
