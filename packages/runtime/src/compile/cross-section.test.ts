/**
 * Session-major copies of per-asset features (FeatureSet.crossSection) hold exactly the series'
 * numbers, and a select whose filter reads them (a tree evaluated on most sessions) decides exactly
 * as one reading the series.
 */
import { NYSEExchangeCalendar } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSETS, FIXTURES, featureList } from '../../test/support/features.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import { MemoryFeatureCache } from '../features/cache.js';
import { planFeatures } from '../features/plan.js';
import { FeatureRuntime } from '../features/runtime.js';
import { compileRules } from './compile.js';
import type { RuleNode } from './spec-types.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const range = { from: utc('2021-06-01'), to: utc('2022-05-01') };
const calendar = new NYSEExchangeCalendar();

async function prepare(features: Feature[], cache = new MemoryFeatureCache()) {
  const runtime = new FeatureRuntime({
    dataFeed: new MemoryDataFeed(FIXTURES),
    featureCache: cache,
    range,
    freq: '1d',
  });
  return runtime.prepare({ features, universe: ASSETS, calendar, range });
}

/** The per-asset features of a list, in plan order. */
const perAssetIds = (features: Feature[]) =>
  planFeatures(features, ASSETS)
    .order.filter((p) => p.scope === 'per_asset')
    .map((p) => p.feature.id);

describe('cross sections', () => {
  it('hold the series values session-major and are computed once per cache', async () => {
    await fc.assert(
      fc.asyncProperty(featureList(), async (features) => {
        const ids = perAssetIds(features);
        fc.pre(ids.length > 0);
        const cache = new MemoryFeatureCache();
        const set = await prepare(features, cache);
        const nA = set.panel.assets.length;
        for (const id of ids) {
          const series = set.get(id).values as Float64Array[];
          const xs = set.crossSection!(id);
          expect(xs.length).toBe(nA * series[0]!.length);
          for (let a = 0; a < nA; a++)
            for (let i = 0; i < series[a]!.length; i++)
              expect(Object.is(xs[i * nA + a], series[a]![i])).toBe(true);
        }
        // Another prepare on the same cache finds the copy made by the first.
        const again = await prepare(features, cache);
        for (const id of ids) expect(again.crossSection!(id)).toBe(set.crossSection!(id));
      }),
      { numRuns: 25 },
    );
  });

  it('a select filter reading them decides as one reading the series', async () => {
    await fc.assert(
      fc.asyncProperty(featureList(), fc.double({ min: -1, max: 100, noNaN: true }), async (features, k) => {
        const ids = perAssetIds(features);
        fc.pre(ids.length > 0);
        const set = await prepare(features);
        const left = { ref: ids[0]! };
        const rules = {
          op: 'select',
          filter: {
            op: 'and',
            args: [
              { op: 'gt', left, right: k },
              { op: 'lte', left: { ref: ids[ids.length - 1]! }, right: 1e6 },
            ],
          },
          rank: { ref: ids[ids.length - 1]! },
          count: 2,
        } as unknown as RuleNode;
        const bySeries = compileRules(rules, set, { evaluatedShare: 0 });
        const bySection = compileRules(rules, set, { evaluatedShare: 1 });
        for (let i = 0; i < set.panel.grid.days.length; i++) {
          const a = bySeries.evaluate(i, {});
          const b = bySection.evaluate(i, {});
          const view = (r: typeof a.result) => (r instanceof Float64Array ? Array.from(r) : r);
          expect(view(b.result), `session ${i}`).toEqual(view(a.result));
        }
      }),
      { numRuns: 25 },
    );
  });
});
