/** One case per rule of docs/spec-language.md, run through the compiled form (and checked against the interpreter). */
import { describe, expect, it } from 'vitest';
import { iff, makeFeatureSet } from '../../test/support/feature-set.js';
import { interpret } from '../evaluate/interpret.js';
import type { FeatureSet } from '../features/types.js';
import { compileRules } from './compile.js';
import type { Hold } from './context.js';
import type { Condition, RuleNode } from './spec-types.js';

type Out = Record<string, number> | Hold;

/** Runs the tree over every session carrying hysteresis; asserts compiled = interpreted on the way. */
function run(rules: RuleNode, fs: FeatureSet): { out: Out[]; hyst: Record<string, boolean>[] } {
  const compiled = compileRules(rules, fs);
  let h: Record<string, boolean> = {};
  const out: Out[] = [];
  const hyst: Record<string, boolean>[] = [];
  for (let i = 0; i < fs.panel.grid.days.length; i++) {
    const c = compiled.evaluate(i, h);
    const r = interpret(rules, fs, i, h);
    const w = c.result instanceof Float64Array ? compiled.toRecord(c.result) : c.result;
    expect(w, `compiled = interpreted at ${i}`).toEqual(r.result);
    expect(c.hysteresis).toEqual(r.hysteresis);
    out.push(w);
    hyst.push(c.hysteresis);
    h = c.hysteresis;
  }
  return { out, hyst };
}

const A = { op: 'allocate', weights: { A: 1 } } as const;
const B = { op: 'allocate', weights: { B: 1 } } as const;
const pick = (o: Out) => ('hold' in o ? 'hold' : Object.keys(o).join(','));

describe('nodes', () => {
  const fs = makeFeatureSet({ assets: ['A', 'B', 'C'], scalar: { x: [1, -1] } });

  it('allocate gives fixed weights, negative = short', () => {
    expect(run({ op: 'allocate', weights: { A: 0.6, B: -0.2 } }, fs).out[0]).toEqual({ A: 0.6, B: -0.2 });
  });
  it('if takes then when the condition is true and else when false', () => {
    const { out } = run(iff({ op: 'gt', left: { ref: 'x' }, right: 0 }, A, B), fs);
    expect(out.map(pick)).toEqual(['A', 'B']);
  });
  it('weight spreads equal weight over a fixed list', () => {
    expect(run({ op: 'weight', assets: ['A', 'C'], weighting: { scheme: 'equal' } }, fs).out[0]).toEqual({
      A: 0.5,
      C: 0.5,
    });
  });
  it('group mixes children by weight and a negative weight shorts that leg', () => {
    const g: RuleNode = {
      op: 'group',
      children: [
        { weight: 1, node: A },
        { weight: -0.5, node: B },
      ],
    };
    expect(run(g, fs).out[0]).toEqual({ A: 1, B: -0.5 });
  });
  it('cash gives all weights zero', () => {
    expect(run({ op: 'cash' }, fs).out[0]).toEqual({});
  });
});

describe('weightings', () => {
  const close = { A: [100, 101, 100, 101, 100], B: [100, 102, 100, 102, 100] };
  const fs = makeFeatureSet({
    assets: ['A', 'B'],
    close,
    perAsset: { s: { A: [3, 3, 3, 3, -1], B: [1, 1, 1, 1, -2] } },
  });
  it('inverse_volatility weights by 1/stdev of the last lookback close returns; the calmer asset gets more', () => {
    const { out } = run(
      { op: 'weight', assets: ['A', 'B'], weighting: { scheme: 'inverse_volatility', lookback: 3 } },
      fs,
    );
    expect(pick(out[2]!), 'not enough history: holds').toBe('hold');
    const w = out[4] as Record<string, number>;
    expect(w.A! + w.B!).toBeCloseTo(1, 12);
    expect(w.A!).toBeGreaterThan(w.B!);
  });
  it('proportional weights by max(score, 0), all scores <= 0 falls back to equal', () => {
    const { out } = run(
      { op: 'weight', assets: ['A', 'B'], weighting: { scheme: 'proportional', by: { ref: 's' } } },
      fs,
    );
    expect(out[0]).toEqual({ A: 0.75, B: 0.25 });
    expect(out[4]).toEqual({ A: 0.5, B: 0.5 });
  });
  it('specified weights by list position', () => {
    const { out } = run(
      { op: 'weight', assets: ['B', 'A'], weighting: { scheme: 'specified', weights: [0.7, 0.3] } },
      fs,
    );
    expect(out[0]).toEqual({ B: 0.7, A: 0.3 });
  });
});

describe('select', () => {
  const assets = ['D', 'C', 'B', 'A'];
  const fs = makeFeatureSet({
    assets,
    close: { A: [1, 1], B: [1, 1], C: [1, Number.NaN], D: [1, 1] },
    membership: { A: [1, 1], B: [1, 1], C: [1, 1], D: [1, 0] },
    perAsset: {
      mom: { A: [2, 2], B: [5, 5], C: [2, 9], D: [Number.NaN, 9] },
      ok: { A: [1, 1], B: [0, 0], C: [1, 1], D: [1, 1] },
    },
  });
  const sel = (extra: Partial<Extract<RuleNode, { op: 'select' }>>): Out[] =>
    run({ op: 'select', rank: { ref: 'mom' }, ...extra } as RuleNode, fs).out;

  it('ranks desc by default and keeps count', () => {
    expect(sel({ count: 1 })[0]).toEqual({ B: 1 });
  });
  it('breaks ties by asset id ascending', () => {
    expect(sel({ count: 2 })[0]).toEqual({ B: 0.5, A: 0.5 });
    expect(sel({ count: 2, order: 'asc' })[0], 'A and C tie at 2: A first').toEqual({ A: 0.5, C: 0.5 });
  });
  it('asc keeps the lowest scores', () => {
    expect(sel({ count: 1, order: 'asc' })[0]).toEqual({ A: 1 });
  });
  it('fraction keeps floor(n × fraction) but at least 1', () => {
    expect(sel({ fraction: 0.5 })[0], 'n = 3 (D has NaN rank): floor(1.5) = 1').toEqual({ B: 1 });
    expect(sel({ fraction: 0.1 })[0]).toEqual({ B: 1 });
    expect(sel({ fraction: 1 })[0]).toEqual({ A: 1 / 3, B: 1 / 3, C: 1 / 3 });
  });
  it('never selects a NaN rank value', () => {
    expect(Object.keys(sel({})[0]!)).not.toContain('D');
  });
  it('excludes non-members and assets without a bar at the session', () => {
    expect(sel({})[1], 'D left the index, C has no close on session 1').toEqual({ A: 0.5, B: 0.5 });
  });
  it('keeps only assets whose per-asset filter is true', () => {
    const filter: Condition = { op: 'gt', left: { ref: 'ok' }, right: 0 };
    expect(sel({ filter })[0]).toEqual({ A: 0.5, C: 0.5 });
  });
  it('from restricts the candidates', () => {
    expect(sel({ from: ['A', 'C'], count: 1 })[0], 'tie A/C at 2 -> A').toEqual({ A: 1 });
  });
  it('specified weights go by rank position', () => {
    expect(sel({ count: 2, weighting: { scheme: 'specified', weights: [0.8, 0.2] } })[0]).toEqual({
      B: 0.8,
      A: 0.2,
    });
  });
});

describe('select: undefined weighting inputs drop the asset (a new listing must not freeze the strategy)', () => {
  // N is a new listing: its first close is on session 2, so its stdev and score are NaN before that.
  const nan = Number.NaN;
  const fs = makeFeatureSet({
    assets: ['A', 'B', 'N'],
    close: {
      A: [100, 101, 100, 101, 100, 101],
      B: [100, 102, 100, 102, 100, 102],
      N: [nan, nan, 50, 51, 50, 52],
    },
    perAsset: {
      mom: { A: [1, 1, 1, 1, 1, 1], B: [2, 2, 2, 2, 2, 2], N: [nan, nan, 9, 9, 9, 9] },
      score: { A: [1, 1, 1, 1, 1, 1], B: [3, 3, 3, 3, 3, 3], N: [nan, nan, nan, 2, 2, 2] },
    },
  });
  it('inverse_volatility: an asset whose stdev is NaN is not a candidate, the others are weighted', () => {
    const tree: RuleNode = {
      op: 'select',
      rank: { ref: 'mom' },
      count: 2,
      weighting: { scheme: 'inverse_volatility', lookback: 2 },
    };
    const { out } = run(tree, fs);
    expect(pick(out[1]!), 'A and B have no stdev yet either: nothing selected, cash').toBe('');
    expect(pick(out[3]!), 'N listed on 2 has one return by 3: dropped before count, top 2 = B, A').toBe(
      'A,B',
    );
    expect(pick(out[4]!), 'N has two returns by 4: ranked first').toBe('B,N');
  });
  it('proportional: an asset whose score is NaN is not a candidate', () => {
    const tree: RuleNode = {
      op: 'select',
      rank: { ref: 'mom' },
      count: 2,
      weighting: { scheme: 'proportional', by: { ref: 'score' } },
    };
    const { out } = run(tree, fs);
    expect(out[2], 'N ranks first but has no score: skipped, count filled by B and A').toEqual({
      A: 0.25,
      B: 0.75,
    });
    expect(out[3]).toEqual({ B: 0.6, N: 0.4 });
  });
  it('a weight node over a fixed list still holds on an undefined input', () => {
    const { out } = run(
      { op: 'weight', assets: ['A', 'N'], weighting: { scheme: 'proportional', by: { ref: 'score' } } },
      fs,
    );
    expect(out[2]).toEqual({
      hold: true,
      reason: 'proportional: {ref: score} is undefined (NaN) for N',
      pointer: '/rules/weighting',
    });
  });
});

describe('hysteresis', () => {
  // Price oscillates ±0.5 around its SMA of 100.
  const price = [101, 99.5, 100.5, 99.5, 100.5, 99.5, 98, 99.5, 101.5];
  const fs = makeFeatureSet({
    assets: ['A', 'B'],
    scalar: { price, sma: price.map(() => 100), neg: price.map((p) => -p), thr: price.map(() => -100) },
  });
  const above = (tolerance?: { value: number; mode: 'absolute' | 'relative' }): Condition => ({
    op: 'gt',
    left: { ref: 'price' },
    right: { ref: 'sma' },
    ...(tolerance ? { tolerance } : {}),
  });

  it('a price oscillating around its SMA flips every session without a tolerance', () => {
    const { out } = run(iff(above(), A, B), fs);
    expect(out.map(pick)).toEqual(['A', 'B', 'A', 'B', 'A', 'B', 'B', 'B', 'A']);
  });
  it('does not flip with a 1% relative tolerance: off only below sma − 1, on again only above sma + 1', () => {
    const { out } = run(iff(above({ value: 1, mode: 'relative' }), A, B), fs);
    expect(out.map(pick)).toEqual(['A', 'A', 'A', 'A', 'A', 'A', 'B', 'B', 'A']);
  });
  it('an absolute band works the same way', () => {
    const { out } = run(iff(above({ value: 1, mode: 'absolute' }), A, B), fs);
    expect(out.map(pick)).toEqual(['A', 'A', 'A', 'A', 'A', 'A', 'B', 'B', 'A']);
  });
  it('a negative threshold with relative mode uses |right| for the band', () => {
    // -price > -100 mirrors price < 100: band = |-100| × 1% = 1.
    const c: Condition = {
      op: 'gt',
      left: { ref: 'neg' },
      right: { ref: 'thr' },
      tolerance: { value: 1, mode: 'relative' },
    };
    const { out } = run(iff(c, A, B), fs);
    expect(out.map(pick)).toEqual(['B', 'B', 'B', 'B', 'B', 'B', 'A', 'A', 'B']);
  });
  it('keys state by JSON pointer when the comparison has no id, and by id when it has one', () => {
    expect(Object.keys(run(iff(above({ value: 1, mode: 'absolute' }), A, B), fs).hyst[0]!)).toEqual([
      'ptr:/rules/cond',
    ]);
    const withId = { ...above({ value: 1, mode: 'absolute' }), id: 'trend' } as Condition;
    expect(run(iff(withId, A, B), fs).hyst[0]).toEqual({ 'id:trend': true });
  });
  it('state on an untaken branch still updates every evaluation', () => {
    const inner: Condition = { ...above({ value: 1, mode: 'absolute' }), id: 'inner' } as Condition;
    // The outer condition is always false, so the inner `if` is never taken.
    const tree = iff({ op: 'lt', left: 1, right: 0 }, iff(inner, A, B), { op: 'cash' });
    const { hyst } = run(tree, fs);
    expect(hyst.map((h) => h['id:inner'])).toEqual([true, true, true, true, true, true, false, false, true]);
  });
  it('keeps per-asset state inside a filter keyed ptr:<pointer>@<asset id>', () => {
    const fsA = makeFeatureSet({ assets: ['A', 'B'], perAsset: { m: { A: [1, 2], B: [-1, -2] } } });
    const tree: RuleNode = {
      op: 'select',
      filter: { op: 'gt', left: { ref: 'm' }, right: 0, tolerance: { value: 0.5, mode: 'absolute' } },
    };
    expect(run(tree, fsA).hyst[1]).toEqual({ 'ptr:/rules/filter@A': true, 'ptr:/rules/filter@B': false });
  });
});

describe('hold rule', () => {
  const fs = makeFeatureSet({
    assets: ['A', 'B'],
    scalar: { x: [1, Number.NaN, 1], y: [Number.NaN, Number.NaN, Number.NaN] },
  });
  it('a NaN input on the decision path holds with a reason and pointer, never falling through to else', () => {
    const { out } = run(iff({ op: 'gt', left: { ref: 'x' }, right: 0 }, A, B), fs);
    expect(out[1]).toEqual({
      hold: true,
      reason: 'gt reads an undefined value (NaN): left {ref: x}',
      pointer: '/rules/cond',
    });
  });
  it('and/or use three-valued logic: a decisive argument wins over a NaN one', () => {
    const nan: Condition = { op: 'gt', left: { ref: 'y' }, right: 0 };
    const no: Condition = { op: 'lt', left: 1, right: 0 };
    expect(pick(run(iff({ op: 'and', args: [nan, no] }, A, B), fs).out[0]!)).toBe('B');
    expect(pick(run(iff({ op: 'or', args: [nan, no] }, A, B), fs).out[0]!)).toBe('hold');
  });
  it('a NaN on an untaken branch does not hold', () => {
    const tree = iff(
      { op: 'gt', left: 1, right: 0 },
      A,
      iff({ op: 'gt', left: { ref: 'y' }, right: 0 }, A, B),
    );
    expect(run(tree, fs).out[0]).toEqual({ A: 1 });
  });
});
