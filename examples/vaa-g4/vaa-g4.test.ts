/**
 * VAA-G4 (Keller & Keuning 2017) on real ETF data: decisions on every month end and the equity curve
 * against a plain-loop reference written here from the raw CSVs (13612W on month-end Adj Closes).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared } from '../../tools/shared-data.js';
import { byId, loadMarket, momentum13612w, weightsDistance } from '../support/canon-market.js';
import { referenceAndEngine } from '../support/canon-run.js';
import { maxRelativeError } from '../support/raw-csv.js';

const FROM = '2005-01-03';
const TO = '2025-09-01';
const OFFENSIVE = ['SPY', 'EFA', 'EEM', 'AGG'];
const DEFENSIVE = ['LQD', 'IEF', 'SHY'];

/** The best of `syms` by score, ties to the lower symbol (asset ids share the 'us:' prefix). */
const best = (syms: string[], score: (s: string) => number) =>
  [...syms].sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1))[0]!;

describeShared(['data', 'etf'], 'vaa-g4 on ../shared/data/etf', async (etf) => {
  const m = loadMarket(etf, [...OFFENSIVE, ...DEFENSIVE]);
  let defensiveMonths = 0;
  const rule = (e: number): Record<string, number> => {
    const mom = (s: string) => momentum13612w(m, m.adj[s]!, e);
    if (OFFENSIVE.every((s) => mom(s) > 0)) return { [best(OFFENSIVE, mom)]: 1 };
    defensiveMonths++;
    return { [best(DEFENSIVE, mom)]: 1 };
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
    expect(ref.decisions.size).toBeGreaterThan(240);
    for (const [d, w] of ref.decisions)
      expect(weightsDistance(decided.get(d)!, byId(w)), d).toBeLessThan(1e-12);
    expect(defensiveMonths, 'VAA is defensive often (one bad canary suffices)').toBeGreaterThan(50);
  });

  it('equity matches the plain-loop reference on every session to 1e-9', () => {
    expect(run.equity).toHaveLength(ref.equity.length);
    expect(maxRelativeError(run.equity, ref.equity)).toBeLessThan(1e-9);
  });

  it('named dates: defensive at the end of 2008 and in March 2020', () => {
    expect(Object.keys(decided.get('2008-10-31')!)[0]).toMatch(/us:(LQD|IEF|SHY)/);
    expect(Object.keys(decided.get('2020-03-31')!)[0]).toMatch(/us:(LQD|IEF|SHY)/);
  });
});
