/**
 * tlt-spy-swap on real ETF data: the engine's decisions and equity curve against an independent
 * plain-loop implementation of seed 004's rules computed here from the raw CSVs.
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
  const reference = closeFillReference(dates, closes, targetsAt, 100_000);
  const result = await runSpecFile(join(import.meta.dirname, 'spec.json'), {
    data: etf!,
    from: FROM,
    to: TO,
    cash: 100_000,
  });

  it('runs over exactly the sessions of the data files', () => {
    expect(result.dates).toEqual(dates);
  });

  it('equity matches the plain-loop reference on every session to 1e-9', () => {
    expect(result.equity).toHaveLength(reference.length);
    expect(maxRelativeError(result.equity, reference)).toBeLessThan(1e-9);
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
