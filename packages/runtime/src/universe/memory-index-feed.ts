/**
 * `MemoryDataFeed` plus in-memory index memberships and events (tests, examples): what a dynamic
 * universe and `event` features need from a feed, without files.
 */
import { MemoryDataFeed } from '../data/memory-feed.js';
import type { Bar, DateRange, IndexEvent, Membership } from '../data/types.js';
import { UniverseError } from './errors.js';
import { eventsTouching, membershipsOverlapping } from './in-range.js';

/** Memberships and events of one index. */
export interface MemoryIndex {
  members: readonly Membership[];
  events?: readonly IndexEvent[];
}

/** Bars by asset id or symbol, and indexes by name. */
export class MemoryIndexFeed extends MemoryDataFeed {
  private readonly indexes: ReadonlyMap<string, MemoryIndex>;

  constructor(bars: Record<string, readonly Bar[]>, indexes: Record<string, MemoryIndex>) {
    super(bars);
    this.indexes = new Map(Object.entries(indexes));
  }

  private index(name: string): MemoryIndex {
    const x = this.indexes.get(name);
    if (!x) throw new UniverseError('unknown_index', name, `no index '${name}' in this MemoryIndexFeed`);
    return x;
  }

  /** Memberships overlapping `range`. */
  async members(index: string, range: DateRange): Promise<Membership[]> {
    return membershipsOverlapping(this.index(index).members, range);
  }

  /** Events whose effective date or `knownAt` lies in `range`. */
  async events(index: string, range: DateRange): Promise<IndexEvent[]> {
    return eventsTouching(this.index(index).events ?? [], range);
  }
}
