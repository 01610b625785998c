/**
 * Feature series computed once, in the main thread, for every sweep worker to read.
 *
 * Without this each worker computes the base spec's features itself — the same series in every
 * worker, held once per worker (17 MB per worker for seed 002's event features on 505 stocks). The
 * main thread prepares the base spec on the shared panel exactly as a worker's runtime would, and
 * packs every series its cache received into one SharedArrayBuffer, under the cache key it was
 * stored with. A worker's `SharedFeatureCache` answers those keys with views of that memory and keeps
 * everything else (features of points whose swept values change them) in its own cache.
 *
 * Keys are exact (features/cache.ts: every input of a series is in its key), so a series is only
 * ever reused where the worker would have computed the same numbers; anything the main thread did
 * not compute is computed by the worker as before. Series that are already views of shared memory
 * (a `price` feature is the panel's own column) are not copied.
 */
import { getCalendar } from '@tactical/calendars';
import { clipToCalendar } from '../backtest/range.js';
import type { SpecLike } from '../compile/spec-types.js';
import type { PanelSourceData } from '../data/panel-source.js';
import { PanelSource } from '../data/panel-source.js';
import type { FolderFeed } from '../data/store/data-folder.js';
import type { DateRange } from '../data/types.js';
import type { FeatureCache, FeatureCacheStats } from '../features/cache.js';
import { fromSpec } from '../strategy/from-spec.js';
import { sweepFeatureRuntime } from './feature-runtime.js';
import type { SweepData } from './feed.js';
import type { SharedIndex } from './shared-feed.js';
import { SharedPanelFeed } from './shared-feed.js';

/** Feature series in one SharedArrayBuffer: series k is `values[offsets[k], offsets[k] + lengths[k])`. */
export interface SharedFeaturesData {
  keys: string[];
  offsets: number[];
  lengths: number[];
  values: Float64Array;
}

/** Records what a runtime stores (the main thread's prepare), to be packed afterwards. */
class RecordingCache implements FeatureCache {
  readonly entries = new Map<string, Float64Array>();
  get(key: string): Float64Array | undefined {
    return this.entries.get(key);
  }
  set(key: string, value: Float64Array): void {
    this.entries.set(key, value);
  }
  get stats(): FeatureCacheStats {
    let bytes = 0;
    for (const v of this.entries.values()) bytes += v.byteLength;
    return { hits: 0, misses: 0, evictions: 0, entries: this.entries.size, bytes };
  }
}

/**
 * Prepare `spec` on the shared panel as a sweep worker would and pack the series it computed.
 * Returns undefined when there is nothing to share or the spec does not prepare (the workers then
 * compute, and report, exactly as without this).
 */
export async function shareFeatures(input: {
  spec: SpecLike;
  source: PanelSourceData;
  indexes: readonly SharedIndex[];
  data: SweepData;
  range: DateRange;
  createCsvFeed: () => FolderFeed;
}): Promise<SharedFeaturesData | undefined> {
  const recording = new RecordingCache();
  try {
    const calendar = getCalendar(input.spec.calendar ?? 'XNYS');
    const dataFeed = new SharedPanelFeed(new PanelSource(input.source), input.indexes, input.createCsvFeed);
    const runtime = sweepFeatureRuntime(input.data, input.range, dataFeed, recording);
    const strategy = fromSpec(input.spec, { runtime, calendar });
    // The range runBacktest prepares on (clipped to the calendar), so the grid and keys match.
    await strategy.prepare(clipToCalendar(input.range, calendar).range);
  } catch {
    return undefined;
  }
  const keys: string[] = [];
  const series: Float64Array[] = [];
  let total = 0;
  for (const [key, v] of recording.entries) {
    if (v.buffer instanceof SharedArrayBuffer) continue; // already a view of the shared panel
    keys.push(key);
    series.push(v);
    total += v.length;
  }
  if (keys.length === 0) return undefined;
  const values = new Float64Array(new SharedArrayBuffer(total * Float64Array.BYTES_PER_ELEMENT));
  const offsets: number[] = [];
  const lengths: number[] = [];
  let at = 0;
  for (const v of series) {
    values.set(v, at);
    offsets.push(at);
    lengths.push(v.length);
    at += v.length;
  }
  return { keys, offsets, lengths, values };
}

/**
 * A worker's feature cache: the shared series first (read-only views), then its own cache for
 * everything else. Stats count shared hits as hits.
 */
export class SharedFeatureCache implements FeatureCache {
  private readonly shared = new Map<string, Float64Array>();
  private sharedHits = 0;

  constructor(
    data: SharedFeaturesData,
    private readonly local: FeatureCache,
  ) {
    for (let k = 0; k < data.keys.length; k++) {
      const from = data.offsets[k]!;
      this.shared.set(data.keys[k]!, data.values.subarray(from, from + data.lengths[k]!));
    }
  }

  get(key: string): Float64Array | undefined {
    const v = this.shared.get(key);
    if (v !== undefined) {
      this.sharedHits++;
      return v;
    }
    return this.local.get(key);
  }

  set(key: string, value: Float64Array): void {
    this.local.set(key, value);
  }

  get stats(): FeatureCacheStats {
    const s = this.local.stats;
    return { ...s, hits: s.hits + this.sharedHits };
  }
}
