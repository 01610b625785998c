/**
 * Inverse-volatility risk parity on real ETF data: weights on every month end and the equity curve
 * against a plain-loop reference written here from the raw CSVs.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared } from '../../tools/shared-data.js';
import { byId, loadMarket, weightsDistance } from '../support/canon-market.js';
import { referenceAndEngine } from '../support/canon-run.js';
import { maxRelativeError } from '../support/raw-csv.js';

const FROM = '2007-01-03';
const TO = '2025-09-01';
const ASSETS = ['SPY', 'TLT', 'GLD', 'DBC'];

describeShared(['data', 'etf'], 'risk-parity on ../shared/data/etf', async (etf) => {
  const m = loadMarket(etf, ASSETS);
  const stdev = (s: string, i: number) => {
    const a = m.adj[s]!;
    const r = Array.from({ length: 63 }, (_, k) => a[i - k]! / a[i - k - 1]! - 1);
    const mean = r.reduce((x, y) => x + y, 0) / r.length;
    return Math.sqrt(r.reduce((x, y) => x + (y - mean) ** 2, 0) / (r.length - 1));
  };
  const rule = (e: number): Record<string, number> => {
    const inv = ASSETS.map((s) => 1 / stdev(s, e));
    const sum = inv.reduce((x, y) => x + y, 0);
    return Object.fromEntries(ASSETS.map((s, k) => [s, inv[k]! / sum]));
  };
  const { ref, run, decided } = await referenceAndEngine(join(import.meta.dirname, 'spec.json'), etf, {
    market: m,
    from: FROM,
    to: TO,
    rebalance: (i) => m.isMonthEnd[i]!,
    targets: rule,
  });

  it('weights every month end by 1 / stdev of 63 daily total returns', () => {
    expect(decided.size).toBe(ref.decisions.size);
    for (const [d, w] of ref.decisions)
      expect(weightsDistance(decided.get(d)!, byId(w)), d).toBeLessThan(1e-12);
  });

  it('equity matches the plain-loop reference on every session to 1e-9', () => {
    expect(run.equity).toHaveLength(ref.equity.length);
    expect(maxRelativeError(run.equity, ref.equity)).toBeLessThan(1e-9);
  });

  it('named dates: stocks get the least weight in the October 2008 and March 2020 turmoil', () => {
    for (const d of ['2008-10-31', '2020-03-31']) {
      const w = decided.get(d)!;
      expect(w['us:SPY']!, d).toBeLessThan(Math.max(w['us:TLT']!, w['us:GLD']!));
    }
  });
});
