/**
 * Laws of the validator: for any JSON at all, and for random mutations of valid specs, it never
 * throws, and every diagnostic's pointer resolves inside the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Diagnostic,
  parsePointer,
  resolvePointer,
  toPointer,
  validateSpec,
  validateSpecText,
} from '../src/index.js';
import { rich, seed } from './fixtures.js';

function assertLaws(input: unknown): Diagnostic[] {
  const result = validateSpec(input);
  if (result.ok) return [];
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(resolvePointer(input, e.pointer).found, `${e.pointer} resolves in the input`).toBe(true);
    expect(e.code).not.toBe('internal-error');
    expect(typeof e.message).toBe('string');
  }
  return result.errors;
}

/** Every path (as tokens) to a value inside `doc`. */
function paths(doc: unknown): string[][] {
  const out: string[][] = [[]];
  const stack: [unknown, string[]][] = [[doc, []]];
  while (stack.length) {
    const [v, p] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    for (const k of Object.keys(v)) {
      const q = [...p, k];
      out.push(q);
      stack.push([(v as Record<string, unknown>)[k], q]);
    }
  }
  return out;
}

type Mutation = { kind: 'delete' | 'replace' | 'insert'; at: number; value: unknown; key: string };

function mutate(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc);
  const all = paths(copy);
  const path = all[m.at % all.length]!;
  if (path.length === 0) return m.kind === 'replace' ? m.value : copy;
  const parent = resolvePointer(copy, toPointer(path.slice(0, -1))).value as
    | Record<string, unknown>
    | unknown[];
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) {
    const i = Number(last);
    if (m.kind === 'delete') parent.splice(i, 1);
    else if (m.kind === 'replace') parent[i] = m.value;
    else parent.splice(i, 0, m.value);
  } else if (m.kind === 'delete') delete parent[last];
  else if (m.kind === 'replace') parent[last] = m.value;
  else
    Object.defineProperty(parent, m.key, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

const nastyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  '~',
  '/',
  'a/b~c',
  'op',
  'kind',
  'ref',
);
const mutation = fc.record({
  kind: fc.constantFrom<'delete' | 'replace' | 'insert'>('delete', 'replace', 'insert'),
  at: fc.nat(),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(
      'us:SPY',
      'spy_price',
      'sma',
      'if',
      'gt',
      0,
      -1,
      1e308,
      { ref: 'spy_price' },
      { op: 'cash' },
    ),
  ),
  key: fc.oneof(nastyKey, fc.string({ maxLength: 8 })),
});

describe('validateSpec never throws', () => {
  it('for arbitrary JSON values, and every pointer resolves inside the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        assertLaws(v);
      }),
      { numRuns: 500 },
    );
  });

  it('for objects with __proto__-like keys, parsed as JSON.parse builds them', () => {
    const obj = fc.dictionary(nastyKey, fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(obj, fc.boolean(), (o, wrap) => {
        const text = JSON.stringify(wrap ? { ...seed(), rules: { op: 'allocate', weights: o } } : o);
        const parsed = JSON.parse(text);
        assertLaws(parsed);
        const r = validateSpecText(text);
        expect(r.ok || r.errors.every((e) => e.line !== undefined)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('for random deletions, replacements and insertions in valid specs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(seed, rich),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (make, ms) => {
          let doc: unknown = make();
          for (const m of ms) doc = mutate(doc, m);
          assertLaws(doc);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('for random truncations of valid JSON text', () => {
    const text = JSON.stringify(rich(), null, 2);
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), (n) => {
        const r = validateSpecText(text.slice(0, n));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'json-syntax', pointer: '' });
      }),
      { numRuns: 200 },
    );
  });

  it('pointers escape ~ and / per RFC 6901', () => {
    const s = seed();
    s.rules.then.weights = { 'a/b~c': 1 };
    const r = validateSpec(s);
    expect(r.ok ? [] : r.errors.map((e) => e.pointer)).toEqual(['/rules/then/weights/a~1b~0c']);
    expect(parsePointer('/rules/then/weights/a~1b~0c')).toEqual(['rules', 'then', 'weights', 'a/b~c']);
  });
});
