/**
 * The `event` feature kernel: for each session t, the signed number of sessions from the effective
 * date of the latest event (by effective date) KNOWN at t, to t. 0 on the effective day, -3 three
 * sessions before it (an announced, not yet effective change), 5 five sessions after. NaN while no
 * event is known. An event is known at t when `knownDay <= t`: a feature never sees an event before
 * the market did, whatever its effective date.
 *
 * Session counting matches `Calendar.distance(effective, t)` (sessions in [effective, t), negated
 * when t is earlier), so an effective date on a non-session counts from the next session.
 */

/** One event of one asset as day numbers (days since 1970-01-01 UTC). */
export interface DayEvent {
  day: number;
  knownDay: number;
}

/**
 * Compute the feature over a session grid.
 * @param days grid sessions as day numbers, ascending: consecutive sessions of the calendar that
 *   `distance` counts (a SessionGrid's days)
 * @param events this asset's events (any order)
 * @param distance sessions from day a to day b, as `Calendar.distance` (used only for effective dates
 *   outside the grid; one before the grid is counted once, to its first session)
 * @param out output, same length as `days`
 */
export function eventSessionsSince(
  days: Int32Array,
  events: readonly DayEvent[],
  distance: (a: number, b: number) => number,
  out: Float64Array,
): Float64Array {
  out.fill(Number.NaN);
  if (events.length === 0 || days.length === 0) return out;
  const byKnown = [...events].sort((a, b) => a.knownDay - b.knownDay || a.day - b.day);
  let k = 0;
  let latest = Number.NEGATIVE_INFINITY; // latest effective day among known events
  let latestIndex = -1; // its position in the grid (first session on or after it), or -1 if outside
  let before = Number.NaN; // sessions from an effective day before the grid to the grid's first session
  for (let i = 0; i < days.length; i++) {
    const t = days[i]!;
    let changed = false;
    while (k < byKnown.length && byKnown[k]!.knownDay <= t) {
      if (byKnown[k]!.day > latest) {
        latest = byKnown[k]!.day;
        changed = true;
      }
      k++;
    }
    if (latest === Number.NEGATIVE_INFINITY) continue;
    if (changed) {
      latestIndex = gridPosition(days, latest);
      // Days are consecutive sessions, so from a day before the grid to session i is that count + i.
      before = latestIndex < 0 && latest < days[0]! ? distance(latest, days[0]!) : Number.NaN;
    }
    if (latestIndex >= 0) out[i] = i - latestIndex;
    // biome-ignore lint/suspicious/noSelfCompare: the NaN test
    else out[i] = before === before ? before + i : distance(latest, t);
  }
  return out;
}

/** Index of the first grid session on or after `day`, or -1 when `day` is outside the grid span. */
function gridPosition(days: Int32Array, day: number): number {
  if (day < days[0]! || day > days[days.length - 1]!) return -1;
  let lo = 0;
  let hi = days.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Membership intervals as day numbers: member on [from, to); `to` = Infinity while still a member. */
export interface DayInterval {
  from: number;
  to: number;
}

/** 1 where the session lies inside one of the intervals (point-in-time universe membership). */
export function membershipMask(
  days: Int32Array,
  intervals: readonly DayInterval[],
  out: Uint8Array,
): Uint8Array {
  out.fill(0);
  for (const { from, to } of intervals) {
    for (
      let i = gridPosition(days, Math.max(from, days[0]!));
      i >= 0 && i < days.length && days[i]! < to;
      i++
    ) {
      if (days[i]! >= from) out[i] = 1;
    }
  }
  return out;
}
