/**
 * GEM (Antonacci 2014) on real ETF data: decisions on every month end and the equity curve against a
 * plain-loop reference written here from the raw CSVs (12-month returns between month-end Adj Closes).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared } from '../../tools/shared-data.js';
import { byId, loadMarket, monthlyReturn, weightsDistance } from '../support/canon-market.js';
import { referenceAndEngine } from '../support/canon-run.js';
import { maxRelativeError } from '../support/raw-csv.js';

const FROM = '2008-07-01';
const TO = '2025-09-01';

describeShared(['data', 'etf'], 'gem on ../shared/data/etf', async (etf) => {
  const m = loadMarket(etf, ['SPY', 'EFA', 'AGG', 'BIL']);
  const r12 = (s: string, e: number) => monthlyReturn(m, m.adj[s]!, e, 12);
  /** Absolute momentum (SPY vs T-bills), then relative momentum (SPY vs EFA). */
  const rule = (e: number): Record<string, number> => {
    if (!(r12('SPY', e) > r12('BIL', e))) return { AGG: 1 };
    return r12('EFA', e) >= r12('SPY', e) ? { EFA: 1 } : { SPY: 1 }; // a tie goes to the lower id (EFA)
  };
  const { ref, run, decided } = await referenceAndEngine(join(import.meta.dirname, 'spec.json'), etf, {
    market: m,
    from: FROM,
    to: TO,
    rebalance: (i) => m.isMonthEnd[i]!,
    targets: rule,
  });

  it('decides on every month end exactly what the rule says', () => {
    expect(decided.size).toBe(ref.decisions.size);
    expect(ref.decisions.size).toBeGreaterThan(200);
    for (const [d, w] of ref.decisions)
      expect(weightsDistance(decided.get(d)!, byId(w)), d).toBeLessThan(1e-12);
    const held = new Set([...ref.decisions.values()].map((w) => Object.keys(w)[0]));
    expect([...held].sort(), 'all three legs are used').toEqual(['AGG', 'EFA', 'SPY']);
  });

  it('equity matches the plain-loop reference on every session to 1e-9', () => {
    expect(run.equity).toHaveLength(ref.equity.length);
    expect(maxRelativeError(run.equity, ref.equity)).toBeLessThan(1e-9);
  });

  it('named dates: bonds through the 2008 crash, US stocks in 2013 and 2021', () => {
    expect(decided.get('2008-12-31')).toEqual({ 'us:AGG': 1 });
    expect(decided.get('2013-12-31')).toEqual({ 'us:SPY': 1 });
    expect(decided.get('2021-12-31')).toEqual({ 'us:SPY': 1 });
  });
});
