/**
 * Today's decision for a live caller (`tactical signal`, POST /signal): the strategy decides on one
 * session exactly as the backtest loop does on that session, and the orders that move the caller's
 * holdings to the targets are planned by the backtest's own planner (`ordersFor` → `planOrders`:
 * whole shares, minimum trade, cash reserve and gross cap as the spec's `execution` says).
 *
 * Exactness with the backtest needs three things the caller keeps from call to call, all carried by
 * the state document (state-file.ts): the strategy state (hysteresis, last targets), the feature
 * origin (the backtest's `from`), and the holdings at the decision — with `close` fills the previous
 * session's holdings, with `next_open` fills the holdings after this session's open (yesterday's
 * orders filled).
 */
import type { Calendar } from '@tactical/calendars';
import { toDay } from '@tactical/calendars';
import type { SpecLike } from '../compile/spec-types.js';
import type { Asset, DataFeed } from '../data/types.js';
import type { StrategyState } from '../evaluate/types.js';
import { equityOf } from '../execute/portfolio.js';
import type { Portfolio } from '../execute/types.js';
import { MemoryFeatureCache } from '../features/cache.js';
import { FeatureRuntime } from '../features/runtime.js';
import { fromSpec, pricesAt } from '../strategy/from-spec.js';
import { currentWeightsOf, ordersFor } from '../strategy/orders.js';
import { LiveInputError } from './errors.js';
import { escapePointer, type LiveHoldings } from './holdings.js';
import { type Quotes, type QuoteUse, withQuotes } from './quotes.js';
import { type SavedState, STATE_FORMAT, specFingerprint } from './state-file.js';

const DAY_MS = 86_400_000;
const isDay = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** What `computeSignal` needs. */
export interface SignalInput {
  /** The spec (validated again by `fromSpec`). */
  spec: SpecLike;
  calendar: Calendar;
  /** Where bars come from (a CSV folder; quotes are laid over it here). */
  dataFeed: DataFeed;
  /** The decision session, YYYY-MM-DD. */
  date: string;
  /** Feature origin YYYY-MM-DD (default: the saved state's, else the first day every asset has data). */
  origin?: string;
  /** What the caller holds at the decision. */
  holdings: LiveHoldings;
  /** The previous call's state document (absent on the first call). */
  saved?: SavedState;
  /** Current prices of the decision session by symbol (completes its bar; see quotes.ts). */
  quotes?: Quotes;
}

/** An order to place now. */
export interface SignalOrder {
  asset: string;
  symbol: string;
  side: 'buy' | 'sell';
  /** Shares, positive (whole when the spec trades whole shares). */
  quantity: number;
  /** The price the order was sized at (the session's close, or its quote). */
  referencePrice: number;
  targetWeight: number;
  reason: string;
}

/** The answer: the JSON of `tactical signal --json` and of POST /signal (keys in this order). */
export interface SignalReport {
  spec: string;
  date: string;
  origin: string;
  rebalance: boolean;
  /** Why the strategy ran its rules today: the schedule, a drift past the threshold, or neither. */
  trigger: 'scheduled' | 'drift' | null;
  targets: Record<string, number>;
  hold: { reason: string; pointer: string } | null;
  orders: SignalOrder[];
  warnings: string[];
  quotes: { session: string; completed: QuoteUse[]; unused: string[]; note: string } | null;
  portfolio: { cash: number; equity: number; weights: Record<string, number> };
  /** True when this date was already decided by the saved state and was decided again from its `before`. */
  rerun: boolean;
  /** The state document to store for the next call. */
  state: SavedState;
}

/** Today in the exchange's time zone, YYYY-MM-DD (the default decision session). */
export function todayAt(calendar: Calendar, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: calendar.timezone }).format(now);
}

/**
 * The first day every asset of a static universe has data (the backtest CLI's default `--from`), so a
 * signal without an explicit origin computes the features a default backtest computes.
 */
export async function firstCommonDay(
  feed: DataFeed,
  universe: readonly Asset[],
  calendar: Calendar,
): Promise<string> {
  let first = Number.NEGATIVE_INFINITY;
  const all = { from: calendar.bounds.first, to: calendar.bounds.last };
  for (const asset of universe) {
    let a = Number.NaN;
    for await (const bar of feed.bars(asset, all, '1d')) {
      a = bar.t.getTime();
      break;
    }
    if (Number.isNaN(a)) {
      throw new LiveInputError(
        'no_data',
        asset.symbol,
        `no data for ${asset.id}`,
        `add ${asset.symbol}.csv to the data folder`,
      );
    }
    first = Math.max(first, a);
  }
  return new Date(first).toISOString().slice(0, 10);
}

/** Decide on `input.date` and plan the orders; throws LiveInputError for a caller's mistake. */
export async function computeSignal(input: SignalInput): Promise<SignalReport> {
  const { spec, calendar, holdings, saved } = input;
  for (const [name, value] of [
    ['date', input.date],
    ['origin', input.origin],
  ] as const) {
    if (value !== undefined && !isDay(value)) {
      throw new LiveInputError(
        `bad_${name}`,
        name,
        `${name} must be a real day YYYY-MM-DD, got '${value}'`,
        'write the date as YYYY-MM-DD',
      );
    }
  }
  const day = toDay(input.date);
  if (!calendar.isOpen(input.date)) {
    throw new LiveInputError(
      'not_a_session',
      'date',
      `${input.date} is not a ${calendar.code} session`,
      `pass the date of a session (the next is ${calendar.next(input.date).toISOString().slice(0, 10)})`,
    );
  }
  const fingerprint = specFingerprint(spec);
  let state: StrategyState = { targets: {}, hysteresis: {} };
  let rerun = false;
  if (saved !== undefined) {
    if (saved.spec !== fingerprint) {
      throw new LiveInputError(
        'state_mismatch',
        'state/spec',
        'the state was written for another spec (its fingerprint differs): its hysteresis and targets do not apply',
        'start a new state file for the changed spec (or pass the spec the state was written with)',
      );
    }
    if (input.origin !== undefined && input.origin !== saved.origin) {
      throw new LiveInputError(
        'state_mismatch',
        'origin',
        `the state's feature origin is ${saved.origin}, not ${input.origin}`,
        'omit the origin (the state keeps it) or start a new state file',
      );
    }
    if (input.date < saved.date) {
      throw new LiveInputError(
        'backwards',
        'date',
        `cannot decide ${input.date}: the state was already advanced to ${saved.date}`,
        'decide sessions in order, or start from an older state file',
      );
    }
    rerun = input.date === saved.date;
    state = rerun ? saved.before : saved.after;
  }
  const static_ = Array.isArray(spec.universe) ? (spec.universe as readonly Asset[]) : undefined;
  const origin =
    saved?.origin ??
    input.origin ??
    (static_ !== undefined ? await firstCommonDay(input.dataFeed, static_, calendar) : undefined);
  if (origin === undefined) {
    throw new LiveInputError(
      'no_origin',
      'origin',
      'a dynamic universe needs a feature origin (the data cannot tell where features start)',
      "pass --from YYYY-MM-DD (the backtest's --from) on the first call; the state file keeps it",
    );
  }
  if (origin > input.date) {
    throw new LiveInputError(
      'bad_origin',
      'origin',
      `the feature origin ${origin} is after ${input.date}`,
      'pass an earlier --from',
    );
  }

  const used = new Map<string, QuoteUse>();
  const dataFeed = input.quotes
    ? withQuotes(input.dataFeed, day * DAY_MS, input.quotes, used)
    : input.dataFeed;
  const range = { from: new Date(`${origin}T00:00:00Z`), to: new Date((day + 1) * DAY_MS) };
  const runtime = new FeatureRuntime({ dataFeed, featureCache: new MemoryFeatureCache(), range, freq: '1d' });
  const strategy = fromSpec(spec, { runtime, calendar, origin: range.from });
  await strategy.prepare(range);
  const features = strategy.features;
  const i = features.panel.grid.indexOfDay(day);
  const warnings: string[] = [];

  // The session's bar must exist (or be completed by a quote): deciding on yesterday's close as if it
  // were today's would be a silent wrong number.
  const missing: string[] = [];
  for (const column of features.panel.columns) {
    if (!Number.isFinite(column.close[i]!)) missing.push(column.asset.symbol);
  }
  if (missing.length > 0 && static_ !== undefined) {
    throw new LiveInputError(
      'stale_data',
      'data',
      `no bar on ${input.date} for ${missing.join(', ')}`,
      "update the data folder with the session's bar, or give the current prices as quotes (--quotes)",
    );
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join(', ');
    warnings.push(
      `no bar on ${input.date} for ${missing.length} asset(s) of the universe: ${shown}${missing.length > 10 ? ', …' : ''}`,
    );
  }

  const priceOf = pricesAt(features, i, undefined);
  const known = new Set(features.panel.assets.map((a) => a.id));
  for (const p of holdings.positions) {
    if (!known.has(p.assetId) || priceOf(p.assetId) === undefined) {
      throw new LiveInputError(
        'unknown_position',
        `positions/${escapePointer(p.assetId)}`,
        `a position in ${p.assetId}, which ${known.has(p.assetId) ? 'has no price up to' : 'is not in the universe of the spec on'} ${input.date}`,
        `give only the strategy's own positions, keyed by the spec's asset ids (${[...known].slice(0, 5).join(', ')}${known.size > 5 ? ', …' : ''})`,
      );
    }
  }
  const portfolio: Portfolio = {
    t: new Date(day * DAY_MS),
    cash: holdings.cash,
    positions: holdings.positions.map((p) => ({ ...p })),
  };
  const order = features.panel.assets.map((a) => a.id);
  const weights = currentWeightsOf(portfolio, priceOf, order);
  const scheduled = strategy.isRebalanceDay(input.date);
  const { state: next, ...decision } = await strategy.evaluate(input.date, state, weights);
  const plan = ordersFor(decision, portfolio, priceOf, strategy.execution);
  warnings.push(...(decision.warnings ?? []), ...plan.issues.map((x) => x.message));

  const symbolOf = new Map(features.panel.assets.map((a) => [a.id, a.symbol]));
  const orders: SignalOrder[] = plan.orders.map((o) => {
    const price = priceOf(o.assetId)!;
    const from = weights[o.assetId] ?? 0;
    const side = o.quantity > 0 ? 'buy' : 'sell';
    return {
      asset: o.assetId,
      symbol: symbolOf.get(o.assetId) ?? o.assetId,
      side,
      quantity: Math.abs(o.quantity),
      referencePrice: price,
      targetWeight: o.targetWeight,
      reason:
        o.targetWeight === 0
          ? `close the position (weight ${from.toFixed(4)} → 0)`
          : `${scheduled ? 'scheduled rebalance' : 'drift rebalance'}: weight ${from.toFixed(4)} → ${o.targetWeight.toFixed(4)}`,
    };
  });
  const quotes =
    input.quotes === undefined
      ? null
      : {
          session: input.date,
          completed: [...used.values()].sort((a, b) => (a.symbol < b.symbol ? -1 : 1)),
          unused: [...input.quotes.keys()].filter((s) => !used.has(s)).sort(),
          note: "the session's bar was completed from the quotes: features reading the close, and the order sizes, use them as the close",
        };
  if (quotes !== null && quotes.unused.length > 0) {
    warnings.push(`quotes for symbols outside the universe were ignored: ${quotes.unused.join(', ')}`);
  }
  const equity = equityOf(portfolio, priceOf);
  return {
    spec: spec.name ?? '',
    date: input.date,
    origin,
    rebalance: decision.rebalance,
    trigger: decision.rebalance ? (scheduled ? 'scheduled' : 'drift') : null,
    targets: decision.targets,
    hold: decision.hold ?? null,
    orders,
    warnings,
    quotes,
    portfolio: { cash: holdings.cash, equity, weights },
    rerun,
    state: {
      format: STATE_FORMAT,
      spec: fingerprint,
      origin,
      date: input.date,
      before: state,
      after: next,
    },
  };
}
