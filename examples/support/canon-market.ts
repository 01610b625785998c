/**
 * Test-only reference code for the canon examples: ETF closes read from the raw CSVs with plain
 * string splitting (readRawCsv), aligned to SPY's sessions, month ends found from the date strings,
 * and a plain portfolio loop with close fills and no costs, on the price or the total-return basis.
 * It shares nothing with the engine, so an example test compares two independent computations.
 */
import { join } from 'node:path';
import { readRawCsv } from './raw-csv.js';

/** Closes and adjusted closes of several ETFs on one list of sessions (NaN = no bar). */
export interface Market {
  /** ISO dates: SPY's sessions (SPY trades on every NYSE session). */
  dates: string[];
  close: Record<string, number[]>;
  adj: Record<string, number[]>;
  /** isMonthEnd[i]: the next session is in another month (the last session of the file is not). */
  isMonthEnd: boolean[];
}

/** Load `symbols` (plus SPY for the session list) from a Yahoo-layout CSV folder. */
export function loadMarket(dir: string, symbols: readonly string[]): Market {
  const spy = readRawCsv(join(dir, 'SPY.csv'));
  const dates = spy.dates;
  const close: Record<string, number[]> = {};
  const adj: Record<string, number[]> = {};
  for (const s of symbols) {
    const raw = readRawCsv(join(dir, `${s}.csv`));
    const at = new Map(raw.dates.map((d, i) => [d, i]));
    const c = raw.column('Close');
    const a = raw.column('Adj Close');
    close[s] = dates.map((d) => (at.has(d) ? c[at.get(d)!]! : Number.NaN));
    adj[s] = dates.map((d) => (at.has(d) ? a[at.get(d)!]! : Number.NaN));
  }
  const isMonthEnd = dates.map((d, i) => i + 1 < dates.length && dates[i + 1]!.slice(0, 7) !== d.slice(0, 7));
  return { dates, close, adj, isMonthEnd };
}

/** Indices of the month ends at or before i, oldest first (a plain scan). */
export function monthEndsUpTo(m: Market, i: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= i; k++) if (m.isMonthEnd[k]) out.push(k);
  return out;
}

/** Return of `series` over `months` month ends, measured at month end e (index into dates). */
export function monthlyReturn(m: Market, series: number[], e: number, months: number): number {
  const ends = monthEndsUpTo(m, e);
  if (ends[ends.length - 1] !== e || ends.length <= months) return Number.NaN;
  return series[e]! / series[ends[ends.length - 1 - months]!]! - 1;
}

/** Keller's 13612W momentum at month end e: (12·r1 + 4·r3 + 2·r6 + r12) / 4, r_n = n-month return. */
export function momentum13612w(m: Market, series: number[], e: number): number {
  return (
    (12 * monthlyReturn(m, series, e, 1) +
      4 * monthlyReturn(m, series, e, 3) +
      2 * monthlyReturn(m, series, e, 6) +
      monthlyReturn(m, series, e, 12)) /
    4
  );
}

/** What the reference portfolio loop needs. */
export interface SimulateInput {
  market: Market;
  /** Half-open ISO range of the run. */
  from: string;
  to: string;
  cash: number;
  /** 'total': dividends D_t = Close_t·((Adj_t/Close_t)/(Adj_{t−1}/Close_{t−1}) − 1) paid in cash on t to
   *  the holders at the close of t−1 (docs/semantics.md); 'price': none. */
  basis: 'price' | 'total';
  /** Is session i a rebalance day? `current` = weights after marking at i's close (drift checks). */
  rebalance(i: number, current: Record<string, number>, targets: Record<string, number>): boolean;
  /** Target weights by symbol on a rebalance day (null = hold the previous targets). */
  targets(i: number): Record<string, number> | null;
}

/** What the loop produced, per session of the range. */
export interface Simulation {
  dates: string[];
  equity: number[];
  /** Targets decided on each rebalance session, by ISO date. */
  decisions: Map<string, Record<string, number>>;
}

/** A plain portfolio loop: marks at last known closes, close fills to `targets` of equity, no costs. */
export function simulate(input: SimulateInput): Simulation {
  const { market: m, basis } = input;
  const syms = Object.keys(m.close);
  const qty: Record<string, number> = Object.fromEntries(syms.map((s) => [s, 0]));
  const mark: Record<string, number> = Object.fromEntries(syms.map((s) => [s, Number.NaN]));
  let cash = input.cash;
  let targets: Record<string, number> = {};
  const out: Simulation = { dates: [], equity: [], decisions: new Map() };
  const value = () => syms.reduce((v, s) => (qty[s] === 0 ? v : v + qty[s]! * mark[s]!), cash);
  for (let i = 0; i < m.dates.length; i++) {
    const d = m.dates[i]!;
    if (d >= input.to) break;
    const inRange = d >= input.from;
    if (inRange && basis === 'total' && i > 0) {
      for (const s of syms) {
        const c0 = m.close[s]![i - 1]!;
        const a0 = m.adj[s]![i - 1]!;
        const c1 = m.close[s]![i]!;
        const a1 = m.adj[s]![i]!;
        if (qty[s] !== 0 && [c0, a0, c1, a1].every(Number.isFinite)) {
          cash += qty[s]! * c1 * (a1 / c1 / (a0 / c0) - 1);
        }
      }
    }
    for (const s of syms) if (Number.isFinite(m.close[s]![i]!)) mark[s] = m.close[s]![i]!;
    if (!inRange) continue;
    const e = value();
    const current: Record<string, number> = {};
    for (const s of syms) if (qty[s] !== 0) current[s] = (qty[s]! * mark[s]!) / e;
    if (input.rebalance(i, current, targets)) {
      targets = input.targets(i) ?? targets;
      out.decisions.set(d, targets);
      for (const s of syms) {
        const w = targets[s] ?? 0;
        const want = (w * e) / m.close[s]![i]!;
        if (w === 0 && qty[s] === 0) continue;
        cash -= ((w === 0 ? 0 : want) - qty[s]!) * m.close[s]![i]!;
        qty[s] = w === 0 ? 0 : want;
      }
    }
    out.dates.push(d);
    out.equity.push(value());
  }
  return out;
}

/** The accounting basis the engine uses by default (`execution.returns`, default 'total'). */
export const ENGINE_BASIS: 'price' | 'total' = 'total';

/** Largest |a − b| over the union of keys of two weight records. */
export function weightsDistance(a: Record<string, number>, b: Record<string, number>): number {
  let worst = 0;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
    worst = Math.max(worst, Math.abs((a[k] ?? 0) - (b[k] ?? 0)));
  return worst;
}

/** Weights by engine asset id ('us:SPY') from weights by symbol, dropping zeros. */
export function byId(w: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [s, x] of Object.entries(w)) if (x !== 0) out[`us:${s}`] = x;
  return out;
}
