/**
 * 10 % target volatility on real ETF data: decisions on every month end and the equity curve against
 * a plain-loop reference written here from the raw CSVs (sample stdev of 63 daily Adj Close returns).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared } from '../../tools/shared-data.js';
import { byId, loadMarket, weightsDistance } from '../support/canon-market.js';
import { referenceAndEngine } from '../support/canon-run.js';
import { maxRelativeError } from '../support/raw-csv.js';

const FROM = '2008-01-02';
const TO = '2025-09-01';

describeShared(['data', 'etf'], 'target-volatility on ../shared/data/etf', async (etf) => {
  const m = loadMarket(etf, ['SPY', 'BIL']);
  const adj = m.adj.SPY!;
  /** Annualised sample stdev of the last 63 daily returns ending at i. */
  const vol = (i: number) => {
    const r = Array.from({ length: 63 }, (_, k) => adj[i - k]! / adj[i - k - 1]! - 1);
    const mean = r.reduce((a, b) => a + b, 0) / r.length;
    return Math.sqrt(r.reduce((a, b) => a + (b - mean) ** 2, 0) / (r.length - 1)) * Math.sqrt(252);
  };
  let capped = 0;
  const rule = (e: number): Record<string, number> => {
    const s = Math.min(1, Math.max(0, 0.1 / vol(e)));
    if (s === 1) capped++;
    return s === 1 ? { SPY: 1 } : { SPY: s, BIL: 1 - s };
  };
  const { ref, run, decided } = await referenceAndEngine(join(import.meta.dirname, 'spec.json'), etf, {
    market: m,
    from: FROM,
    to: TO,
    rebalance: (i) => m.isMonthEnd[i]!,
    targets: rule,
  });

  it('decides on every month end SPY = min(1, 10 % / vol), the rest BIL; the cap binds in calm months', () => {
    expect(decided.size).toBe(ref.decisions.size);
    for (const [d, w] of ref.decisions)
      expect(weightsDistance(decided.get(d)!, byId(w)), d).toBeLessThan(1e-12);
    expect(capped).toBeGreaterThan(10);
    expect(capped).toBeLessThan(ref.decisions.size - 50);
  });

  it('equity matches the plain-loop reference on every session to 1e-9', () => {
    expect(run.equity).toHaveLength(ref.equity.length);
    expect(maxRelativeError(run.equity, ref.equity)).toBeLessThan(1e-9);
  });

  it('named dates: deleveraged after the 2008 and 2020 volatility spikes', () => {
    expect(decided.get('2008-11-28')!['us:SPY']!).toBeLessThan(0.25);
    expect(decided.get('2020-03-31')!['us:SPY']!).toBeLessThan(0.25);
    expect(decided.get('2017-12-29')).toEqual({ 'us:SPY': 1 });
  });
});
