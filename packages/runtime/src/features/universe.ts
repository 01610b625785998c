/**
 * Point-in-time universes and index events for the feature runtime:
 *
 * - `resolveDynamicUniverse`: `universe: { index }` through `DataFeed.members`. The panel's assets are
 *   every asset that is a member at some session of the grid and that has data, sorted by id, with a
 *   membership mask per asset (1 only while a member). Members without data are skipped with one
 *   counted warning (`missing_member_data`): survivorship-biased data sets lack most past members.
 * - `indexEventDays`: the events of one index per asset as day numbers, for the `event` kernel, plus
 *   a hash of each asset's list for cache keys.
 */
import type { Calendar } from '@tactical/calendars';
import { dateOfDay, dayOf } from '../data/grid.js';
import { isLocatingFeed } from '../data/memory-feed.js';
import type { Asset, DataFeed } from '../data/types.js';
import { UniverseError } from '../universe/errors.js';
import {
  type DayEvent,
  type DayInterval,
  eventSessionsSince,
  membershipMask,
} from '../universe/event-feature.js';
import { fnv1a64 } from './cache.js';
import type { DataIssue, SessionGrid } from './types.js';

/** A resolved dynamic universe. */
export interface ResolvedUniverse {
  /** Members at some grid session that have data, sorted by id. */
  assets: Asset[];
  /** Membership masks aligned to `assets` (read-only: assets with the same intervals share one). */
  membership: Uint8Array[];
  /** Members at some grid session without data (sorted ids). */
  skipped: string[];
  /** A `missing_member_data` warning when `skipped` is not empty. */
  issues: DataIssue[];
}

/** How many skipped ids a warning message lists. */
const LISTED = 20;

/** Resolve `{ index }` over `grid` (memberships overlapping `[first grid day, to)`). */
export async function resolveDynamicUniverse(
  feed: DataFeed,
  index: string,
  grid: SessionGrid,
  to: Date,
): Promise<ResolvedUniverse> {
  if (typeof feed.members !== 'function') {
    throw new UniverseError(
      'not_supported_by_feed',
      index,
      `universe { index: '${index}' } needs a data feed with members(); this feed has none (configure the index on the feed, e.g. CsvDirectoryFeed's \`universes\`)`,
    );
  }
  const days = grid.days;
  const n = days.length;
  if (n === 0) return { assets: [], membership: [], skipped: [], issues: [] };
  const memberships = await feed.members(index, { from: dateOfDay(days[0]!), to });
  const byId = new Map<string, { asset: Asset; intervals: DayInterval[] }>();
  for (const m of memberships) {
    let e = byId.get(m.asset.id);
    if (!e) byId.set(m.asset.id, (e = { asset: m.asset, intervals: [] }));
    e.intervals.push({ from: dayOf(m.from), to: m.to ? dayOf(m.to) : Number.POSITIVE_INFINITY });
  }
  const ids = [...byId.keys()].sort();
  const assets: Asset[] = [];
  const membership: Uint8Array[] = [];
  const skipped: string[] = [];
  // Assets with the same intervals (every file of `ALL`) share one mask: masks are read-only.
  const masks = new Map<string, Uint8Array>();
  for (const id of ids) {
    const { asset, intervals } = byId.get(id)!;
    const signature = intervals.map((v) => `${v.from}:${v.to}`).join(',');
    let mask = masks.get(signature);
    if (mask === undefined) masks.set(signature, (mask = membershipMask(days, intervals, new Uint8Array(n))));
    if (!mask.includes(1)) continue;
    if (isLocatingFeed(feed) && !feed.has(asset)) {
      skipped.push(id);
      continue;
    }
    assets.push(asset);
    membership.push(mask);
  }
  const issues: DataIssue[] =
    skipped.length === 0
      ? []
      : [
          {
            code: 'missing_member_data',
            severity: 'warning',
            message: `${skipped.length} member(s) of ${index} have no data and were left out: ${skipped.slice(0, LISTED).join(', ')}${skipped.length > LISTED ? ', ...' : ''}`,
            count: skipped.length,
          },
        ];
  return { assets, membership, skipped, issues };
}

/** Events of one index as day numbers per asset id, with a hash of each list. */
export interface IndexEventDays {
  byAsset: ReadonlyMap<string, { events: DayEvent[]; hash: string }>;
}

/** The earliest Date: events are fetched from the beginning of time (an old add still counts). */
const BEGINNING = new Date(-8.64e15);

/**
 * Fetch the `type` events of `index` known by the grid's last session, grouped by asset id. Events
 * known later cannot affect any value on the grid, so they are left out (of values and cache keys).
 */
export async function indexEventDays(
  feed: DataFeed,
  index: string,
  type: 'index_add' | 'index_remove',
  grid: SessionGrid,
): Promise<IndexEventDays> {
  if (typeof feed.events !== 'function') {
    throw new UniverseError(
      'not_supported_by_feed',
      index,
      `an '${type}' event feature on index '${index}' needs a data feed with events(); this feed has none`,
    );
  }
  const n = grid.days.length;
  const byAsset = new Map<string, { events: DayEvent[]; hash: string }>();
  if (n === 0) return { byAsset };
  const last = grid.days[n - 1]!;
  const events = await feed.events(index, { from: BEGINNING, to: dateOfDay(last + 1) });
  for (const e of events) {
    if (e.type !== type || e.index !== index) continue;
    const knownDay = dayOf(e.knownAt);
    if (knownDay > last) continue;
    let x = byAsset.get(e.asset.id);
    if (!x) byAsset.set(e.asset.id, (x = { events: [], hash: '' }));
    x.events.push({ day: dayOf(e.date), knownDay });
  }
  for (const x of byAsset.values()) {
    x.events.sort((a, b) => a.day - b.day || a.knownDay - b.knownDay);
    x.hash = fnv1a64(x.events.map((e) => `${e.day}/${e.knownDay}`).join(','));
  }
  return { byAsset };
}

/** Sessions from day `a` to day `b` on the calendar; off its bounds, weekdays are counted instead. */
export function sessionDistance(calendar: Calendar): (a: number, b: number) => number {
  return (a, b) => {
    try {
      return calendar.distance(dateOfDay(a), dateOfDay(b));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      return weekdayDistance(a, b);
    }
  };
}

/** Weekdays in `[a, b)` (negated when b < a). */
export function weekdayDistance(a: number, b: number): number {
  if (b < a) return -weekdayDistance(b, a);
  const weekday = (d: number) => (((d + 3) % 7) + 7) % 7 < 5; // 0 = Monday (day 0 is Thursday 1970-01-01)
  const whole = Math.floor((b - a) / 7);
  let count = whole * 5;
  for (let d = a + whole * 7; d < b; d++) if (weekday(d)) count++;
  return count;
}

/** The event feature of one asset over the grid (NaN while no event is known). */
export function eventSeries(
  grid: SessionGrid,
  events: readonly DayEvent[],
  distance: (a: number, b: number) => number,
): Float64Array {
  return eventSessionsSince(grid.days, events, distance, new Float64Array(grid.days.length));
}
