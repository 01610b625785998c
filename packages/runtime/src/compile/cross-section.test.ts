/**
 * Session-major copies of per-asset features (FeatureSet.crossSection) hold exactly the series'
 * numbers, and a select whose filter reads them (a tree evaluated on most sessions) decides exactly
 * as one reading the series.
 */
import { fileURLToPath } from 'node:url';
import { getCalendar, NYSEExchangeCalendar } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSETS, FIXTURES, featureList } from '../../test/support/features.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import { MemoryFeatureCache } from '../features/cache.js';
import { planFeatures } from '../features/plan.js';
import { FeatureRuntime } from '../features/runtime.js';
import { createSweepFeed } from '../sweep/feed.js';
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

  it('a select over a dynamic universe (memberships, missing bars) decides the same with the live mask', async () => {
    // examples/data: 60 generated stocks whose SP500 memberships and listings start and end in range.
    const dir = fileURLToPath(new URL('../../../../examples/data', import.meta.url));
    const xnys = getCalendar('XNYS');
    const feed = createSweepFeed({ dir, universes: { SP500: { startEnd: 'universes/SP500.csv' } } }, xnys);
    const runtime = new FeatureRuntime({
      dataFeed: feed,
      featureCache: new MemoryFeatureCache(),
      range,
      freq: '1d',
    });
    const set = await runtime.prepare({
      features: [
        { id: 'm', kind: 'return', period: 20 },
        { id: 'v', kind: 'volatility', period: 10 },
      ] as Feature[],
      universe: [],
      index: 'SP500',
      calendar: xnys,
      range,
    });
    const mask = set.liveMask!();
    const nA = set.panel.assets.length;
    let live = 0;
    for (let a = 0; a < nA; a++)
      for (let i = 0; i < set.panel.grid.days.length; i++) {
        const member = set.panel.membership?.[a]?.[i] === 1;
        const bar = !Number.isNaN(set.panel.columns[a]!.close[i]!);
        expect(mask[i * nA + a]).toBe(member && bar ? 1 : 0);
        if (member && bar) live++;
      }
    expect(live, 'some assets are members with bars').toBeGreaterThan(0);
    expect(live, 'and some are not').toBeLessThan(mask.length);
    for (const rules of [
      { op: 'select', rank: { ref: 'm' }, count: 5 },
      {
        op: 'select',
        filter: { op: 'lt', left: { ref: 'v' }, right: 0.02 },
        rank: { ref: 'm' },
        fraction: 0.3,
      },
    ]) {
      const bySeries = compileRules(rules as unknown as RuleNode, set, { evaluatedShare: 0 });
      const byRows = compileRules(rules as unknown as RuleNode, set, { evaluatedShare: 1 });
      for (let i = 0; i < set.panel.grid.days.length; i++) {
        const a = bySeries.evaluate(i, {}).result;
        const b = byRows.evaluate(i, {}).result;
        const view = (r: typeof a) => (r instanceof Float64Array ? Array.from(r) : r);
        expect(view(b), `session ${i}`).toEqual(view(a));
      }
    }
  });
});
