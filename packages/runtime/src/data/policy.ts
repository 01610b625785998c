/**
 * What the loader does with bad input, and the error/warning shapes it reports.
 * docs/data.md is the user-facing statement of this policy; keep the two in step.
 *
 * ## Default policy (`DEFAULT_DATA_POLICY`)
 *
 * | problem                                        | code                 | default                      |
 * |------------------------------------------------|----------------------|------------------------------|
 * | a required column is missing                   | `missing_column`     | always an error              |
 * | a date cell is not `YYYY-MM-DD[...]`           | `invalid_date`       | always an error              |
 * | the file's dates run backwards (newest first)  | `reversed_dates`     | always an error              |
 * | the file is not text / cannot be parsed as CSV | `unreadable_file`    | always an error              |
 * | no data file / no bars source for an asset     | `missing_asset`      | error (`missingAsset`)       |
 * | a bar's date is before the previous one        | `unsorted_dates`     | error (`unsortedDates`)      |
 * | two bars on the same date                      | `duplicate_date`     | error (`duplicateDates`)     |
 * | empty / non-numeric / NaN / Infinity OHLCV cell| `invalid_value`      | bar dropped, warning counted |
 * | open/high/low/close/adj close <= 0, volume < 0 | `non_positive_price` | bar dropped, warning counted |
 * | a price > `maxPrice` or volume > `maxVolume`   | `implausible_value`  | bar dropped, warning counted |
 * | close/previous close > `moveRatio` or < 1/it   | `large_move`         | warning (bar kept)           |
 * | more than `gapSessions` sessions without a bar | `long_gap`           | warning (bar kept)           |
 * | bar on a day that is not a session             | `off_session`        | bar dropped, warning counted |
 *
 * A dropped bar leaves NaN on its session, and every running window (SMA, volatility, …) restarts
 * after a NaN, so a dropped value never enters a window: a 1e308 close cannot poison an SMA. A large
 * move is kept by default (real spin-offs fall 40-60 % in a session, and dropping the bar would move
 * the loss to the next session); `largeMove: 'drop'` drops it instead, so the windows restart there
 * and the prices on the two sides of an unadjusted split are never averaged together.
 *
 * Errors throw a `DataError` naming code, file, line, asset and a hint. Warnings are aggregated per
 * (code, asset) into `Panel.issues`: one `DataIssue` with a `count` and the first few locations, so a
 * bad file cannot flood memory. Seed 003's synthetic feed yields bars on US holidays, which is why
 * `off_session` only warns. Empty cells of *extra* columns (e.g. `npy`) are not errors: they become NaN
 * for that field on that session and the bar is kept. `strict: true` turns every warning into an error.
 */
import type { DataIssue } from '../features/types.js';

/** `'error'` throws a DataError; `'drop'` drops the offending bar and counts a warning; `'warn'` keeps it. */
export type IssueAction = 'error' | 'drop' | 'warn';

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
  /** A finite price above `maxPrice` or volume above `maxVolume` (1e308 and friends). */
  implausibleValue: IssueAction;
  /** A one-session close move beyond `moveRatio` either way (an unadjusted split, a bad print). */
  largeMove: IssueAction;
  /** More than `gapSessions` sessions between two bars of the same asset. */
  longGap: IssueAction;
  /** A bar on a day the calendar says is not a session. */
  offSession: IssueAction;
  /** An asset the feed has no data for. `'drop'` gives it an all-NaN column (never listed). */
  missingAsset: IssueAction;
  /** Largest plausible price (open, high, low, close, adj close). Default 1e9. */
  maxPrice: number;
  /** Largest plausible volume. Default 1e13. */
  maxVolume: number;
  /**
   * A close whose ratio to the previous bar's close exceeds this, or is below its inverse, is a
   * `large_move`. Default 1.75: a rise of more than 75 % or a fall of more than 42.9 % in one session
   * (a 2:1 split falls 50 %; SPY's worst session since 1993 fell 10.9 %).
   */
  moveRatio: number;
  /** Sessions without a bar between two bars of the same asset before `long_gap` is reported. Default 10. */
  gapSessions: number;
  /** Every warning becomes an error (the CLI's `--strict`). */
  strict: boolean;
}

/** Structural problems and date order are errors; dirty, implausible and off-session bars are dropped. */
export const DEFAULT_DATA_POLICY: Readonly<DataPolicy> = Object.freeze({
  unsortedDates: 'error',
  duplicateDates: 'error',
  invalidValue: 'drop',
  nonPositivePrice: 'drop',
  implausibleValue: 'drop',
  largeMove: 'warn',
  longGap: 'warn',
  offSession: 'drop',
  missingAsset: 'error',
  maxPrice: 1e9,
  maxVolume: 1e13,
  moveRatio: 1.75,
  gapSessions: 10,
  strict: false,
});

/** Stable codes of data problems. */
export type DataIssueCode =
  | 'missing_column'
  | 'invalid_date'
  | 'reversed_dates'
  | 'unreadable_file'
  | 'invalid_symbol'
  | 'missing_asset'
  | 'unsorted_dates'
  | 'duplicate_date'
  | 'invalid_value'
  | 'non_positive_price'
  | 'implausible_value'
  | 'large_move'
  | 'long_gap'
  | 'off_session';

/** Where a bar came from: file and 1-based line (the header is line 1). */
export interface SourceLocation {
  file: string;
  line: number;
  /** What was wrong with the bar's cells (e.g. `close '0x10' is not a decimal number`), when the feed knows. */
  detail?: string;
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
  reversed_dates: 'Sort the file oldest first, e.g. (head -n 1 F; tail -n +2 F | sort) > sorted.csv',
  unreadable_file: 'Data files must be UTF-8 CSV text with a header line',
  invalid_symbol:
    'Symbols are 1-32 characters: letters, digits, and . _ - ^ = (not starting with . or -), see docs/data.md',
  missing_asset:
    "Add the asset's file, or load with policy { missingAsset: 'drop' } to give it an empty column",
  unsorted_dates: "Sort the file by date ascending, or load with policy { unsortedDates: 'drop' }",
  duplicate_date:
    "Remove the duplicate row, or load with policy { duplicateDates: 'drop' } to keep the first",
  invalid_value: 'Cells must be plain decimal numbers such as 12, -0.5 or 1.2e3; fill or remove the row',
  non_positive_price: 'Prices must be > 0 and volume >= 0',
  implausible_value: 'Check the row against the source; prices above 1e9 or volumes above 1e13 are dropped',
  large_move:
    'Check for an unadjusted split or a bad print; use split-adjusted prices (policy moveRatio sets the threshold)',
  long_gap: 'Sessions without bars are NaN; check the source for missing rows (policy gapSessions)',
  off_session: 'The calendar is closed on that day; check the calendar or the data source',
};

/** The hint printed with a DataError of `code`. */
export function hintFor(code: DataIssueCode): string {
  return HINTS[code];
}

/** How many locations each aggregated warning keeps. */
export const KEPT_LOCATIONS = 5;

/**
 * Collects warnings per (code, asset) and applies the policy: `report` throws for `'error'` (and for
 * everything when `strict`) and records a counted warning for `'drop'` and `'warn'`.
 */
export class IssueCollector {
  private readonly byKey = new Map<string, AggregatedIssue>();
  private readonly first = new Map<string, string>();

  constructor(private readonly strict = false) {}

  /** Apply `action` to one occurrence: throw a DataError, or count a dropped-bar warning. */
  report(
    action: IssueAction,
    code: DataIssueCode,
    detail: string,
    asset: string,
    where: SourceLocation | undefined,
    day?: string,
  ): void {
    if (action === 'error' || this.strict) {
      const why = action === 'error' ? detail : `${detail} (an error under strict mode)`;
      throw new DataError(code, why, hintFor(code), where?.file, where?.line, asset);
    }
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
        hint: hintFor(code),
      };
      this.byKey.set(key, issue);
      this.first.set(key, detail);
    }
    issue.count++;
    const first = this.first.get(key);
    const what = action === 'drop' ? 'bar dropped' : 'bar kept';
    const whats = action === 'drop' ? 'bars dropped' : 'bars kept';
    issue.message = issue.count === 1 ? `${what}: ${first}` : `${issue.count} ${whats}; first: ${first}`;
    if (issue.locations.length < KEPT_LOCATIONS) {
      issue.locations.push({
        ...(where ? { file: where.file, line: where.line } : {}),
        ...(day ? { day } : {}),
      });
    }
  }

  /** Warnings so far, sorted by asset then code (deterministic). */
  issues(): AggregatedIssue[] {
    return [...this.byKey.values()].sort(
      (a, b) => (a.asset ?? '').localeCompare(b.asset ?? '') || a.code.localeCompare(b.code),
    );
  }
}
