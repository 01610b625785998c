/**
 * Point-in-time index membership from the fja05680/sp500 files (see ../shared/data/SOURCES.md §4):
 *
 * - `sp500_ticker_start_end.csv`: `ticker,start_date,end_date`; a member on [start, end), an empty end
 *   meaning still a member at the last snapshot. A ticker may have several rows.
 * - `sp500_changes_since_2019.csv` (optional): `date,add,remove` with comma-separated tickers; changes after
 *   the last snapshot of the start/end file extend it (adds open intervals, removes close them).
 *
 * Dates are effective dates. The files carry no announcement dates, so when the market *learnt* of a
 * change is a separate, explicit assumption (`eventsFromMemberships`' `knownAt`), never a silent one.
 */
import { civilDay } from '../data/csv-cells.js';
import { csvRecords } from '../data/csv-records.js';
import { dateOfDay } from '../data/grid.js';
import type { Asset, IndexEvent, Membership } from '../data/types.js';

/** A membership parse problem with its place in the file. */
export class MembershipFileError extends Error {
  override readonly name = 'MembershipFileError';
  readonly code = 'membership_file_invalid';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

/** How index tickers become assets (default: id = symbol = ticker). */
export type AssetForTicker = (ticker: string) => Asset;

const defaultAsset: AssetForTicker = (ticker) => ({ id: ticker, symbol: ticker });

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string, file: string, line: number, column: string): Date {
  if (!ISO_DAY.test(value))
    throw new MembershipFileError(file, line, `${column} '${value}' is not YYYY-MM-DD`);
  // By the calendar, as the bar files are read (csv-cells.ts): '2010-02-30' is no date, where
  // `new Date('2010-02-30')` would silently be March 2.
  const d = civilDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
  if (d === undefined) throw new MembershipFileError(file, line, `${column} '${value}' is not a date`);
  return dateOfDay(d);
}

function rows(text: string, file: string, header: readonly string[]): string[][] {
  const records = csvRecords(text);
  const head = records[0];
  if (!head || header.some((h, i) => head[i]?.trim().toLowerCase() !== h)) {
    throw new MembershipFileError(
      file,
      1,
      `expected header '${header.join(',')}', found '${head?.join(',') ?? ''}'`,
    );
  }
  return records.slice(1);
}

/**
 * Parse the start/end file (and optionally the changes file) into membership intervals, sorted by
 * asset id then start date.
 */
export function parseMembership(
  startEnd: { text: string; file: string },
  changes?: { text: string; file: string },
  assetFor: AssetForTicker = defaultAsset,
): Membership[] {
  const open = new Map<string, Membership>();
  const all: Membership[] = [];
  let lastSnapshot = 0;
  rows(startEnd.text, startEnd.file, ['ticker', 'start_date', 'end_date']).forEach((r, k) => {
    const line = k + 2;
    const ticker = (r[0] ?? '').trim();
    if (!ticker) throw new MembershipFileError(startEnd.file, line, 'empty ticker');
    const from = day((r[1] ?? '').trim(), startEnd.file, line, 'start_date');
    const endText = (r[2] ?? '').trim();
    const to = endText ? day(endText, startEnd.file, line, 'end_date') : undefined;
    if (to && to <= from)
      throw new MembershipFileError(startEnd.file, line, 'end_date is not after start_date');
    const m: Membership = to ? { asset: assetFor(ticker), from, to } : { asset: assetFor(ticker), from };
    all.push(m);
    if (!to) open.set(ticker, m);
    lastSnapshot = Math.max(lastSnapshot, from.getTime(), to?.getTime() ?? 0);
  });
  if (changes) {
    for (const [k, r] of rows(changes.text, changes.file, ['date', 'add', 'remove']).entries()) {
      const line = k + 2;
      const date = day((r[0] ?? '').trim(), changes.file, line, 'date');
      if (date.getTime() <= lastSnapshot) continue; // already in the start/end file
      for (const ticker of splitTickers(r[2])) {
        const m = open.get(ticker);
        if (m) {
          m.to = date;
          open.delete(ticker);
        }
      }
      for (const ticker of splitTickers(r[1])) {
        if (open.has(ticker)) continue;
        const m: Membership = { asset: assetFor(ticker), from: date };
        all.push(m);
        open.set(ticker, m);
      }
    }
  }
  return all.sort((a, b) =>
    a.asset.id < b.asset.id ? -1 : a.asset.id > b.asset.id ? 1 : a.from.getTime() - b.from.getTime(),
  );
}

function splitTickers(field: string | undefined): string[] {
  return (field ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** Members on day `t` (member on [from, to)). */
export function membersOn(memberships: readonly Membership[], t: Date): Asset[] {
  const x = t.getTime();
  return memberships
    .filter((m) => m.from.getTime() <= x && (m.to === undefined || x < m.to.getTime()))
    .map((m) => m.asset);
}

/** Options for turning membership intervals into add/remove events. */
export interface EventOptions {
  /** Index name carried by the events, e.g. 'SP500'. */
  index: string;
  /**
   * When the market learnt of a change effective on `date`. The membership files have no announcement
   * dates; S&P usually announces a few sessions ahead. Default: known on the effective date itself
   * (no look-ahead). Pass e.g. `(d) => calendar.offset(d, -5)` to model a 5-session announcement lead.
   */
  knownAt?: (date: Date) => Date;
  /**
   * Intervals starting on or before this day are the file's first snapshot, not real additions
   * (fja05680 starts every then-member on 1996-01-02). Default: the earliest start date.
   */
  firstSnapshot?: Date;
}

/** Add events at each interval's start (after the first snapshot) and remove events at each end. */
export function eventsFromMemberships(
  memberships: readonly Membership[],
  options: EventOptions,
): IndexEvent[] {
  const knownAt = options.knownAt ?? ((d: Date) => d);
  const first =
    options.firstSnapshot?.getTime() ??
    Math.min(...memberships.map((m) => m.from.getTime()), Number.POSITIVE_INFINITY);
  const events: IndexEvent[] = [];
  for (const m of memberships) {
    if (m.from.getTime() > first) {
      events.push({
        type: 'index_add',
        index: options.index,
        asset: m.asset,
        date: m.from,
        knownAt: knownAt(m.from),
      });
    }
    if (m.to)
      events.push({
        type: 'index_remove',
        index: options.index,
        asset: m.asset,
        date: m.to,
        knownAt: knownAt(m.to),
      });
  }
  return events.sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() ||
      (a.asset.id < b.asset.id ? -1 : a.asset.id > b.asset.id ? 1 : 0) ||
      (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
  );
}
