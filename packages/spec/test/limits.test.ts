/** Limits (docs § Limits) and the seed specs that must validate unchanged. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, validateSpec, validateSpecText } from '../src/index.js';
import { buildSpec, rich, seed } from './fixtures.js';

const root = join(import.meta.dirname, '..', '..', '..');

describe('seed 003', () => {
  it.each(['Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly'] as const)(
    'buildSpec(%s) validates unchanged',
    (f) => {
      const spec = buildSpec(f);
      const copy = structuredClone(spec);
      // its SPY object is shared by the universe and two features: valid, with that one warning
      expect(validateSpec(spec)).toEqual({
        ok: true,
        spec: copy,
        warnings: [expect.objectContaining({ code: 'shared-reference', pointer: '/features/0/asset' })],
      });
    },
  );

  it("validates with a 2 % relative tolerance on its comparison: { value: 2, mode: 'relative' }", () => {
    const spec = buildSpec('Weekly');
    if (spec.rules.op !== 'if' || !('left' in spec.rules.cond)) throw new Error('seed shape');
    spec.rules.cond.tolerance = { value: 2, mode: 'relative' };
    expect(validateSpec(spec).ok).toBe(true);
  });

  it('a group leg of 0.25 over allocate { SPY: 1 } fits maxGrossExposure 0.5 (the leg adds 0.25)', () => {
    const spec = seed();
    spec.execution = { maxGrossExposure: 0.5 };
    spec.rules.then = {
      op: 'group',
      children: [{ weight: 0.25, node: { op: 'allocate', weights: { 'us:SPY': 1 } } }],
    };
    spec.rules.else = { op: 'cash' };
    expect(validateSpec(spec)).toMatchObject({ ok: true });
  });

  it('an event feature with an index validates on a fixed universe', () => {
    const spec = seed();
    spec.features.push({ id: 'added', kind: 'event', event: 'index_add', index: 'SP500' });
    expect(validateSpec(spec)).toMatchObject({ ok: true });
  });

  it('a spec using every node kind validates', () => {
    expect(validateSpec(rich())).toMatchObject({ ok: true });
  });
});

describe('every example spec validates', () => {
  const files = readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && !f.includes('node_modules'))
    .map((f) => `examples/${f.split('\\').join('/')}`)
    .sort();
  const specs = files.filter((f) => /"kind"\s*:/.test(readFileSync(join(root, f), 'utf8')));
  it('finds the spy-ief-trend specs', () => {
    expect(specs).toEqual(
      expect.arrayContaining(['examples/spy-ief-trend/spec.json', 'examples/spy-ief-trend/spec.weekly.json']),
    );
  });
  it.each(specs)('%s', (file) => {
    const r = validateSpecText(readFileSync(join(root, file), 'utf8'), file);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
});

describe('nesting depth of 64 levels', () => {
  const nestIf = (levels: number) => {
    const s = seed();
    let node: unknown = { op: 'cash' };
    for (let i = 1; i < levels; i++)
      node = { op: 'if', cond: { op: 'gt', left: 1, right: 0 }, then: node, else: { op: 'cash' } };
    s.rules = node;
    return s;
  };

  it('a rule tree 64 levels deep is fine', () => {
    expect(validateSpec(nestIf(64)).ok).toBe(true);
  });

  it('a rule tree 65 levels deep is too deep, reported at the 65th node', () => {
    const r = validateSpec(nestIf(65));
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.pointer, e.message])).toEqual([
      ['too-deep', `/rules${'/then'.repeat(64)}`, 'rule tree nests deeper than 64 levels'],
    ]);
  });

  it('a 20,000-deep tree gives the depth diagnostic, not a stack overflow', () => {
    const depth = 20_000;
    const text = `{"kind":"tactical/v1","universe":[{"id":"us:SPY","symbol":"SPY"}],"features":[],"rules":${'{"op":"if","cond":{"op":"gt","left":1,"right":0},"else":{"op":"cash"},"then":'.repeat(depth)}{"op":"cash"}${'}'.repeat(depth + 1)}`;
    const r = validateSpecText(text, 'deep.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    // "else" precedes "then" in this text, so the first node past level 64 in document order is an else
    expect(r.errors[0]).toMatchObject({
      code: 'too-deep',
      pointer: `/rules${'/then'.repeat(63)}/else`,
      line: 1,
    });
    expect(r.errors[0]!.column).toBeGreaterThan(1);
  });

  it('conditions nest at most 64 levels', () => {
    const s = seed();
    let cond: unknown = { op: 'gt', left: 1, right: 0 };
    for (let i = 0; i < 64; i++) cond = { op: 'not', arg: cond };
    s.rules.cond = cond;
    const r = validateSpec(s);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(['condition nests deeper than 64 levels']);
  });

  it('expressions nest at most 64 levels', () => {
    const s = seed();
    let e: unknown = { ref: 'spy_price' };
    for (let i = 0; i < 64; i++) e = { op: 'neg', args: [e] };
    s.features.push({ id: 'deep', kind: 'expr', op: 'neg', args: [e] });
    const r = validateSpec(s);
    expect(r.ok ? [] : r.errors.map((x) => x.message)).toEqual(['expression nests deeper than 64 levels']);
  });

  it('20,000-deep junk anywhere (JSON arrays) is reported, not overflowed', () => {
    const s = seed();
    let junk: unknown = 1;
    for (let i = 0; i < 20_000; i++) junk = [junk];
    s.name = junk;
    const r = validateSpec(s);
    expect(r.ok ? [] : r.errors.map((x) => x.code)).toEqual(['too-deep']);
  });
});

describe('sizes', () => {
  it(`more than ${LIMITS.features} features is too many`, () => {
    const s = seed();
    for (let i = 0; i < LIMITS.features; i++) s.features.push({ id: `f${i}`, kind: 'price' });
    const r = validateSpec(s);
    expect(r.ok ? [] : r.errors.map((e) => [e.pointer, e.message])).toEqual([
      ['/features', '1002 features; at most 1000 are allowed'],
    ]);
  });

  it(`more than ${LIMITS.universeAssets} universe assets is too many`, () => {
    const s = seed();
    for (let i = 0; i < LIMITS.universeAssets; i++) s.universe.push({ id: `x:${i}`, symbol: `S${i}` });
    const r = validateSpec(s);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['too-large']);
  });

  it(`more than ${LIMITS.ruleNodes} rule nodes is too many`, () => {
    const s = seed();
    s.rules = {
      op: 'group',
      children: Array.from({ length: LIMITS.ruleNodes }, () => ({ weight: 0, node: { op: 'cash' } })),
    };
    const r = validateSpec(s);
    expect(r.ok ? [] : r.errors.map((e) => [e.pointer, e.message])).toEqual([
      ['/rules', 'the rule tree has more than 10000 nodes'],
    ]);
  });

  it('a spec text above 10 MB is too large', () => {
    const r = validateSpecText(`{"name": "${'x'.repeat(LIMITS.fileBytes)}"}`);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['too-large']);
  });
});
