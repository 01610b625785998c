/**
 * Month/week-end sampling and cross-asset features through the FeatureRuntime, against references
 * written here with plain loops over ISO date strings (no engine code: a month end is the session
 * whose next calendar session is in another month; an ISO week end likewise by the Thursday rule).
 */
import { NYSEExchangeCalendar } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../tools/mulberry32.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import type { Bar } from '../data/types.js';
import { MemoryFeatureCache } from './cache.js';
import { FeatureRuntime } from './runtime.js';

const calendar = new NYSEExchangeCalendar();
const DAY = 86_400_000;
const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const ALL_DAYS = Array.from(calendar.sessionDays({ from: '2021-06-01', to: '2024-03-01' }));
const range = { from: new Date('2023-01-03T00:00:00Z'), to: new Date('2024-01-20T00:00:00Z') };
const assets = ['X', 'Y', 'Z'].map((s) => ({ id: `us:${s}`, symbol: s }));

function bars(seed: number, listedAt: number, gapAt: number): Bar[] {
  const rnd = mulberry32(seed);
  let p = 50 + rnd() * 50;
  const out: Bar[] = [];
  ALL_DAYS.forEach((d, k) => {
    p *= 1 + (rnd() - 0.49) * 0.04;
    if (k < listedAt || k === gapAt) return;
    out.push({ t: new Date(d * DAY), open: p, high: p, low: p, close: p, volume: 1 });
  });
  return out;
}
const data = { X: bars(1, 0, -1), Y: bars(2, 0, 500), Z: bars(3, 330, -1) };

const isoWeek = (s: string): string => {
  const d = new Date(`${s}T00:00:00Z`);
  const th = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY);
  const jan1 = Date.UTC(th.getUTCFullYear(), 0, 1);
  return `${th.getUTCFullYear()}-${Math.floor((th.getTime() - jan1) / (7 * DAY))}`;
};
const monthOf = (s: string) => s.slice(0, 7);

/** Reference: the feature at session date t by the documented rule, from a date → close map. */
function reference(
  closes: Map<string, number>,
  dates: string[],
  key: (s: string) => string,
  stat: 'sma' | 'return',
  period: number,
  newest: 'period_end' | 'session',
): Map<string, number> {
  const out = new Map<string, number>();
  const ends: string[] = [];
  const all = ALL_DAYS.map(iso);
  const isEnd = new Set(all.filter((d, k) => k + 1 < all.length && key(all[k + 1]!) !== key(d)));
  for (const t of dates) {
    const before = ends.slice();
    let samples: number[];
    if (isEnd.has(t) || newest === 'session')
      samples = [...before.map((d) => closes.get(d) ?? Number.NaN), closes.get(t) ?? Number.NaN];
    else samples = before.map((d) => closes.get(d) ?? Number.NaN);
    let v = Number.NaN;
    const m = samples.length;
    if (stat === 'sma' && m >= period) v = samples.slice(m - period).reduce((a, b) => a + b, 0) / period;
    if (stat === 'return' && m >= period + 1) v = samples[m - 1]! / samples[m - 1 - period]! - 1;
    out.set(t, Number.isFinite(v) ? v : Number.NaN);
    if (isEnd.has(t)) ends.push(t);
  }
  return out;
}

describe('sampled sma/return and cross-asset features through the FeatureRuntime', async () => {
  const features: Feature[] = [
    { id: 'sma_m', kind: 'sma', period: 10, sample: { every: 'Monthly' } },
    { id: 'sma_ms', kind: 'sma', period: 10, sample: { every: 'Monthly', newest: 'session' } },
    { id: 'ret_m', kind: 'return', period: 12, sample: { every: 'Monthly' } },
    { id: 'ret_ms', kind: 'return', period: 3, sample: { every: 'Monthly', newest: 'session' } },
    { id: 'ret_w', kind: 'return', period: 4, sample: { every: 'Weekly' } },
    { id: 'cnt', kind: 'aggregate', op: 'count', of: { ref: 'ret_m' }, where: { op: 'gt', right: 0 } },
    {
      id: 'all2',
      kind: 'aggregate',
      op: 'all',
      of: { ref: 'ret_m' },
      assets: ['us:X', 'us:Y'],
      where: { op: 'gt', right: 0 },
    },
    {
      id: 'any',
      kind: 'aggregate',
      op: 'any',
      of: { ref: 'ret_m' },
      where: { op: 'gt', right: { ref: 'x_ret' } },
    },
    { id: 'mean', kind: 'aggregate', op: 'mean', of: { ref: 'ret_m' } },
    { id: 'max_pos', kind: 'aggregate', op: 'max', of: { ref: 'ret_w' }, where: { op: 'gt', right: 0 } },
    { id: 'x_ret', kind: 'asset_value', of: { ref: 'ret_m' }, asset: 'us:X' },
  ];
  const runtime = new FeatureRuntime({
    dataFeed: new MemoryDataFeed(data),
    featureCache: new MemoryFeatureCache(),
    range,
    freq: '1d',
  });
  const set = await runtime.prepare({ features, universe: assets, calendar });
  const grid = set.panel.grid;
  const dates = Array.from(grid.days, iso);
  const closes = Object.fromEntries(
    Object.entries(data).map(([s, b]) => [
      s,
      new Map(b.map((x) => [x.t.toISOString().slice(0, 10), x.close])),
    ]),
  );
  const per = (id: string, k: number) => {
    const f = set.get(id);
    if (f.scope !== 'per_asset') throw new Error('per-asset expected');
    return f.values[k]!;
  };
  const scalar = (id: string) => {
    const f = set.get(id);
    if (f.scope !== 'scalar') throw new Error('scalar expected');
    return f.values;
  };
  const inRange = (i: number) => i >= grid.start;
  const same = (got: number, want: number, what: string) => {
    if (Number.isNaN(want)) expect(got, what).toBeNaN();
    else
      expect(Math.abs(got - want), `${what}: ${got} vs ${want}`).toBeLessThan(
        1e-12 * Math.max(1, Math.abs(want)),
      );
  };

  it('the warm-up covers 12 month ends: the sampled values are defined from the first session of the range', () => {
    expect(Number.isFinite(per('ret_m', 0)[grid.start]!)).toBe(true);
    expect(Number.isFinite(per('sma_m', 0)[grid.start]!)).toBe(true);
  });

  it.each([
    ['sma_m', monthOf, 'sma', 10, 'period_end'],
    ['sma_ms', monthOf, 'sma', 10, 'session'],
    ['ret_m', monthOf, 'return', 12, 'period_end'],
    ['ret_ms', monthOf, 'return', 3, 'session'],
    ['ret_w', isoWeek, 'return', 4, 'period_end'],
  ] as const)(
    '%s equals the month/week-end reference on every session in range',
    (id, key, stat, period, newest) => {
      assets.forEach((a, k) => {
        // the reference sees the closes of the grid only (as the runtime does)
        const c = new Map([...closes[a.symbol]!].filter(([d]) => d >= dates[0]!));
        const want = reference(c, dates, key, stat, period, newest);
        const got = per(id, k);
        let defined = 0;
        dates.forEach((d, i) => {
          if (!inRange(i)) return;
          same(got[i]!, want.get(d)!, `${id} ${a.id} ${d}`);
          if (Number.isFinite(got[i]!)) defined++;
        });
        if (a.symbol === 'X') expect(defined).toBeGreaterThan(200);
      });
    },
  );

  it('aggregates follow the documented rules (Kleene all/any, NaN count while undefined)', () => {
    const r = [0, 1, 2].map((k) => per('ret_m', k));
    const w = [0, 1, 2].map((k) => per('ret_w', k));
    let sawNaNCount = 0;
    let sawDefinedCount = 0;
    dates.forEach((d, i) => {
      if (!inRange(i)) return;
      const v = r.map((x) => x[i]!);
      const undef = v.some(Number.isNaN);
      const cnt = undef ? Number.NaN : v.filter((x) => x > 0).length;
      same(scalar('cnt')[i]!, cnt, `count ${d}`);
      if (undef) sawNaNCount++;
      else sawDefinedCount++;
      const two = v.slice(0, 2);
      const all2 = two.some((x) => !Number.isNaN(x) && !(x > 0))
        ? 0
        : two.some(Number.isNaN)
          ? Number.NaN
          : 1;
      same(scalar('all2')[i]!, all2, `all ${d}`);
      const xr = v[0]!;
      const tests = v.map((x) => (Number.isNaN(x) || Number.isNaN(xr) ? null : x > xr));
      const any = tests.includes(true) ? 1 : tests.includes(null) ? Number.NaN : 0;
      same(scalar('any')[i]!, any, `any ${d}`);
      same(scalar('mean')[i]!, undef ? Number.NaN : (v[0]! + v[1]! + v[2]!) / 3, `mean ${d}`);
      const wv = w.map((x) => x[i]!);
      const pos = wv.filter((x) => x > 0);
      same(
        scalar('max_pos')[i]!,
        wv.some(Number.isNaN) || pos.length === 0 ? Number.NaN : Math.max(...pos),
        `max ${d}`,
      );
      same(scalar('x_ret')[i]!, xr, `asset_value ${d}`);
    });
    expect(sawNaNCount, 'Z lists late: the count is undefined until its 12-month return is').toBeGreaterThan(
      5,
    );
    expect(sawDefinedCount).toBeGreaterThan(5);
  });
});

describe('cross-asset features name universe assets', () => {
  it('an aggregate over an asset the universe does not have is a FeatureError, not a crash', async () => {
    const runtime = new FeatureRuntime({
      dataFeed: new MemoryDataFeed(data),
      featureCache: new MemoryFeatureCache(),
      range,
      freq: '1d',
    });
    const features: Feature[] = [
      { id: 'r', kind: 'return', period: 2 },
      { id: 'n', kind: 'aggregate', op: 'sum', of: { ref: 'r' }, assets: ['us:X', 'us:Q'] },
    ];
    await expect(runtime.prepare({ features, universe: assets, calendar })).rejects.toThrow(
      "feature 'n': asset 'us:Q' is not in the universe",
    );
  });
});
