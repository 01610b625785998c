/**
 * JSON for what crosses Redis between a submitter and its workers, without JSON's losses: NaN,
 * ±Infinity and -0 (JSON writes null or 0) and Dates (JSON writes a string) come back as they went,
 * so a row read back from Redis formats to the same bytes as the row the worker computed. Encoded as
 * `{"$t": kind, "v": text}`; an object's own keys that start with `$` get one more `$`, so no user key
 * (a spec's or a parameter's) can pass for a tag.
 */

type Tagged = { $t: 'num' | 'date'; v: string };

function specialNumber(x: number): string | undefined {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Number.POSITIVE_INFINITY) return 'Infinity';
  if (x === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (Object.is(x, -0)) return '-0';
  return undefined;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // defined, not assigned: a key such as `__proto__` stays an ordinary property
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** `value` as JSON text that `decodeValue` turns back into an equal value. */
export function encodeValue(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    if (this[key] instanceof Date)
      return { $t: 'date', v: (this[key] as Date).toISOString() } satisfies Tagged;
    if (typeof v === 'number') {
      const text = specialNumber(v);
      return text === undefined ? v : ({ $t: 'num', v: text } satisfies Tagged);
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    if (!keys.some((k) => k.startsWith('$'))) return v;
    const out: Record<string, unknown> = {};
    for (const k of keys) define(out, k.startsWith('$') ? `$${k}` : k, (v as Record<string, unknown>)[k]);
    return out;
  });
}

function isTagged(v: object): v is Tagged {
  const keys = Object.keys(v);
  return keys.length === 2 && keys[0] === '$t' && keys[1] === 'v';
}

/** The value `encodeValue` encoded. */
export function decodeValue(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    if (isTagged(v)) {
      if (v.$t === 'date') return new Date(v.v);
      return v.v === '-0' ? -0 : Number(v.v);
    }
    const keys = Object.keys(v);
    if (!keys.some((k) => k.startsWith('$'))) return v;
    const out: Record<string, unknown> = {};
    for (const k of keys) define(out, k.startsWith('$') ? k.slice(1) : k, (v as Record<string, unknown>)[k]);
    return out;
  });
}
