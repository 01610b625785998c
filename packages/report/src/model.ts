/**
 * The data a backtest report page embeds (as JSON): compact, columnar and rounded for display, so 30
 * years × 20 assets stay well under 3 MB (docs/outputs.md, "Report"). Full precision lives in the
 * `--out` files; the page is for reading.
 * - equity, cash, benchmark: 10 significant digits; ratios (drawdown, rolling, gross): 6;
 * - allocation weights: 4 decimals, sampled to at most MAX_WEIGHT_POINTS sessions (every k-th
 *   session, k = ceil(n / MAX_WEIGHT_POINTS), plus the last one);
 * - fills: one column per field, dates as day numbers, assets as indexes;
 * - decisions: only sessions that rebalance, hold or warn; targets omitted (null) when they equal the
 *   previous listed decision's.
 */
import type { BacktestResult, Metrics } from '@tactical/runtime';
import { drawdownSeries, type MonthlyRow, monthlyReturns, rollingStats } from './analytics.js';
import { BENCHMARK_CONVENTIONS, METRIC_CONVENTIONS } from './conventions.js';
import { groupIssues, type IssueGroup } from './issues.js';
import { type DataProvenance, sha256 } from './provenance.js';
import type { RunSeries } from './series.js';

/** At most this many sessions in each allocation chart. */
export const MAX_WEIGHT_POINTS = 2000;

/** One run of a backtest report. */
export interface ReportRunInput {
  /** The spec file as given on the command line. */
  label: string;
  /** The spec file's text (shown and hashed as is). */
  specText: string;
  result: BacktestResult;
  series: RunSeries;
  /** Warnings found while loading data (the panel's issues). */
  dataIssues: readonly unknown[];
  /** The run's options (range, cash, benchmark, data folder, membership files). */
  options: Record<string, unknown>;
}

export interface BacktestReportInput {
  runs: ReportRunInput[];
  /** Each distinct data folder the runs read. */
  data: DataProvenance[];
  engineVersion: string;
}

const sig = (x: number, digits: number): number | null =>
  Number.isFinite(x) ? Number(x.toPrecision(digits)) : null;
const column = (xs: ArrayLike<number>, digits: number): (number | null)[] =>
  Array.from(xs, (x) => sig(x, digits));
const dec4 = (x: number): number => Math.round(x * 1e4) / 1e4 || 0;

/** Session indexes kept in the allocation chart. */
export function weightSample(n: number, max = MAX_WEIGHT_POINTS): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const step = Math.ceil(n / max);
  const out: number[] = [];
  for (let i = 0; i < n; i += step) out.push(i);
  if (out[out.length - 1] !== n - 1) out.push(n - 1);
  return out;
}

export interface RunPayload {
  label: string;
  days: number[];
  equity: (number | null)[];
  cash: (number | null)[];
  gross: (number | null)[];
  benchmark: { symbol: string; values: (number | null)[] } | null;
  drawdown: (number | null)[];
  rolling: { ret: (number | null)[]; vol: (number | null)[]; sharpe: (number | null)[] };
  allocation: { index: number[]; assets: string[]; weights: number[][]; cash: number[] };
  monthly: MonthlyRow[];
  metrics: Metrics;
  fills: { assets: string[]; day: number[]; asset: number[]; qty: number[]; price: number[]; cost: number[] };
  decisions: {
    assets: string[];
    rows: {
      t: string;
      rebalance: boolean;
      targets: [number, number][] | null;
      hold?: unknown;
      warnings?: string[];
    }[];
  };
  issues: IssueGroup[];
  spec: { file: string; sha256: string; text: string };
  options: Record<string, unknown>;
}

function fillsOf(result: BacktestResult): RunPayload['fills'] {
  const ids = new Set<string>();
  for (const s of result.snapshots) for (const f of s.fills) ids.add(f.assetId);
  const assets = [...ids].sort();
  const slot = new Map(assets.map((a, k) => [a, k]));
  const out: RunPayload['fills'] = { assets, day: [], asset: [], qty: [], price: [], cost: [] };
  for (const s of result.snapshots) {
    for (const f of s.fills) {
      out.day.push(Math.round(f.t.getTime() / 86_400_000));
      out.asset.push(slot.get(f.assetId)!);
      out.qty.push(sig(f.quantity, 10)!);
      out.price.push(sig(f.price, 10)!);
      out.cost.push(sig(f.commission, 6) ?? 0);
    }
  }
  return out;
}

function decisionsOf(result: BacktestResult): RunPayload['decisions'] {
  const ids = new Set<string>();
  for (const d of result.decisions) for (const id of Object.keys(d.targets)) ids.add(id);
  const assets = [...ids].sort();
  const slot = new Map(assets.map((a, k) => [a, k]));
  const rows: RunPayload['decisions']['rows'] = [];
  let previous = '';
  for (const d of result.decisions) {
    if (!d.rebalance && !d.hold && !(d.warnings && d.warnings.length > 0)) continue;
    const targets = Object.keys(d.targets)
      .sort()
      .map((id): [number, number] => [slot.get(id)!, sig(d.targets[id]!, 6) ?? 0]);
    const key = JSON.stringify(targets);
    rows.push({
      t: d.t,
      rebalance: d.rebalance,
      targets: key === previous ? null : targets,
      ...(d.hold ? { hold: d.hold } : {}),
      ...(d.warnings && d.warnings.length > 0 ? { warnings: d.warnings } : {}),
    });
    previous = key;
  }
  return { assets, rows };
}

/**
 * The run's issues grouped, plus the loader's warnings unless the run's own list already carries them
 * (items with `source: 'data'`).
 */
function runIssues(issues: unknown, dataIssues: readonly unknown[]): IssueGroup[] {
  const own = groupIssues(issues, 'execution');
  return own.some((g) => g.source === 'data') ? own : [...groupIssues(dataIssues, 'data'), ...own];
}

/** The JSON payload of one run. */
export function runPayload(run: ReportRunInput): RunPayload {
  const s = run.series;
  const n = s.dates.length;
  const rolling = rollingStats(s.equity);
  const index = weightSample(n);
  return {
    label: run.label,
    days: Array.from(s.days),
    equity: column(s.equity, 10),
    cash: column(s.cash, 10),
    gross: column(s.gross, 6),
    benchmark: s.benchmark ? { symbol: s.benchmark.symbol, values: column(s.benchmark.values, 10) } : null,
    drawdown: column(drawdownSeries(s.equity), 6),
    rolling: { ret: column(rolling.ret, 6), vol: column(rolling.vol, 6), sharpe: column(rolling.sharpe, 6) },
    allocation: {
      index,
      assets: s.assets,
      weights: s.weights.map((w) => index.map((i) => dec4(w[i]!))),
      cash: index.map((i) => dec4(s.cash[i]! / s.equity[i]!)),
    },
    monthly: monthlyReturns(s.dates, s.equity),
    metrics: run.result.metrics,
    fills: fillsOf(run.result),
    decisions: decisionsOf(run.result),
    issues: runIssues(run.result.issues, run.dataIssues),
    spec: { file: run.label, sha256: sha256(run.specText), text: run.specText },
    options: run.options,
  };
}

/** Everything the backtest page embeds. */
export function backtestPayload(input: BacktestReportInput) {
  return {
    kind: 'backtest' as const,
    engineVersion: input.engineVersion,
    conventions: {
      metrics: [...METRIC_CONVENTIONS].map(([key, c]) => ({ key, ...c })),
      benchmark: [...BENCHMARK_CONVENTIONS].map(([key, c]) => ({ key, ...c })),
    },
    runs: input.runs.map(runPayload),
    data: input.data,
  };
}
