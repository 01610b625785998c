/**
 * Permanent Portfolio with 5-point bands on real ETF data: the rebalance sessions (start, year ends,
 * band breaches) and the equity curve against a plain-loop reference written here from the raw CSVs.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared } from '../../tools/shared-data.js';
import { loadMarket } from '../support/canon-market.js';
import { referenceAndEngine } from '../support/canon-run.js';
import { maxRelativeError } from '../support/raw-csv.js';

const FROM = '2005-06-01';
const TO = '2025-09-01';
const ASSETS = ['SPY', 'TLT', 'GLD', 'SHY'];

describeShared(['data', 'etf'], 'permanent-portfolio on ../shared/data/etf', async (etf) => {
  const m = loadMarket(etf, ASSETS);
  const isYearEnd = (i: number) =>
    i + 1 < m.dates.length && m.dates[i + 1]!.slice(0, 4) !== m.dates[i]!.slice(0, 4);
  let started = false;
  const bandHits: string[] = [];
  const { ref, run } = await referenceAndEngine(join(import.meta.dirname, 'spec.json'), etf, {
    market: m,
    from: FROM,
    to: TO,
    rebalance: (i, current, targets) => {
      if (!started) return (started = true); // the first session of the run buys the portfolio
      const drifted = ASSETS.some((s) => Math.abs((current[s] ?? 0) - (targets[s] ?? 0)) > 0.05);
      if (drifted && !isYearEnd(i)) bandHits.push(m.dates[i]!);
      return isYearEnd(i) || drifted;
    },
    targets: () => Object.fromEntries(ASSETS.map((s) => [s, 0.25])),
  });
  const rebalanced = run.result.decisions.filter((d) => d.rebalance).map((d) => d.t);

  it('rebalances on the first session, at every year end and on every band breach, nowhere else', () => {
    expect(rebalanced).toEqual([...ref.decisions.keys()]);
    expect(rebalanced[0]).toBe('2005-06-01');
    expect(bandHits.length, 'bands fire between year ends').toBeGreaterThan(3);
  });

  it('equity matches the plain-loop reference on every session to 1e-9', () => {
    expect(run.equity).toHaveLength(ref.equity.length);
    expect(maxRelativeError(run.equity, ref.equity)).toBeLessThan(1e-9);
  });

  it('named dates: invested from the first session (not cash until the first year end)', () => {
    expect(run.holdings('2005-06-01')).toEqual(['us:GLD', 'us:SHY', 'us:SPY', 'us:TLT']);
    expect(run.holdings('2005-07-01')).toEqual(['us:GLD', 'us:SHY', 'us:SPY', 'us:TLT']);
  });
});
