/**
 * The data a sweep reads, as plain JSON (it crosses into worker threads): a folder of daily CSVs and,
 * for dynamic universes and index events, point-in-time membership files by index name. A sweep loads
 * it once in the main thread and shares it with its workers (share.ts); a runner given only this
 * (e.g. a worker process on another machine) builds one feed from it and keeps it for every point.
 */
import type { IndexUniverseFiles } from '../data/csv-feed.js';
import type { GridCalendar } from '../data/grid.js';
import { type FolderFeed, openDataFolder } from '../data/store/data-folder.js';

/** Where a sweep's data comes from. */
export interface SweepData {
  /** Folder of `<SYMBOL>.csv` / `<SYMBOL>_data.csv` files, or a store folder (`tactical data import`). */
  dir: string;
  /**
   * Point-in-time index universes by name (e.g. `{ SP500: { startEnd, changes? } }`), for dynamic
   * universes and `event` features; `ALL` (every data file) is built in. See `CsvDirectoryFeed`.
   */
  universes?: Record<string, IndexUniverseFiles>;
  /** Data and range warnings are errors (the CLI's `--strict`; docs/data.md). */
  strict?: boolean;
}

/**
 * One feed over `data`: CSV bars (parsed once, kept for the life of the feed) with the membership
 * files' members and events. `calendar` counts the sessions of an `announcementLead`.
 */
export function createSweepFeed(
  data: SweepData,
  calendar?: GridCalendar & { offset(t: Date, n: number): Date },
  options: { cacheFiles?: boolean } = {},
): FolderFeed {
  return openDataFolder(data.dir, {
    ...(data.universes ? { universes: data.universes } : {}),
    ...(calendar ? { calendar } : {}),
    ...(options.cacheFiles === false ? { cacheFiles: false } : {}),
  });
}
