/**
 * The data folders a server may read, configured at start (`tactical serve --data etf=../data/etf`),
 * never taken from a request: a request names a data set, and an unknown name is a 400. Each set keeps
 * one CSV feed (files parsed once, shared by requests: a feed is read-only) and rebuilds it when the
 * folder changes (a file added, removed or rewritten — a live folder is updated every day).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Calendar } from '@tactical/calendars';
import { type FolderFeed, type IndexUniverseFiles, openDataFolder } from '@tactical/runtime';

/** One configured data set. */
export interface DataSetConfig {
  /** Absolute folder of `<SYMBOL>.csv` files, or of a store (`tactical data import`). */
  dir: string;
  /** Point-in-time index membership files by index name (as `--members`). */
  members?: Record<string, IndexUniverseFiles>;
}

/** The configured sets, by name. */
export class DataSets {
  private readonly feeds = new Map<string, { stamp: string; feed: FolderFeed }>();
  constructor(private readonly config: ReadonlyMap<string, DataSetConfig>) {}

  get names(): string[] {
    return [...this.config.keys()].sort();
  }

  has(name: string): boolean {
    return this.config.has(name);
  }

  /** The feed of set `name` (which must exist), current with the folder's files. */
  feed(name: string, calendar: Calendar): FolderFeed {
    const config = this.config.get(name)!;
    const stamp = folderStamp(config.dir);
    const key = `${name}\u0000${calendar.code}`;
    const known = this.feeds.get(key);
    if (known && known.stamp === stamp) return known.feed;
    const members = config.members ?? {};
    // a store folder (`tactical data import`) or a folder of CSV files
    const feed = openDataFolder(config.dir, { universes: members, calendar });
    this.feeds.set(key, { stamp, feed });
    return feed;
  }
}

/** Names, sizes and modification times of a folder's files: changes when any file does. */
function folderStamp(dir: string): string {
  let stamp = '';
  for (const name of readdirSync(dir).sort()) {
    const s = statSync(join(dir, name));
    stamp += `${name}:${s.size}:${s.mtimeMs};`;
  }
  return stamp;
}
