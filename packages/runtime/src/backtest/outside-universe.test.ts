/**
 * A weight on an asset a dynamic universe never holds in the run (docs/semantics.md § Assets outside a
 * dynamic universe): the run does not stop; the weight stays in cash (never a target, never an order),
 * and `result.issues` has one `outside_universe` warning per asset naming the rule pointer and the
 * sessions. The reference is the same spec with that weight written as cash: identical equity.
 * On the bundled generated membership (examples/data) and on the real S&P 500 one (../shared).
 */
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import { describeShared } from '../../../../tools/shared-data.js';
import { CsvDirectoryFeed } from '../data/csv-feed.js';
import type { DataFeed } from '../data/types.js';
import { BacktestExecutor } from '../execute/executor.js';
import { MemoryFeatureCache } from '../features/cache.js';
import { FeatureRuntime } from '../features/runtime.js';
import { fromSpec } from '../strategy/from-spec.js';
import { runBacktest } from './run.js';
import type { BacktestResult } from './types.js';

const calendar = getCalendar('XNYS');
const utc = (s: string) => new Date(`${s}T00:00:00Z`);

async function backtest(
  dataFeed: DataFeed,
  rules: unknown,
  from: string,
  to: string,
): Promise<BacktestResult> {
  const range = { from: utc(from), to: utc(to) };
  const runtime = new FeatureRuntime({ dataFeed, featureCache: new MemoryFeatureCache(), range, freq: '1d' });
  const spec = {
    kind: 'tactical/v1',
    universe: { index: 'SP500' },
    rebalance: { frequency: 'Monthly' },
    features: [],
    rules,
  };
  // biome-ignore lint/suspicious/noExplicitAny: the literal is checked by fromSpec at runtime
  const strategy = fromSpec(spec as any, { runtime, calendar });
  return runBacktest({
    strategy,
    range,
    initialPortfolio: { cash: 100_000, positions: [], t: range.from },
    dataFeed,
    executor: new BacktestExecutor({ calendar }),
    calendar,
  });
}

/** What every run with an outside asset must show, whatever the data. */
function expectKeptInCash(
  result: BacktestResult,
  outside: Record<string, { pointer: string; weight: number }>,
) {
  const rebalances = result.decisions.filter((d) => d.rebalance);
  expect(rebalances.length).toBeGreaterThan(0);
  for (const d of rebalances) {
    for (const asset of Object.keys(outside)) expect(Object.keys(d.targets)).not.toContain(asset);
    expect(d.outsideUniverse).toEqual(
      Object.entries(outside).map(([asset, o]) => ({ asset, weight: o.weight, pointer: o.pointer })),
    );
  }
  for (const s of result.snapshots)
    for (const o of s.orders) expect(Object.keys(outside)).not.toContain(o.assetId);
  for (const [asset, o] of Object.entries(outside)) {
    const issue = result.issues.find((x) => x.code === 'outside_universe' && x.asset === asset);
    expect(issue, asset).toMatchObject({ severity: 'warning', source: 'strategy', count: rebalances.length });
    expect(issue!.locations).toEqual(rebalances.slice(0, 5).map((d) => ({ day: d.t, pointer: o.pointer })));
    expect(issue!.message).toContain(`asset '${asset}' (at ${o.pointer})`);
    expect(issue!.message).toContain(`${rebalances[0]!.t}..${rebalances[rebalances.length - 1]!.t}`);
  }
}

describe('weights on assets the bundled SP500 membership never holds in 2019-H1 (examples/data)', () => {
  const DATA = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'data');
  // S011 joins 2019-12-23, S012 2022-03-21 (examples/data/universes/SP500.csv); S001, S002 are members.
  const feed = new CsvDirectoryFeed({
    dir: DATA,
    calendar,
    universes: { SP500: { startEnd: join(DATA, 'universes', 'SP500.csv') } },
  });

  it('allocate and weight legs: the outside share stays in cash, equity = the spec with that share as cash', async () => {
    const rules = {
      op: 'group',
      children: [
        { weight: 0.5, node: { op: 'allocate', weights: { S001: 0.5, S011: 0.5 } } },
        { weight: 0.5, node: { op: 'weight', assets: ['S002', 'S012'], weighting: { scheme: 'equal' } } },
      ],
    };
    const result = await backtest(feed, rules, '2019-01-02', '2019-07-01');
    expectKeptInCash(result, {
      S011: { pointer: '/rules/children/0/node/weights/S011', weight: 0.25 },
      S012: { pointer: '/rules/children/1/node/assets/1', weight: 0.25 },
    });
    const reference = await backtest(
      feed,
      {
        op: 'group',
        children: [
          { weight: 0.5, node: { op: 'allocate', weights: { S001: 0.5 } } },
          { weight: 0.5, node: { op: 'allocate', weights: { S002: 0.5 } } },
        ],
      },
      '2019-01-02',
      '2019-07-01',
    );
    expect(result.snapshots.map((s) => s.equity)).toEqual(reference.snapshots.map((s) => s.equity));
    expect(result.snapshots.some((s) => s.fills.length > 0)).toBe(true);
  });

  it('inverse_volatility over a list naming one holds (its volatility is undefined), naming the asset', async () => {
    const rules = {
      op: 'weight',
      assets: ['S001', 'S011'],
      weighting: { scheme: 'inverse_volatility', lookback: 20 },
    };
    const result = await backtest(feed, rules, '2019-01-02', '2019-07-01');
    const held = result.issues.find((x) => x.code === 'rebalance_held');
    expect(held?.message).toContain('inverse_volatility: stdev of S011 is undefined (NaN)');
    expect(result.issues.find((x) => x.code === 'never_traded')).toBeDefined();
  });
});

describeShared(
  ['data', 'sp500'],
  'a weight on a real S&P 500 ticker that is not a member in the range',
  (sp500) => {
    it('ALGN (member from 2017-06-19) in 2016-06..08: warning, weight in cash, AAPL traded as alone', async () => {
      const feed = new CsvDirectoryFeed({
        dir: join(sp500, 'all_stocks_5yr'),
        calendar,
        universes: { SP500: { startEnd: join(sp500, 'constituents', 'sp500_ticker_start_end.csv') } },
      });
      const result = await backtest(
        feed,
        { op: 'allocate', weights: { AAPL: 0.5, ALGN: 0.5 } },
        '2016-06-01',
        '2016-09-01',
      );
      expectKeptInCash(result, { ALGN: { pointer: '/rules/weights/ALGN', weight: 0.5 } });
      const reference = await backtest(
        feed,
        { op: 'allocate', weights: { AAPL: 0.5 } },
        '2016-06-01',
        '2016-09-01',
      );
      expect(result.snapshots.map((s) => s.equity)).toEqual(reference.snapshots.map((s) => s.equity));
      expect(result.decisions.filter((d) => d.rebalance).map((d) => d.targets)).toEqual(
        result.decisions.filter((d) => d.rebalance).map(() => ({ AAPL: 0.5 })),
      );
    });
  },
);
