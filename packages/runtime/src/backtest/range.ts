/**
 * Honest ranges (docs/data.md § Ranges). A backtest reports only sessions that have data:
 * - a range reaching outside the calendar's bounds is clipped to them (`range_beyond_calendar`);
 * - a range with no bar of any universe asset is an error (`DataRangeError`, `range_outside_data`),
 *   naming each asset's first and last session;
 * - a range partly outside the data is cut to the sessions from the first to the last bar of any
 *   universe asset (`range_beyond_data`), so there is no flat equity after the data ends and no
 *   silent clipping; and each asset whose data starts after the range's first session or ends before
 *   its last one gets `asset_data_span`, naming its first and last session.
 */
import { isoDate } from '@tactical/calendars';
import type { Asset, DataFeed, DateRange } from '../data/types.js';
import type { Panel } from '../features/types.js';
import type { RunIssue } from './issues.js';

/** A range the data (or the calendar) cannot answer at all. */
export class DataRangeError extends Error {
  override readonly name = 'DataRangeError';
  constructor(
    readonly code: 'range_outside_data' | 'range_outside_calendar',
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const DAY = 86_400_000;

/** What the range rules need of a calendar. */
export interface RangeCalendar {
  readonly code?: string;
  readonly bounds?: { readonly first: Date; readonly last: Date };
}

/** `range` cut to the calendar's bounds (the last bound is a day inside the calendar). */
export function clipToCalendar(
  range: DateRange,
  calendar: RangeCalendar,
): { range: DateRange; issue?: RunIssue } {
  const b = calendar.bounds;
  if (!b) return { range };
  const from = new Date(Math.max(range.from.getTime(), b.first.getTime()));
  const to = new Date(Math.min(range.to.getTime(), b.last.getTime() + DAY));
  if (!(from < to)) {
    throw new DataRangeError(
      'range_outside_calendar',
      `the range ${isoDate(range.from)}..${isoDate(range.to)} lies outside the ${calendar.code ?? ''} calendar (${isoDate(b.first)}..${isoDate(b.last)})`,
      'Choose --from/--to inside the calendar and the data',
    );
  }
  if (from.getTime() === range.from.getTime() && to.getTime() === range.to.getTime()) return { range };
  return {
    range: { from, to },
    issue: {
      code: 'range_beyond_calendar',
      severity: 'warning',
      source: 'range',
      message: `the range ${isoDate(range.from)}..${isoDate(range.to)} reaches outside the ${calendar.code ?? ''} calendar (${isoDate(b.first)}..${isoDate(b.last)}); it was cut to ${isoDate(from)}..${isoDate(new Date(to.getTime() - DAY))}`,
      hint: 'Choose --from/--to inside the data',
      count: 1,
      locations: [],
    },
  };
}

/** First and last day of each asset's bars in the whole feed (for the error naming the data). */
export async function dataSpans(
  feed: DataFeed,
  assets: readonly Asset[],
  calendar: RangeCalendar,
): Promise<string[]> {
  const all = {
    from: calendar.bounds?.first ?? new Date(Date.UTC(1900, 0, 1)),
    to: new Date((calendar.bounds?.last ?? new Date(Date.UTC(2200, 0, 1))).getTime() + DAY),
  };
  const out: string[] = [];
  for (const asset of assets.slice(0, 20)) {
    let first: Date | undefined;
    let last: Date | undefined;
    try {
      for await (const bar of feed.bars(asset, all, '1d')) {
        first ??= bar.t;
        last = bar.t;
      }
    } catch {
      // an asset the feed cannot read has no span to name
    }
    out.push(first && last ? `${asset.id} ${isoDate(first)}..${isoDate(last)}` : `${asset.id} no bars`);
  }
  if (assets.length > 20) out.push(`and ${assets.length - 20} more`);
  return out;
}

/**
 * The sessions `[first, end)` of the grid that have data, and the range issues. Returns `undefined`
 * when no asset has a close anywhere in `[first, end)` (the caller raises `range_outside_data`).
 */
export function coveredSessions(
  panel: Panel,
  first: number,
  end: number,
  requested: DateRange,
): { first: number; end: number; issues: RunIssue[] } | undefined {
  const dates = panel.grid.dates;
  let lo = end;
  let hi = first - 1;
  const spans: { asset: string; a: number; b: number }[] = [];
  for (const col of panel.columns) {
    const c = col.close;
    let a = first;
    while (a < end && !Number.isFinite(c[a]!)) a++;
    if (a === end) {
      spans.push({ asset: col.asset.id, a: -1, b: -1 });
      continue;
    }
    let b = end - 1;
    while (b > a && !Number.isFinite(c[b]!)) b--;
    spans.push({ asset: col.asset.id, a, b });
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  if (hi < lo) return undefined;
  const issues: RunIssue[] = [];
  const asked = `${isoDate(requested.from)}..${isoDate(new Date(requested.to.getTime() - DAY))}`;
  if (first < end && (lo > first || hi < end - 1)) {
    issues.push({
      code: 'range_beyond_data',
      severity: 'warning',
      source: 'range',
      message: `the range ${asked} runs beyond the data: results cover ${isoDate(dates[lo]!)}..${isoDate(dates[hi]!)} (${hi - lo + 1} of ${end - first} sessions)`,
      hint: 'Choose --from/--to inside the data to silence this (see each asset_data_span)',
      count: 1,
      locations: [],
    });
  }
  // Per asset, only for static universes: members of a dynamic one come and go by design.
  if (!panel.membership) {
    for (const s of spans) {
      if (s.a === first && s.b === end - 1) continue;
      issues.push({
        code: 'asset_data_span',
        severity: 'warning',
        source: 'range',
        asset: s.asset,
        message:
          s.a < 0
            ? `${s.asset} has no bars in ${asked}`
            : [
                s.a > first
                  ? `first bar ${isoDate(dates[s.a]!)}, after the range's first session ${isoDate(dates[first]!)}`
                  : '',
                s.b < end - 1
                  ? `last bar ${isoDate(dates[s.b]!)}, before the range's last session ${isoDate(dates[end - 1]!)}`
                  : '',
              ]
                .filter((p) => p)
                .join('; ')
                .replace(/^/, `${s.asset}: `),
        hint: 'Sessions without a bar hold the last price (or no position); shorten the range or change the universe',
        count: 1,
        locations: s.a < 0 ? [] : [{ day: isoDate(dates[s.a]!) }, { day: isoDate(dates[s.b]!) }],
      });
    }
  }
  return { first: lo, end: hi + 1, issues };
}
