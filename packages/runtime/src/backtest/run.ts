/**
 * The backtest loop. On every session in range, in order:
 * 0. cash flows on the holdings and cash of the previous close: dividends on ex-dates (`total`
 *    returns; shorts pay them), borrow fee on shorts, interest on cash (cash-flows.ts);
 * 1. fills of orders decided on the previous session (`next_open`) at this session's open;
 * 2. mark to market at this session's close;
 * 3. the strategy decides; on a rebalance the executor turns targets into orders sized at the close;
 * 4. with `close` fills the orders fill right away at this close; with `next_open` they fill at the
 *    next session's open and the fills appear in the NEXT session's snapshot. Orders decided on the
 *    last session of the range have no next session inside it: they stay in that snapshot's `orders`
 *    unfilled and an `unfilled_at_end` issue says so;
 * 5. a snapshot `{t, orders, fills, positions, cash, equity, dividends, borrowFee, interest}`.
 * Holdings live in a Float64Array indexed by panel asset; the only allocations per session are the
 * snapshot itself (positions arrays are rebuilt only when a fill changed them).
 */

import { isoDate } from '@tactical/calendars';
import { dividendsOf, totalReturnIndex } from '../data/dividends.js';
import { loadPanelOnGrid } from '../data/panel.js';
import type { Decision, StrategyState } from '../evaluate/types.js';
import type { ExecutionIssue, Fill, Order, Portfolio, Position } from '../execute/types.js';
import { idRecord } from '../ids.js';
import { computeMetrics } from '../metrics/summary.js';
import { Book } from './book.js';
import { SessionCashFlows } from './cash-flows.js';
import { DecisionLog, strategyIssues } from './holds.js';
import { dataIssues, executionIssues, type RunIssue, sortIssues } from './issues.js';
import { clipToCalendar, coveredSessions, DataRangeError, dataSpans } from './range.js';
import type { BacktestOptions, BacktestResult, Snapshot } from './types.js';

/** Run a strategy over `range` (seed 003). Deterministic: the same inputs give identical output. */
export async function runBacktest(options: BacktestOptions): Promise<BacktestResult> {
  const { strategy, executor, initialPortfolio } = options;
  const strict = options.dataPolicy?.strict === true;
  const rangeIssues: RunIssue[] = [];
  const clipped = clipToCalendar(options.range, options.calendar);
  const range = clipped.range;
  if (clipped.issue) rangeIssues.push(clipped.issue);
  await strategy.prepare(range);
  const panel = strategy.features.panel;
  const grid = panel.grid;
  const execution = executor.resolve(strategy.execution);
  const assets = panel.assets;
  const nA = assets.length;
  const index = new Map<string, number>();
  for (let k = 0; k < nA; k++) index.set(assets[k]!.id, k);

  const from = range.from.getTime();
  const to = range.to.getTime();
  let first = grid.start;
  while (first < grid.dates.length && grid.dates[first]!.getTime() < from) first++;
  let end = grid.dates.length;
  while (end > first && grid.dates[end - 1]!.getTime() >= to) end--;
  const covered = coveredSessions(panel, first, end, range);
  if (!covered) {
    const spans = await dataSpans(options.dataFeed, assets, options.calendar);
    throw new DataRangeError(
      'range_outside_data',
      `no asset has data in ${isoDate(range.from)}..${isoDate(new Date(range.to.getTime() - 86_400_000))}; the data covers ${spans.join(', ')}`,
      'Choose --from/--to inside the data (or omit them: the default is the span all assets share)',
    );
  }
  rangeIssues.push(...covered.issues);
  if (strict && rangeIssues.length > 0) {
    throw new DataRangeError(
      'range_outside_data',
      `${rangeIssues[0]!.message} (an error under strict mode)`,
      rangeIssues[0]!.hint ?? '',
    );
  }
  first = covered.first;
  end = covered.end;
  const n = end - first;

  // Holdings by panel asset, and each asset's last known close (a held asset without a bar on some
  // session keeps its last price).
  const book = new Book(panel);
  const qty = book.qty;
  const mark = book.mark;
  let cash = initialPortfolio.cash;
  const initial = new Map<string, number>();
  for (const p of initialPortfolio.positions) {
    if (!index.has(p.assetId))
      throw new RangeError(`initial position in ${p.assetId}, which is not in the strategy's universe`);
    initial.set(p.assetId, (initial.get(p.assetId) ?? 0) + p.quantity);
  }
  book.setPositions(
    [...initial].map(([assetId, quantity]) => ({ assetId, quantity })),
    index,
    -1,
  );

  const days = new Int32Array(n);
  const equity = new Float64Array(n);
  const traded = new Float64Array(n);
  const gross = new Float64Array(n);
  const dividends = new Float64Array(n);
  const borrowFees = new Float64Array(n);
  const interest = new Float64Array(n);
  // A cash proxy outside the panel (a dynamic universe lists only members) is read from the feed,
  // as the benchmark is; in a dynamic universe an asset's id is its ticker.
  const proxyId = typeof execution.cashInterest === 'object' ? execution.cashInterest.asset : undefined;
  const proxy =
    proxyId !== undefined && !index.has(proxyId)
      ? (await loadPanelOnGrid(options.dataFeed, [{ id: proxyId, symbol: proxyId }], grid, range.to))
          .columns[0]
      : undefined;
  const flows = new SessionCashFlows(panel, execution, proxy);
  const snapshots: Snapshot[] = [];
  const issues: ExecutionIssue[] = [];
  // A summary run keeps no per-session record (a sweep point needs its metrics only): nothing it
  // would drop outlives the session, so it never reaches the old generation.
  const keepSessions = options.record !== 'summary';
  const decisions: Decision[] = [];
  const decisionLog = new DecisionLog();
  let sessionsRun = 0;
  let state: StrategyState = strategy.initialState?.() ?? { targets: idRecord(), hysteresis: idRecord() };
  let positions: readonly Position[] = positionsOf(qty, assets);
  // (assigned inside the session steps below: the cast keeps TypeScript from narrowing it to null)
  let pending = null as { orders: Order[]; equity: number; decidedAt: Date } | null;
  let ruined: { t: Date; equity: number } | undefined;
  let rebalances = 0;
  let orderCount = 0;
  const assetOf = (id: string) => assets[index.get(id)!]!;
  let session = first; // grid index of the session being run (priceOf reads its marks)
  const priceOf = (id: string) => {
    const k = index.get(id);
    return k === undefined ? undefined : book.markAt(k, session);
  };

  // The loop is an async function only because fills may await the executor. V8 does not optimise a
  // loop inside a suspended async function, so each session's work is in the synchronous steps below
  // and the sessions between fills run in a synchronous loop of their own (`runQuiet`); the async
  // loop only sequences those stretches around the fills.
  const openSession = (j: number): void => {
    const i = first + j;
    days[j] = grid.days[i]!;
    // Marks still hold the previous closes here: flows belong to what was held overnight.
    cash += flows.apply(i, qty, cash, mark, j > 0, book.held);
    dividends[j] = flows.dividends;
    borrowFees[j] = flows.borrowFee;
    interest[j] = flows.interest;
  };
  /** Mark, decide and plan at session j's close; returns orders to fill at this close (`close` fills). */
  const decideSession = (j: number): { orders: Order[]; equity: number } | null => {
    const i = first + j;
    const t = grid.dates[i]!;
    session = i;
    book.markHeld(i);
    const step = strategy.decide(
      i,
      state,
      strategy.usesCurrentWeights === false ? undefined : book.weightsAt(book.value(cash)),
    );
    state = step.state;
    decisionLog.add(step.decision);
    if (keepSessions) decisions.push(step.decision);
    orders = NO_ORDERS;
    if (!step.decision.rebalance) return null;
    const portfolio: Portfolio = { t, cash, positions: positions as Position[] };
    // Decision targets are final (fromSpec applies the cash reserve and the gross cap itself).
    const plan = executor.plan({
      portfolio,
      targets: step.decision.targets,
      final: true,
      priceOf,
      execution,
      t,
    });
    issues.push(...plan.issues);
    orders = plan.orders;
    if (orders.length === 0) return null;
    rebalances++;
    orderCount += orders.length;
    if (execution.fill === 'close') return { orders, equity: plan.equity };
    if (j < n - 1) pending = { orders, equity: plan.equity, decidedAt: t };
    else {
      issues.push({
        code: 'unfilled_at_end',
        t: t.toISOString().slice(0, 10),
        message: `${orders.length} order(s) decided on the last session of the range are not filled`,
      });
    }
    return null;
  };
  /** Value the book at session j's close and take the snapshot; false when the account is ruined. */
  const closeSession = (j: number, fills: Fill[]): boolean => {
    const t = grid.dates[first + j]!;
    const value = book.close(cash);
    const g = book.gross;
    let tr = 0;
    for (let f = 0; f < fills.length; f++) tr += Math.abs(fills[f]!.quantity * fills[f]!.price);
    equity[j] = value;
    gross[j] = value > 0 ? g / value : Number.NaN;
    traded[j] = tr;
    sessionsRun++;
    if (keepSessions)
      snapshots.push({
        t,
        orders,
        fills,
        positions,
        cash,
        equity: value,
        dividends: flows.dividends,
        borrowFee: flows.borrowFee,
        interest: flows.interest,
      });
    if (value > 0) return true;
    // nothing left to trade with: stop here rather than report metrics of a negative balance
    ruined = { t, equity: value };
    issues.push({
      code: 'account_ruined',
      t: t.toISOString().slice(0, 10),
      message: `account ruined on ${t.toISOString().slice(0, 10)}: equity ${value.toFixed(2)} <= 0; the run stops here`,
    });
    pending = null;
    return false;
  };

  let orders: Order[] = NO_ORDERS;
  // Orders of the session a quiet stretch stopped at, to fill at its close (`close` fills; the cast
  // keeps TypeScript from narrowing it to null: runQuiet assigns it).
  let atClose = null as { orders: Order[]; equity: number } | null;
  /**
   * The sessions from `from` on that need no fill, each run to its close in one synchronous loop,
   * which V8 optimises on stack while it runs. Stops at the first session that must await fills and
   * says why (`pending`: due at its open; `atClose`: due at its close), or at the end of the range.
   */
  const runQuiet = (from: number): QuietStop => {
    for (let j = from; j < n; j++) {
      openSession(j);
      if (pending) return { at: j, due: 'open' };
      atClose = decideSession(j);
      if (atClose) return { at: j, due: 'close' };
      if (!closeSession(j, [])) return { at: j, due: 'ruined' };
    }
    return { at: n, due: 'none' };
  };
  let next = 0;
  while (next < n) {
    const stop = runQuiet(next);
    if (stop.due === 'none' || stop.due === 'ruined') break;
    const j = stop.at;
    const i = first + j;
    let fills: Fill[] = [];
    if (stop.due === 'open') {
      // Session j opened with fills due at its open; it decides once they are in.
      const open = (id: string) => panel.columns[index.get(id)!]!.open[i]!;
      fills = await fillInto(pending!.orders, pending!.equity, pending!.decidedAt, grid.dates[i]!, open);
      pending = null;
      atClose = decideSession(j);
    }
    if (atClose) {
      const t = grid.dates[i]!;
      const close = (id: string) => panel.columns[index.get(id)!]!.close[i]!;
      const { orders: due, equity: sized } = atClose;
      atClose = null;
      fills = fills.concat(await fillInto(due, sized, t, t, close));
    }
    if (!closeSession(j, fills)) break;
    next = j + 1;
  }
  // a ruined run ends early: every series ends with its last snapshot
  const len = sessionsRun;

  async function fillInto(
    orders: readonly Order[],
    sizedEquity: number,
    decidedAt: Date,
    fillAt: Date,
    dataPrice: (id: string) => number,
  ): Promise<Fill[]> {
    const portfolio: Portfolio = { t: decidedAt, cash, positions: positions as Position[] };
    const r = await executor.fill({
      portfolio,
      orders,
      execution,
      equity: sizedEquity,
      decidedAt,
      fillAt,
      asset: assetOf,
      dataPrice,
    });
    issues.push(...r.issues);
    cash = r.portfolio.cash;
    book.setPositions(r.portfolio.positions, index, session);
    positions = r.portfolio.positions;
    return r.fills;
  }

  issues.push(...flows.issues());
  let benchmark: { name: string; values: Float64Array } | undefined;
  const benchmarkIssues: RunIssue[] = [];
  if (options.benchmark) {
    // Same basis as the strategy: close plus reinvested dividends for `total`, the close for `price`.
    const b = await loadPanelOnGrid(options.dataFeed, [options.benchmark], grid, range.to, {
      ...(options.dataPolicy ? { policy: options.dataPolicy } : {}),
    });
    const col = b.columns[0]!;
    const perShare = execution.returns === 'total' ? dividendsOf(col) : new Float64Array(col.close.length);
    benchmark = { name: options.benchmark.symbol, values: totalReturnIndex(col.close, perShare, first, end) };
    benchmarkIssues.push(...dataIssues(b.issues));
  }
  const cut = (a: Float64Array) => (len === n ? a : a.slice(0, len));
  const series = {
    days: len === n ? days : days.slice(0, len),
    equity: cut(equity),
    traded: cut(traded),
    gross: cut(gross),
    dividends: cut(dividends),
    borrowFees: cut(borrowFees),
    interest: cut(interest),
  };
  const metrics = computeMetrics({
    days: series.days,
    equity: series.equity,
    traded: series.traded,
    gross: series.gross,
    rebalances,
    orders: orderCount,
    cashFlows: {
      returns: execution.returns,
      dividends: sum(series.dividends),
      borrowFees: sum(series.borrowFees),
      interest: sum(series.interest),
    },
    ...(options.riskFree !== undefined ? { riskFree: options.riskFree } : {}),
    ...(benchmark ? { benchmark } : {}),
  });
  const curve = snapshots.map((s) => ({ t: s.t, value: s.equity }));
  const grouped = sortIssues([
    ...rangeIssues,
    ...dataIssues(panel.issues),
    ...benchmarkIssues,
    ...strategyIssues(decisionLog, orderCount),
    ...executionIssues(issues),
  ]);
  return {
    snapshots,
    equity: curve,
    series,
    metrics,
    issues: grouped,
    decisions,
    ...(ruined ? { ruined } : {}),
  };
}

/** Where a stretch of sessions without fills stopped (`runQuiet`), and why. */
interface QuietStop {
  /** The session it stopped at (n: the end of the range). */
  at: number;
  /** Fills due at that session's open or close, the account ruined there, or none (the end). */
  due: 'open' | 'close' | 'ruined' | 'none';
}

/** The orders of a session that decided none: one frozen array shared by those snapshots. */
const NO_ORDERS = Object.freeze([]) as unknown as Order[];

function sum(xs: Float64Array): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s;
}

function positionsOf(qty: Float64Array, assets: readonly { id: string }[]): Position[] {
  const out: Position[] = [];
  for (let k = 0; k < qty.length; k++)
    if (qty[k] !== 0) out.push({ assetId: assets[k]!.id, quantity: qty[k]! });
  return out;
}
