/**
 * `BacktestResult.issues`: everything a run worked around, grouped so a bad file cannot flood the
 * output. One `RunIssue` per (code, asset) — or per (code, pointer) for strategy holds — with a
 * count and the first few locations. The shape is stable (docs/data.md § Run issues); the CLI prints
 * it as text and JSON, the HTML report renders the same groups.
 */
import type { ExecutionIssue } from '../execute/types.js';
import type { DataIssue } from '../features/types.js';

/** Where an issue was produced: the requested range, the data files, the strategy, the executor. */
export type IssueSource = 'range' | 'data' | 'strategy' | 'execution';

/** One place an issue occurred. Any subset of the fields is set. */
export interface IssueLocation {
  /** Data file (as the feed named it) and 1-based line (the header is line 1). */
  file?: string;
  line?: number;
  /** ISO session day. */
  day?: string;
  /** JSON pointer into the spec (strategy issues). */
  pointer?: string;
}

/** A group of occurrences of one problem. */
export interface RunIssue {
  /** Stable code (docs/data.md lists every one), e.g. `invalid_value`, `range_beyond_data`. */
  code: string;
  /** Warnings let the run finish; errors are only present when a caller collects instead of throwing. */
  severity: 'error' | 'warning';
  source: IssueSource;
  /** The first occurrence, in one sentence (with the total when there are several). */
  message: string;
  /** How to fix or silence it. */
  hint?: string;
  /** Asset id concerned, when one is. */
  asset?: string;
  /** Occurrences in the group (>= 1). */
  count: number;
  /** The first few occurrences (at most `KEPT_ISSUE_LOCATIONS`), in the order they happened. */
  locations: IssueLocation[];
}

/** How many locations a group keeps. */
export const KEPT_ISSUE_LOCATIONS = 5;

const SOURCE_ORDER: Record<IssueSource, number> = { range: 0, data: 1, strategy: 2, execution: 3 };

/** Issues sorted by source (range, data, strategy, execution), then code, then asset: deterministic. */
export function sortIssues(issues: readonly RunIssue[]): RunIssue[] {
  return [...issues].sort(
    (a, b) =>
      SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      ((a.asset ?? '') < (b.asset ?? '') ? -1 : (a.asset ?? '') > (b.asset ?? '') ? 1 : 0),
  );
}

/** The loader's aggregated warnings as run issues. */
export function dataIssues(issues: readonly DataIssue[]): RunIssue[] {
  return issues.map((d) => {
    const locations: IssueLocation[] = (d.locations ?? (d.file ? [{ file: d.file, line: d.line }] : [])).map(
      (l) => ({
        ...(l.file !== undefined ? { file: l.file } : {}),
        ...(l.line !== undefined ? { line: l.line } : {}),
        ...(l.day !== undefined ? { day: l.day } : {}),
      }),
    );
    return {
      code: d.code,
      severity: d.severity,
      source: 'data' as const,
      message: d.message,
      ...(d.hint !== undefined ? { hint: d.hint } : {}),
      ...(d.asset !== undefined ? { asset: d.asset } : {}),
      count: d.count ?? 1,
      locations,
    };
  });
}

/** Groups occurrences by a key, keeping the first message and the first few locations. */
export class IssueGroups {
  private readonly groups = new Map<string, RunIssue & { first: string }>();

  add(
    key: string,
    base: Omit<RunIssue, 'count' | 'locations' | 'message'>,
    message: string,
    location: IssueLocation,
  ): void {
    let g = this.groups.get(key);
    if (!g) {
      g = { ...base, message, first: message, count: 0, locations: [] };
      this.groups.set(key, g);
    }
    g.count++;
    if (g.count > 1) g.message = `${g.count} times; first: ${g.first}`;
    if (g.locations.length < KEPT_ISSUE_LOCATIONS) g.locations.push(location);
  }

  list(): RunIssue[] {
    return [...this.groups.values()].map(({ first: _first, ...issue }) => issue);
  }
}

const EXECUTION_HINTS: Record<ExecutionIssue['code'], string> = {
  no_price: 'The asset had no close yet (or any more) on that session; check its data span',
  unfilled_at_end: 'Orders decided on the last session fill after the range; extend --to to see them filled',
  scaled_for_cash: 'Buys were scaled down to the cash available; check costs and the cash reserve',
  no_cash_proxy_price: 'The cash-proxy asset had no price that session; cash earned nothing then',
  no_dividend_data: 'Without an Adj Close or dividend column total return equals price return for that asset',
};

/** The executor's issues, grouped by (code, asset). */
export function executionIssues(issues: readonly ExecutionIssue[]): RunIssue[] {
  const groups = new IssueGroups();
  for (const e of issues) {
    groups.add(
      `${e.code}\u0000${e.assetId ?? ''}`,
      {
        code: e.code,
        severity: 'warning',
        source: 'execution',
        hint: EXECUTION_HINTS[e.code],
        ...(e.assetId !== undefined ? { asset: e.assetId } : {}),
      },
      `${e.message} on ${e.t}`,
      { day: e.t },
    );
  }
  return groups.list();
}
