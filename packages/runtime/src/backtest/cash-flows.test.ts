/**
 * Total-return accounting on hand-made data (docs/accounting.md): dividends on the ex-date for
 * holders at the previous close (shorts pay), the price-only option, the borrow fee and cash
 * interest. Every expected number is computed here from the bars with plain arithmetic.
 */
import type { Calendar } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import { weekdayCalendar } from '../../test/support/weekday-calendar.js';
import { dividendsFromAdjClose, totalReturnIndex } from '../data/dividends.js';
import { dayOf, isoOfDay } from '../data/grid.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import { loadPanel } from '../data/panel.js';
import type { Asset, Bar, DateRange } from '../data/types.js';
import type { Weights } from '../evaluate/types.js';
import { BacktestExecutor } from '../execute/executor.js';
import type { ExecutionOptions } from '../execute/types.js';
import type { Panel } from '../features/types.js';
import { runBacktest } from './run.js';
import type { BacktestStrategy } from './types.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const calendar = weekdayCalendar();
const A: Asset = { id: 'us:A', symbol: 'A' };
const B: Asset = { id: 'us:B', symbol: 'B' };
const CASH: Asset = { id: 'us:CASH', symbol: 'CASH' };
const N: Asset = { id: 'us:N', symbol: 'N' };
const sessions = Array.from(
  calendar.sessionDays({ from: utc('2024-01-01'), to: utc('2024-03-01') }),
  isoOfDay,
);
const EX_A = '2024-01-17'; // A's ex-date: Adj Close steps up by Yahoo's factor
const EX_B = '2024-01-24'; // B's ex-date: an explicit dividend column
const DIV_A = 1.5;
const DIV_B = 0.8;

/** A: Yahoo layout (Adj Close = Close × factor); B: a `dividend` column; CASH: a proxy from Feb 1. */
function makeBars(): Record<string, Bar[]> {
  const closeA = sessions.map((_, i) => 100 + 3 * Math.sin(i / 2) + 0.1 * i);
  const exA = sessions.indexOf(EX_A);
  // Yahoo's factor: prices before the ex-date × (1 − D / close the day before).
  const factor = 1 - DIV_A / closeA[exA - 1]!;
  const a = sessions.map((d, i) => bar(d, closeA[i]!, { adjClose: closeA[i]! * (i < exA ? factor : 1) }));
  const b = sessions.map((d, i) =>
    bar(d, 50 + 2 * Math.cos(i / 3), { fields: { dividend: d === EX_B ? DIV_B : Number.NaN } }),
  );
  const cash = sessions
    .filter((d) => d >= '2024-02-01')
    .map((d, i) => bar(d, 10 * (1 + 0.0002 * i), { fields: { dividend: i === 5 ? 0.01 : 0 } }));
  const n = sessions.map((d, i) => bar(d, 20 + i * 0.01, {}));
  return { 'us:A': a, 'us:B': b, 'us:CASH': cash, 'us:N': n };
}

function bar(d: string, close: number, extra: Partial<Bar>): Bar {
  return {
    t: utc(d),
    open: close * 1.001,
    high: close * 1.01,
    low: close * 0.99,
    close,
    volume: 1e6,
    ...extra,
  };
}

const data = makeBars();
const feed = new MemoryDataFeed(data);
const closeOf = (id: string, d: string) => data[id]!.find((x) => isoOfDay(dayOf(x.t)) === d)!.close;

/** Targets from a script keyed by ISO day; between entries the holdings are kept. */
function scripted(
  universe: Asset[],
  script: Record<string, Weights>,
  execution: ExecutionOptions,
): BacktestStrategy {
  let panel: Panel | undefined;
  return {
    execution,
    async prepare(range: DateRange) {
      panel = await loadPanel(feed, universe, calendar, range);
    },
    get features() {
      return { panel: panel! };
    },
    decide(i, state) {
      const t = isoOfDay(panel!.grid.days[i]!);
      const w = script[t];
      return {
        decision: { t, rebalance: w !== undefined, targets: w ?? state.targets },
        state: w ? { ...state, targets: w } : state,
      };
    },
  };
}

const range: DateRange = { from: utc('2024-01-08'), to: utc('2024-02-27') };

function run(
  script: Record<string, Weights>,
  execution: ExecutionOptions,
  benchmark?: Asset,
  extra?: Asset,
  universe: Asset[] = [A, B, CASH],
) {
  const cal = calendar as unknown as Calendar;
  return runBacktest({
    strategy: scripted(extra ? [...universe, extra] : universe, script, {
      fill: 'close',
      minTradeWeight: 0,
      ...execution,
    }),
    range,
    initialPortfolio: { cash: 100_000, positions: [], t: range.from },
    dataFeed: feed,
    executor: new BacktestExecutor({ calendar: cal }),
    calendar: cal,
    ...(benchmark ? { benchmark } : {}),
  });
}

const longShort = { '2024-01-10': { 'us:A': 0.5, 'us:B': -0.5 } };

describe('dividends derived from Adj Close', () => {
  it("gives Yahoo's dividend back when the ex-date close is the previous close minus the dividend", () => {
    const close = [100, 101, 99.5, 100];
    const f = 1 - 1.5 / 101;
    const d = dividendsFromAdjClose(close, [100 * f, 101 * f, 99.5, 100]);
    expect(d[0]).toBe(0);
    expect(d[1]).toBeCloseTo(0, 12);
    expect(d[2]).toBeCloseTo(1.5, 12);
    expect(d[3]).toBeCloseTo(0, 12);
  });

  it('makes (close + D) / previous close equal the growth of Adj Close on every session', () => {
    const a = data['us:A']!;
    const close = a.map((x) => x.close);
    const adj = a.map((x) => x.adjClose!);
    const tr = totalReturnIndex(close, dividendsFromAdjClose(close, adj), 0, close.length);
    for (let i = 1; i < close.length; i++) expect(tr[i]! / tr[0]!).toBeCloseTo(adj[i]! / adj[0]!, 12);
  });

  it('skips sessions without a bar: the next bar carries the whole adjustment', () => {
    const d = dividendsFromAdjClose([100, Number.NaN, 100], [99, Number.NaN, 100]);
    expect(d[1]).toBe(0);
    expect(d[2]).toBeCloseTo(100 * (1 / 0.99 - 1), 12);
  });
});

describe('total-return accounting in the backtest', () => {
  it('credits a long and debits a short on the ex-date, for the holdings of the previous close', async () => {
    const r = await run(longShort, {});
    const at = (d: string) => r.snapshots.find((s) => isoOfDay(dayOf(s.t)) === d)!;
    const exA = sessions.indexOf(EX_A);
    const before = at(sessions[exA - 1]!);
    const qA = before.positions.find((p) => p.assetId === 'us:A')!.quantity;
    const f = 1 - DIV_A / closeOf('us:A', sessions[exA - 1]!);
    const expectedA = qA * closeOf('us:A', EX_A) * (1 / f - 1);
    expect(at(EX_A).dividends).toBeCloseTo(expectedA, 8);
    expect(at(EX_A).dividends).toBeGreaterThan(0);

    const exB = sessions.indexOf(EX_B);
    const qB = at(sessions[exB - 1]!).positions.find((p) => p.assetId === 'us:B')!.quantity;
    expect(qB).toBeLessThan(0);
    expect(at(EX_B).dividends).toBeCloseTo(qB * DIV_B, 8);
    expect(at(EX_B).dividends, 'the short pays the dividend').toBeLessThan(0);
    // The flow is cash: equity on the ex-date is cash + Σ q·close with the flow inside the cash.
    expect(at(EX_B).cash).toBeCloseTo(at(sessions[exB - 1]!).cash + qB * DIV_B, 6);

    const sum = r.snapshots.reduce((s, x) => s + x.dividends, 0);
    expect(r.metrics.cashFlows.dividends).toBeCloseTo(sum, 9);
    expect(r.metrics.cashFlows.returns).toBe('total');
  });

  it("returns: 'price' reproduces a plain price-only loop: no dividends, same trades", async () => {
    const r = await run(longShort, { returns: 'price' });
    let cash = 100_000;
    let qA = 0;
    let qB = 0;
    for (const s of r.snapshots) {
      const d = isoOfDay(dayOf(s.t));
      const pa = closeOf('us:A', d);
      const pb = closeOf('us:B', d);
      if (d === '2024-01-10') {
        const e = cash;
        qA = (0.5 * e) / pa;
        qB = (-0.5 * e) / pb;
        cash = e - qA * pa - qB * pb;
      }
      expect(s.dividends).toBe(0);
      expect(Math.abs(s.equity / (cash + qA * pa + qB * pb) - 1)).toBeLessThan(1e-12);
    }
    expect(r.metrics.cashFlows).toEqual({ returns: 'price', dividends: 0, borrowFees: 0, interest: 0 });
  });

  it('charges the borrow fee on the short market value at the previous close, per calendar day / 365.25', async () => {
    const r = await run(longShort, { borrowFeeBps: 300 });
    let total = 0;
    for (let j = 1; j < r.snapshots.length; j++) {
      const prev = r.snapshots[j - 1]!;
      const s = r.snapshots[j]!;
      const q = prev.positions.find((p) => p.assetId === 'us:B')?.quantity ?? 0;
      const days = (s.t.getTime() - prev.t.getTime()) / 86_400_000;
      const expected = q < 0 ? -q * closeOf('us:B', isoOfDay(dayOf(prev.t))) * 0.03 * (days / 365.25) : 0;
      expect(s.borrowFee).toBeCloseTo(expected, 9);
      total += expected;
    }
    expect(
      r.snapshots.some((s) => s.borrowFee > 0 && s.t.getUTCDay() === 1),
      'weekends accrue',
    ).toBe(true);
    expect(r.metrics.cashFlows.borrowFees).toBeCloseTo(total, 8);
    // The fee is the only difference from the same run without it.
    const free = await run(longShort, {});
    const last = r.snapshots.length - 1;
    expect(free.snapshots[last]!.cash - r.snapshots[last]!.cash).toBeGreaterThan(0);
  });

  it('idle cash at an annual rate grows as (1 + rate)^(days / 365.25): CAGR equals the rate', async () => {
    const r = await run({}, { cashInterest: 0.05 });
    const first = r.snapshots[0]!;
    for (const s of r.snapshots) {
      const years = (s.t.getTime() - first.t.getTime()) / 86_400_000 / 365.25;
      expect(s.equity / (100_000 * 1.05 ** years) - 1).toBeCloseTo(0, 12);
    }
    expect(r.metrics.cagr).toBeCloseTo(0.05, 12);
    expect(r.metrics.cashFlows.interest).toBeCloseTo(r.snapshots.at(-1)!.equity - 100_000, 8);
  });

  it("with a cash proxy, cash earns the proxy's total return, and sessions before its data are reported", async () => {
    const r = await run({}, { cashInterest: { asset: 'us:CASH' } });
    const proxy = data['us:CASH']!;
    const level = totalReturnIndex(
      proxy.map((x) => x.close),
      proxy.map((x) => x.fields!.dividend!),
      0,
      proxy.length,
    );
    // Plain: from the proxy's first session on, equity / equity there = level / level there.
    const start = r.snapshots.findIndex((s) => isoOfDay(dayOf(s.t)) === isoOfDay(dayOf(proxy[0]!.t)));
    expect(start).toBeGreaterThan(0);
    for (let j = 0; j <= start; j++) expect(r.snapshots[j]!.equity).toBe(100_000);
    for (let j = start; j < r.snapshots.length; j++) {
      expect(r.snapshots[j]!.equity / 100_000).toBeCloseTo(level[j - start]! / level[0]!, 12);
    }
    const issue = r.issues.find((i) => i.code === 'no_cash_proxy_price');
    expect(issue?.message).toContain('us:CASH');
    expect(issue?.locations[0]?.day).toBe('2024-01-09');
  });

  it('reads a cash proxy that is not in the universe from the feed (a dynamic universe lists only members)', async () => {
    const inside = await run(longShort, { cashInterest: { asset: 'us:CASH' } });
    const outside = await run(longShort, { cashInterest: { asset: 'us:CASH' } }, undefined, undefined, [
      A,
      B,
    ]);
    expect(outside.series.equity).toEqual(inside.series.equity);
    expect(outside.metrics.cashFlows.interest).toBeGreaterThan(0);
  });

  it('says which held assets have no dividend data (their total return is the price return)', async () => {
    const r = await run({ '2024-01-10': { 'us:A': 0.5, 'us:N': 0.5 } }, {}, undefined, N);
    const issues = r.issues.filter((i) => i.code === 'no_dividend_data');
    expect(issues.map((i) => i.asset)).toEqual(['us:N']);
    expect(issues[0]!.message).toContain('us:N');
    const price = await run(
      { '2024-01-10': { 'us:A': 0.5, 'us:N': 0.5 } },
      { returns: 'price' },
      undefined,
      N,
    );
    expect(
      price.issues.filter((i) => i.code === 'no_dividend_data'),
      "not with returns: 'price'",
    ).toEqual([]);
  });

  it('puts the benchmark on the same basis as the strategy', async () => {
    // Daily rebalanced to 100 % A at the close: dividends are reinvested as the benchmark's are.
    const hold = Object.fromEntries(sessions.map((d) => [d, { 'us:A': 1 }]));
    const total = await run(hold, {}, A);
    const price = await run(hold, { returns: 'price' }, A);
    const a = data['us:A']!.filter((x) => x.t >= range.from && x.t < range.to);
    const adjGrowth = a.at(-1)!.adjClose! / a[0]!.adjClose!;
    const closeGrowth = a.at(-1)!.close / a[0]!.close;
    expect(total.metrics.benchmark!.totalReturn! + 1).toBeCloseTo(adjGrowth, 12);
    expect(price.metrics.benchmark!.totalReturn! + 1).toBeCloseTo(closeGrowth, 12);
    expect(Math.abs(total.metrics.benchmark!.excessReturn!)).toBeLessThan(1e-12);
    expect(Math.abs(price.metrics.benchmark!.excessReturn!)).toBeLessThan(1e-12);
  });
});
