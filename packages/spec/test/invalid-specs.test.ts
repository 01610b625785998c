/**
 * The table of invalid specs: each case breaks one rule of docs/spec-language.md and asserts the
 * exact pointer and message of every diagnostic (and line:column for JSON syntax errors).
 */
import { describe, expect, it } from 'vitest';
import { resolvePointer, validateSpec, validateSpecText } from '../src/index.js';
import { canon, rich, seed } from './fixtures.js';
import { CASES } from './invalid-cases.js';

describe('invalid specs', () => {
  it('the fixtures the cases break are valid (seed 003, rich, canon constructs)', () => {
    for (const spec of [seed(), rich(), canon()]) expect(validateSpec(spec).ok).toBe(true);
  });

  it('the table holds at least 40 distinct cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size, 'case names are unique').toBe(CASES.length);
    const texts = CASES.map((c) => c.text ?? JSON.stringify(c.spec!()));
    expect(new Set(texts).size, 'every case is a different document').toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = c.text ?? JSON.stringify(c.spec!(), null, 2);
    const result = validateSpecText(text, 'spec.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const got = result.errors.map((e) => [
      e.pointer,
      e.message,
      ...(c.text !== undefined ? [`${e.line}:${e.column}`] : []),
    ]);
    expect(got).toEqual(c.errors);
    for (const e of result.errors) {
      expect(e.file).toBe('spec.json');
      expect(e.line, 'every diagnostic is located').toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
      if (c.spec) expect(resolvePointer(c.spec(), e.pointer).found, `${e.pointer} resolves`).toBe(true);
    }
  });
});

describe('hints', () => {
  const first = (spec: unknown) => {
    const r = validateSpec(spec);
    if (r.ok) throw new Error('expected errors');
    return r.errors[0]!;
  };

  it('an unknown property hints the closest allowed name', () => {
    const s = seed();
    s.features[1].peroid = 50;
    const d = result(s).find((e) => e.code === 'unknown-property')!;
    expect(d).toMatchObject({
      pointer: '/features/1/peroid',
      message: "unknown property 'peroid'",
      hint: "did you mean 'period'?",
    });
  });

  it('an unknown property without a close name lists the allowed ones', () => {
    const s = seed();
    s.rebalance.xyz = 1;
    expect(first(s).hint).toBe('allowed here: frequency, anchors, drift, atStart');
  });

  it('an unknown feature kind hints the closest kind and lists them all', () => {
    const s = seed();
    s.features[1].kind = 'smaa';
    expect(first(s)).toMatchObject({
      code: 'unknown-variant',
      hint: "did you mean 'sma'? expected one of: price, sma, ema, rsi, return, volatility, drawdown, field, calendar, event, aggregate, asset_value, expr",
    });
  });

  it('an enum value hints the closest allowed value', () => {
    const s = seed();
    s.rebalance.frequency = 'montly';
    expect(first(s)).toMatchObject({
      code: 'invalid-value',
      hint: "did you mean 'Monthly'?",
      params: { allowed: ['Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly'] },
    });
  });

  it('an unknown feature ref hints the closest declared feature', () => {
    const s = seed();
    s.rules.cond.left.ref = 'spy_prise';
    expect(first(s)).toMatchObject({
      code: 'unknown-feature',
      pointer: '/rules/cond/left/ref',
      hint: "did you mean 'spy_price'?",
    });
  });

  it('a newer version hints to upgrade the engine', () => {
    const s = seed();
    s.kind = 'tactical/v9';
    expect(first(s)).toMatchObject({
      code: 'unsupported-version',
      message: 'this file is tactical/v9; this engine reads tactical/v1',
      hint: 'it was written for a newer engine: upgrade tactical, or rewrite the spec as tactical/v1',
    });
  });

  it('a trailing comma names the comma to remove', () => {
    const r = validateSpecText('{\n  "kind": "tactical/v1",\n}');
    expect(r.ok ? undefined : r.errors[0]).toMatchObject({
      code: 'json-syntax',
      line: 3,
      column: 1,
      hint: "JSON allows no comma after the last property: remove the ',' at 2:24",
    });
  });

  it('an expression cycle reports its path', () => {
    const s = seed();
    s.features.push(
      { id: 'a', kind: 'expr', op: 'add', args: [{ ref: 'b' }, 1] },
      { id: 'b', kind: 'expr', op: 'add', args: [{ ref: 'c' }, 1] },
      { id: 'c', kind: 'expr', op: 'neg', args: [{ op: 'abs', args: [{ ref: 'a' }] }] },
    );
    expect(first(s)).toMatchObject({ code: 'feature-cycle', params: { cycle: ['a', 'b', 'c', 'a'] } });
  });

  function result(spec: unknown) {
    const r = validateSpec(spec);
    return r.ok ? [] : r.errors;
  }
});

describe('gross exposure agrees with the runtime', () => {
  it('a long/short specified weighting is normalised by its absolute sum, so its leg has gross 1', () => {
    const spec = seed();
    spec.rules = {
      op: 'weight',
      assets: ['us:SPY', 'us:IEF'],
      weighting: { scheme: 'specified', weights: [1, -0.5] },
    };
    const r = validateSpec(spec);
    expect(r.ok, JSON.stringify(r.ok ? [] : r.errors)).toBe(true);
  });

  it('a group of two such legs at weight 0.6 each exceeds 1', () => {
    const spec = seed();
    const leg = {
      op: 'weight',
      assets: ['us:SPY', 'us:IEF'],
      weighting: { scheme: 'specified', weights: [1, -0.5] },
    };
    spec.rules = {
      op: 'group',
      children: [
        { weight: 0.6, node: leg },
        { weight: 0.6, node: leg },
      ],
    };
    const r = validateSpec(spec);
    expect(r.ok).toBe(false);
  });
});
