/**
 * What the loader does with bad input, and the error/warning shapes it reports.
 *
 * ## Default policy (`DEFAULT_DATA_POLICY`)
 *
 * | problem                                   | code                  | default                      |
 * |-------------------------------------------|-----------------------|------------------------------|
 * | a required column is missing              | `missing_column`      | always an error              |
 * | a date cell is not `YYYY-MM-DD[...]`      | `invalid_date`        | always an error              |
 * | no data file / no bars source for an asset| `missing_asset`       | error (`missingAsset`)       |
 * | a bar's date is before the previous one   | `unsorted_dates`      | error (`unsortedDates`)      |
 * | two bars on the same date                 | `duplicate_date`      | error (`duplicateDates`)     |
 * | empty / NaN / non-numeric OHLCV cell      | `invalid_value`       | bar dropped, warning counted |
 * | open/high/low/close/adj close <= 0, volume < 0 | `non_positive_price` | bar dropped, warning counted |
 * | bar on a day that is not a session        | `off_session`         | bar dropped, warning counted |
 *
 * Errors throw a `DataError` naming code, file, line, asset and a hint. Warnings are aggregated per
 * (code, asset) into `Panel.issues`: one `DataIssue` with a `count` and the first few locations, so a
 * bad file cannot flood memory. Seed 003's synthetic feed yields bars on US holidays, which is why
 * `off_session` only warns. Empty cells of *extra* columns (e.g. `npy`) are not errors: they become NaN
 * for that field on that session and the bar is kept.
 */
import type { DataIssue } from '../features/types.js';

/** `'error'` throws a DataError; `'drop'` drops the offending bar and counts a warning. */
export type IssueAction = 'error' | 'drop';

/** The loader's policy for each recoverable problem (see the table in this module's doc). */
export interface DataPolicy {
  /** A bar dated before the previous bar of the same asset. `'drop'` drops the out-of-order bar. */
  unsortedDates: IssueAction;
  /** A second bar on a date already seen. `'drop'` keeps the first one. */
  duplicateDates: IssueAction;
  /** Empty / NaN / non-numeric open, high, low, close, adj close or volume. */
  invalidValue: IssueAction;
  /** A price <= 0 or a negative volume (zero volume is allowed: IYR has five such days). */
  nonPositivePrice: IssueAction;
  /** A bar on a day the calendar says is not a session. */
  offSession: IssueAction;
  /** An asset the feed has no data for. `'drop'` gives it an all-NaN column (never listed). */
  missingAsset: IssueAction;
}

/** Missing columns and unparseable dates are errors; dirty rows and off-session bars are dropped. */
export const DEFAULT_DATA_POLICY: Readonly<DataPolicy> = Object.freeze({
  unsortedDates: 'error',
  duplicateDates: 'error',
  invalidValue: 'drop',
  nonPositivePrice: 'drop',
  offSession: 'drop',
  missingAsset: 'error',
});

/** Stable codes of data problems. */
export type DataIssueCode =
  | 'missing_column'
  | 'invalid_date'
  | 'missing_asset'
  | 'unsorted_dates'
  | 'duplicate_date'
  | 'invalid_value'
  | 'non_positive_price'
  | 'off_session';

/** Where a bar came from: file and 1-based line (the header is line 1). */
export interface SourceLocation {
  file: string;
  line: number;
}

/** A data problem the policy makes fatal: named with code, file, line, asset and a hint. */
export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    readonly code: DataIssueCode,
    readonly detail: string,
    readonly hint: string,
    readonly file?: string,
    readonly line?: number,
    readonly asset?: string,
  ) {
    const where = file ? `${file}${line !== undefined ? `:${line}` : ''}: ` : '';
    const who = asset ? ` (asset ${asset})` : '';
    super(`${where}${code}: ${detail}${who}. ${hint}`);
  }
}

/** An aggregated warning: `count` occurrences of `code` for `asset`, the first few `locations` kept. */
export interface AggregatedIssue extends DataIssue {
  count: number;
  locations: { file?: string; line?: number; day?: string }[];
}

const HINTS: Record<DataIssueCode, string> = {
  missing_column: 'Expected a header with Date,Open,High,Low,Close[,Adj Close],Volume (any case)',
  invalid_date: 'Dates must be ISO YYYY-MM-DD (a time part is ignored)',
  missing_asset:
    "Add the asset's file, or load with policy { missingAsset: 'drop' } to give it an empty column",
  unsorted_dates: "Sort the file by date ascending, or load with policy { unsortedDates: 'drop' }",
  duplicate_date:
    "Remove the duplicate row, or load with policy { duplicateDates: 'drop' } to keep the first",
  invalid_value: 'Fill or remove the row',
  non_positive_price: 'Prices must be > 0 and volume >= 0',
  off_session: 'The calendar is closed on that day; check the calendar or the data source',
};

/** The hint printed with a DataError of `code`. */
export function hintFor(code: DataIssueCode): string {
  return HINTS[code];
}

/** How many locations each aggregated warning keeps. */
export const KEPT_LOCATIONS = 5;

/**
 * Collects warnings per (code, asset) and applies the policy: `report` throws for `'error'` and
 * records a counted warning for `'drop'`.
 */
export class IssueCollector {
  private readonly byKey = new Map<string, AggregatedIssue>();
  private readonly first = new Map<string, string>();

  /** Apply `action` to one occurrence: throw a DataError, or count a dropped-bar warning. */
  report(
    action: IssueAction,
    code: DataIssueCode,
    detail: string,
    asset: string,
    where: SourceLocation | undefined,
    day?: string,
  ): void {
    if (action === 'error') throw new DataError(code, detail, hintFor(code), where?.file, where?.line, asset);
    const key = `${code}\u0000${asset}`;
    let issue = this.byKey.get(key);
    if (!issue) {
      issue = {
        code,
        severity: 'warning',
        message: detail,
        asset,
        count: 0,
        locations: [],
        ...(where ? { file: where.file, line: where.line } : {}),
      };
      this.byKey.set(key, issue);
      this.first.set(key, detail);
    }
    issue.count++;
    const first = this.first.get(key);
    issue.message =
      issue.count === 1 ? `bar dropped: ${first}` : `${issue.count} bars dropped; first: ${first}`;
    if (issue.locations.length < KEPT_LOCATIONS) {
      issue.locations.push({ ...(where ?? {}), ...(day ? { day } : {}) });
    }
  }

  /** Warnings so far, sorted by asset then code (deterministic). */
  issues(): AggregatedIssue[] {
    return [...this.byKey.values()].sort(
      (a, b) => (a.asset ?? '').localeCompare(b.asset ?? '') || a.code.localeCompare(b.code),
    );
  }
}
