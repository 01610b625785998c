/**
 * The per-session series of one backtest that the report and the exports show: equity, cash, gross
 * exposure, the benchmark and every asset's weight. Weights are `q·close / equity` with the last known
 * close (the same mark the backtest loop uses), so they add up with cash to 1 on every session.
 */
import {
  type Asset,
  type BacktestResult,
  type DataFeed,
  dividendsOf,
  loadPanelOnGrid,
  type Panel,
  totalReturnIndex,
} from '@tactical/runtime';

/** Everything per session, aligned with `result.snapshots`. */
export interface RunSeries {
  /** Sessions as day numbers (days since 1970-01-01 UTC). */
  days: Int32Array;
  /** Sessions as ISO days. */
  dates: string[];
  equity: Float64Array;
  cash: Float64Array;
  /** Gross exposure Σ|q·close| / equity (a fraction). */
  gross: Float64Array;
  /** Benchmark index (the run's returns basis) scaled to the first session's equity; absent without one. */
  benchmark?: { symbol: string; values: Float64Array };
  /** Cash credited (dividends, interest) or charged (borrow fee, as a positive number) in each session. */
  dividends: Float64Array;
  borrowFee: Float64Array;
  interest: Float64Array;
  /** Asset ids with a non-zero holding on some session, sorted (ties by id: the panel's order). */
  assets: string[];
  /** weights[k][i]: weight of `assets[k]` after session i (negative for shorts). */
  weights: Float64Array[];
}

/** Grid index of each snapshot's session in the panel. */
function gridIndexes(result: BacktestResult, panel: Panel): Int32Array {
  const out = new Int32Array(result.snapshots.length);
  for (let i = 0; i < out.length; i++) {
    const day = Math.round(result.snapshots[i]!.t.getTime() / 86_400_000);
    const g = panel.grid.indexOfDay(day);
    if (g < 0)
      throw new RangeError(`session ${result.snapshots[i]!.t.toISOString()} is not on the panel grid`);
    out[i] = g;
  }
  return out;
}

/** The series of a run from its result and the panel the strategy read (for closes). */
export function runSeries(
  result: BacktestResult,
  panel: Panel,
  benchmark?: RunSeries['benchmark'],
): RunSeries {
  const n = result.snapshots.length;
  const days = new Int32Array(n);
  const dates: string[] = new Array(n);
  const equity = new Float64Array(n);
  const cash = new Float64Array(n);
  const gross = new Float64Array(n);
  const dividends = new Float64Array(n);
  const borrowFee = new Float64Array(n);
  const interest = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = result.snapshots[i]!;
    days[i] = Math.round(s.t.getTime() / 86_400_000);
    dates[i] = s.t.toISOString().slice(0, 10);
    equity[i] = s.equity;
    cash[i] = s.cash;
    gross[i] = result.series.gross[i] ?? Number.NaN;
    dividends[i] = s.dividends ?? 0;
    borrowFee[i] = s.borrowFee ?? 0;
    interest[i] = s.interest ?? 0;
  }
  const index = new Map<string, number>();
  for (const [k, a] of panel.assets.entries()) index.set(a.id, k);
  const held = new Set<string>();
  for (const s of result.snapshots) for (const p of s.positions) held.add(p.assetId);
  const assets = panel.assets.map((a) => a.id).filter((id) => held.has(id));
  const slot = new Map<string, number>();
  for (const [k, id] of assets.entries()) slot.set(id, k);
  const weights = assets.map(() => new Float64Array(n));
  // Last known close per panel asset, carried from the warm-up into the range.
  const mark = new Float64Array(panel.assets.length).fill(Number.NaN);
  const at = gridIndexes(result, panel);
  let g = 0;
  for (let i = 0; i < n; i++) {
    for (; g <= at[i]!; g++) {
      for (let k = 0; k < mark.length; k++) {
        const c = panel.columns[k]!.close[g]!;
        if (Number.isFinite(c)) mark[k] = c;
      }
    }
    const s = result.snapshots[i]!;
    for (const p of s.positions) {
      const k = index.get(p.assetId);
      if (k === undefined) continue;
      weights[slot.get(p.assetId)!]![i] = (p.quantity * mark[k]!) / s.equity;
    }
  }
  return {
    days,
    dates,
    equity,
    cash,
    gross,
    ...(benchmark ? { benchmark } : {}),
    dividends,
    borrowFee,
    interest,
    assets,
    weights,
  };
}

/**
 * The benchmark on the run's sessions on the run's own basis (the runtime's rule: close plus reinvested
 * dividends for `returns: 'total'`, the close for `'price'`; last level carried over gaps), scaled so it
 * starts at the run's first equity: "what the same money in the benchmark would be worth". Sessions
 * before the benchmark's first bar are NaN.
 */
export async function benchmarkSeries(
  feed: DataFeed,
  asset: Asset,
  result: BacktestResult,
  panel: Panel,
  to: Date,
): Promise<{ symbol: string; values: Float64Array }> {
  const b = await loadPanelOnGrid(feed, [asset], panel.grid, to);
  const col = b.columns[0]!;
  const at = gridIndexes(result, panel);
  const n = at.length;
  const values = new Float64Array(n).fill(Number.NaN);
  if (n === 0) return { symbol: asset.symbol, values };
  const first = at[0]!;
  const perShare =
    result.metrics.cashFlows?.returns === 'price' ? new Float64Array(col.close.length) : dividendsOf(col);
  const index = totalReturnIndex(col.close, perShare, first, at[n - 1]! + 1);
  let base = Number.NaN;
  const start = result.snapshots[0]!.equity;
  for (let i = 0; i < n; i++) {
    const level = index[at[i]! - first]!;
    if (Number.isNaN(base) && Number.isFinite(level)) base = level;
    values[i] = Number.isFinite(level) ? (level / base) * start : Number.NaN;
  }
  return { symbol: asset.symbol, values };
}
