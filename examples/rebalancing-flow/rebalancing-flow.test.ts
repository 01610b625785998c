/**
 * rebalancing-flow on real ETF data: which asset the flow trade buys each month and the equity
 * curve, against an independent plain-loop implementation of seed 000's rules on the raw CSVs
 * (total return: the reference credits the dividends implied by Adj Close on each ex-date).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../tools/shared-data.js';
import { runSpecFile } from '../support/engine.js';
import {
  closeFillReference,
  maxRelativeError,
  monthsOf,
  rawDividends,
  readRawCsv,
} from '../support/raw-csv.js';

const etf = sharedPath('data', 'etf');
const FROM = '2003-01-01';
const TO = '2025-09-01';

describeShared(['data', 'etf'], 'rebalancing-flow on ../shared/data/etf', async () => {
  const tlt = readRawCsv(join(etf!, 'TLT.csv'));
  const spy = readRawCsv(join(etf!, 'SPY.csv'));
  const tltClose = tlt.column('Close');
  const spyClose = spy.column('Close');
  const spyIndex = new Map(spy.dates.map((d, i) => [d, i]));
  const dates = tlt.dates.filter((d) => d >= FROM && d < TO);
  const first = tlt.dates.indexOf(dates[0]!);
  const closes = {
    'us:TLT': dates.map((_, k) => tltClose[first + k]!),
    'us:SPY': dates.map((d) => spyClose[spyIndex.get(d)!]!),
  };
  const tltDividends = rawDividends(tltClose, tlt.column('Adj Close'));
  const spyDividends = rawDividends(spyClose, spy.column('Adj Close'));
  const dividends = {
    'us:TLT': dates.map((_, k) => tltDividends[first + k]!),
    'us:SPY': dates.map((d) => spyDividends[spyIndex.get(d)!]!),
  };
  // 16-session performance, first to last close of the last 16 sessions (raw file indices)
  const perf = (close: number[], i: number) => close[i]! / close[i - 15]! - 1;

  const bought = new Map<string, string>(); // month -> asset bought on its 16th session
  const targetsAt = new Map<number, Record<string, number>>();
  for (const month of monthsOf(dates)) {
    const i16 = month[15]!;
    const d = dates[i16]!;
    const rTlt = perf(tltClose, first + i16);
    const rSpy = perf(spyClose, spyIndex.get(d)!);
    // buy the underperformer; a tie goes to the lower asset id (us:SPY)
    const buy = rTlt < rSpy ? 'us:TLT' : 'us:SPY';
    bought.set(d.slice(0, 7), buy);
    targetsAt.set(i16, { [buy]: 1 });
    targetsAt.set(month[month.length - 1]!, {});
  }
  const reference = closeFillReference(dates, closes, targetsAt, 100_000, dividends);
  const result = await runSpecFile(join(import.meta.dirname, 'spec.json'), {
    data: etf!,
    from: FROM,
    to: TO,
    cash: 100_000,
  });

  it('buys the underperformer on the 16th session of every month', () => {
    for (const month of monthsOf(dates)) {
      const d = dates[month[15]!]!;
      const held =
        result.quantity(d, 'us:TLT') > 0 ? 'us:TLT' : result.quantity(d, 'us:SPY') > 0 ? 'us:SPY' : 'none';
      expect(held, d).toBe(bought.get(d.slice(0, 7)));
    }
  });

  it('is flat from the last session of the month until the 16th', () => {
    for (const month of monthsOf(dates)) {
      for (const i of [month[month.length - 1]!, month[0]!, month[14]!]) {
        expect(result.quantity(dates[i]!, 'us:TLT') + result.quantity(dates[i]!, 'us:SPY'), dates[i]).toBe(0);
      }
    }
  });

  it('named months: March 2020 buys SPY (equities had fallen), the choice computed from the raw closes', () => {
    expect(bought.get('2020-03')).toBe('us:SPY');
    const d = dates[monthsOf(dates).find((m) => dates[m[0]!]!.startsWith('2020-03'))![15]!]!;
    expect(result.quantity(d, 'us:SPY')).toBeGreaterThan(0);
  });

  it('equity matches the plain-loop reference (dividends included) on every session to 1e-9', () => {
    expect(result.equity).toHaveLength(reference.length);
    expect(maxRelativeError(result.equity, reference)).toBeLessThan(1e-9);
  });
});
