/**
 * The warm-up covers every lookback in the tree: with history before the range, the first session of
 * the range decides (no hold for lack of history), whichever construct reads the history — features,
 * nested expressions, delays, `select` ranks and filters, `proportional` scores and the
 * `inverse_volatility` weighting (in a `weight`, in a `select`, deep inside `group`/`if`).
 */
import { NYSEExchangeCalendar } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import { describeShared } from '../../../../tools/shared-data.js';
import { ASSETS, FIXTURES } from '../../test/support/features.js';
import { rulesLookback } from '../compile/lookback.js';
import { CsvDirectoryFeed } from '../data/csv-feed.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import { BacktestExecutor } from '../execute/executor.js';
import { MemoryFeatureCache } from '../features/cache.js';
import { FeatureRuntime } from '../features/runtime.js';
import { fromSpec } from '../strategy/from-spec.js';
import { runBacktest } from './run.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
// The fixtures start 2021-01-04: about 100 sessions of history before the range.
const range = { from: utc('2021-06-01'), to: utc('2021-08-01') };
const calendar = new NYSEExchangeCalendar();

async function firstDecision(features: unknown[], rules: unknown) {
  const dataFeed = new MemoryDataFeed(FIXTURES);
  const runtime = new FeatureRuntime({ dataFeed, featureCache: new MemoryFeatureCache(), range, freq: '1d' });
  const spec = { kind: 'tactical/v1', universe: ASSETS, rebalance: { frequency: 'Daily' }, features, rules };
  // biome-ignore lint/suspicious/noExplicitAny: literal specs are checked by fromSpec at runtime
  const strategy = fromSpec(spec as any, { runtime, calendar });
  const result = await runBacktest({
    strategy,
    range,
    initialPortfolio: { cash: 100_000, positions: [], t: range.from },
    dataFeed,
    executor: new BacktestExecutor({ calendar }),
    calendar,
  });
  return { decision: result.decisions[0]!, start: strategy.features.panel.grid.start };
}

const ivol = (lookback: number) => ({ scheme: 'inverse_volatility', lookback });
const sma60 = { id: 'sma60', kind: 'sma', period: 60 };

const CASES: { name: string; features: unknown[]; rules: unknown; lookback: number }[] = [
  {
    name: 'inverse_volatility in a weight node',
    features: [],
    rules: { op: 'weight', assets: ['spy', 'efa'], weighting: ivol(63) },
    lookback: 63,
  },
  {
    name: 'inverse_volatility in a select',
    features: [],
    rules: { op: 'select', weighting: ivol(70) },
    lookback: 70,
  },
  {
    name: 'inverse_volatility deep in group / if',
    features: [{ id: 'p', kind: 'price', asset: 'spy' }],
    rules: {
      op: 'group',
      children: [
        { weight: 0.5, node: { op: 'allocate', weights: { ief: 1 } } },
        {
          weight: 0.5,
          node: {
            op: 'if',
            cond: { op: 'gt', left: { ref: 'p' }, right: 0 },
            then: { op: 'weight', assets: ['spy', 'efa'], weighting: ivol(80) },
            else: { op: 'cash' },
          },
        },
      ],
    },
    lookback: 80,
  },
  {
    name: 'select rank over a nested, delayed expression',
    features: [
      { id: 'r', kind: 'return', period: 30 },
      {
        id: 'e',
        kind: 'expr',
        op: 'sub',
        args: [{ ref: 'r' }, { op: 'mul', args: [0.5, { ref: 'v' }] }],
        delay: 5,
      },
      { id: 'v', kind: 'volatility', period: 40 },
    ],
    rules: { op: 'select', rank: { ref: 'e' }, count: 1 },
    lookback: 45,
  },
  {
    name: 'select filter over a feature',
    features: [sma60, { id: 'px', kind: 'price' }],
    rules: {
      op: 'select',
      filter: { op: 'gt', left: { ref: 'px' }, right: { ref: 'sma60' } },
      weighting: { scheme: 'equal' },
    },
    lookback: 59,
  },
  {
    name: 'proportional weighting by a feature',
    features: [{ id: 'd', kind: 'drawdown', period: 90 }],
    rules: { op: 'weight', assets: ['spy', 'ief'], weighting: { scheme: 'proportional', by: { ref: 'd' } } },
    lookback: 89,
  },
  {
    name: 'scalar if over rsi',
    features: [{ id: 'rsi', kind: 'rsi', asset: 'spy', period: 50 }],
    rules: {
      op: 'if',
      cond: { op: 'gt', left: { ref: 'rsi' }, right: 50 },
      then: { op: 'allocate', weights: { spy: 1 } },
      else: { op: 'allocate', weights: { ief: 1 } },
    },
    lookback: 50,
  },
];

describe('warm-up covers every lookback in the tree', () => {
  for (const c of CASES) {
    it(`${c.name}: the first session of the range decides`, async () => {
      const { decision, start } = await firstDecision(c.features, c.rules);
      expect(decision.t).toBe('2021-06-01');
      expect(decision.hold, JSON.stringify(decision.hold)).toBeUndefined();
      expect(Object.keys(decision.targets).length).toBeGreaterThan(0);
      expect(start).toBeGreaterThanOrEqual(c.lookback);
    });
  }

  it('rulesLookback finds the largest inverse_volatility lookback anywhere in the tree', () => {
    expect(rulesLookback(CASES[2]!.rules as never)).toBe(80);
    expect(rulesLookback({ op: 'cash' } as never)).toBe(0);
  });
});

describeShared(['data', 'etf'], 'warm-up on real data (../shared/data/etf)', (dir) => {
  it('inverse_volatility 63 from 2010-01-01: no session holds for lack of history (SPY, IEF exist since 2002)', async () => {
    const r = { from: utc('2010-01-01'), to: utc('2010-04-01') };
    const dataFeed = new CsvDirectoryFeed({ dir });
    const runtime = new FeatureRuntime({ dataFeed, range: r, freq: '1d' });
    const spec = {
      kind: 'tactical/v1',
      universe: [
        { id: 'us:SPY', symbol: 'SPY' },
        { id: 'us:IEF', symbol: 'IEF' },
      ],
      rebalance: { frequency: 'Daily' },
      features: [],
      rules: { op: 'weight', assets: ['us:SPY', 'us:IEF'], weighting: ivol(63) },
    };
    // biome-ignore lint/suspicious/noExplicitAny: the literal is checked by fromSpec at runtime
    const strategy = fromSpec(spec as any, { runtime, calendar });
    const result = await runBacktest({
      strategy,
      range: r,
      initialPortfolio: { cash: 100_000, positions: [], t: r.from },
      dataFeed,
      executor: new BacktestExecutor({ calendar }),
      calendar,
    });
    expect(result.decisions[0]!.t).toBe('2010-01-04');
    expect(result.decisions.filter((d) => d.hold !== undefined)).toEqual([]);
    expect(result.decisions[0]!.targets['us:IEF']).toBeGreaterThan(0.5); // bonds are the calmer leg
  });
});
