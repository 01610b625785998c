/**
 * Backtest one spec on the bundled example data (one shared feed: files are parsed once) and
 * return what determinism and id-renaming checks compare: the equity series, or the error.
 */
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import {
  BacktestExecutor,
  CsvDirectoryFeed,
  FeatureRuntime,
  fromSpec,
  MemoryFeatureCache,
  runBacktest,
} from '@tactical/runtime';
import type { TacticalSpec } from '@tactical/spec';

const DATA = join(import.meta.dirname, '..', 'examples', 'data');
const calendar = getCalendar('XNYS');
const feed = new CsvDirectoryFeed({
  dir: DATA,
  calendar,
  universes: { SP500: { startEnd: join(DATA, 'universes', 'SP500.csv') } },
});

/** The outcome of one run: the equity after each session, or what was thrown. */
export type RunOutcome = { ok: true; equity: number[] } | { ok: false; error: string };

/** Backtest `spec` from `from` to `to` (ISO dates, half-open) with 100,000 of cash. */
export async function backtest(spec: TacticalSpec, from: string, to: string): Promise<RunOutcome> {
  const range = { from: new Date(`${from}T00:00:00Z`), to: new Date(`${to}T00:00:00Z`) };
  try {
    const runtime = new FeatureRuntime({
      dataFeed: feed,
      featureCache: new MemoryFeatureCache(),
      range,
      freq: '1d',
    });
    const strategy = fromSpec(spec, { runtime, calendar });
    const result = await runBacktest({
      strategy,
      range,
      initialPortfolio: { cash: 100_000, positions: [], t: range.from },
      dataFeed: feed,
      executor: new BacktestExecutor({ calendar }),
      calendar,
    });
    return { ok: true, equity: result.snapshots.map((s) => s.equity) };
  } catch (e) {
    const name = e instanceof Error ? e.constructor.name : typeof e;
    return { ok: false, error: `${name}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
