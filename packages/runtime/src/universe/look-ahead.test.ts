/**
 * The look-ahead law, extended to dynamic universes and index events: over random bars, random
 * memberships and random events with random `knownAt`, changing anything the market could not know
 * at t — a bar after t, an event known after t, membership after t — leaves every feature value and
 * every decision up to t unchanged. Built through FeatureRuntime + fromSpec, as a backtest runs.
 */
import { NYSEExchangeCalendar } from '@tactical/calendars';
import type { TacticalSpec } from '@tactical/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDay } from '../data/grid.js';
import type { Asset, Bar, IndexEvent, Membership } from '../data/types.js';
import { MemoryFeatureCache } from '../features/cache.js';
import { FeatureRuntime } from '../features/runtime.js';
import { fromSpec } from '../strategy/from-spec.js';
import { initialState } from '../strategy/types.js';
import { MemoryIndexFeed } from './memory-index-feed.js';

const calendar = new NYSEExchangeCalendar();
const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const range = { from: utc('2024-02-01'), to: utc('2024-04-01') };
/** Sessions with room around the range (warm-up before, event dates after). */
const DAYS = calendar.sessionDays({ from: utc('2024-01-02'), to: utc('2024-05-01') });
const N = DAYS.length;
const IDS = ['A', 'B', 'C', 'D', 'E'] as const;
const asset = (id: string): Asset => ({ id, symbol: id });
const at = (k: number) => dateOfDay(DAYS[Math.max(0, Math.min(N - 1, k))]!);

const SPEC: TacticalSpec = {
  kind: 'tactical/v1',
  universe: { index: 'X' },
  rebalance: { frequency: 'Daily' },
  features: [
    { id: 'sma3', kind: 'sma', period: 3 },
    { id: 'since_add', kind: 'event', event: 'index_add' },
    { id: 'since_rem', kind: 'event', event: 'index_remove', index: 'X', delay: 1 },
    { id: 'score', kind: 'expr', op: 'sub', args: [{ ref: 'sma3' }, { ref: 'since_add' }] },
  ],
  rules: {
    op: 'group',
    children: [
      {
        weight: 0.4,
        node: {
          op: 'select',
          id: 'added',
          filter: {
            op: 'and',
            args: [
              { op: 'gte', left: { ref: 'since_add' }, right: -2 },
              { op: 'lte', left: { ref: 'since_add' }, right: 2 },
            ],
          },
          weighting: { scheme: 'inverse_volatility', lookback: 3 },
        },
      },
      {
        weight: -0.2,
        node: {
          op: 'select',
          id: 'removed',
          filter: { op: 'lte', left: { ref: 'since_rem' }, right: 3 },
        },
      },
      { weight: 0.4, node: { op: 'select', id: 'top', rank: { ref: 'sma3' }, count: 2 } },
    ],
  },
};

/** One random world: bars per asset (some sessions missing), memberships and events of index X. */
interface World {
  bars: Record<string, Bar[]>;
  members: Membership[];
  events: IndexEvent[];
}

const priceArb = fc.option(fc.double({ min: 1, max: 200, noNaN: true }), { freq: 8, nil: null });
const barsArb = fc.array(priceArb, { minLength: N, maxLength: N });
const intervalArb = fc.record({
  from: fc.integer({ min: -5, max: N }),
  len: fc.option(fc.integer({ min: 1, max: N })),
});
const eventArb = fc.record({
  remove: fc.boolean(),
  date: fc.integer({ min: -10, max: N + 5 }),
  lead: fc.integer({ min: -4, max: 8 }), // negative: known after it took effect
});
const assetArb = fc.record({
  prices: barsArb,
  intervals: fc.array(intervalArb, { maxLength: 2 }),
  events: fc.array(eventArb, { maxLength: 3 }),
});

function barsOf(prices: readonly (number | null)[]): Bar[] {
  const out: Bar[] = [];
  prices.forEach((p, k) => {
    if (p !== null) out.push({ t: at(k), open: p, high: p, low: p, close: p, volume: 1 });
  });
  return out;
}

function world(
  spec: readonly {
    prices: (number | null)[];
    intervals: { from: number; len: number | null }[];
    events: { remove: boolean; date: number; lead: number }[];
  }[],
): World {
  const w: World = { bars: {}, members: [], events: [] };
  spec.forEach((s, n) => {
    const a = asset(IDS[n]!);
    w.bars[a.id] = barsOf(s.prices);
    for (const { from, len } of s.intervals) {
      w.members.push(
        len === null ? { asset: a, from: at(from) } : { asset: a, from: at(from), to: at(from + len) },
      );
    }
    for (const e of s.events) {
      w.events.push({
        type: e.remove ? 'index_remove' : 'index_add',
        index: 'X',
        asset: a,
        date: at(e.date),
        knownAt: at(e.date - e.lead),
      });
    }
  });
  return w;
}

/** Change everything the market cannot know at session `t` (a day number), using `noise`. */
function perturb(w: World, t: number, noise: { price: number; shift: number; extra: boolean }): World {
  const after = (d: Date) => d.getTime() > dateOfDay(t).getTime();
  const bars: Record<string, Bar[]> = {};
  for (const [id, list] of Object.entries(w.bars)) {
    bars[id] = list
      .filter((b, k) => !(after(b.t) && k % 3 === 0)) // drop some later bars
      .map((b) =>
        after(b.t)
          ? {
              ...b,
              open: b.open * noise.price,
              high: b.high * noise.price,
              low: b.low * noise.price,
              close: b.close * noise.price,
            }
          : b,
      );
  }
  const tDate = dateOfDay(t);
  const later = (d: Date, k: number) =>
    new Date(Math.max(d.getTime(), tDate.getTime() + 86_400_000) + k * 86_400_000);
  const members: Membership[] = w.members.map((m) => {
    // Only what lies after t moves: a start after t, an end after t (or no end).
    const from = after(m.from) ? later(m.from, noise.shift) : m.from;
    if (m.to !== undefined && !after(m.to)) return { ...m, from };
    const to = later(m.to ?? tDate, noise.shift + 1);
    return noise.extra
      ? { asset: m.asset, from }
      : { asset: m.asset, from, to: to > from ? to : later(from, 1) };
  });
  if (noise.extra) members.push({ asset: asset('E'), from: later(tDate, 1) }); // joins after t
  const events: IndexEvent[] = w.events
    .filter((e) => !(after(e.knownAt) && noise.extra)) // drop events known after t
    .map((e) =>
      after(e.knownAt) ? { ...e, date: new Date(e.date.getTime() - noise.shift * 86_400_000) } : e,
    );
  if (noise.extra) {
    events.push({ type: 'index_add', index: 'X', asset: asset('A'), date: tDate, knownAt: later(tDate, 0) });
  }
  return { bars, members, events };
}

async function observe(w: World, t: number) {
  const feed = new MemoryIndexFeed(w.bars, { X: { members: w.members, events: w.events } });
  const runtime = new FeatureRuntime({
    dataFeed: feed,
    featureCache: new MemoryFeatureCache(),
    range,
    freq: '1d',
  });
  const strategy = fromSpec(SPEC, { runtime, calendar });
  await strategy.prepare(range);
  const set = strategy.features;
  const grid = set.panel.grid;
  const last = grid.indexOfDay(t);
  const features = new Map<string, number[]>();
  for (const f of SPEC.features) {
    const v = set.get(f.id);
    if (v.scope !== 'per_asset') continue;
    set.panel.assets.forEach((a, k) => {
      features.set(`${f.id}/${a.id}`, Array.from(v.values[k]!.subarray(0, last + 1)));
    });
  }
  const membership = new Map(
    set.panel.assets.map((a, k) => [a.id, Array.from(set.panel.membership![k]!.subarray(0, last + 1))]),
  );
  const decisions: unknown[] = [];
  let state = initialState();
  for (let i = grid.start; i <= last; i++) {
    const r = strategy.decide(i, state);
    decisions.push(r.decision);
    state = r.state;
  }
  return { features, membership, decisions, ids: set.panel.assets.map((a) => a.id) };
}

describe('look-ahead law with dynamic universes and index events', () => {
  it('changes after t (bars, events known after t, membership) leave features and decisions up to t unchanged', async () => {
    const sessions = calendar.sessionDays(range);
    const seen = { targets: 0, events: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(assetArb, { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: sessions.length - 1 }),
        fc.record({
          price: fc.double({ min: 0.2, max: 5, noNaN: true }),
          shift: fc.integer({ min: 0, max: 6 }),
          extra: fc.boolean(),
        }),
        async (assets, tk, noise) => {
          const t = sessions[tk]!;
          const w1 = world(assets);
          const w2 = perturb(w1, t, noise);
          const [o1, o2] = [await observe(w1, t), await observe(w2, t)];
          expect(o2.decisions).toEqual(o1.decisions);
          if (o1.decisions.some((d) => Object.keys((d as { targets: object }).targets).length > 0))
            seen.targets++;
          if ([...o1.features].some(([k, v]) => k.startsWith('since') && v.some((x) => !Number.isNaN(x))))
            seen.events++;
          // Assets in only one panel are non-members through t; common ones agree on everything.
          for (const [id, m] of o1.membership) {
            const m2 = o2.membership.get(id);
            if (m2 === undefined)
              expect(
                m.every((x) => x === 0),
                id,
              ).toBe(true);
            else expect(m2, id).toEqual(m);
          }
          for (const [id, m] of o2.membership)
            if (!o1.membership.has(id))
              expect(
                m.every((x) => x === 0),
                id,
              ).toBe(true);
          for (const [key, v] of o1.features) {
            const v2 = o2.features.get(key);
            if (v2 !== undefined) expect(v2, key).toEqual(v);
          }
        },
      ),
      { numRuns: 60 },
    );
    // The law is not vacuous: most runs decide something and see known events before t.
    expect(seen.targets).toBeGreaterThan(30);
    expect(seen.events).toBeGreaterThan(30);
  });
});
