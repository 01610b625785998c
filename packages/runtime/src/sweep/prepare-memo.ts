/**
 * A point runner's feature provider: it hands the last prepared `FeatureSet` back when a point
 * prepares exactly the same inputs as the previous one. Most sweeps move rule thresholds, weights or
 * schedules, not features, so every point after the first would otherwise rebuild the same set —
 * resolve the universe, key the panel, key and look up every series (2,020 for seed 002: a quarter
 * of a point's time and of its garbage) — to get equal numbers from the same cache.
 *
 * The key is every input of the request (features, universe, index, range, warm-up) in canonical
 * JSON, and the same calendar object, so a point whose features differ prepares as before. One set is
 * kept: its series are the cache's own, so holding it costs only the set's small objects.
 */

import { canonicalJson } from '../features/cache.js';
import type { FeatureSet } from '../features/types.js';
import type { FeatureProvider, PrepareRequest } from '../strategy/types.js';

export function memoizeLastPrepare(provider: FeatureProvider): FeatureProvider {
  let last: { key: string; calendar: PrepareRequest['calendar']; set: FeatureSet } | undefined;
  return {
    async prepare(request: PrepareRequest): Promise<FeatureSet> {
      const key = canonicalJson({
        features: request.features,
        universe: request.universe,
        index: request.index ?? null,
        range: [request.range.from.getTime(), request.range.to.getTime()],
        warmup: request.warmup ?? 0,
      });
      if (last?.key === key && last.calendar === request.calendar) return last.set;
      last = undefined; // a failed prepare leaves nothing behind
      const set = await provider.prepare(request);
      last = { key, calendar: request.calendar, set };
      return set;
    },
  };
}
