/**
 * Keys of the hysteresis memory (`StrategyState.hysteresis`), namespaced so no two comparisons can
 * share state:
 * - a comparison with an `id`: `id:<id>`;
 * - one without: `ptr:<its JSON pointer>` — so `id: "/rules/cond"` never meets the unnamed comparison
 *   at /rules/cond;
 * - inside a per-asset `select` filter, one entry per asset: `<key>@<asset id>`.
 * `%` and `@` inside ids, pointers and asset ids are written `%25` and `%40`, so the `@` before the
 * asset id is the only one in a key and no (comparison, asset) pair can spell another's key.
 */

const escapeKeyPart = (s: string): string => s.replace(/%/g, '%25').replace(/@/g, '%40');

/** The key of a comparison: its id, else its JSON pointer (namespaced, see module doc). */
export function hysteresisKey(c: { id?: string }, pointer: string): string {
  return c.id !== undefined ? `id:${escapeKeyPart(c.id)}` : `ptr:${escapeKeyPart(pointer)}`;
}

/** The key of a comparison's state for one asset of a per-asset filter. */
export function assetHysteresisKey(key: string, assetId: string): string {
  return `${key}@${escapeKeyPart(assetId)}`;
}
