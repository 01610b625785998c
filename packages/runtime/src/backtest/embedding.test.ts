/**
 * Embedding = backtest, with the real runtime (FeatureRuntime over CsvDirectoryFeed on the bundled
 * examples/data). A "service" restarts every session: it builds a fresh feed, feature runtime and
 * strategy, reads yesterday's state from JSON, calls `strategy.evaluate(t, state, holdings)` and
 * stores the returned state as JSON. On every session it must get exactly the backtest's decision,
 * the backtest's state, and the backtest's orders.
 *
 * The feature-origin rule: path-dependent features (ema, rsi: seeded once, then recursive) depend
 * on where their series starts, so the service passes the backtest's `range.from` as `origin` to
 * `fromSpec`. Even a window feature computed as a running sum (sma) differs in the last bits from
 * another origin, so bit-identical agreement needs the same origin for every feature.
 *
 * Holdings the service passes in (the portfolio at its decision):
 * - `close` fills: the orders fill after the decision, so it is the previous session's snapshot;
 * - `next_open` fills: the previous orders filled at this session's open, before the decision, and
 *   nothing changes after it, so it is this session's snapshot.
 */
import { readFileSync } from 'node:fs';
import { NYSEExchangeCalendar } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import type { SpecLike } from '../compile/spec-types.js';
import { CsvDirectoryFeed } from '../data/csv-feed.js';
import type { DateRange } from '../data/types.js';
import type { StrategyState } from '../evaluate/types.js';
import { BacktestExecutor } from '../execute/executor.js';
import type { Portfolio } from '../execute/types.js';
import { MemoryFeatureCache } from '../features/cache.js';
import { FeatureRuntime } from '../features/runtime.js';
import { fromSpec } from '../strategy/from-spec.js';
import { initialState } from '../strategy/types.js';
import { runBacktest } from './run.js';
import type { BacktestStrategy } from './types.js';

const DATA = new URL('../../../../examples/data/', import.meta.url).pathname;
const calendar = new NYSEExchangeCalendar();
const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const range: DateRange = { from: utc('2016-01-01'), to: utc('2016-07-01') };
const CASH = 100_000;

const trendSpec = JSON.parse(
  readFileSync(new URL('../../../../examples/spy-ief-trend/spec.json', import.meta.url), 'utf8'),
) as SpecLike;

const SPY = { id: 'us:SPY', symbol: 'SPY' };
/** Path-dependent features (ema, rsi) behind hysteresis comparisons, rebalanced daily with a drift trigger. */
const hysteresisSpec = {
  kind: 'tactical/v1',
  universe: [SPY, { id: 'us:IEF', symbol: 'IEF' }, { id: 'us:TLT', symbol: 'TLT' }],
  rebalance: { frequency: 'Daily' },
  features: [
    { id: 'px', kind: 'price', asset: SPY },
    { id: 'ema20', kind: 'ema', asset: SPY, period: 20 },
    { id: 'rsi14', kind: 'rsi', asset: SPY, period: 14 },
  ],
  rules: {
    op: 'if',
    cond: {
      op: 'gt',
      id: 'trend',
      left: { ref: 'px' },
      right: { ref: 'ema20' },
      tolerance: { value: 0.5, mode: 'relative' },
    },
    then: {
      op: 'if',
      cond: {
        op: 'lt',
        id: 'not_hot',
        left: { ref: 'rsi14' },
        right: 65,
        tolerance: { value: 5, mode: 'absolute' },
      },
      then: { op: 'allocate', weights: { 'us:SPY': 1 } },
      else: { op: 'allocate', weights: { 'us:SPY': 0.5, 'us:TLT': 0.5 } },
    },
    else: {
      op: 'weight',
      assets: ['us:IEF', 'us:TLT'],
      weighting: { scheme: 'inverse_volatility', lookback: 20 },
    },
  },
} as unknown as SpecLike;

const withFill = (spec: SpecLike, fill: 'close' | 'next_open'): SpecLike =>
  ({ ...spec, execution: { ...(spec.execution ?? {}), fill } }) as SpecLike;

/** A strategy built the way a freshly started process builds it. */
function freshStrategy(spec: SpecLike, origin?: Date) {
  const dataFeed = new CsvDirectoryFeed({ dir: DATA });
  const runtime = new FeatureRuntime({ dataFeed, featureCache: new MemoryFeatureCache(), range, freq: '1d' });
  return fromSpec(spec, { runtime, calendar, ...(origin === undefined ? {} : { origin }) });
}

/** The backtest, recording the state `decide` returned on every session. */
async function backtest(spec: SpecLike) {
  const inner = freshStrategy(spec);
  const states: StrategyState[] = [];
  const recording: BacktestStrategy = {
    execution: inner.execution,
    prepare: (r) => inner.prepare(r),
    get features() {
      return inner.features;
    },
    decide(i, state, weights) {
      const r = inner.decide(i, state, weights);
      states.push(structuredClone(r.state));
      return r;
    },
  };
  const dataFeed = new CsvDirectoryFeed({ dir: DATA });
  const result = await runBacktest({
    strategy: recording,
    range,
    initialPortfolio: { t: range.from, cash: CASH, positions: [] },
    dataFeed,
    executor: new BacktestExecutor({ calendar }),
    calendar,
  });
  return { result, states };
}

async function checkService(spec: SpecLike, fill: 'close' | 'next_open') {
  const s = withFill(spec, fill);
  const { result, states } = await backtest(s);
  expect(result.snapshots.length).toBeGreaterThan(100);
  let stored = JSON.stringify(initialState());
  let rebalancesWithOrders = 0;
  for (let j = 0; j < result.snapshots.length; j++) {
    const snap = result.snapshots[j]!;
    const before = fill === 'close' ? result.snapshots[j - 1] : snap;
    // With close fills the service sees the previous close's holdings plus this session's cash
    // flows (a dividend on the ex-date, fees, interest), as a broker account would show them.
    const flows = fill === 'close' ? snap.dividends - snap.borrowFee + snap.interest : 0;
    const portfolio: Portfolio = before
      ? { t: snap.t, cash: before.cash + flows, positions: before.positions.map((p) => ({ ...p })) }
      : { t: snap.t, cash: CASH, positions: [] };
    const service = freshStrategy(s, range.from);
    const { state, orders, ...decision } = await service.evaluate(
      snap.t,
      JSON.parse(stored) as StrategyState,
      { portfolio },
    );
    const at = snap.t.toISOString().slice(0, 10);
    expect(decision, `decision on ${at}`).toEqual(result.decisions[j]);
    expect(state, `state on ${at}`).toEqual(states[j]);
    expect(orders, `orders on ${at}`).toEqual(snap.orders);
    if (snap.orders.length > 0) rebalancesWithOrders++;
    stored = JSON.stringify(state);
  }
  return rebalancesWithOrders;
}

describe('embedding: a restarted service calling evaluate gets exactly the backtest', () => {
  it('spy-ief-trend (sma 50, monthly), close fills: same decisions, state and orders every session', async () => {
    expect(await checkService(trendSpec, 'close')).toBeGreaterThan(0);
  }, 60_000);

  it('hysteresis over ema/rsi (path-dependent) with the backtest origin, close fills', async () => {
    expect(await checkService(hysteresisSpec, 'close')).toBeGreaterThan(3);
  }, 60_000);

  it('hysteresis over ema/rsi, next_open fills: the holdings at the decision are the session snapshot', async () => {
    expect(await checkService(hysteresisSpec, 'next_open')).toBeGreaterThan(3);
  }, 60_000);

  it('the same origin is needed: an ema from another origin differs, an sma only in its last bits', async () => {
    const t = utc('2016-06-01');
    const a = freshStrategy(hysteresisSpec, range.from);
    const b = freshStrategy(hysteresisSpec, utc('2016-03-01'));
    await a.evaluate(t, initialState());
    await b.evaluate(t, initialState());
    const at = (s: typeof a, id: string) => {
      const f = s.features.get(id);
      const i = s.features.panel.grid.indexOfDay(Math.round(t.getTime() / 86_400_000));
      return f.scope === 'scalar' ? f.values[i]! : Number.NaN;
    };
    expect(at(a, 'ema20')).not.toBe(at(b, 'ema20'));
    expect(Math.abs(at(a, 'ema20') - at(b, 'ema20'))).toBeLessThan(1);
    // A window feature agrees up to rounding only: its running sum started elsewhere.
    const c = freshStrategy(trendSpec, range.from);
    const d = freshStrategy(trendSpec, utc('2016-03-01'));
    await c.evaluate(t, initialState());
    await d.evaluate(t, initialState());
    expect(at(c, 'spy_sma50')).toBeCloseTo(at(d, 'spy_sma50'), 9);
  }, 30_000);
});
