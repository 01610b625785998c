/**
 * The feature cache: computed series keyed by everything that determines them, bounded in bytes.
 *
 * ## Key
 * A series' key is exact: two series share one only when they are computed from the same inputs in
 * the same way. `featureKey(...)` = `<kind>:<FNV-1a 64 of canonical JSON>` where the JSON is an
 * object with sorted keys holding:
 * - `f`: the feature's identity (features/plan.ts): a hash of its parameters with `id` and
 *   `description` stripped, defaults filled in (`field: 'close'`, `delay: 0`, `annualize: false`),
 *   the asset of a scalar bar feature as `[id, symbol, exchange]`, and every `{ ref }` of an
 *   expression replaced by the referenced feature's identity — so identities are Merkle hashes:
 *   they cover every parameter and asset the value depends on, transitively, while each one is
 *   computed once from a form as small as the feature itself (planning is linear in the number of
 *   features). Two specs naming the same computation differently share an entry;
 * - `a`: the asset of a per-asset series as `[id, symbol, exchange]` (`null` for series of no asset);
 * - `x`: extra inputs of that series (an `event` feature's hash of the asset's index events);
 * - `g`: the grid: calendar code, first and last session day number and session count (the range
 *   plus warm-up);
 * - `q`: the frequency (`'1d'`), `p`: the runtime's data policy overrides, and `d`: the runtime's
 *   `dataKey` (which feed the bars, members and events came from).
 *
 * 64-bit FNV-1a over UTF-16 code units: a collision needs ~4e9 distinct keys for a 1/2 chance.
 * Cached arrays are shared: consumers must treat them as read-only. `NoFeatureCache` disables caching
 * (every series is computed), which must change no result: a property test checks it.
 */
import { LRUCache } from 'lru-cache';

/** Observable cache counters. */
export interface FeatureCacheStats {
  /** `get` calls that found a value. */
  hits: number;
  /** `get` calls that found nothing. */
  misses: number;
  /** Entries removed to stay under the byte bound. */
  evictions: number;
  /** Entries held now. */
  entries: number;
  /** Bytes held now (sum of byteLength). */
  bytes: number;
}

/** Where computed feature series are kept between computations. */
export interface FeatureCache {
  /** The series stored under `key`, or undefined (a miss). */
  get(key: string): Float64Array | undefined;
  /** Store a series (read-only from now on). */
  set(key: string, value: Float64Array): void;
  /** Counters (a live view or a snapshot). */
  readonly stats: FeatureCacheStats;
}

/** JSON with object keys sorted at every level and `undefined` members dropped (a canonical form). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return JSON.stringify(String(value));
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/**
 * FNV-1a 64-bit hash of a string's UTF-16 code units (low byte, then high byte when non-zero), as 16
 * hex digits. Computed on four 16-bit limbs (no BigInt on the hot path).
 */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325, little-endian 16-bit limbs.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  // One step per byte, written out in place (no closure call per byte: keys are hashed per asset).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let byte = c & 0xff;
    for (let b = c > 0xff ? 2 : 1; b > 0; b--) {
      h0 ^= byte;
      // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3, keeping 64 bits.
      const t0 = h0 * 0x1b3;
      let t1 = h1 * 0x1b3;
      let t2 = h2 * 0x1b3 + h0 * 0x100;
      const t3 = h3 * 0x1b3 + h1 * 0x100;
      t1 += t0 >>> 16;
      h0 = t0 & 0xffff;
      t2 += t1 >>> 16;
      h1 = t1 & 0xffff;
      h3 = (t3 + (t2 >>> 16)) & 0xffff;
      h2 = t2 & 0xffff;
      byte = c >>> 8;
    }
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** The parts of a cache key (see this module's doc). */
export interface FeatureKeyParts {
  /** The feature's kind (the key's readable prefix). */
  kind: string;
  /** The feature's identity (PlannedFeature.identity: covers its parameters and refs transitively). */
  feature: string;
  /** The asset of a per-asset series, or null for series that belong to no asset. */
  asset: { id: string; symbol: string; exchange?: string } | null;
  /** Extra inputs of this one series (an event feature's events hash), or null. */
  extra?: string | null;
  /** The runtime's data policy overrides (null: defaults). */
  policy?: unknown;
  /** Grid identity: calendar code, first/last session day, session count. */
  grid: readonly [code: string, first: number, last: number, length: number];
  /** Bar frequency. */
  freq: string;
  /** Which data the series came from (FeatureRuntime's `dataKey`). */
  data: string;
}

/**
 * The cache key of one series: `<kind>:<16 hex>`, the hash of
 * `canonicalJson({ a, d, f, g, p, q, x })` (see this module's doc). The JSON is written out in that
 * key order directly (it is made for every asset of every feature, so no generic sorting walk).
 */
export function featureKey(parts: FeatureKeyParts): string {
  return featureKeyer(parts)(parts.kind, parts.feature, parts.asset, parts.extra ?? null);
}

/**
 * `featureKey` with the parts every series of one prepare shares (grid, frequency, policy, data)
 * written out once: the returned function gives exactly `featureKey`'s key for the rest.
 */
export function featureKeyer(
  shared: Pick<FeatureKeyParts, 'grid' | 'freq' | 'policy' | 'data'>,
): (kind: string, feature: string, asset: FeatureKeyParts['asset'], extra: string | null) => string {
  const d = JSON.stringify(shared.data);
  const gpq = `,"g":${canonicalJson(shared.grid)},"p":${canonicalJson(shared.policy ?? null)},"q":${JSON.stringify(shared.freq)}`;
  return (kind, feature, a, extra) => {
    const json =
      `{"a":${a === null ? 'null' : `[${JSON.stringify(a.id)},${JSON.stringify(a.symbol)},${a.exchange === undefined ? 'null' : JSON.stringify(a.exchange)}]`}` +
      `,"d":${d},"f":${JSON.stringify(feature)}${gpq},"x":${canonicalJson(extra)}}`;
    return `${kind}:${fnv1a64(json)}`;
  };
}

/** A cache that keeps nothing: every series is computed (the reference the cache is tested against). */
export class NoFeatureCache implements FeatureCache {
  private misses = 0;
  get(_key: string): Float64Array | undefined {
    this.misses++;
    return undefined;
  }
  set(_key: string, _value: Float64Array): void {}
  get stats(): FeatureCacheStats {
    return { hits: 0, misses: this.misses, evictions: 0, entries: 0, bytes: 0 };
  }
}

/** Options of `MemoryFeatureCache`. */
export interface MemoryFeatureCacheOptions {
  /**
   * Upper bound of held bytes (sum of `byteLength`), default 256 MiB. Least recently used entries are
   * evicted to stay under it; a single series larger than the bound is not stored. Must be >= 1.
   */
  maxBytes?: number;
  /**
   * Time to live of an entry in ms (default: none, entries live until evicted). Stale entries are
   * misses; they are not purged by a timer, so an idle cache holds no timers.
   */
  ttlMs?: number;
  /** Clock for `ttlMs`, in ms (default `performance.now`); inject one in tests. */
  now?: () => number;
}

/** An in-memory, byte-bounded LRU feature cache (lru-cache with `maxSize` = bytes). */
export class MemoryFeatureCache implements FeatureCache {
  private readonly lru: LRUCache<string, Float64Array>;
  private readonly counters = { hits: 0, misses: 0, evictions: 0 };

  constructor(options: MemoryFeatureCacheOptions = {}) {
    const maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
    if (!Number.isInteger(maxBytes) || maxBytes < 1) {
      throw new RangeError(`MemoryFeatureCache: maxBytes must be an integer >= 1, got ${maxBytes}`);
    }
    if (options.ttlMs !== undefined && !(options.ttlMs > 0)) {
      throw new RangeError(`MemoryFeatureCache: ttlMs must be > 0, got ${options.ttlMs}`);
    }
    const now = options.now;
    this.lru = new LRUCache<string, Float64Array>({
      maxSize: maxBytes,
      sizeCalculation: (v) => Math.max(1, v.byteLength),
      dispose: (_v, _k, reason) => {
        if (reason === 'evict') this.counters.evictions++;
      },
      ...(options.ttlMs !== undefined ? { ttl: options.ttlMs, ttlAutopurge: false, ttlResolution: 0 } : {}),
      ...(now ? { perf: { now } } : {}),
    });
  }

  /** The series under `key`, counting a hit or a miss. */
  get(key: string): Float64Array | undefined {
    const v = this.lru.get(key);
    if (v === undefined) this.counters.misses++;
    else this.counters.hits++;
    return v;
  }

  /** Store a series (evicting least recently used entries to stay under `maxBytes`). */
  set(key: string, value: Float64Array): void {
    this.lru.set(key, value);
  }

  /** A snapshot of the counters. */
  get stats(): FeatureCacheStats {
    return { ...this.counters, entries: this.lru.size, bytes: this.lru.calculatedSize };
  }

  /** Drop every entry (counters are kept). */
  clear(): void {
    this.lru.clear();
  }
}
