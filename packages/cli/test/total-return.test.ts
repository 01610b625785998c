/**
 * Total return on real data (docs/accounting.md): daily-rebalanced buy-and-hold SPY with close fills,
 * fractional shares and no costs grows exactly as SPY's Adj Close over the whole file
 * (1993-01-29 → 2025-09-26), session by session; its excess return over `--benchmark SPY` is 0;
 * with `returns: "price"` it grows as the Close instead. Expected values come from the raw CSV text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import {
  BacktestExecutor,
  CsvDirectoryFeed,
  FeatureRuntime,
  fromSpec,
  MemoryFeatureCache,
  runBacktest,
  type TacticalSpec,
} from '@tactical/runtime';
import { afterAll, expect, it } from 'vitest';
import { describeShared } from '../../../tools/shared-data.js';
import { runCaptured } from '../src/run.js';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'tactical-total-return-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const spec = (returns: 'total' | 'price'): TacticalSpec => ({
  kind: 'tactical/v1',
  name: `spy-daily-${returns}`,
  universe: [{ id: 'us:SPY', symbol: 'SPY' }],
  rebalance: { frequency: 'Daily' },
  execution: { fill: 'close', minTradeWeight: 0, shares: 'fractional', returns },
  features: [],
  rules: { op: 'allocate', weights: { 'us:SPY': 1 } },
});

/** Raw `Date`, `Close`, `Adj Close` columns by plain splitting. */
function rawSpy(file: string) {
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const header = lines[0]!.split(',');
  const col = (name: string) => header.indexOf(name);
  const rows = lines.slice(1).map((l) => l.split(','));
  return {
    dates: rows.map((r) => r[col('Date')]!),
    close: rows.map((r) => Number(r[col('Close')])),
    adj: rows.map((r) => Number(r[col('Adj Close')])),
  };
}

describeShared(['data', 'etf'], 'total return: buy-and-hold SPY on ../shared/data/etf', (etf) => {
  const raw = rawSpy(join(etf, 'SPY.csv'));
  const n = raw.dates.length;

  async function equityCurve(returns: 'total' | 'price') {
    const calendar = getCalendar('XNYS');
    const dataFeed = new CsvDirectoryFeed({ dir: etf });
    const range = {
      from: new Date(`${raw.dates[0]}T00:00:00Z`),
      to: new Date(Date.parse(`${raw.dates[n - 1]}T00:00:00Z`) + 86_400_000),
    };
    const runtime = new FeatureRuntime({
      dataFeed,
      featureCache: new MemoryFeatureCache(),
      range,
      freq: '1d',
    });
    const result = await runBacktest({
      strategy: fromSpec(spec(returns), { runtime, calendar }),
      range,
      initialPortfolio: { cash: 100_000, positions: [], t: range.from },
      dataFeed,
      executor: new BacktestExecutor({ calendar }),
      calendar,
    });
    return result;
  }

  /** Largest |engine growth / reference growth − 1| over every session. */
  function worst(equity: ArrayLike<number>, reference: readonly number[]) {
    let w = 0;
    for (let i = 0; i < reference.length; i++) {
      w = Math.max(w, Math.abs(equity[i]! / equity[0]! / (reference[i]! / reference[0]!) - 1));
    }
    return w;
  }

  it('grows exactly as Adj Close on every session, 1993-01-29 → 2025-09-26 (1e-9)', async () => {
    const r = await equityCurve('total');
    expect(r.snapshots.map((s) => s.t.toISOString().slice(0, 10))).toEqual(raw.dates);
    expect(raw.dates[0]).toBe('1993-01-29');
    expect(raw.dates[n - 1]).toBe('2025-09-26');
    expect(worst(r.series.equity, raw.adj)).toBeLessThan(1e-9);
    expect(r.issues).toEqual([]);
    expect(r.metrics.cashFlows.dividends).toBeGreaterThan(0);
  }, 60_000);

  it("with returns: 'price' grows as the Close instead (the dividends are left out)", async () => {
    const r = await equityCurve('price');
    expect(worst(r.series.equity, raw.close)).toBeLessThan(1e-9);
    expect(r.metrics.cashFlows.dividends).toBe(0);
  }, 60_000);

  it('through the CLI --json: final multiple = Adj Close multiple, excess return over --benchmark SPY is 0', async () => {
    const file = join(tmp, 'spy-total.json');
    writeFileSync(file, JSON.stringify(spec('total')));
    const { code, out, err } = await runCaptured(
      ['backtest', file, '--data', etf, '--benchmark', 'SPY', '--json'],
      root,
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const m = JSON.parse(out).metrics;
    expect(m.start).toBe('1993-01-29');
    expect(m.end).toBe('2025-09-26');
    const adjMultiple = raw.adj[n - 1]! / raw.adj[0]!;
    expect(Math.abs(m.finalEquity / m.initialEquity / adjMultiple - 1)).toBeLessThan(1e-9);
    expect(Math.abs(m.benchmark.totalReturn + 1 - adjMultiple)).toBeLessThan(1e-9 * adjMultiple);
    expect(Math.abs(m.benchmark.excessReturn)).toBeLessThan(1e-9);
    expect(m.cashFlows.returns).toBe('total');
  }, 60_000);
});
