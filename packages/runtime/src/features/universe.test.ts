import { NYSEExchangeCalendar } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../data/grid.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import type { Asset, Bar, IndexEvent } from '../data/types.js';
import { MemoryIndexFeed } from '../universe/memory-index-feed.js';
import { MemoryFeatureCache } from './cache.js';
import { FeatureRuntime } from './runtime.js';
import { weekdayDistance } from './universe.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const calendar = new NYSEExchangeCalendar();
const asset = (id: string): Asset => ({ id, symbol: id });
const [A, B, C, D, E] = ['A', 'B', 'C', 'D', 'E'].map(asset) as [Asset, Asset, Asset, Asset, Asset];

/** One bar per NYSE session in [from, to). */
function bars(from: string, to: string, base: number): Bar[] {
  const days = calendar.sessionDays({ from: utc(from), to: utc(to) });
  return Array.from(days, (d, i) => {
    const p = base + i;
    return { t: new Date(d * 86_400_000), open: p, high: p, low: p, close: p, volume: 1 };
  });
}
const BARS = {
  A: bars('2023-01-01', '2024-12-31', 10),
  B: bars('2023-01-01', '2024-12-31', 20),
  C: bars('2023-01-01', '2024-12-31', 30),
  E: bars('2023-01-01', '2024-12-31', 40),
};
const range = { from: utc('2024-03-01'), to: utc('2024-04-01') };
const ev = (type: IndexEvent['type'], a: Asset, date: string, knownAt: string): IndexEvent => ({
  type,
  index: 'X',
  asset: a,
  date: utc(date),
  knownAt: utc(knownAt),
});
const INDEX = {
  members: [
    { asset: A, from: utc('2000-01-03') },
    { asset: B, from: utc('2024-03-11'), to: utc('2024-03-20') },
    { asset: C, from: utc('2023-01-03'), to: utc('2024-02-01') }, // left before the range
    { asset: D, from: utc('2024-03-05') }, // no bars
    { asset: E, from: utc('2024-03-09'), to: utc('2024-03-11') }, // a weekend only
  ],
  events: [
    ev('index_add', B, '2024-03-11', '2024-03-06'), // announced 3 sessions ahead
    ev('index_remove', B, '2024-03-20', '2024-03-20'),
    ev('index_add', A, '2023-06-01', '2023-06-01'), // before the grid
    ev('index_add', C, '2024-03-15', '2024-04-15'), // known only after the range
  ],
};
const newRuntime = (feed = new MemoryIndexFeed(BARS, { X: INDEX }), cache = new MemoryFeatureCache()) =>
  new FeatureRuntime({ dataFeed: feed, featureCache: cache, range, freq: '1d' });

describe('FeatureRuntime: dynamic universes', () => {
  it('assets = members at some grid session with data, sorted; membership masks; members without data counted', async () => {
    const set = await newRuntime().prepare({ features: [], universe: [], index: 'X', calendar });
    const { panel } = set;
    expect(panel.assets.map((a) => a.id)).toEqual(['A', 'B']);
    const member = (k: number) => panel.grid.dates.filter((_, i) => panel.membership![k]![i] === 1).map(iso);
    expect(member(0)).toHaveLength(panel.grid.days.length);
    expect(member(1)).toEqual([
      '2024-03-11',
      '2024-03-12',
      '2024-03-13',
      '2024-03-14',
      '2024-03-15',
      '2024-03-18',
      '2024-03-19',
    ]);
    const skipped = panel.issues.find((i) => i.code === 'missing_member_data');
    expect(skipped).toMatchObject({ severity: 'warning', count: 1 });
    expect(skipped!.message).toMatch(/1 member\(s\) of X have no data.*: D$/);
  });

  it('a feed without members() or without the index is a clear error naming the index', async () => {
    const plain = new FeatureRuntime({ dataFeed: new MemoryDataFeed(BARS), range, freq: '1d' });
    await expect(plain.prepare({ features: [], universe: [], index: 'SP500', calendar })).rejects.toThrow(
      "universe { index: 'SP500' } needs a data feed with members()",
    );
    await expect(
      newRuntime().prepare({ features: [], universe: [], index: 'NOPE', calendar }),
    ).rejects.toThrow("no index 'NOPE'");
  });

  it('asset references are checked against the resolved members', async () => {
    const prep = (f: Feature[]) => newRuntime().prepare({ features: f, universe: [], index: 'X', calendar });
    await expect(prep([{ id: 'p', kind: 'price', asset: 'C' }])).rejects.toThrow(
      "asset 'C' is not in the universe",
    );
    const set = await prep([{ id: 's', kind: 'sma', asset: 'A', period: 5 }]);
    expect(set.panel.grid.start).toBe(4);
  });
});

describe('FeatureRuntime: event features', () => {
  const features: Feature[] = [
    { id: 'add', kind: 'event', event: 'index_add' },
    { id: 'rem', kind: 'event', event: 'index_remove', index: 'X' },
    { id: 'add1', kind: 'event', event: 'index_add', delay: 1 },
  ];
  const at = async (rt = newRuntime()) => {
    const set = await rt.prepare({ features, universe: [], index: 'X', calendar });
    const g = set.panel.grid;
    const k = (id: string) => set.panel.assets.findIndex((a) => a.id === id);
    return (feature: string, id: string, day: string) =>
      (set.get(feature).values as Float64Array[])[k(id)]![g.indexOfDay(dayOf(utc(day)))]!;
  };

  it('signed sessions from the latest KNOWN event; NaN before any is known; delay shifts', async () => {
    const v = await at();
    expect(v('add', 'B', '2024-03-05')).toBeNaN(); // not yet announced
    expect(v('add', 'B', '2024-03-06')).toBe(-3);
    expect(v('add', 'B', '2024-03-11')).toBe(0);
    expect(v('add', 'B', '2024-03-13')).toBe(2);
    expect(v('add1', 'B', '2024-03-06')).toBeNaN();
    expect(v('add1', 'B', '2024-03-07')).toBe(-3);
    expect(v('rem', 'B', '2024-03-19')).toBeNaN();
    expect(v('rem', 'B', '2024-03-20')).toBe(0);
    // An add before the grid counts through the calendar.
    expect(v('add', 'A', '2024-03-01')).toBe(calendar.distance(utc('2023-06-01'), utc('2024-03-01')));
  });

  it('an event known after t is invisible at t (and after the grid, not even in the cache key)', async () => {
    const rt = newRuntime(
      new MemoryIndexFeed(BARS, {
        X: { members: [{ asset: C, from: utc('2000-01-03') }], events: INDEX.events },
      }),
    );
    const v = await at(rt);
    expect(v('add', 'C', '2024-03-28')).toBeNaN();
  });

  it('the cache key includes the events: another event list is not a stale hit', async () => {
    const cache = new MemoryFeatureCache();
    const v1 = await at(newRuntime(undefined, cache));
    const moved = INDEX.events.map((e) =>
      e.asset.id === 'B' && e.type === 'index_add' ? { ...e, date: utc('2024-03-12') } : e,
    );
    const v2 = await at(newRuntime(new MemoryIndexFeed(BARS, { X: { ...INDEX, events: moved } }), cache));
    expect(v1('add', 'B', '2024-03-13')).toBe(2);
    expect(v2('add', 'B', '2024-03-13')).toBe(1);
    expect(v2('add', 'A', '2024-03-13')).toBe(v1('add', 'A', '2024-03-13')); // A's list is the same
  });

  it('a feed without events() is a clear error naming the index', async () => {
    const rt = new FeatureRuntime({ dataFeed: new MemoryDataFeed(BARS), range, freq: '1d' });
    await expect(
      rt.prepare({
        features: [{ id: 'e', kind: 'event', event: 'index_add', index: 'SP500' }],
        universe: [A],
        calendar,
      }),
    ).rejects.toThrow("'index_add' event feature on index 'SP500' needs a data feed with events()");
  });

  it('weekday distance (the fallback off the calendar) counts weekdays in [a, b)', () => {
    const mon = dayOf(utc('2024-03-04'));
    expect(weekdayDistance(mon, mon + 7)).toBe(5);
    expect(weekdayDistance(mon, mon + 5)).toBe(5);
    expect(weekdayDistance(mon + 5, mon + 7)).toBe(0);
    expect(weekdayDistance(mon + 7, mon)).toBe(-5);
    expect(weekdayDistance(mon - 3, mon + 1)).toBe(2); // Fri, Mon
  });
});

describe('FeatureRuntime: panel reuse', () => {
  it('repeated prepares over the same grid load the panel once; at most two panels are kept', async () => {
    const rt = newRuntime();
    const f: Feature[] = [{ id: 's', kind: 'sma', period: 3 }];
    const p1 = await rt.prepare({ features: f, universe: [A, B], calendar });
    const p2 = await rt.prepare({ features: f, universe: [B, A], calendar });
    expect(rt.panelLoads).toBe(1);
    expect(p2.panel).toBe(p1.panel);
    const other = { from: utc('2024-05-01'), to: utc('2024-06-01') };
    await rt.prepare({ features: f, universe: [A, B], calendar, range: other });
    await rt.prepare({ features: f, universe: [A, B], calendar });
    expect(rt.panelLoads).toBe(2);
    await rt.prepare({ features: f, universe: [A], calendar });
    await rt.prepare({ features: f, universe: [A, B], calendar, range: other }); // evicted by now
    expect(rt.panelLoads).toBe(4);
    await rt.prepare({ features: [{ id: 's', kind: 'sma', period: 9 }], universe: [A], calendar });
    expect(rt.panelLoads, 'a longer warm-up is another grid').toBe(5);
  });
});
