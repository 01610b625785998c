/**
 * Run an example spec file through the public engine API on a folder of CSVs, the way a
 * researcher's script would, and expose what tests check: per-session equity and holdings.
 */
import { readFileSync } from 'node:fs';
import { getCalendar } from '@tactical/calendars';
import {
  BacktestExecutor,
  CsvDirectoryFeed,
  type DataFeed,
  FeatureRuntime,
  fromSpec,
  MemoryFeatureCache,
  runBacktest,
} from '@tactical/runtime';
import type { TacticalSpec } from '@tactical/spec';

/** What a test reads back from a run. */
export interface ExampleRun {
  /** Sessions of the run, ISO dates. */
  dates: string[];
  /** Equity after each session. */
  equity: number[];
  /** Shares of `assetId` held after session `date` (0 when none). */
  quantity(date: string, assetId: string): number;
  /** Asset ids held (non-zero) after session `date`, sorted. */
  holdings(date: string): string[];
  /** The raw backtest result. */
  result: Awaited<ReturnType<typeof runBacktest>>;
}

/** Options: data folder (or a ready feed), half-open ISO range, initial cash, spec edits. */
export interface RunOptions {
  data?: string;
  feed?: DataFeed;
  from: string;
  to: string;
  cash: number;
  edit?: (spec: TacticalSpec) => TacticalSpec;
}

const utc = (s: string) => new Date(`${s}T00:00:00Z`);

/** Backtest the spec at `path`. */
export async function runSpecFile(path: string, options: RunOptions): Promise<ExampleRun> {
  let spec = JSON.parse(readFileSync(path, 'utf8')) as TacticalSpec;
  if (options.edit) spec = options.edit(spec);
  const calendar = getCalendar(spec.calendar ?? 'XNYS');
  const dataFeed = options.feed ?? new CsvDirectoryFeed({ dir: options.data! });
  const range = { from: utc(options.from), to: utc(options.to) };
  const runtime = new FeatureRuntime({ dataFeed, featureCache: new MemoryFeatureCache(), range, freq: '1d' });
  const strategy = fromSpec(spec, { runtime, calendar });
  const result = await runBacktest({
    strategy,
    range,
    initialPortfolio: { cash: options.cash, positions: [], t: range.from },
    dataFeed,
    executor: new BacktestExecutor({ calendar }),
    calendar,
  });
  const dates = result.snapshots.map((s) => s.t.toISOString().slice(0, 10));
  const byDate = new Map(result.snapshots.map((s, i) => [dates[i]!, s]));
  const snapshot = (date: string) => {
    const s = byDate.get(date);
    if (!s) throw new Error(`${date} is not a session of the run`);
    return s;
  };
  return {
    dates,
    equity: result.snapshots.map((s) => s.equity),
    quantity: (date, assetId) => snapshot(date).positions.find((p) => p.assetId === assetId)?.quantity ?? 0,
    holdings: (date) =>
      snapshot(date)
        .positions.filter((p) => p.quantity !== 0)
        .map((p) => p.assetId)
        .sort(),
    result,
  };
}
