/**
 * tlt-spy-swap on real ETF data: the engine's decisions and equity curve against an independent
 * plain-loop implementation of seed 004's rules computed here from the raw CSVs, with total-return
 * accounting written out in the loop (a long receives each dividend, a short pays it).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../tools/shared-data.js';
import { runSpecFile } from '../support/engine.js';
import { closeFillReference, maxRelativeError, monthsOf, readRawCsv } from '../support/raw-csv.js';

const etf = sharedPath('data', 'etf');
const FROM = '2010-01-01';
const TO = '2025-09-01'; // exclusive: the data ends 2025-09-26, before September's last session

describeShared(['data', 'etf'], 'tlt-spy-swap on ../shared/data/etf', async () => {
  const tlt = readRawCsv(join(etf!, 'TLT.csv'));
  const spy = readRawCsv(join(etf!, 'SPY.csv'));
  const inRange = (d: string) => d >= FROM && d < TO;
  const dates = tlt.dates.filter(inRange);
  expect(spy.dates.filter(inRange), 'both files list the same sessions').toEqual(dates);
  const offset = tlt.dates.indexOf(dates[0]!);
  const spyOffset = spy.dates.indexOf(dates[0]!);
  const closes = {
    'us:TLT': tlt.column('Close').slice(offset, offset + dates.length),
    'us:SPY': spy.column('Close').slice(spyOffset, spyOffset + dates.length),
  };

  // Seed 004: enter 7 sessions before the month's last session (8th from last), reverse on the
  // first session of the next month, flat 7 sessions after that (the 8th session).
  const targetsAt = new Map<number, Record<string, number>>();
  for (const month of monthsOf(dates)) {
    targetsAt.set(month[0]!, { 'us:TLT': -0.5, 'us:SPY': 0.5 });
    targetsAt.set(month[7]!, {});
    targetsAt.set(month[month.length - 8]!, { 'us:TLT': 0.5, 'us:SPY': -0.5 });
  }
  // Dividend per share on each session: the cash that makes (close + dividend) / previous close
  // grow as Adj Close does (Yahoo's Close is not dividend-adjusted, Adj Close is).
  const dividendOf = (series: typeof tlt, start: number) => {
    const close = series.column('Close');
    const adj = series.column('Adj Close');
    return dates.map((_, k) => {
      const i = start + k;
      return (adj[i]! * close[i - 1]!) / adj[i - 1]! - close[i]!;
    });
  };
  const dividends = { 'us:TLT': dividendOf(tlt, offset), 'us:SPY': dividendOf(spy, spyOffset) };

  // The long/short loop: dividends on the holdings of the previous close, then trades at this close.
  const ids = ['us:SPY', 'us:TLT'] as const;
  let cash = 100_000;
  const qty = { 'us:SPY': 0, 'us:TLT': 0 };
  const reference: number[] = [];
  const dividendCash: number[] = [];
  for (let i = 0; i < dates.length; i++) {
    let received = 0;
    for (const a of ids) received += qty[a] * dividends[a][i]!;
    cash += received;
    dividendCash.push(received);
    const equity = () => cash + qty['us:SPY'] * closes['us:SPY'][i]! + qty['us:TLT'] * closes['us:TLT'][i]!;
    const targets = targetsAt.get(i);
    if (targets) {
      const e = equity();
      for (const a of ids) {
        const want = ((targets[a] ?? 0) * e) / closes[a][i]!;
        cash -= (want - qty[a]) * closes[a][i]!;
        qty[a] = want;
      }
    }
    reference.push(equity());
  }
  const priceOnly = closeFillReference(dates, closes, targetsAt, 100_000);

  const result = await runSpecFile(join(import.meta.dirname, 'spec.json'), {
    data: etf!,
    from: FROM,
    to: TO,
    cash: 100_000,
  });
  const priceRun = await runSpecFile(join(import.meta.dirname, 'spec.json'), {
    data: etf!,
    from: FROM,
    to: TO,
    cash: 100_000,
    edit: (spec) => ({ ...spec, execution: { ...spec.execution, returns: 'price' } }),
  });

  it('runs over exactly the sessions of the data files', () => {
    expect(result.dates).toEqual(dates);
  });

  it('equity matches the plain-loop total-return reference on every session to 1e-9', () => {
    expect(result.equity).toHaveLength(reference.length);
    expect(maxRelativeError(result.equity, reference)).toBeLessThan(1e-9);
  });

  it('credits each session the dividends of the reference; shorts pay them', () => {
    const flows = result.result.snapshots.map((s) => s.dividends);
    for (let i = 0; i < dates.length; i++) {
      expect(Math.abs(flows[i]! - dividendCash[i]!), dates[i]).toBeLessThan(1e-9 * reference[i]!);
    }
    // Paid: sessions short SPY across an SPY ex-date (a quarterly dividend of more than 1 bp).
    const paid = dates.filter(
      (_d, i) =>
        i > 0 &&
        result.quantity(dates[i - 1]!, 'us:SPY') < 0 &&
        dividends['us:SPY'][i]! > 1e-4 * closes['us:SPY'][i]!,
    );
    expect(paid.length).toBeGreaterThan(5);
    for (const d of paid) expect(result.result.snapshots[dates.indexOf(d)]!.dividends, d).toBeLessThan(0);
    const total = result.result.metrics.cashFlows;
    expect(total.returns).toBe('total');
    expect(Math.abs(total.dividends - dividendCash.reduce((a, b) => a + b, 0))).toBeLessThan(1e-6);
  });

  it("with returns: 'price' matches the price-only reference (no dividends) to 1e-9", () => {
    expect(maxRelativeError(priceRun.equity, priceOnly)).toBeLessThan(1e-9);
    expect(priceRun.result.metrics.cashFlows).toEqual({
      returns: 'price',
      dividends: 0,
      borrowFees: 0,
      interest: 0,
    });
    expect(maxRelativeError(priceOnly, reference), 'the two bases differ').toBeGreaterThan(1e-3);
  });

  it('is long TLT / short SPY in the last 7 sessions of a month and the reverse in the first 7', () => {
    const side = (d: string) => Math.sign(result.quantity(d, 'us:TLT'));
    for (const month of monthsOf(dates)) {
      const last = month.length - 1;
      expect(side(dates[month[last]!]!), `${dates[month[last]!]} last session`).toBe(1);
      expect(side(dates[month[last - 7]!]!), `${dates[month[last - 7]!]} 8th from last`).toBe(1);
      expect(side(dates[month[0]!]!), `${dates[month[0]!]} first session`).toBe(-1);
      expect(side(dates[month[6]!]!), `${dates[month[6]!]} 7th session`).toBe(-1);
      expect(side(dates[month[7]!]!), `${dates[month[7]!]} 8th session: flat`).toBe(0);
    }
  });

  it('decides as the raw calendar says on named dates', () => {
    // March 2020 has 22 sessions in the file: the 8th from last is 2020-03-20, the first of April 04-01.
    expect(Math.sign(result.quantity('2020-03-20', 'us:TLT'))).toBe(1);
    expect(Math.sign(result.quantity('2020-03-19', 'us:TLT'))).toBe(0);
    expect(Math.sign(result.quantity('2020-04-01', 'us:SPY'))).toBe(1);
  });
});
