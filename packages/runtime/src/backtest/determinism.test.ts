/**
 * Laws of a real run (fromSpec + FeatureRuntime over the bundled CSVs): the same inputs serialise
 * byte-identically, and the order the universe is listed in changes nothing.
 */
import { join } from 'node:path';
import { NYSEExchangeCalendar } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import { CsvDirectoryFeed } from '../data/csv-feed.js';
import { BacktestExecutor } from '../execute/executor.js';
import { MemoryFeatureCache } from '../features/cache.js';
import { FeatureRuntime } from '../features/runtime.js';
import { fromSpec } from '../strategy/from-spec.js';
import { runBacktest } from './run.js';

const data = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'data');
const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const range = { from: utc('2018-01-01'), to: utc('2020-01-01') };

async function run(universe: { id: string; symbol: string }[]) {
  const calendar = new NYSEExchangeCalendar();
  const dataFeed = new CsvDirectoryFeed({ dir: data });
  const runtime = new FeatureRuntime({ dataFeed, featureCache: new MemoryFeatureCache(), range, freq: '1d' });
  const spec = {
    kind: 'tactical/v1' as const,
    universe,
    rebalance: { frequency: 'Weekly' as const },
    execution: { slippageBps: 5, commission: { bps: 1, minimum: 1 }, shares: 'whole' as const },
    features: [{ id: 'mom', kind: 'return' as const, period: 60 }],
    rules: { op: 'select', rank: { ref: 'mom' }, order: 'desc', count: 2, weighting: { scheme: 'equal' } },
  };
  // biome-ignore lint/suspicious/noExplicitAny: the spec literal is checked by fromSpec at runtime
  const strategy = fromSpec(spec as any, { runtime, calendar });
  const result = await runBacktest({
    strategy,
    range,
    initialPortfolio: { cash: 100_000, positions: [], t: range.from },
    dataFeed,
    executor: new BacktestExecutor({ calendar }),
    calendar,
  });
  return JSON.stringify({ snapshots: result.snapshots, metrics: result.metrics, issues: result.issues });
}

const assets = ['SPY', 'IEF', 'TLT', 'S001', 'S002', 'S003'].map((s) => ({ id: `us:${s}`, symbol: s }));

describe('runBacktest determinism', () => {
  it('two runs are byte-identical', async () => {
    const a = await run(assets);
    expect(a).toBe(await run(assets));
    expect(JSON.parse(a).metrics.rebalances, 'the strategy actually trades').toBeGreaterThan(10);
  });

  it('shuffling the universe order changes nothing', async () => {
    const shuffled = [assets[3]!, assets[0]!, assets[5]!, assets[2]!, assets[1]!, assets[4]!];
    expect(await run(shuffled)).toBe(await run(assets));
  });
});
