/**
 * GTAA 5 (Faber 2007) on real ETF data: decisions on every month end and the equity curve against a
 * plain-loop reference written here from the raw CSVs (10-month SMA of month-end Adj Close).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared } from '../../tools/shared-data.js';
import { byId, loadMarket, monthEndsUpTo, simulate, weightsDistance } from '../support/canon-market.js';
import { referenceAndEngine } from '../support/canon-run.js';
import { runSpecFile } from '../support/engine.js';
import { maxRelativeError } from '../support/raw-csv.js';

const FROM = '2008-01-02';
const TO = '2025-09-01';
const RISKY = ['SPY', 'EFA', 'IEF', 'VNQ', 'DBC'];

describeShared(['data', 'etf'], 'gtaa5 on ../shared/data/etf', async (etf) => {
  const m = loadMarket(etf, [...RISKY, 'BIL']);
  /** Faber's rule at month end e: 20 % per class above its 10-month SMA, the rest of the 20 %s in BIL. */
  const rule = (e: number): Record<string, number> => {
    const ends = monthEndsUpTo(m, e).slice(-10);
    const w: Record<string, number> = {};
    let bil = 0;
    for (const s of RISKY) {
      const a = m.adj[s]!;
      const sma = ends.reduce((x, k) => x + a[k]!, 0) / 10;
      if (a[e]! > sma) w[s] = 0.2;
      else bil += 0.2;
    }
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

  it('decides on every month end exactly what the rule says', () => {
    expect(decided.size).toBe(ref.decisions.size);
    expect(ref.decisions.size).toBeGreaterThan(200);
    for (const [d, w] of ref.decisions)
      expect(weightsDistance(decided.get(d)!, byId(w)), d).toBeLessThan(1e-12);
  });

  it('equity matches the plain-loop reference on every session to 1e-9', () => {
    expect(run.equity).toHaveLength(ref.equity.length);
    expect(maxRelativeError(run.equity, ref.equity)).toBeLessThan(1e-9);
  });

  it("with execution.returns 'price' the equity matches the reference without dividends", async () => {
    const priceRef = simulate({
      market: m,
      from: FROM,
      to: TO,
      cash: 100_000,
      basis: 'price',
      rebalance: (i) => m.isMonthEnd[i]!,
      targets: rule,
    });
    const priceRun = await runSpecFile(join(import.meta.dirname, 'spec.json'), {
      data: etf,
      from: FROM,
      to: TO,
      cash: 100_000,
      edit: (s) => ({ ...s, execution: { ...s.execution, minTradeWeight: 0, returns: 'price' } }),
    });
    expect(maxRelativeError(priceRun.equity, priceRef.equity)).toBeLessThan(1e-9);
    expect(priceRef.equity.at(-1)!, 'dividends matter').toBeLessThan(ref.equity.at(-1)! * 0.9);
  });

  it('named dates: only Treasuries (rallying) beside T-bills after the 2008 crash; stocks in at the end of 2013', () => {
    expect(decided.get('2008-11-28')).toEqual({ 'us:BIL': 0.8, 'us:IEF': 0.2 });
    expect(Object.keys(decided.get('2013-12-31')!).sort()).toEqual(
      expect.arrayContaining(['us:SPY', 'us:EFA']),
    );
  });
});
