import { NYSEExchangeCalendar, sessionOfPeriod, sessionsToPeriodEnd } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missingShared, sharedPath } from '../../../../tools/shared-data.js';
import { CsvDirectoryFeed } from '../data/csv-feed.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import type { Bar } from '../data/types.js';
import { MemoryFeatureCache } from './cache.js';
import { runKernel } from './kernels/kernel.js';
import { sma } from './kernels/sma.js';
import { volatility } from './kernels/volatility.js';
import { FeatureRuntime } from './runtime.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const SPY = { id: 'us:SPY', symbol: 'SPY' };
const IEF = { id: 'us:IEF', symbol: 'IEF' };
const calendar = new NYSEExchangeCalendar();

/** Seed 003's synthetic bars: every weekday, US holidays included. */
function makeBars(start: Date, days: number, base: number, drift: number): Bar[] {
  const out: Bar[] = [];
  let price = base;
  for (let i = 0; i < days; i++) {
    const t = new Date(start.getTime() + i * 86_400_000);
    if (t.getUTCDay() === 0 || t.getUTCDay() === 6) continue;
    price *= 1 + drift + Math.sin(i / 12) * 0.005;
    out.push({ t, open: price, high: price * 1.004, low: price * 0.996, close: price, volume: 1_000_000 });
  }
  return out;
}
const FIXTURES = {
  'us:SPY': makeBars(utc('2021-01-04'), 1200, 370, 0.0004),
  'us:IEF': makeBars(utc('2021-01-04'), 1200, 115, 0.00003),
};
const range = { from: utc('2021-06-01'), to: utc('2024-01-01') };
const newRuntime = (cache = new MemoryFeatureCache()) =>
  new FeatureRuntime({ dataFeed: new MemoryDataFeed(FIXTURES), featureCache: cache, range, freq: '1d' });

describe('FeatureRuntime (seed 003)', () => {
  it('computes scalar features with warm-up so the first in-range session is defined; holiday bars only warn', async () => {
    const features: Feature[] = [
      { id: 'spy_price', kind: 'price', asset: SPY },
      { id: 'spy_sma50', kind: 'sma', asset: SPY, period: 50 },
    ];
    const set = await newRuntime().prepare({ features, universe: [SPY, IEF], calendar });
    const { grid } = set.panel;
    expect(grid.start, 'warm-up = 49 sessions for sma 50').toBe(49);
    expect(grid.dates[grid.start]!.toISOString().slice(0, 10)).toBe('2021-06-01');
    const s = set.get('spy_sma50');
    expect(s.scope).toBe('scalar');
    const v = s.values as Float64Array;
    expect(Number.isNaN(v[grid.start - 1]!)).toBe(true);
    expect(Number.isFinite(v[grid.start]!)).toBe(true);
    const close = set.panel.columns.find((c) => c.asset.id === 'us:SPY')!.close;
    expect(Array.from(v)).toEqual(Array.from(runKernel(sma, close, { period: 50 })));
    const offSession = set.panel.issues.filter((i) => i.code === 'off_session');
    expect(offSession.map((i) => i.asset)).toEqual(['us:IEF', 'us:SPY']);
    expect(() => set.get('nope')).toThrow("feature 'nope': no such feature was prepared");
  });

  it('per-asset when asset is absent (assets sorted by id); asset as bare id or {id, symbol}', async () => {
    const features: Feature[] = [
      { id: 'vol', kind: 'volatility', period: 20, annualize: true },
      { id: 'ief_vol', kind: 'volatility', asset: 'us:IEF', period: 20, annualize: true },
    ];
    const set = await newRuntime().prepare({ features, universe: [SPY, IEF], calendar });
    const per = set.get('vol');
    expect(per.scope).toBe('per_asset');
    expect(set.panel.assets.map((a) => a.id)).toEqual(['us:IEF', 'us:SPY']);
    const ief = set.get('ief_vol').values as Float64Array;
    expect((per.values as Float64Array[])[0]).toBe(ief); // same cache entry
    expect(set.panel.grid.start, 'volatility needs period + 1 prices').toBe(20);
    expect(Array.from(ief)).toEqual(
      Array.from(runKernel(volatility, set.panel.columns[0]!.close, { period: 20, annualize: true })),
    );
  });

  it('expr: nested inline args, scalar broadcast, delay; warm-up includes nested lookbacks and delays', async () => {
    const features: Feature[] = [
      { id: 'sma10', kind: 'sma', period: 10, delay: 2 },
      { id: 'spy', kind: 'price', asset: SPY },
      // (sma10 - spy) / spy, delayed by one more session: lookback 9 + 2 + 1
      {
        id: 'gap',
        kind: 'expr',
        op: 'div',
        args: [{ op: 'sub', args: [{ ref: 'sma10' }, { ref: 'spy' }] }, { ref: 'spy' }],
        delay: 1,
      },
      { id: 'two', kind: 'expr', op: 'add', args: [1, 1] },
    ];
    const set = await newRuntime().prepare({ features, universe: [SPY, IEF], calendar });
    expect(set.panel.grid.start).toBe(12);
    const gap = set.get('gap');
    expect(gap.scope).toBe('per_asset');
    const sma10 = set.get('sma10').values as Float64Array[];
    const spy = set.get('spy').values as Float64Array;
    const g = gap.values as Float64Array[];
    for (const i of [12, 100, 500]) {
      expect(g[0]![i]).toBeCloseTo((sma10[0]![i - 1]! - spy[i - 1]!) / spy[i - 1]!, 12);
    }
    expect(Number.isFinite(g[1]![12]!)).toBe(true);
    expect(Number.isNaN(g[1]![11]!)).toBe(true);
    expect(set.get('two')).toMatchObject({ scope: 'scalar' });
    expect((set.get('two').values as Float64Array)[0]).toBe(2);
  });

  it('expr: NaN on division by zero and log of non-positive', async () => {
    const features: Feature[] = [
      { id: 'zero', kind: 'expr', op: 'div', args: [1, 0] },
      { id: 'lg', kind: 'expr', op: 'log', args: [{ op: 'neg', args: [1] }] },
      { id: 'mx', kind: 'expr', op: 'max', args: [1, 5, 3] },
    ];
    const set = await newRuntime().prepare({ features, universe: [SPY], calendar });
    expect((set.get('zero').values as Float64Array)[0]).toBeNaN();
    expect((set.get('lg').values as Float64Array)[0]).toBeNaN();
    expect((set.get('mx').values as Float64Array)[0]).toBe(5);
  });

  it('expr ops over series and constants equal an elementwise reference', async () => {
    const ops = ['neg', 'abs', 'log', 'sub', 'div', 'add', 'mul', 'min', 'max'] as const;
    const arity: Record<string, number> = { neg: 1, abs: 1, log: 1, sub: 2, div: 2 };
    // The reference: the documented semantics, value by value (left fold for n-ary ops).
    const apply = (op: string, xs: number[]): number => {
      let v: number;
      if (op === 'neg') v = -xs[0]!;
      else if (op === 'abs') v = Math.abs(xs[0]!);
      else if (op === 'log') v = xs[0]! > 0 ? Math.log(xs[0]!) : Number.NaN;
      else if (op === 'sub') v = xs[0]! - xs[1]!;
      else if (op === 'div') v = xs[1] === 0 ? Number.NaN : xs[0]! / xs[1]!;
      else
        v = xs.reduce((a, b) =>
          op === 'add' ? a + b : op === 'mul' ? a * b : op === 'min' ? Math.min(a, b) : Math.max(a, b),
        );
      return Number.isFinite(v) ? v : Number.NaN;
    };
    const arg = fc.oneof(fc.constant('close' as const), fc.constantFrom(0, -2, 0.5, 400));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops),
        fc.array(arg, { minLength: 3, maxLength: 3 }),
        async (op, picked) => {
          const args = picked.slice(0, arity[op] ?? 3);
          const features = [
            { id: 'close', kind: 'price' },
            { id: 'e', kind: 'expr', op, args: args.map((a) => (a === 'close' ? { ref: 'close' } : a)) },
          ] as Feature[];
          const set = await newRuntime().prepare({ features, universe: [SPY, IEF], calendar });
          const close = set.get('close').values as readonly Float64Array[];
          const got = set.get('e');
          const series = (a: number) => (got.scope === 'per_asset' ? got.values[a]! : got.values);
          for (let a = 0; a < (got.scope === 'per_asset' ? 2 : 1); a++) {
            for (let i = 0; i < series(a).length; i++) {
              const want = apply(
                op,
                args.map((x) => (x === 'close' ? close[a]![i]! : x)),
              );
              expect(Object.is(series(a)[i], want), `${op}(${args}) asset ${a} session ${i}`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('computes each series once through the cache: a second prepare is all hits', async () => {
    const cache = new MemoryFeatureCache();
    const features: Feature[] = [
      { id: 'a', kind: 'sma', period: 5 },
      { id: 'b', kind: 'sma', period: 5, description: 'same computation, other id' },
      { id: 'r', kind: 'rsi', asset: SPY, period: 14, delay: 1 },
    ];
    await newRuntime(cache).prepare({ features, universe: [SPY, IEF], calendar });
    // a: 2 misses; b: 2 hits; r: delayed miss + undelayed miss
    expect(cache.stats).toMatchObject({ misses: 4, hits: 2, entries: 4 });
    await newRuntime(cache).prepare({ features, universe: [SPY, IEF], calendar });
    expect(cache.stats).toMatchObject({ misses: 4, hits: 7 });
  });

  it('calendar features equal sessionOfPeriod / sessionsToPeriodEnd of @tactical/calendars', async () => {
    const features: Feature[] = [
      { id: 'som', kind: 'calendar', period: 'Monthly', measure: 'session_of_period' },
      { id: 'toq', kind: 'calendar', period: 'Quarterly', measure: 'sessions_to_period_end' },
      { id: 'sow', kind: 'calendar', period: 'Weekly', measure: 'session_of_period', delay: 1 },
    ];
    const set = await newRuntime().prepare({ features, universe: [SPY], calendar });
    const { dates } = set.panel.grid;
    const som = set.get('som').values as Float64Array;
    const toq = set.get('toq').values as Float64Array;
    const sow = set.get('sow').values as Float64Array;
    dates.forEach((d, i) => {
      expect(som[i], d.toISOString()).toBe(sessionOfPeriod(d, 'Monthly', calendar));
      expect(toq[i], d.toISOString()).toBe(sessionsToPeriodEnd(d, 'Quarterly', calendar));
      if (i > 0) expect(sow[i]).toBe(sessionOfPeriod(dates[i - 1]!, 'Weekly', calendar));
    });
  });

  it('programmer errors name the feature and the problem', async () => {
    const rt = newRuntime();
    const prep = (features: Feature[]) => rt.prepare({ features, universe: [SPY], calendar });
    await expect(prep([{ id: 'e', kind: 'event', event: 'index_add' }])).rejects.toThrow(
      "feature 'e': an 'event' feature needs `index` when the universe is static",
    );
    await expect(prep([{ id: 'x', kind: 'expr', op: 'neg', args: [{ ref: 'y' }] }])).rejects.toThrow(
      "feature 'x': refers to unknown feature 'y'",
    );
    await expect(
      prep([
        { id: 'x', kind: 'expr', op: 'neg', args: [{ ref: 'y' }] },
        { id: 'y', kind: 'expr', op: 'neg', args: [{ ref: 'x' }] },
      ]),
    ).rejects.toThrow(/x -> y -> x/);
    await expect(prep([{ id: 'p', kind: 'price', asset: 'us:QQQ' }])).rejects.toThrow(
      "feature 'p': asset 'us:QQQ' is not in the universe",
    );
  });

  const etf = sharedPath('data', 'etf');
  it.skipIf(!etf)(
    `real ETF files: SPY sma 200 on adj_close equals a naive mean${etf ? '' : missingShared('data')}`,
    async () => {
      const rt = new FeatureRuntime({
        dataFeed: new CsvDirectoryFeed({ dir: etf! }),
        range: { from: utc('2020-01-02'), to: utc('2021-01-01') },
        freq: '1d',
      });
      const set = await rt.prepare({
        features: [{ id: 's', kind: 'sma', asset: SPY, field: 'adj_close', period: 200 }],
        universe: [SPY, { id: 'us:TLT', symbol: 'TLT' }],
        calendar,
      });
      expect(set.panel.issues, 'the ETF files are clean').toEqual([]);
      const adj = set.panel.columns[0]!.adjClose;
      const v = set.get('s').values as Float64Array;
      const i = set.panel.grid.start;
      let sum = 0;
      for (let k = i - 199; k <= i; k++) sum += adj[k]!;
      expect(v[i]! / (sum / 200) - 1).toBeLessThan(1e-12);
    },
  );
});
