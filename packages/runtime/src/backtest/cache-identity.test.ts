/**
 * The feature cache changes no result: random specs backtested through one long-lived cache (shared
 * by every spec of the run, as a sweep or a service shares it) serialise byte for byte like the same
 * specs backtested with caching disabled.
 */
import { NYSEExchangeCalendar } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSETS, FIXTURES, featureList } from '../../test/support/features.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import { BacktestExecutor } from '../execute/executor.js';
import { type FeatureCache, MemoryFeatureCache, NoFeatureCache } from '../features/cache.js';
import { planFeatures } from '../features/plan.js';
import { FeatureRuntime } from '../features/runtime.js';
import { fromSpec } from '../strategy/from-spec.js';
import { runBacktest } from './run.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const range = { from: utc('2021-06-01'), to: utc('2022-05-01') };
const calendar = new NYSEExchangeCalendar();

/** A spec reading the features: a scalar switch between a ranked select and an equal weight. */
function specOf(features: Feature[], threshold: number) {
  const plan = planFeatures(features, ASSETS);
  const scalars = plan.order.filter((p) => p.scope === 'scalar').map((p) => p.feature.id);
  const perAsset = plan.order.filter((p) => p.scope === 'per_asset').map((p) => p.feature.id);
  const pick = (xs: string[]) => xs[xs.length - 1];
  const ranked =
    perAsset.length > 0
      ? { op: 'select', rank: { ref: pick(perAsset) }, count: 1 }
      : { op: 'weight', assets: ['spy', 'efa'], weighting: { scheme: 'equal' } };
  const rules =
    scalars.length > 0
      ? {
          op: 'if',
          cond: { op: 'gt', left: { ref: pick(scalars) }, right: threshold },
          then: ranked,
          else: { op: 'allocate', weights: { ief: 1 } },
        }
      : ranked;
  return {
    kind: 'tactical/v1',
    universe: ASSETS,
    rebalance: { frequency: 'Weekly' },
    features,
    rules,
  };
}

async function backtest(spec: unknown, cache: FeatureCache): Promise<string> {
  const dataFeed = new MemoryDataFeed(FIXTURES);
  const runtime = new FeatureRuntime({ dataFeed, featureCache: cache, range, freq: '1d' });
  // biome-ignore lint/suspicious/noExplicitAny: generated specs are checked by fromSpec at runtime
  const strategy = fromSpec(spec as any, { runtime, calendar });
  const result = await runBacktest({
    strategy,
    range,
    initialPortfolio: { cash: 100_000, positions: [], t: range.from },
    dataFeed,
    executor: new BacktestExecutor({ calendar }),
    calendar,
  });
  return JSON.stringify(result);
}

describe('feature cache on = off', () => {
  it('random specs give byte-identical backtests with a long-lived cache and with none', async () => {
    const shared = new MemoryFeatureCache();
    await fc.assert(
      fc.asyncProperty(featureList(), fc.constantFrom(-0.01, 0, 0.02, 1, 50), async (features, threshold) => {
        const spec = specOf(features, threshold);
        const off = await backtest(spec, new NoFeatureCache());
        // Through the long-lived cache: first with what earlier specs left in it, then all hits.
        expect(await backtest(spec, shared)).toBe(off);
        expect(await backtest(spec, shared)).toBe(off);
      }),
      { numRuns: 20 },
    );
    expect(shared.stats.hits, 'the cache was exercised').toBeGreaterThan(0);
  });
});
