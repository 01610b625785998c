/**
 * Validation inputs, by category, from a seeded PRNG (mulberry32): mutations of example and
 * generated specs, arbitrary JSON, byte-level text mutations, and hostile object graphs.
 */
import fc from 'fast-check';

/** A seeded PRNG in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** Names that are properties of every object: ids must behave like any other string. */
export const PROTO_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
];

const ODD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1e308,
  -1e-308,
  0.5,
  2 ** 53,
  '',
  'x',
  'us:SPY',
  'Monthly',
  'if',
  'gt',
  'expr',
  'sma',
  [],
  {},
  [1],
  { ref: 'f0' },
  { op: 'cash' },
  '__proto__',
  'constructor',
  'é',
  '\u0000',
  'a'.repeat(300),
  99999,
  -0,
];

type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every (container, key) slot of a JSON value, iteratively (mutated values can nest deeply). */
function containers(value: unknown, out: Slot[]): void {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0 && out.length < 100_000) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        out.push({ parent: v, key: i });
        stack.push(item);
      });
    } else {
      for (const k of Object.keys(v)) {
        out.push({ parent: v as Record<string, unknown>, key: k });
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }
}

/** One to four structural edits of a deep copy of `spec` (JSON-parsed, so `__proto__` keys are own keys). */
export function mutateValue(rng: Rng, spec: unknown, samples: readonly unknown[]): unknown {
  const copy = JSON.parse(JSON.stringify(spec)) as unknown;
  const edits = 1 + Math.floor(rng() * 4);
  for (let e = 0; e < edits; e++) {
    const slots: Slot[] = [];
    containers(copy, slots);
    if (slots.length === 0) break;
    const { parent, key } = pick(rng, slots);
    const r = rng();
    const set = (v: unknown) => {
      if (Array.isArray(parent)) parent[key as number] = v;
      else
        Object.defineProperty(parent, key, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    };
    if (r < 0.2) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (r < 0.45) set(oddValue(rng));
    else if (r < 0.55) {
      // a value from elsewhere in this or another spec
      const other: Slot[] = [];
      containers(pick(rng, samples), other);
      if (other.length) {
        const o = pick(rng, other);
        set(JSON.parse(JSON.stringify((o.parent as Record<string, unknown>)[o.key as string] ?? null)));
      }
    } else if (r < 0.65 && !Array.isArray(parent)) {
      // rename the key (to a prototype name sometimes)
      const value = parent[key as string];
      delete parent[key as string];
      const name = rng() < 0.5 ? pick(rng, PROTO_NAMES) : `${String(key)}${rng() < 0.5 ? 's' : ''}x`;
      Object.defineProperty(parent, name, { value, enumerable: true, writable: true, configurable: true });
    } else if (r < 0.75) {
      const v = (parent as Record<string, unknown>)[key as string];
      if (typeof v === 'number') set(rng() < 0.5 ? -v : v * 1e6 + 0.5);
      else if (typeof v === 'string')
        set(rng() < 0.5 ? pick(rng, PROTO_NAMES) : v.slice(0, Math.floor(rng() * v.length)));
      else set(JSON.stringify(v ?? null));
    } else if (r < 0.85 && Array.isArray(parent)) {
      // repeat an item many times
      const n = 1 + Math.floor(rng() * (rng() < 0.1 ? 2000 : 5));
      for (let i = 0; i < n; i++) parent.push(JSON.parse(JSON.stringify(parent[key as number] ?? null)));
    } else {
      set({
        op: pick(rng, ['if', 'group', 'select', 'and', 'add']),
        args: [oddValue(rng)],
        id: pick(rng, PROTO_NAMES),
      });
    }
  }
  return copy;
}

/** A fresh copy of an odd value: the shared `[]`/`{}` must never be edited in place (a later edit could
 *  put an object inside itself, and every later input would carry the cycle). */
function oddValue(rng: Rng): unknown {
  const v = pick(rng, ODD_VALUES);
  return v !== null && typeof v === 'object' ? JSON.parse(JSON.stringify(v)) : v;
}

/** Byte-level edits of `text`: deletions, insertions, replacements, truncation, a BOM, a duplicate key. */
export function mutateText(rng: Rng, text: string): string {
  let t = text;
  const edits = 1 + Math.floor(rng() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rng() * (t.length + 1));
    const r = rng();
    if (r < 0.25) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rng() * 3));
    else if (r < 0.5)
      t =
        t.slice(0, at) +
        pick(rng, [
          '"',
          '{',
          '}',
          '[',
          ']',
          ',',
          ':',
          ' ',
          '\n',
          '\\',
          'x',
          '0',
          '-',
          '/',
          '\u00e9',
          '\ud800',
          '\u0000',
          "'",
          'true',
          '"a":1,',
        ]) +
        t.slice(at);
    else if (r < 0.65) t = t.slice(0, at);
    else if (r < 0.75) t = `\uFEFF${t}`;
    else if (r < 0.85) {
      // duplicate the first property of the object that opens at or after `at`
      const open = t.indexOf('{"', at);
      const colon = open < 0 ? -1 : t.indexOf('":', open);
      if (colon > 0) t = `${t.slice(0, open + 1)}${t.slice(open + 1, colon + 2)}0,${t.slice(open + 1)}`;
    } else {
      const code = t.charCodeAt(at);
      if (!Number.isNaN(code))
        t = t.slice(0, at) + String.fromCharCode(code ^ (1 << Math.floor(rng() * 7))) + t.slice(at + 1);
    }
  }
  return t;
}

/** Objects a JSON parser never builds: cycles, shared references, prototypes, getters, exotic objects. */
export function hostileGraph(rng: Rng, spec: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(spec)) as Record<string, unknown>;
  const slots: Slot[] = [];
  containers(copy, slots);
  const { parent, key } = slots.length ? pick(rng, slots) : { parent: copy, key: 'x' };
  const objects = slots
    .map((s) => (s.parent as Record<string, unknown>)[s.key as string])
    .filter((v) => v !== null && typeof v === 'object');
  const set = (v: unknown) =>
    Object.defineProperty(parent, key, { value: v, enumerable: true, writable: true, configurable: true });
  const r = Math.floor(rng() * 11);
  switch (r) {
    case 0:
      set(copy); // a cycle to the root
      break;
    case 1:
      if (objects.length) set(pick(rng, objects)); // a cycle or a shared reference
      break;
    case 2: {
      let node: unknown = [1];
      // mostly small; sometimes past the 5,000,000-value limit (2^23 paths)
      const levels = Math.floor(rng() * (rng() < 0.9 ? 12 : 30));
      for (let i = 0; i < levels; i++) node = { a: node, b: node };
      set(node);
      break;
    }
    case 3: {
      // an object whose properties are all inherited
      const value = (parent as Record<string, unknown>)[key as string];
      set(Object.create(value !== null && typeof value === 'object' ? value : { value }));
      break;
    }
    case 4:
      Object.defineProperty(parent, key, {
        enumerable: true,
        get() {
          throw new Error('getter called');
        },
      });
      break;
    case 5:
      set(
        pick(rng, [
          new Uint8Array(3),
          new Float64Array(2),
          new Map([['a', 1]]),
          new Date(0),
          /x/,
          new Set([1]),
        ]),
      );
      break;
    case 6:
      set(pick(rng, [undefined, () => 1, Symbol('s'), 10n, Number.NaN, Number.POSITIVE_INFINITY]));
      break;
    case 7: {
      const arr: unknown[] = [];
      arr[3] = 1; // holes
      set(arr);
      break;
    }
    case 8: {
      class Spec {
        kind = 'tactical/v1';
      }
      set(Object.assign(new Spec(), (parent as Record<string, unknown>)[key as string] ?? {}));
      break;
    }
    case 9:
      set(
        new Proxy(
          {},
          {
            ownKeys() {
              throw new Error('trap');
            },
            getPrototypeOf: () => Object.prototype,
          },
        ),
      );
      break;
    default: {
      const inherited = Object.create({ kind: 'tactical/v1', features: [], rules: { op: 'cash' } });
      inherited.universe = copy.universe;
      return inherited;
    }
  }
  return copy;
}

/** Arbitrary JSON values (fast-check), `n` of them from `seed`. */
export function arbitraryJson(seed: number, n: number): unknown[] {
  return fc.sample(fc.jsonValue({ maxDepth: 6 }), { seed, numRuns: n }) as JsonValue[];
}
