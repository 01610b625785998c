/**
 * Feature identity is exact: a series' cache key covers everything its value depends on,
 * transitively (parameters, refs, assets), and nothing else (ids and descriptions).
 *
 * - the reproduction: `mul(2, r_efa)` must not read `mul(2, r_spy)`'s cached series;
 * - a property: features differing in exactly one parameter or asset never share an identity,
 *   renamed copies always do;
 * - a property: random feature lists computed through one long-lived cache equal the same lists
 *   computed with caching disabled, bit for bit.
 */
import { NYSEExchangeCalendar } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSETS, BAR_KINDS, barFeature, FIELDS, FIXTURES, featureList } from '../../test/support/features.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import { MemoryFeatureCache, NoFeatureCache } from './cache.js';
import { planFeatures } from './plan.js';
import { FeatureRuntime } from './runtime.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const calendar = new NYSEExchangeCalendar();
const range = { from: utc('2021-06-01'), to: utc('2022-05-01') };
const runtimeWith = (cache: MemoryFeatureCache | NoFeatureCache) =>
  new FeatureRuntime({ dataFeed: new MemoryDataFeed(FIXTURES), featureCache: cache, range, freq: '1d' });

describe('feature identity', () => {
  it('an expr over one asset never reads the same expr over another asset (issue 8 item 2)', async () => {
    const features: Feature[] = [
      { id: 'r_spy', kind: 'return', asset: 'spy', period: 20 },
      { id: 'r_efa', kind: 'return', asset: 'efa', period: 20 },
      { id: 'x_spy', kind: 'expr', op: 'mul', args: [2, { ref: 'r_spy' }] },
      { id: 'x_efa', kind: 'expr', op: 'mul', args: [2, { ref: 'r_efa' }] },
    ];
    const set = await runtimeWith(new MemoryFeatureCache()).prepare({ features, universe: ASSETS, calendar });
    const close = set.panel.columns.find((c) => c.asset.id === 'efa')!.close;
    const x = set.get('x_efa').values as Float64Array;
    const i = set.panel.grid.start + 10;
    // Independent reference: 2 × the 20-session simple return of EFA's close.
    expect(x[i]).toBe(2 * (close[i]! / close[i - 20]! - 1));
    expect(x[i]).not.toBe((set.get('x_spy').values as Float64Array)[i]);
  });

  it('features differing in one parameter or asset never share an identity; renamed copies do', () => {
    const plan = (fs: Feature[]) => planFeatures(fs, ASSETS).byId;
    fc.assert(
      fc.property(barFeature('a'), fc.integer({ min: 0, max: 5 }), (f, which) => {
        const g = mutate(f, which);
        const both = plan([f, { ...g, id: 'b' }]);
        expect(both.get('a')!.identity).not.toBe(both.get('b')!.identity);
        // The same change seen through an expression that reads it.
        const e = (ref: string, id: string): Feature => ({ id, kind: 'expr', op: 'mul', args: [2, { ref }] });
        const viaExpr = plan([f, { ...g, id: 'b' }, e('a', 'ea'), e('b', 'eb')]);
        expect(viaExpr.get('ea')!.identity).not.toBe(viaExpr.get('eb')!.identity);
        // Renamed, described: the same computation.
        const renamed = plan([f, { ...f, id: 'other', description: 'x' }]);
        expect(renamed.get('other')!.identity).toBe(renamed.get('a')!.identity);
      }),
      { numRuns: 200 },
    );
  });

  it('random feature lists through one long-lived cache equal the same lists without a cache, bit for bit', async () => {
    const shared = new MemoryFeatureCache();
    await fc.assert(
      fc.asyncProperty(featureList(), async (features) => {
        await runtimeWith(shared).prepare({ features, universe: ASSETS, calendar });
        const on = await runtimeWith(shared).prepare({ features, universe: ASSETS, calendar });
        const off = await runtimeWith(new NoFeatureCache()).prepare({ features, universe: ASSETS, calendar });
        for (const f of features)
          expect(bitsOf(on.get(f.id).values), f.id).toEqual(bitsOf(off.get(f.id).values));
      }),
      { numRuns: 40 },
    );
    expect(shared.stats.hits, 'the cache was exercised').toBeGreaterThan(0);
  });
});

/** Series as hex of their bytes (NaN payloads and -0 included). */
function bitsOf(v: Float64Array | readonly Float64Array[]): string[] {
  const all = v instanceof Float64Array ? [v] : v;
  return all.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex'));
}

/** `f` with exactly one parameter changed (which: 0 period/kind, 1 field, 2 asset, 3 delay, 4 kind, 5 annualize). */
function mutate(f: Feature, which: number): Feature {
  const g = { ...f } as Record<string, unknown>;
  const other = <T>(xs: readonly T[], x: T): T => xs[(xs.indexOf(x) + 1) % xs.length]!;
  switch (which) {
    case 0:
      if (f.kind === 'price') g.kind = 'sma';
      else g.period = (g.period as number) + 1;
      if (g.kind === 'sma' && g.period === undefined) g.period = 2;
      break;
    case 1:
      g.field = other(FIELDS, g.field as (typeof FIELDS)[number]);
      break;
    case 2:
      if (g.asset === undefined) g.asset = 'spy';
      else g.asset = other(['spy', 'efa', 'ief'], g.asset as string);
      break;
    case 3:
      g.delay = (g.delay as number) + 1;
      break;
    case 4: {
      const kind = other(BAR_KINDS.slice(1), f.kind === 'price' ? 'sma' : (f.kind as 'sma'));
      g.kind = kind;
      g.period ??= 5;
      if (kind === 'volatility') g.annualize ??= false;
      else delete g.annualize;
      break;
    }
    default:
      if (f.kind === 'volatility') g.annualize = !(g.annualize as boolean);
      else g.delay = (g.delay as number) + 2;
  }
  return g as unknown as Feature;
}
