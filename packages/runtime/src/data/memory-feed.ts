/**
 * An in-memory DataFeed over arrays of bars (tests, examples, seed 003's synthetic fixtures).
 */

import type { SourceLocation } from './policy.js';
import type { Asset, Bar, DataFeed, DateRange, Frequency } from './types.js';

/**
 * A feed that can say where a bar came from (file and line), so the loader names them in issues,
 * and whether it has data for an asset at all.
 */
export interface LocatingFeed extends DataFeed {
  /** File and 1-based line of `bar` (one of the bars this feed yielded for `asset`). */
  locate(asset: Asset, bar: Bar): SourceLocation | undefined;
  /** False when the feed has no data for `asset` (the loader then applies `DataPolicy.missingAsset`). */
  has(asset: Asset): boolean;
}

/** True when `feed` implements `LocatingFeed`. */
export function isLocatingFeed(feed: DataFeed): feed is LocatingFeed {
  const f = feed as Partial<LocatingFeed>;
  return typeof f.locate === 'function' && typeof f.has === 'function';
}

/**
 * Bars held in memory, keyed by asset id or by symbol (the id wins when both match). The arrays are
 * yielded as given, unsorted or dirty: the loader applies the data policy, so tests can feed bad data.
 * Issues are located as `memory:<key>` with line = index + 1.
 */
export class MemoryDataFeed implements LocatingFeed {
  private readonly data: ReadonlyMap<string, readonly Bar[]>;

  constructor(bars: Record<string, readonly Bar[]>) {
    this.data = new Map(Object.entries(bars));
  }

  private key(asset: Asset): string | undefined {
    if (this.data.has(asset.id)) return asset.id;
    if (this.data.has(asset.symbol)) return asset.symbol;
    return undefined;
  }

  /** True when bars exist under the asset's id or symbol. */
  has(asset: Asset): boolean {
    return this.key(asset) !== undefined;
  }

  /** Bars with `t` in `[range.from, range.to)`, in the order given. Throws for an unknown asset. */
  async *bars(asset: Asset, range: DateRange, _freq: Frequency): AsyncIterable<Bar> {
    const key = this.key(asset);
    if (key === undefined)
      throw new Error(`MemoryDataFeed: no bars for ${asset.id} (symbol ${asset.symbol})`);
    const from = range.from.getTime();
    const to = range.to.getTime();
    for (const bar of this.data.get(key)!) {
      const t = bar.t.getTime();
      if (t >= from && t < to) yield bar;
    }
  }

  /** `memory:<key>` and the bar's 1-based index. */
  locate(asset: Asset, bar: Bar): SourceLocation | undefined {
    const key = this.key(asset);
    if (key === undefined) return undefined;
    const i = this.data.get(key)!.indexOf(bar);
    return i < 0 ? undefined : { file: `memory:${key}`, line: i + 1 };
  }
}
