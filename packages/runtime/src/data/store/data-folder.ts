/**
 * `openDataFolder`: the one place that decides what a `--data` folder is. A folder holding a store
 * manifest (`tactical-store.json`) is a columnar store (`StoreFeed`); any other folder is read as
 * daily CSV files (`CsvDirectoryFeed`). Both take the same membership files and calendar.
 */
import { CsvDirectoryFeed, type IndexUniverseFiles } from '../csv-feed.js';
import type { GridCalendar } from '../grid.js';
import { isStoreFolder } from './read.js';
import { StoreFeed } from './store-feed.js';

/** What `openDataFolder` returns. */
export type FolderFeed = CsvDirectoryFeed | StoreFeed;

/** Options of `openDataFolder`. */
export interface DataFolderOptions {
  /** Point-in-time index universes by name (`--members`). */
  universes?: Record<string, IndexUniverseFiles>;
  /** The runs' calendar (counts announcement leads; a store checks it is its own). */
  calendar?: GridCalendar & { offset(t: Date, n: number): Date };
  /** CSV folders: keep parsed files for the life of the feed (default true; see CsvDirectoryFeed). */
  cacheFiles?: boolean;
}

/** The feed over `dir`: a StoreFeed for a store folder, a CsvDirectoryFeed otherwise. */
export function openDataFolder(dir: string, options: DataFolderOptions = {}): FolderFeed {
  const universes =
    options.universes && Object.keys(options.universes).length > 0 ? options.universes : undefined;
  if (isStoreFolder(dir)) {
    return new StoreFeed({
      dir,
      ...(universes ? { universes } : {}),
      ...(options.calendar ? { calendar: options.calendar } : {}),
    });
  }
  return new CsvDirectoryFeed({
    dir,
    ...(options.cacheFiles === false ? { cacheFiles: false } : {}),
    ...(universes ? { universes } : {}),
    ...(universes && options.calendar ? { calendar: options.calendar } : {}),
  });
}
