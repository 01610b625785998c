/**
 * The page's size budget: 30 years of daily sessions over 20 assets, rebalanced monthly to equal
 * weights, stays under 3 MB; and the same run renders to the same bytes.
 */
import { type BacktestResult, computeMetrics, type Fill, type Panel, type Position } from '@tactical/runtime';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../tools/mulberry32.js';
import { MAX_WEIGHT_POINTS } from '../src/model.js';
import { backtestReportHtml } from '../src/report.js';
import { runSeries } from '../src/series.js';

/** A synthetic 30-year, 20-asset run: prices random walks, equal weights set at every month end's close. */
function syntheticRun(): { result: BacktestResult; panel: Panel } {
  const rnd = mulberry32(20260101);
  const ids = Array.from({ length: 20 }, (_, k) => `us:A${String(k).padStart(2, '0')}`);
  const days: number[] = [];
  for (let d = Date.UTC(1995, 0, 2) / 86_400_000; days.length < 252 * 30; d++) {
    const wd = new Date(d * 86_400_000).getUTCDay();
    if (wd !== 0 && wd !== 6) days.push(d);
  }
  const n = days.length;
  const close = ids.map(() => new Float64Array(n));
  for (const c of close) {
    let p = 50 + 100 * rnd();
    for (let i = 0; i < n; i++) c[i] = p *= 1 + (rnd() - 0.5) * 0.03;
  }
  const dates = days.map((d) => new Date(d * 86_400_000));
  const iso = (i: number) => dates[i]!.toISOString().slice(0, 10);
  const qty = new Float64Array(ids.length);
  let cash = 1_000_000;
  const snapshots: BacktestResult['snapshots'] = [];
  const decisions: BacktestResult['decisions'] = [];
  const equity = new Float64Array(n);
  const gross = new Float64Array(n);
  const traded = new Float64Array(n);
  let positions: Position[] = [];
  for (let i = 0; i < n; i++) {
    const value = () => cash + ids.reduce((s, _, k) => s + qty[k]! * close[k]![i]!, 0);
    const monthEnd = i + 1 === n || iso(i + 1).slice(0, 7) !== iso(i).slice(0, 7);
    const fills: Fill[] = [];
    if (monthEnd) {
      const e = value();
      ids.forEach((assetId, k) => {
        const q = (e * 0.05) / close[k]![i]! - qty[k]!;
        if (q === 0) return;
        fills.push({ assetId, quantity: q, price: close[k]![i]!, commission: 1, t: dates[i]! });
        qty[k] = qty[k]! + q;
        cash -= q * close[k]![i]! + 1;
        traded[i] = traded[i]! + Math.abs(q * close[k]![i]!);
      });
      positions = ids.map((assetId, k) => ({ assetId, quantity: qty[k]! }));
    }
    equity[i] = value();
    gross[i] = (equity[i]! - cash) / equity[i]!;
    decisions.push({
      t: iso(i),
      rebalance: monthEnd,
      targets: Object.fromEntries(ids.map((id) => [id, 0.05])),
    });
    snapshots.push({
      t: dates[i]!,
      orders: [],
      fills,
      positions,
      cash,
      equity: equity[i]!,
      dividends: 0,
      borrowFee: 0,
      interest: 0,
    });
  }
  const zeros = new Float64Array(n);
  const metrics = computeMetrics({ days, equity, traded, gross, rebalances: 360, orders: 7200 });
  const result: BacktestResult = {
    snapshots,
    equity: snapshots.map((s) => ({ t: s.t, value: s.equity })),
    series: {
      days: Int32Array.from(days),
      equity,
      traded,
      gross,
      dividends: zeros,
      borrowFees: zeros,
      interest: zeros,
    },
    metrics,
    issues: [],
    decisions,
  };
  const at = new Map(days.map((d, i) => [d, i]));
  const panel = {
    grid: { days: Int32Array.from(days), dates, start: 0, indexOfDay: (d: number) => at.get(d) ?? -1 },
    assets: ids.map((id) => ({ id, symbol: id.slice(3) })),
    columns: close.map((c, k) => ({ asset: { id: ids[k]!, symbol: ids[k]! }, close: c })),
    issues: [],
  } as unknown as Panel;
  return { result, panel };
}

describe('report size', () => {
  it('30 years × 20 assets, monthly rebalanced: under 3 MB, and byte-identical when rendered twice', () => {
    const { result, panel } = syntheticRun();
    const render = () =>
      backtestReportHtml({
        runs: [
          {
            label: 'equal-weight.json',
            specText: '{"kind":"tactical/v1"}',
            result,
            series: runSeries(result, panel),
            dataIssues: [],
            options: { cash: 1_000_000 },
          },
        ],
        data: [],
        engineVersion: '0.0.0-test',
      });
    const html = render();
    const bytes = Buffer.byteLength(html);
    console.log(
      `30y x 20 assets report: ${(bytes / 1e6).toFixed(2)} MB (${result.snapshots.length} sessions)`,
    );
    expect(bytes).toBeLessThan(3_000_000);
    expect(render()).toBe(html);
    // the weights really are sampled, and every fill is in the page
    const payload = JSON.parse(
      /<script id="report-data" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!,
    );
    expect(payload.runs[0].allocation.index.length).toBeLessThanOrEqual(MAX_WEIGHT_POINTS + 1);
    expect(payload.runs[0].fills.day.length).toBe(result.snapshots.reduce((s, x) => s + x.fills.length, 0));
    expect(payload.runs[0].equity.length).toBe(7560);
  });
});
