/**
 * DAA (Keller & Keuning 2018) on real ETF data: decisions on every month end and the equity curve
 * against a plain-loop reference written here from the raw CSVs (13612W, canary breadth, top 6).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared } from '../../tools/shared-data.js';
import { byId, loadMarket, momentum13612w, weightsDistance } from '../support/canon-market.js';
import { referenceAndEngine } from '../support/canon-run.js';
import { maxRelativeError } from '../support/raw-csv.js';

const FROM = '2008-05-01';
const TO = '2025-09-01';
const RISKY = ['SPY', 'IWM', 'QQQ', 'IEV', 'EWJ', 'EEM', 'VNQ', 'DBC', 'GLD', 'TLT', 'HYG', 'LQD'];
const CASH = ['SHY', 'IEF', 'LQD'];
const CANARIES = ['EEM', 'AGG'];

/** The first `n` of `syms` by score, highest first, ties to the lower symbol. */
const top = (syms: string[], n: number, score: (s: string) => number) =>
  [...syms].sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1)).slice(0, n);

describeShared(['data', 'etf'], 'daa on ../shared/data/etf', async (etf) => {
  const m = loadMarket(etf, [...new Set([...RISKY, ...CASH, ...CANARIES])]);
  const breadth = [0, 0, 0];
  const rule = (e: number): Record<string, number> => {
    const mom = (s: string) => momentum13612w(m, m.adj[s]!, e);
    const bad = CANARIES.filter((s) => mom(s) <= 0).length;
    breadth[bad]!++;
    const cashFraction = Math.min(1, bad / 2);
    const w: Record<string, number> = {};
    if (cashFraction < 1) for (const s of top(RISKY, 6, mom)) w[s] = (w[s] ?? 0) + (1 - cashFraction) / 6;
    if (cashFraction > 0) for (const s of top(CASH, 1, mom)) w[s] = (w[s] ?? 0) + cashFraction;
    return w;
  };
  const { ref, run, decided } = await referenceAndEngine(join(import.meta.dirname, 'spec.json'), etf, {
    market: m,
    from: FROM,
    to: TO,
    rebalance: (i) => m.isMonthEnd[i]!,
    targets: rule,
  });

  it('decides on every month end exactly what the rule says, with all three breadth states', () => {
    expect(decided.size).toBe(ref.decisions.size);
    for (const [d, w] of ref.decisions)
      expect(weightsDistance(decided.get(d)!, byId(w)), d).toBeLessThan(1e-12);
    expect(
      breadth.every((n) => n > 5),
      `months with 0/1/2 bad canaries: ${breadth}`,
    ).toBe(true);
  });

  it('equity matches the plain-loop reference on every session to 1e-9', () => {
    expect(run.equity).toHaveLength(ref.equity.length);
    expect(maxRelativeError(run.equity, ref.equity)).toBeLessThan(1e-9);
  });

  it('named dates: all in SHY when both canaries turned (Oct 2008, the 2022 bond bear), half cash in Nov 2008', () => {
    expect(decided.get('2008-10-31')).toEqual({ 'us:SHY': 1 });
    expect(decided.get('2022-06-30')).toEqual({ 'us:SHY': 1 });
    expect(decided.get('2008-11-28')!['us:IEF'], 'EEM bad, AGG recovering: CF = 1/2').toBe(0.5);
  });
});
