/**
 * The feature runtime of a sweep: one constructor for every place a sweep prepares features — each
 * point runner, and the calling thread that computes the base spec's series for the workers
 * (shared-features.ts). Cache keys include the runtime's options (frequency, data policy), so a
 * shared series is found only if both sides build their runtime the same way: here.
 */
import type { DataFeed, DateRange } from '../data/types.js';
import type { FeatureCache } from '../features/cache.js';
import { FeatureRuntime } from '../features/runtime.js';
import type { SweepData } from './feed.js';

export function sweepFeatureRuntime(
  data: SweepData,
  range: DateRange,
  dataFeed: DataFeed,
  featureCache: FeatureCache,
): FeatureRuntime {
  return new FeatureRuntime({
    dataFeed,
    featureCache,
    range,
    freq: '1d',
    ...(data.strict ? { policy: { strict: true } } : {}),
  });
}
