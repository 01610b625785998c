/**
 * Inputs that once took minutes or never returned (issue 14): each now answers with a capped list
 * of located diagnostics. Times are printed by bench/validate-scale.bench.ts; here the timeout
 * only catches a return to quadratic behaviour (the 1,000 x 64 spec took 20 minutes).
 */
import { describe, expect, it } from 'vitest';
import { type Diagnostic, LIMITS, validateSpec, validateSpecText } from '../src/index.js';
import { buildSpec, seed } from './fixtures.js';
import { badAssets, badOperands, cyclic, longArgs, manyRootKeys, sharedReferences } from './scale-inputs.js';

function errorsOf(input: unknown): Diagnostic[] {
  const r = validateSpec(input);
  if (r.ok) throw new Error('expected diagnostics');
  return r.errors;
}

/** The listed diagnostics plus the count the last one gives. */
function total(errors: Diagnostic[]): number {
  const last = errors[errors.length - 1]!;
  return last.code === 'more-errors' ? errors.length - 1 + (last.params!.more as number) : errors.length;
}

describe('diagnostics are capped, and counted', () => {
  it(`1,000 expression features x 64 bad operands: ${LIMITS.diagnostics} listed, 64,000 counted`, {
    timeout: 20_000,
  }, () => {
    const errors = errorsOf(badOperands(1000, 64));
    expect(errors).toHaveLength(LIMITS.diagnostics + 1);
    expect(total(errors)).toBe(64_000);
    expect(errors[0]).toMatchObject({ code: 'wrong-type', pointer: '/features/0/args/0' });
    expect(errors[LIMITS.diagnostics]).toMatchObject({
      code: 'more-errors',
      message: `and 63900 more errors (only the first ${LIMITS.diagnostics} are listed)`,
    });
  });

  it('a 10,001-item args list: the length error plus one per bad operand', { timeout: 20_000 }, () => {
    const errors = errorsOf(longArgs(10_001));
    expect(total(errors)).toBe(10_002);
    // the length error comes first: findings are listed in the order the schema checks them
    expect(errors[0]).toMatchObject({
      pointer: '/features/0/args',
      message: "'args' must have at most 64 items",
    });
  });

  it('100,000 unknown root properties', { timeout: 20_000 }, () => {
    const errors = errorsOf(manyRootKeys(100_000));
    expect(total(errors)).toBe(100_000);
    expect(errors[0]).toMatchObject({ code: 'unknown-property', pointer: '/k0' });
  });

  it('20,000 unknown properties as text are located by line and column', { timeout: 20_000 }, () => {
    const spec = manyRootKeys(20_000);
    const text = JSON.stringify(spec, null, 1);
    const r = validateSpecText(text, 'big.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // kind, universe, features and rules take lines 2-12 of this layout; k0 is on the line after
    const k0 = text.split('\n').findIndex((l) => l.startsWith(' "k0"')) + 1;
    expect(r.errors[0]).toMatchObject({ pointer: '/k0', line: k0, column: 2 });
    expect(total(r.errors)).toBe(20_000);
  });

  it('10,000 weight assets not in a 10,000-asset universe', { timeout: 20_000 }, () => {
    const errors = errorsOf(badAssets(10_000));
    expect(total(errors)).toBe(10_000);
    expect(errors[0]).toMatchObject({ code: 'unknown-asset', pointer: '/rules/assets/0' });
  });

  it('below the cap nothing is added', () => {
    const errors = errorsOf(badOperands(1, 3));
    expect(errors.map((e) => e.pointer)).toEqual([
      '/features/0/args/0',
      '/features/0/args/1',
      '/features/0/args/2',
    ]);
  });
});

describe('object inputs that are not JSON trees', () => {
  it('a cyclic object is a diagnostic at the back reference, not a hang', () => {
    expect(errorsOf(cyclic())).toEqual([
      expect.objectContaining({ code: 'not-json', pointer: '/rules/self', params: { target: '' } }),
    ]);
  });

  it('a deeper cycle names its target', () => {
    const s = seed();
    s.rules.cond.left.loop = s.rules.cond;
    expect(errorsOf(s)).toEqual([
      expect.objectContaining({ pointer: '/rules/cond/left/loop', params: { target: '/rules/cond' } }),
    ]);
  });

  it('24 levels of shared references (16 million paths) are refused without walking them', {
    timeout: 10_000,
  }, () => {
    const errors = errorsOf(sharedReferences(24));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'too-large', params: { limit: LIMITS.values } });
    expect(errors[0]!.pointer.startsWith('/description/a')).toBe(true);
  });

  it('a few shared references are fine: they validate as the JSON they stand for', () => {
    const errors = errorsOf(sharedReferences(8));
    expect(errors.map((e) => [e.pointer, e.message])).toEqual([
      ['/description', "'description' must be a string, got an object"],
    ]);
    const s = seed();
    s.universe.push(s.universe[0]); // the same asset object twice: a duplicate asset, found as such
    expect(errorsOf(s).map((e) => e.code)).toEqual(['duplicate-asset']);
  });

  it("seed 003's buildSpec shares one asset object: valid, with one shared-reference warning naming both places", () => {
    const result = validateSpec(buildSpec('Monthly'));
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({
        code: 'shared-reference',
        severity: 'warning',
        pointer: '/features/0/asset',
        params: { target: '/universe/0', count: 2 },
      }),
    ]);
    // the same spec as JSON text has no shared objects, and no warning
    const copy = validateSpec(JSON.parse(JSON.stringify(buildSpec('Monthly'))));
    expect(copy.ok && copy.warnings).toBeUndefined();
    // an invalid spec lists its errors only
    const bad = buildSpec('Monthly') as unknown as Record<string, unknown>;
    bad.kind = 'tactical/v0';
    const failed = validateSpec(bad);
    expect(failed.ok === false && failed.errors.every((d) => d.severity === 'error')).toBe(true);
  });

  it('a typed array is not an execution object (its inherited methods are never checked)', () => {
    const s = seed();
    s.execution = new Uint8Array(2);
    expect(errorsOf(s)).toEqual([
      expect.objectContaining({
        code: 'not-json',
        pointer: '/execution',
        message: 'a Uint8Array is not plain JSON data',
      }),
    ]);
  });

  it('an object whose properties are all inherited is refused', () => {
    const errors = errorsOf(Object.create(seed()));
    expect(errors).toEqual([expect.objectContaining({ code: 'not-json', pointer: '' })]);
  });

  it('class instances, functions, NaN, bigints and holes are each located', () => {
    class Box {
      v = 1;
    }
    const s = seed();
    s.name = new Box();
    s.description = () => 'x';
    s.rules.then.weights['us:SPY'] = Number.NaN;
    s.rules.else.weights['us:IEF'] = 10n;
    // biome-ignore lint/suspicious/noSparseArray: a hole on purpose
    s.universe = [, s.universe[1]];
    // in the order of the walk: properties in insertion order, depth first
    expect(errorsOf(s).map((e) => [e.pointer, e.message])).toEqual([
      // a hole resolves to nothing, so its diagnostic sits on the list
      ['/universe', 'item 0 is missing (a sparse array)'],
      ['/rules/then/weights/us:SPY', 'NaN is not a JSON number'],
      ['/rules/else/weights/us:IEF', 'a bigint is not a JSON value'],
      ['/name', 'an instance of Box is not plain JSON data'],
      ['/description', 'a function is not a JSON value'],
    ]);
  });

  it('a getter is reported and never called', () => {
    const s = seed();
    let calls = 0;
    Object.defineProperty(s.rules, 'op', {
      enumerable: true,
      get: () => {
        calls++;
        return 'if';
      },
    });
    expect(errorsOf(s)).toEqual([expect.objectContaining({ code: 'not-json', pointer: '/rules/op' })]);
    expect(calls).toBe(0);
  });

  it('a proxy whose traps throw is reported as unreadable, not as an internal error', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('no');
        },
      },
    );
    expect(errorsOf(hostile)).toEqual([
      expect.objectContaining({ code: 'not-json', message: 'the spec could not be read as data: no' }),
    ]);
  });

  it('null-prototype objects and undefined optional properties are plain data', () => {
    const s = seed();
    const weights = Object.assign(Object.create(null), { 'us:SPY': 1 });
    s.rules.then.weights = weights;
    s.rebalance.anchors = undefined;
    expect(validateSpec(s).ok).toBe(true);
  });
});
