/**
 * Which grid sessions are rebalance days (docs/spec-language.md "Rebalance").
 *
 * - Daily: every session.
 * - Weekly/Monthly/Quarterly/Yearly without anchors: the last session of the period (seed 003; the
 *   same answer as `isRebalanceDay` from '@tactical/calendars').
 * - anchors: the N-th session from the start (n > 0) or end (n < 0) of each period, several at once;
 *   an anchor beyond the sessions a period actually has does not fire in it.
 *
 * Positions are counted over the period's sessions *from the calendar*, not from the grid: the
 * grid's first and last periods may be cut off by the range, and "last session of June" must not
 * become "last session of the grid".
 *
 * Drift is not in the mask: it depends on current weights, so the backtest loop asks
 * `needsDriftRebalance` each session.
 */
import {
  type Calendar,
  fromDay,
  periodBounds,
  periodIndex,
  type RebalanceFrequency,
} from '@tactical/calendars';
import { own } from '../ids.js';
import type { Weights } from './types.js';

/** The rebalance settings the schedule reads. */
export interface ScheduleRebalance {
  frequency?: RebalanceFrequency;
  anchors?: readonly number[];
}

/**
 * A mask over `days` (ascending session day numbers, e.g. a grid's `days`): 1 = rebalance day.
 * Computed once per grid; one `calendar.sessionDays` call per period touched.
 */
export function rebalanceMask(
  calendar: Calendar,
  days: Int32Array,
  rebalance: ScheduleRebalance = {},
): Uint8Array {
  const freq = rebalance.frequency ?? 'Daily';
  const mask = new Uint8Array(days.length);
  if (freq === 'Daily') return mask.fill(1);
  const anchors = rebalance.anchors !== undefined && rebalance.anchors.length > 0 ? rebalance.anchors : [-1];
  let k = 0;
  while (k < days.length) {
    const period = periodIndex(days[k]!, freq);
    const [start, end] = periodBounds(days[k]!, freq);
    const inPeriod = calendar.sessionDays({ from: fromDay(start), to: fromDay(end) });
    const len = inPeriod.length;
    // Position of the first grid day of this run within the period's sessions.
    let p = inPeriod.indexOf(days[k]!);
    while (k < days.length && periodIndex(days[k]!, freq) === period) {
      if (p >= 0) {
        const fromStart = p + 1;
        const fromEnd = p - len;
        for (const n of anchors) {
          if (n === fromStart || n === fromEnd) {
            mask[k] = 1;
            break;
          }
        }
        p++;
      } else {
        // Not a calendar session (a grid from another calendar): never a rebalance day.
        p = inPeriod.indexOf(days[k + 1] ?? -1);
      }
      k++;
    }
  }
  return mask;
}

/** Is the single session `day` a scheduled rebalance day? (Same rules as `rebalanceMask`.) */
export function isScheduledRebalance(
  calendar: Calendar,
  day: number,
  rebalance: ScheduleRebalance = {},
): boolean {
  return rebalanceMask(calendar, Int32Array.of(day), rebalance)[0] === 1;
}

/**
 * Drift trigger: true when some asset's current weight differs from its last target by more than
 * `drift` (absolute weight). Assets missing from either side count as 0, so a holding that should
 * not exist, or a target never bought, drifts too. `drift` undefined: never.
 */
export function needsDriftRebalance(
  currentWeights: Readonly<Weights>,
  targets: Readonly<Weights>,
  drift: number | undefined,
): boolean {
  if (drift === undefined) return false;
  for (const [id, w] of Object.entries(currentWeights)) {
    if (Math.abs(w - (own(targets, id) ?? 0)) > drift) return true;
  }
  for (const [id, t] of Object.entries(targets)) {
    if (!Object.hasOwn(currentWeights, id) && Math.abs(t) > drift) return true;
  }
  return false;
}
