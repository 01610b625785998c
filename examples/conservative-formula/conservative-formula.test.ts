/**
 * The Conservative Formula (seed 001) on the real 505-stock S&P set (../shared/data/sp500/all_stocks_5yr)
 * with a GENERATED net payout yield (npy.ts, supplied through `withFields` with monthly publication
 * dates) and a static universe of the data files. The holdings on named sessions are checked against
 * the top 10 % computed here INDEPENDENTLY from the raw CSV text with plain loops: 12-1 momentum,
 * 252-return sample stdev x sqrt(252), score = momentum x npy / volatility, sort desc (ties by id),
 * keep max(1, floor(n x 0.1)) of the n stocks with a bar and a finite score. Orders fill at the next
 * open, so a month-end decision shows in the holdings of the next session.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TacticalSpec } from '@tactical/spec';
import { validateSpec } from '@tactical/spec';
import { describe, expect, it } from 'vitest';
import { CsvDirectoryFeed } from '../../packages/runtime/src/data/csv-feed.js';
import { withFields } from '../../packages/runtime/src/data/field-overlay.js';
import { describeShared, sharedPath } from '../../tools/shared-data.js';
import { runSpecFile } from '../support/engine.js';
import { generatedNpy, generatedNpySource, monthsBetween } from './npy.js';

const dir = sharedPath('data', 'sp500', 'all_stocks_5yr');
const FROM = '2014-03-01';
const TO = '2018-02-08'; // exclusive: the data ends 2018-02-07
/** Month-end decisions checked (last session of each month) and the session their fills land on. */
const CHECKS: [decision: string, filled: string][] = [
  ['2014-03-31', '2014-04-01'],
  ['2015-06-30', '2015-07-01'],
  ['2016-12-30', '2017-01-03'],
  ['2017-08-31', '2017-09-01'],
  ['2018-01-31', '2018-02-01'],
];

/** One stock's closes on the sessions (NaN where the file has no usable row). */
interface RawStock {
  id: string;
  close: Float64Array;
}

/**
 * Plain reading of `<T>_data.csv`: a row counts only when open, high, low, close and volume are all
 * numbers, prices > 0 and volume >= 0 (anything else: no bar that day).
 */
function readRows(path: string): { date: string; close: number }[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const head = lines[0]!.split(',').map((h) => h.trim().toLowerCase());
  const at = (name: string) => head.indexOf(name);
  const [d, o, h, l, c, v] = ['date', 'open', 'high', 'low', 'close', 'volume'].map(at) as number[];
  const rows: { date: string; close: number }[] = [];
  for (let k = 1; k < lines.length; k++) {
    if (lines[k]!.trim() === '') continue;
    const cells = lines[k]!.split(',');
    const nums = [o, h, l, c, v].map((j) => (cells[j!]!.trim() === '' ? Number.NaN : Number(cells[j!])));
    if (nums.some((x) => !Number.isFinite(x))) continue;
    if (nums.slice(0, 4).some((x) => x <= 0) || nums[4]! < 0) continue;
    rows.push({ date: cells[d!]!, close: nums[3]! });
  }
  return rows;
}

/** The expected top 10 % at session index i of `sessions`. */
function expectedTop(stocks: readonly RawStock[], sessions: readonly string[], i: number): string[] {
  const month = sessions[i]!.slice(0, 7);
  const scored: { id: string; score: number }[] = [];
  for (const s of stocks) {
    const c = s.close;
    if (Number.isNaN(c[i]!)) continue; // no bar on the decision day: not a candidate
    const momentum = c[i - 21]! / c[i - 252]! - 1;
    let ok = true;
    let mean = 0;
    const returns: number[] = [];
    for (let k = i - 251; k <= i; k++) {
      const r = c[k]! / c[k - 1]! - 1;
      if (!Number.isFinite(r)) ok = false;
      returns.push(r);
      mean += r;
    }
    if (!ok || !Number.isFinite(momentum)) continue;
    mean /= returns.length;
    let ss = 0;
    for (const r of returns) ss += (r - mean) * (r - mean);
    const vol = Math.sqrt(ss / (returns.length - 1)) * Math.sqrt(252);
    const score = (momentum * generatedNpy(s.id, month)) / vol;
    if (!Number.isFinite(score)) continue;
    scored.push({ id: s.id, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const k = scored.length === 0 ? 0 : Math.max(1, Math.floor(scored.length * 0.1));
  return scored
    .slice(0, k)
    .map((x) => x.id)
    .sort();
}

describe('conservative-formula spec', () => {
  it('is a valid tactical/v1 spec', () => {
    const spec = JSON.parse(readFileSync(join(import.meta.dirname, 'spec.json'), 'utf8'));
    const r = validateSpec(spec);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
  });
});

describeShared(['data', 'sp500', 'all_stocks_5yr'], 'conservative formula on all_stocks_5yr', async () => {
  const tickers = readdirSync(dir!)
    .filter((f) => f.endsWith('_data.csv'))
    .map((f) => f.slice(0, -'_data.csv'.length))
    .sort();

  // Independent reference: sessions = every date any file has (the NYSE sessions of the span).
  const raw = new Map(tickers.map((t) => [t, readRows(join(dir!, `${t}_data.csv`))]));
  const sessions = [...new Set([...raw.values()].flatMap((rows) => rows.map((r) => r.date)))].sort();
  const index = new Map(sessions.map((d, i) => [d, i]));
  const stocks: RawStock[] = tickers.map((id) => {
    const close = new Float64Array(sessions.length).fill(Number.NaN);
    for (const r of raw.get(id)!) close[index.get(r.date)!] = r.close;
    return { id, close };
  });

  const feed = withFields(new CsvDirectoryFeed({ dir: dir! }), [
    generatedNpySource(monthsBetween('2012-01', '2018-03')),
  ]);
  const run = await runSpecFile(join(import.meta.dirname, 'spec.json'), {
    feed,
    from: FROM,
    to: TO,
    cash: 10_000_000,
    // a static universe of the data files (the spec's dynamic SP500 universe needs membership files)
    edit: (spec: TacticalSpec) => ({ ...spec, universe: tickers.map((t) => ({ id: t, symbol: t })) }),
  });

  it('runs over every session in range, deciding on month ends only', () => {
    expect(run.dates).toEqual(sessions.filter((d) => d >= FROM && d < TO));
    const rebalances = run.result.decisions.filter((d) => d.rebalance).map((d) => d.t);
    expect(rebalances.slice(0, 3)).toEqual(['2014-03-31', '2014-04-30', '2014-05-30']);
    expect(rebalances).toHaveLength(47); // 2014-03 .. 2018-01
  });

  it.each(CHECKS)('the ranking decided on %s is held after %s', (decision, filled) => {
    const i = index.get(decision)!;
    expect(sessions[i + 1], 'fills land on the next session').toBe(filled);
    const expected = expectedTop(stocks, sessions, i);
    expect(expected.length).toBeGreaterThanOrEqual(45); // ~470-500 scored stocks -> 10 %
    expect(run.holdings(filled)).toEqual(expected);
    // the decision itself names the same stocks, equally weighted with the 5 % reserve
    const targets = run.result.decisions.find((d) => d.t === decision)!.targets;
    expect(Object.keys(targets).sort()).toEqual(expected);
    for (const w of Object.values(targets)) expect(w).toBeCloseTo(0.95 / expected.length, 12);
  });

  it('holds about 95 % invested after each fill (5 % reserve; sized at the decision close, marked at the next close)', () => {
    for (const [, filled] of CHECKS) {
      const s = run.result.snapshots.find((x) => x.t.toISOString().slice(0, 10) === filled)!;
      const invested = 1 - s.cash / s.equity;
      expect(invested).toBeGreaterThan(0.93);
      expect(invested).toBeLessThan(0.97);
    }
  });
});
