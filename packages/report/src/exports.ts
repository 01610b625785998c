/**
 * `--out <dir>`: the run as files a spreadsheet or a script reads (columns documented in
 * docs/outputs.md; they only ever gain columns at the end). Numbers are written in full precision
 * (shortest round-trip form), a missing value is an empty cell, dates are ISO days. Same run → same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BacktestResult, Metrics } from '@tactical/runtime';
import type { RunSeries } from './series.js';

/** File names written into the folder, in the order they are written. */
export const OUT_FILES = [
  'equity.csv',
  'fills.csv',
  'positions.csv',
  'decisions.jsonl',
  'issues.json',
  'metrics.json',
] as const;

/** One CSV cell: numbers in full precision, NaN/null/undefined empty, text quoted when needed. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

/** JSON with Dates as ISO days (the form every report uses). */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    function replacer(this: Record<string, unknown>, key: string, v: unknown) {
      const raw = this[key];
      return raw instanceof Date ? raw.toISOString().slice(0, 10) : v;
    },
    indent,
  );
}

/** `date,equity,cash,gross,benchmark,dividends,borrow_fee,interest`: one row per session. */
export function equityCsv(s: RunSeries): string {
  const rows: unknown[][] = [];
  for (let i = 0; i < s.dates.length; i++) {
    rows.push([
      s.dates[i],
      s.equity[i],
      s.cash[i],
      s.gross[i],
      s.benchmark?.values[i],
      s.dividends[i],
      s.borrowFee[i],
      s.interest[i],
    ]);
  }
  return csv(['date', 'equity', 'cash', 'gross', 'benchmark', 'dividends', 'borrow_fee', 'interest'], rows);
}

/** `date,asset,side,quantity,price,commission,notional`: one row per fill, in execution order. */
export function fillsCsv(result: BacktestResult): string {
  const rows: unknown[][] = [];
  for (const snap of result.snapshots) {
    for (const f of snap.fills) {
      rows.push([
        f.t.toISOString().slice(0, 10),
        f.assetId,
        f.quantity >= 0 ? 'buy' : 'sell',
        Math.abs(f.quantity),
        f.price,
        f.commission,
        Math.abs(f.quantity) * f.price,
      ]);
    }
  }
  return csv(['date', 'asset', 'side', 'quantity', 'price', 'commission', 'notional'], rows);
}

/** `date,<asset…>,cash`: each held asset's weight (q·close/equity) and cash/equity after each session. */
export function positionsCsv(s: RunSeries): string {
  const rows: unknown[][] = [];
  for (let i = 0; i < s.dates.length; i++) {
    rows.push([s.dates[i], ...s.weights.map((w) => w[i]), s.cash[i]! / s.equity[i]!]);
  }
  return csv(['date', ...s.assets, 'cash'], rows);
}

/** One JSON object per session: the strategy's decision `{t, rebalance, targets, hold?, warnings?}`. */
export function decisionsJsonl(result: BacktestResult): string {
  return result.decisions.map((d) => `${jsonText(d)}\n`).join('');
}

/**
 * Everything the run reported: `{run: result.issues as --json prints them, data: the loader's warnings}`;
 * `data` is empty when the run's own list already carries them (items with `source: 'data'`).
 */
export function issuesJson(runIssues: unknown, dataIssues: readonly unknown[]): string {
  const carried =
    Array.isArray(runIssues) &&
    runIssues.some(
      (i) => typeof i === 'object' && i !== null && (i as { source?: unknown }).source === 'data',
    );
  return `${jsonText({ run: runIssues, data: carried ? [] : dataIssues }, 2)}\n`;
}

/** The metrics object exactly as `--json` prints it under `metrics`. */
export function metricsJson(metrics: Metrics): string {
  return `${jsonText(metrics, 2)}\n`;
}

/** Write all `OUT_FILES` of one run into `dir` (created when missing). */
export function writeRunFiles(
  dir: string,
  result: BacktestResult,
  series: RunSeries,
  dataIssues: readonly unknown[],
): void {
  mkdirSync(dir, { recursive: true });
  const texts: Record<(typeof OUT_FILES)[number], string> = {
    'equity.csv': equityCsv(series),
    'fills.csv': fillsCsv(result),
    'positions.csv': positionsCsv(series),
    'decisions.jsonl': decisionsJsonl(result),
    'issues.json': issuesJson(result.issues, dataIssues),
    'metrics.json': metricsJson(result.metrics),
  };
  for (const name of OUT_FILES) writeFileSync(join(dir, name), texts[name]);
}
