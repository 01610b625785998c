/**
 * spy-ief-trend (seed 003) on real ETF data: what the strategy holds after every rebalance, against
 * an SMA, ISO weeks, months and a hysteresis state machine computed here from the raw CSVs.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../tools/shared-data.js';
import { runSpecFile } from '../support/engine.js';
import { readRawCsv } from '../support/raw-csv.js';

const etf = sharedPath('data', 'etf');
const FROM = '2003-01-02';
const TO = '2025-09-01';

/** ISO week key by the Thursday rule, computed from the date string alone. */
function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return `${thursday.getUTCFullYear()}-W${Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000)) + 1}`;
}

/** Indices (into `dates`) of the last session of each period, by a key function. */
function periodEnds(dates: readonly string[], key: (d: string) => string): number[] {
  const out: number[] = [];
  for (let i = 0; i < dates.length; i++)
    if (i === dates.length - 1 || key(dates[i + 1]!) !== key(dates[i]!)) out.push(i);
  return out;
}

describeShared(['data', 'etf'], 'spy-ief-trend on ../shared/data/etf', async () => {
  const spy = readRawCsv(join(etf!, 'SPY.csv'));
  const close = spy.column('Close');
  // 50-session SMA of SPY's close by a plain loop over the whole file
  const sma = close.map((_, i) =>
    i < 49 ? Number.NaN : close.slice(i - 49, i + 1).reduce((a, b) => a + b, 0) / 50,
  );
  const at = new Map(spy.dates.map((d, i) => [d, i]));
  const dates = spy.dates.filter((d) => d >= FROM && d < TO);

  const monthly = await runSpecFile(join(import.meta.dirname, 'spec.json'), {
    data: etf!,
    from: FROM,
    to: TO,
    cash: 100_000,
  });
  const weekly = await runSpecFile(join(import.meta.dirname, 'spec.weekly.json'), {
    data: etf!,
    from: FROM,
    to: TO,
    cash: 100_000,
  });

  it('monthly: after each month end it holds SPY exactly when SPY closed above its 50-session SMA', () => {
    const ends = periodEnds(dates, (d) => d.slice(0, 7)).slice(0, -1); // the last one has no next open
    expect(ends.length).toBeGreaterThan(250);
    for (const e of ends) {
      const i = at.get(dates[e]!)!;
      const want = close[i]! > sma[i]! ? 'us:SPY' : 'us:IEF';
      expect(monthly.holdings(dates[e + 1]!), `${dates[e]} close ${close[i]} sma ${sma[i]}`).toEqual([want]);
    }
  });

  it('weekly with a 2 % relative band: a hysteresis state machine over ISO weeks', () => {
    let above: boolean | undefined;
    let flips = 0;
    let plainFlips = 0;
    let plainPrev: boolean | undefined;
    for (const e of periodEnds(dates, isoWeek).slice(0, -1)) {
      const i = at.get(dates[e]!)!;
      const band = (Math.abs(sma[i]!) * 2) / 100;
      const next =
        above === undefined
          ? close[i]! > sma[i]!
          : above
            ? !(close[i]! < sma[i]! - band)
            : close[i]! > sma[i]! + band;
      if (above !== undefined && next !== above) flips++;
      above = next;
      const plain = close[i]! > sma[i]!;
      if (plainPrev !== undefined && plain !== plainPrev) plainFlips++;
      plainPrev = plain;
      expect(weekly.holdings(dates[e + 1]!), dates[e]).toEqual([above ? 'us:SPY' : 'us:IEF']);
    }
    expect(flips, 'the band suppresses whipsaw').toBeLessThan(plainFlips);
  });

  it('named dates: out of equities after the 2008 and 2020 crashes began, back in after', () => {
    expect(monthly.holdings('2008-10-01')).toEqual(['us:IEF']);
    expect(monthly.holdings('2020-04-01')).toEqual(['us:IEF']);
    expect(monthly.holdings('2020-07-01')).toEqual(['us:SPY']);
  });
});
