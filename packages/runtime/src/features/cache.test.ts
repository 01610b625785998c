import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, featureKey, fnv1a64, MemoryFeatureCache } from './cache.js';

/** Reference FNV-1a 64 with BigInt, over the same byte sequence. */
function fnvBig(text: string): string {
  let h = 0xcbf29ce484222325n;
  const step = (b: number) => {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    step(c & 0xff);
    if (c > 0xff) step(c >>> 8);
  }
  return h.toString(16).padStart(16, '0');
}

describe('feature cache key', () => {
  it('FNV-1a 64 on 16-bit limbs equals a BigInt reference (and the published test vector)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(fnv1a64(s)).toBe(fnvBig(s));
      }),
    );
  });
  it('canonical JSON sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: undefined, x: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"x":2,"z":0}]},"b":1}',
    );
  });
  it('the same parts give the same key; any part changes it', () => {
    const base = {
      kind: 'sma',
      feature: 'sma:0123456789abcdef',
      asset: { id: 'us:SPY', symbol: 'SPY' },
      grid: ['XNYS', 19000, 19500, 340] as const,
      freq: '1d',
      data: 'd',
    };
    const k = featureKey(base);
    expect(k).toMatch(/^sma:[0-9a-f]{16}$/);
    expect(featureKey({ ...base, asset: { symbol: 'SPY', id: 'us:SPY' } })).toBe(k);
    expect(featureKey({ ...base, feature: 'sma:0123456789abcdee' })).not.toBe(k);
    expect(featureKey({ ...base, asset: { id: 'us:IEF', symbol: 'SPY' } })).not.toBe(k);
    expect(featureKey({ ...base, asset: { id: 'us:SPY', symbol: 'IEF' } })).not.toBe(k);
    expect(featureKey({ ...base, asset: { id: 'us:SPY', symbol: 'SPY', exchange: 'X' } })).not.toBe(k);
    expect(featureKey({ ...base, asset: null })).not.toBe(k);
    expect(featureKey({ ...base, extra: 'events' })).not.toBe(k);
    expect(featureKey({ ...base, policy: { maxGap: 3 } })).not.toBe(k);
    expect(featureKey({ ...base, grid: ['XNYS', 19001, 19500, 339] })).not.toBe(k);
    expect(featureKey({ ...base, data: 'other' })).not.toBe(k);
  });
  it('is the hash of the documented canonical JSON, for any parts', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 8 });
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom('sma', 'return'),
          feature: text,
          asset: fc.option(
            fc.record({ id: text, symbol: text, exchange: fc.option(text, { nil: undefined }) }),
            {
              nil: null,
            },
          ),
          extra: fc.option(text, { nil: undefined }),
          policy: fc.option(fc.record({ strict: fc.boolean(), maxPrice: fc.double() }), { nil: undefined }),
          grid: fc.tuple(text, fc.integer(), fc.integer(), fc.nat()),
          freq: text,
          data: text,
        }),
        (parts) => {
          const a = parts.asset;
          const json = canonicalJson({
            f: parts.feature,
            a: a === null ? null : [a.id, a.symbol, a.exchange ?? null],
            x: parts.extra ?? null,
            g: parts.grid,
            q: parts.freq,
            p: parts.policy ?? null,
            d: parts.data,
          });
          expect(featureKey(parts)).toBe(`${parts.kind}:${fnv1a64(json)}`);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('MemoryFeatureCache', () => {
  it('counts hits and misses', () => {
    const cache = new MemoryFeatureCache();
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', new Float64Array(4));
    expect(cache.get('a')).toHaveLength(4);
    expect(cache.stats).toEqual({ hits: 1, misses: 1, evictions: 0, entries: 1, bytes: 32 });
  });
  it('is bounded in bytes: least recently used entries are evicted and counted', () => {
    const cache = new MemoryFeatureCache({ maxBytes: 100 });
    cache.set('a', new Float64Array(5)); // 40 bytes
    cache.set('b', new Float64Array(5));
    cache.get('a'); // a is now more recent than b
    cache.set('c', new Float64Array(5)); // 120 > 100: evict b
    expect(cache.get('b'), 'least recently used went first').toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.stats).toMatchObject({ evictions: 1, entries: 2, bytes: 80 });
    cache.set('huge', new Float64Array(100));
    expect(cache.get('huge'), 'a series over the bound is not stored').toBeUndefined();
  });
  it('expires entries after ttlMs on the injected clock', () => {
    let t = 1000;
    const cache = new MemoryFeatureCache({ ttlMs: 50, now: () => t });
    cache.set('a', new Float64Array(1));
    t += 49;
    expect(cache.get('a')).toBeDefined();
    t += 2;
    expect(cache.get('a')).toBeUndefined();
  });
  it('rejects a bad bound, naming the option', () => {
    expect(() => new MemoryFeatureCache({ maxBytes: 0 })).toThrow('maxBytes must be an integer >= 1, got 0');
    expect(() => new MemoryFeatureCache({ maxBytes: Number.POSITIVE_INFINITY })).toThrow(/maxBytes/);
  });
});
