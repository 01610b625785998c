/**
 * Independent readers for the raw data files, used by example tests to compute expected decisions
 * without any engine code: plain string splitting, no shared parser, no calendar.
 */
import { readFileSync } from 'node:fs';

/** Daily series from a Yahoo-layout CSV: dates (ISO) and a column by header name. */
export interface RawSeries {
  dates: string[];
  column(name: string): number[];
}

/** Read a CSV with a header row; columns are looked up case-insensitively. */
export function readRawCsv(path: string): RawSeries {
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const header = lines[0]!.split(',').map((h) => h.trim().toLowerCase());
  const rows = lines.slice(1).map((l) => l.split(','));
  const dateCol = header.indexOf('date');
  return {
    dates: rows.map((r) => r[dateCol]!),
    column(name) {
      const k = header.indexOf(name.toLowerCase());
      if (k < 0) throw new Error(`${path}: no column ${name}`);
      return rows.map((r) => Number(r[k]));
    },
  };
}

/** Group session indices by calendar month ('YYYY-MM'), in order. */
export function monthsOf(dates: readonly string[]): number[][] {
  const months: number[][] = [];
  let key = '';
  dates.forEach((d, i) => {
    const k = d.slice(0, 7);
    if (k !== key) {
      months.push([]);
      key = k;
    }
    months[months.length - 1]!.push(i);
  });
  return months;
}

/**
 * Cash dividend per share on each row of a Yahoo file: the amount a holder from the previous close
 * must receive so that (close + dividend) / previous close equals Adj Close's growth, i.e.
 * `adj[i] * close[i-1] / adj[i-1] - close[i]` (0 on the first row).
 */
export function rawDividends(close: readonly number[], adjClose: readonly number[]): number[] {
  return close.map((c, i) => (i === 0 ? 0 : (adjClose[i]! * close[i - 1]!) / adjClose[i - 1]! - c));
}

/**
 * A plain portfolio loop with fills at the close and no costs: on each session, first credit each
 * holding's `dividends` (per share, same rows as `closes`; omitted = price return only), then, on a
 * session in `targetsAt`, trade to the given weights of current equity at that session's close.
 * Returns equity after each session.
 */
export function closeFillReference(
  dates: readonly string[],
  closes: Record<string, readonly number[]>,
  targetsAt: Map<number, Record<string, number>>,
  cash0: number,
  dividends?: Record<string, readonly number[]>,
): number[] {
  let cash = cash0;
  const qty: Record<string, number> = {};
  const equity: number[] = [];
  for (let i = 0; i < dates.length; i++) {
    if (dividends) for (const [a, q] of Object.entries(qty)) cash += q * dividends[a]![i]!;
    const value = () => cash + Object.entries(qty).reduce((s, [a, q]) => s + q * closes[a]![i]!, 0);
    const targets = targetsAt.get(i);
    if (targets) {
      const e = value();
      for (const a of Object.keys(closes)) {
        const want = ((targets[a] ?? 0) * e) / closes[a]![i]!;
        cash -= (want - (qty[a] ?? 0)) * closes[a]![i]!;
        qty[a] = want;
      }
    }
    equity.push(value());
  }
  return equity;
}

/** Largest |a[i] / b[i] − 1| over the two series (same length). */
export function maxRelativeError(a: readonly number[], b: readonly number[]): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i]! / b[i]! - 1));
  return worst;
}
