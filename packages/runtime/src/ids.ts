/**
 * Ids are data. Asset ids, feature ids, node ids, symbols and sweep parameter names come from users,
 * and any of them may be `constructor`, `toString`, `valueOf` or `__proto__`. A plain object used as a
 * map keyed by them reads inherited members (`weights.constructor` is a function) and silently drops
 * `__proto__` (assigning it sets the prototype). So every record keyed by user input is created
 * without a prototype, and records that come from outside (a spec's `allocate.weights`, a service's
 * saved state) are read through `own`, which never sees inherited members.
 */

/** An empty record with no prototype: every string, `__proto__` included, is an ordinary key. */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free record of `entries` (later entries win). */
export function idRecordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = idRecord<T>();
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** The value stored under `key` in `rec` itself (never an inherited member), or undefined. */
export function own<T>(rec: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return rec !== undefined && Object.hasOwn(rec, key) ? rec[key] : undefined;
}
