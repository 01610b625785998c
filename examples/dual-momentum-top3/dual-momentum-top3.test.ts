/**
 * Top-3 dual momentum with cash slots on real ETF data: decisions on every month end and the equity
 * curve against a plain-loop reference written here from the raw CSVs.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared } from '../../tools/shared-data.js';
import { byId, loadMarket, monthlyReturn, weightsDistance } from '../support/canon-market.js';
import { referenceAndEngine } from '../support/canon-run.js';
import { maxRelativeError } from '../support/raw-csv.js';

const FROM = '2008-07-01';
const TO = '2025-09-01';
const RISKY = ['SPY', 'QQQ', 'IWM', 'EFA', 'EEM', 'TLT', 'GLD', 'VNQ', 'DBC'];

describeShared(['data', 'etf'], 'dual-momentum-top3 on ../shared/data/etf', async (etf) => {
  const m = loadMarket(etf, [...RISKY, 'BIL']);
  const bilSlots = [0, 0, 0, 0];
  const rule = (e: number): Record<string, number> => {
    const r12 = (s: string) => monthlyReturn(m, m.adj[s]!, e, 12);
    const top3 = [...RISKY].sort((a, b) => r12(b) - r12(a) || (a < b ? -1 : 1)).slice(0, 3);
    const w: Record<string, number> = {};
    let bil = 0;
    for (const s of top3) {
      if (r12(s) > r12('BIL')) w[s] = 1 / 3;
      else bil += 1 / 3;
    }
    bilSlots[Math.round(bil * 3)]!++;
    if (bil > 0) w.BIL = bil;
    return w;
  };
  const { ref, run, decided } = await referenceAndEngine(join(import.meta.dirname, 'spec.json'), etf, {
    market: m,
    from: FROM,
    to: TO,
    rebalance: (i) => m.isMonthEnd[i]!,
    targets: rule,
  });

  it('decides on every month end exactly what the rule says; partial cash slots occur', () => {
    expect(decided.size).toBe(ref.decisions.size);
    for (const [d, w] of ref.decisions)
      expect(weightsDistance(decided.get(d)!, byId(w)), d).toBeLessThan(1e-12);
    expect(bilSlots[1]! + bilSlots[2]!, `months with 1 or 2 BIL slots: ${bilSlots}`).toBeGreaterThan(5);
  });

  it('equity matches the plain-loop reference on every session to 1e-9', () => {
    expect(run.equity).toHaveLength(ref.equity.length);
    expect(maxRelativeError(run.equity, ref.equity)).toBeLessThan(1e-9);
  });

  it('named dates: Treasuries, gold and one T-bill slot at the end of 2008; three risky assets at the end of 2013', () => {
    expect(decided.get('2008-12-31')).toEqual({ 'us:TLT': 1 / 3, 'us:GLD': 1 / 3, 'us:BIL': 1 / 3 });
    expect(decided.get('2013-12-31')!['us:BIL']).toBeUndefined();
    expect(Object.keys(decided.get('2013-12-31')!)).toHaveLength(3);
  });
});
