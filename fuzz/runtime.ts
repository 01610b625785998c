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

/**
 * The outcome of one run: the equity after each session, the assets outside the run's universe that
 * got a weight (an `outside_universe` warning) and those outside it that were traded anyway (must be
 * none); or what was thrown.
 */
export type RunOutcome =
  | { ok: true; equity: number[]; outsideWarned: string[]; outsideTraded: string[] }
  | { ok: false; error: string };

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
    const inPanel = new Set(strategy.features.panel.assets.map((a) => a.id));
    const traded = new Set<string>();
    for (const snap of result.snapshots) {
      for (const o of snap.orders) if (!inPanel.has(o.assetId)) traded.add(o.assetId);
      for (const f of snap.fills) if (!inPanel.has(f.assetId)) traded.add(f.assetId);
    }
    return {
      ok: true,
      equity: result.snapshots.map((s) => s.equity),
      outsideWarned: result.issues.filter((i) => i.code === 'outside_universe').map((i) => i.asset!),
      outsideTraded: [...traded].sort(),
    };
  } catch (e) {
    const name = e instanceof Error ? e.constructor.name : typeof e;
    return { ok: false, error: `${name}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
