/**
 * What a feed answers for `members(index, range)` and `events(index, range)`, whatever stores the
 * data: the same range semantics for every feed.
 */
import type { DateRange, IndexEvent, Membership } from '../data/types.js';

/** Membership intervals `[from, to)` overlapping the half-open `range`. */
export function membershipsOverlapping(list: readonly Membership[], range: DateRange): Membership[] {
  const from = range.from.getTime();
  const to = range.to.getTime();
  return list.filter((m) => m.from.getTime() < to && (m.to === undefined || m.to.getTime() > from));
}

/** Events whose effective date or `knownAt` lies in the half-open `range`. */
export function eventsTouching(list: readonly IndexEvent[], range: DateRange): IndexEvent[] {
  const from = range.from.getTime();
  const to = range.to.getTime();
  const inRange = (d: Date) => d.getTime() >= from && d.getTime() < to;
  return list.filter((e) => inRange(e.date) || inRange(e.knownAt));
}
