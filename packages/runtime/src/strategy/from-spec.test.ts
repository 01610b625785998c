import { readFileSync } from 'node:fs';
import { NYSEExchangeCalendar, toDay } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import { describe, expect, it } from 'vitest';
import { iff, makeFeatureSet } from '../../test/support/feature-set.js';
import type { SpecLike } from '../compile/spec-types.js';
import type { Decision, StrategyState } from '../evaluate/types.js';
import { SpecError } from './errors.js';
import { scaleTargets } from './execution.js';
import { fromSpec } from './from-spec.js';
import { type FeatureProvider, initialState } from './types.js';

const calendar = new NYSEExchangeCalendar();
const allDays = calendar.sessionDays({ from: '2023-10-01', to: '2024-07-01' });
const n = allDays.length;
// A price oscillating around a slowly rising SMA, so the rule flips and hysteresis matters.
const price = Array.from({ length: n }, (_, k) => 100 + k * 0.05 + 3 * Math.sin(k / 3));
const sma = Array.from({ length: n }, (_, k) => (k < 10 ? Number.NaN : 100 + k * 0.05));

/**
 * A FeatureProvider over fixed arrays: the grid always starts at the same first day (its warm-up)
 * and ends before `range.to`, as the feature runtime's contract promises (no look-ahead).
 */
const provider: FeatureProvider = {
  async prepare({ range }) {
    const to = toDay(range.to);
    const from = toDay(range.from);
    const m = allDays.findIndex((d) => d >= to);
    const len = m < 0 ? n : m;
    return makeFeatureSet({
      assets: ['us:SPY', 'us:IEF'],
      days: allDays.slice(0, len),
      start: Math.max(
        0,
        allDays.findIndex((d) => d >= from),
      ),
      scalar: { price: price.slice(0, len), sma: sma.slice(0, len) },
    });
  },
};

const features: Feature[] = [
  { id: 'price', kind: 'price', asset: 'us:SPY' },
  { id: 'sma', kind: 'sma', asset: 'us:SPY', period: 10 },
];
const spec: SpecLike = {
  kind: 'tactical/v1',
  universe: [
    { id: 'us:SPY', symbol: 'SPY' },
    { id: 'us:IEF', symbol: 'IEF' },
  ],
  rebalance: { frequency: 'Weekly', anchors: [1, -1] },
  execution: { cashReserve: 0.05 },
  features,
  rules: iff(
    { op: 'gt', left: { ref: 'price' }, right: { ref: 'sma' }, tolerance: { value: 1, mode: 'relative' } },
    { op: 'allocate', weights: { 'us:SPY': 1 } },
    { op: 'allocate', weights: { 'us:IEF': 1 } },
  ),
};
const range = { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2024-07-01T00:00:00Z') };

async function backtestDecisions(): Promise<Decision[]> {
  const strategy = fromSpec(spec, { runtime: provider, calendar });
  await strategy.prepare(range);
  const grid = strategy.features.panel.grid;
  let state: StrategyState = initialState();
  const out: Decision[] = [];
  for (let i = grid.start; i < grid.days.length; i++) {
    const r = strategy.decide(i, state);
    out.push(r.decision);
    state = r.state;
  }
  return out;
}

describe('fromSpec', () => {
  it('resolves execution defaults (next_open, no costs, fractional, gross 1, min trade 0.001, total returns)', () => {
    const s = fromSpec({ ...spec, execution: undefined }, { runtime: provider, calendar });
    expect(s.execution).toEqual({
      fill: 'next_open',
      slippageBps: 0,
      commission: { bps: 0, perShare: 0, minimum: 0 },
      shares: 'fractional',
      cashReserve: 0,
      maxGrossExposure: 1,
      minTradeWeight: 0.001,
      returns: 'total',
      borrowFeeBps: 0,
      cashInterest: 0,
    });
  });

  it('throws a SpecError carrying diagnostics for an invalid spec', () => {
    expect(() =>
      fromSpec({ ...spec, kind: 'tactical/v0' } as unknown as SpecLike, { runtime: provider, calendar }),
    ).toThrow(SpecError);
    try {
      fromSpec({ ...spec, kind: 'tactical/v0' } as unknown as SpecLike, { runtime: provider, calendar });
    } catch (e) {
      expect((e as SpecError).diagnostics[0]?.pointer).toBe('/kind');
    }
  });

  it('validates with @tactical/spec: schema and semantic errors, the first few listed as `pointer message`', () => {
    const bad = {
      ...spec,
      rebalance: { frequency: 'Fortnightly' },
      rules: iff(
        { op: 'gt', left: { ref: 'nope' }, right: 0 },
        { op: 'allocate', weights: { 'us:SPY': 1 } },
        { op: 'cash' },
      ),
    } as unknown as SpecLike;
    let error: SpecError | undefined;
    try {
      fromSpec(bad, { runtime: provider, calendar });
    } catch (e) {
      error = e as SpecError;
    }
    expect(error).toBeInstanceOf(SpecError);
    expect(error!.code).toBe('invalid_spec');
    const pointers = error!.diagnostics.map((d) => d.pointer);
    expect(pointers).toContain('/rebalance/frequency');
    const first = error!.diagnostics[0]!;
    expect(error!.message).toContain(`${first.pointer || '/'} ${first.message}`);
  });

  it('accepts every bundled example spec', () => {
    for (const name of ['spy-ief-trend', 'conservative-formula', 'index-rebalance', 'tlt-spy-swap']) {
      const text = readFileSync(new URL(`../../../../examples/${name}/spec.json`, import.meta.url), 'utf8');
      expect(
        () => fromSpec(JSON.parse(text) as SpecLike, { runtime: provider, calendar }),
        name,
      ).not.toThrow();
    }
  });

  it('decides only on rebalance days and scales targets by (1 - cashReserve)', async () => {
    const decisions = await backtestDecisions();
    const rebalancing = decisions.filter((d) => d.rebalance);
    expect(rebalancing.length).toBeGreaterThan(20);
    expect(rebalancing.length).toBeLessThan(decisions.length);
    for (const d of rebalancing) {
      expect(Object.values(d.targets), JSON.stringify(d)).toEqual([0.95]);
    }
  });

  it('a service calling evaluate day by day, persisting JSON state, gets exactly what the backtest got', async () => {
    const expected = await backtestDecisions();
    const service = fromSpec(spec, { runtime: provider, calendar });
    let stored = JSON.stringify(initialState());
    const got: Decision[] = [];
    for (const d of expected) {
      const { state, ...decision } = await service.evaluate(d.t, JSON.parse(stored) as StrategyState);
      got.push(decision);
      stored = JSON.stringify(state);
    }
    expect(got).toEqual(expected);
  });

  it('refuses to decide backwards in time', async () => {
    const s = fromSpec(spec, { runtime: provider, calendar });
    await s.prepare(range);
    const i = s.features.panel.grid.start;
    const { state } = s.decide(i + 1, initialState());
    expect(() => s.decide(i, state)).toThrow(/already evaluated/);
  });

  it('a tree whose gross can exceed maxGrossExposure is a validation error; the runtime cap scales and warns', () => {
    const over = {
      ...spec,
      execution: { maxGrossExposure: 1 },
      rules: {
        op: 'group',
        children: [
          { weight: 1, node: { op: 'weight', assets: ['us:SPY'], weighting: { scheme: 'equal' } } },
          { weight: -0.5, node: { op: 'weight', assets: ['us:IEF'], weighting: { scheme: 'equal' } } },
        ],
      },
    } as SpecLike;
    expect(() => fromSpec(over, { runtime: provider, calendar })).toThrow(/above maxGrossExposure 1/);
    // The validator bounds every node (weight/select sum to 1), so the runtime scaling is a safety net.
    const { targets, warning } = scaleTargets(
      { 'us:SPY': 1, 'us:IEF': -0.5 },
      { cashReserve: 0, maxGrossExposure: 1 },
    );
    expect(targets['us:SPY']).toBeCloseTo(2 / 3, 12);
    expect(targets['us:IEF']).toBeCloseTo(-1 / 3, 12);
    expect(warning).toMatch(/exceeds maxGrossExposure/);
  });

  it('holds the previous targets with the reason when the SMA is undefined', async () => {
    const s = fromSpec({ ...spec, rebalance: { frequency: 'Daily' } }, { runtime: provider, calendar });
    await s.prepare({ from: new Date('2023-10-02T00:00:00Z'), to: range.to });
    const prev: StrategyState = { targets: { 'us:IEF': 0.95 }, hysteresis: {} };
    const { decision, state } = s.decide(0, prev);
    expect(decision.hold).toEqual({
      reason: 'gt reads an undefined value (NaN): right {ref: sma}',
      pointer: '/rules/cond',
    });
    expect(decision.targets, 'held, not the else branch').toEqual({ 'us:IEF': 0.95 });
    expect(state.targets).toEqual({ 'us:IEF': 0.95 });
  });

  it('isRebalanceDay follows the anchors (first and last session of each ISO week)', async () => {
    const s = fromSpec(spec, { runtime: provider, calendar });
    expect(s.isRebalanceDay('2024-01-02'), 'Tuesday after New Year is the first session of its week').toBe(
      true,
    );
    expect(s.isRebalanceDay('2024-01-03')).toBe(false);
    expect(s.isRebalanceDay('2024-01-05')).toBe(true);
  });
});
