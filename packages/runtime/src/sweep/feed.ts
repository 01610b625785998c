/**
 * The data a sweep reads, as plain JSON (it crosses into worker threads): a folder of daily CSVs and,
 * for dynamic universes and index events, point-in-time membership files by index name. Each worker
 * builds one feed from it and keeps it for every grid point, so files are parsed once per worker.
 */
import { readFileSync } from 'node:fs';
import { CsvDirectoryFeed } from '../data/csv-feed.js';
import type { LocatingFeed } from '../data/memory-feed.js';
import type { DataFeed, DateRange, IndexEvent, Membership } from '../data/types.js';
import { eventsFromMemberships, parseMembership } from '../universe/membership-csv.js';

/** Membership files of one index (fja05680 layout, see universe/membership-csv.ts). */
export interface SweepUniverseFiles {
  /** `ticker,start_date,end_date` file. */
  startEnd: string;
  /** Optional `date,add,remove` file extending it. */
  changes?: string;
}

/** Where a sweep's data comes from. */
export interface SweepData {
  /** Folder of `<SYMBOL>.csv` / `<SYMBOL>_data.csv` files. */
  dir: string;
  /** Membership files by index name (e.g. `{ SP500: {...} }`), for dynamic universes and index events. */
  universes?: Record<string, SweepUniverseFiles>;
}

const overlaps = (from: Date, to: Date | undefined, range: DateRange) =>
  from.getTime() < range.to.getTime() && (to === undefined || to.getTime() > range.from.getTime());

/**
 * One feed over `data`: CSV bars (parsed once, kept), plus `members`/`events` from the membership
 * files when any are given (events known on their effective date: no announcement lead is assumed).
 */
export function createSweepFeed(data: SweepData): DataFeed {
  const csv = new CsvDirectoryFeed({ dir: data.dir });
  const universes = data.universes;
  if (!universes || Object.keys(universes).length === 0) return csv;
  const parsed = new Map<string, { memberships: Membership[]; events: IndexEvent[] }>();
  const load = (index: string) => {
    let p = parsed.get(index);
    if (p) return p;
    const files = universes[index];
    if (!files) throw new RangeError(`no membership files for index '${index}' in the sweep's data`);
    const memberships = parseMembership(
      { text: readFileSync(files.startEnd, 'utf8'), file: files.startEnd },
      files.changes ? { text: readFileSync(files.changes, 'utf8'), file: files.changes } : undefined,
    );
    p = { memberships, events: eventsFromMemberships(memberships, { index }) };
    parsed.set(index, p);
    return p;
  };
  const feed: LocatingFeed = {
    bars: (asset, range, freq) => csv.bars(asset, range, freq),
    locate: (asset, bar) => csv.locate(asset, bar),
    has: (asset) => csv.has(asset),
    async members(index, range) {
      return load(index).memberships.filter((m) => overlaps(m.from, m.to, range));
    },
    async events(index, range) {
      const inRange = (d: Date) => d.getTime() >= range.from.getTime() && d.getTime() < range.to.getTime();
      return load(index).events.filter((e) => inRange(e.date) || inRange(e.knownAt));
    },
  };
  return feed;
}
