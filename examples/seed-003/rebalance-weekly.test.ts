/**
 * Seed 003's sample program, run as a user would run it, against an independent plain-loop replay of
 * its strategy: SMA50 trend switch SPY/IEF, decided at the close of each calendar rebalance day,
 * orders sized at that close, filled at the fixture's next open (the program's `nextOpen`), no costs,
 * buys scaled to available cash, default minTradeWeight 0.001.
 *
 * What is exactly checkable: sessions = NYSE sessions in range; orders only ever appear on
 * `isRebalanceDay` sessions; and a rebalance day produces no orders exactly when the holdings already
 * match the target within 0.1% of equity (same asset held, cash residue of the last next-open fill
 * below the threshold) — which the replay decides from the raw fixture without any engine code.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isRebalanceDay, NYSEExchangeCalendar, type RebalanceFrequency } from '@tactical/calendars';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const utc = (s: string) => new Date(`${s}T00:00:00Z`);

// The program's fixture, copied (not imported) so the replay shares no code with it.
function makeBars(start: Date, days: number, base: number, drift: number) {
  const out: { t: Date; open: number; close: number }[] = [];
  let price = base;
  for (let i = 0; i < days; i++) {
    const t = new Date(start.getTime() + i * 86_400_000);
    if (t.getUTCDay() === 0 || t.getUTCDay() === 6) continue;
    price *= 1 + drift + Math.sin(i / 12) * 0.005;
    out.push({ t, open: price, close: price });
  }
  return out;
}

interface Counts {
  sessions: number;
  events: number;
  orders: number;
}

/** Plain replay of the program's strategy over the calendar's sessions. */
function replay(frequency: RebalanceFrequency): Counts & { rebalanceDays: number } {
  const calendar = new NYSEExchangeCalendar();
  const from = utc('2021-06-01');
  const to = utc('2024-01-01');
  const fixtures = {
    SPY: makeBars(utc('2021-01-04'), 1200, 370, 0.0004),
    IEF: makeBars(utc('2021-01-04'), 1200, 115, 0.00003),
  };
  // the engine reads only bars on sessions (off-session weekday holidays are dropped)
  const onSessions = (bars: typeof fixtures.SPY) => bars.filter((b) => calendar.isOpen(b.t));
  const spy = onSessions(fixtures.SPY);
  const ief = onSessions(fixtures.IEF);
  const closeAt = (bars: typeof spy, t: Date) => bars.find((b) => b.t.getTime() === t.getTime())!.close;
  const nextOpen = (bars: typeof spy, t: Date) => bars.find((b) => b.t.getTime() > t.getTime())!.open;
  const sma50 = (t: Date) => {
    const k = spy.findIndex((b) => b.t.getTime() === t.getTime());
    let s = 0;
    for (let j = k - 49; j <= k; j++) s += spy[j]!.close;
    return s / 50;
  };
  const sessions = calendar.sessions({ from, to });
  let cash = 100_000;
  const held = { SPY: 0, IEF: 0 };
  let pending: { asset: 'SPY' | 'IEF'; q: number; decidedAt: Date }[] = [];
  let events = 0;
  let orders = 0;
  let rebalanceDays = 0;
  for (const [n, t] of sessions.entries()) {
    if (pending.length) {
      // sells first, then buys scaled to the cash available
      for (const o of pending.filter((o) => o.q < 0)) {
        cash -= o.q * nextOpen(fixtures[o.asset], o.decidedAt);
        held[o.asset] += o.q;
      }
      for (const o of pending.filter((o) => o.q > 0)) {
        const p = nextOpen(fixtures[o.asset], o.decidedAt);
        const q = o.q * p <= cash ? o.q : cash / p;
        cash -= q * p;
        held[o.asset] += q;
      }
      pending = [];
    }
    if (!isRebalanceDay(t, frequency, calendar)) continue;
    rebalanceDays++;
    const px = { SPY: closeAt(spy, t), IEF: closeAt(ief, t) };
    const equity = cash + held.SPY * px.SPY + held.IEF * px.IEF;
    const target = px.SPY > sma50(t) ? 'SPY' : 'IEF';
    const today: typeof pending = [];
    for (const a of ['IEF', 'SPY'] as const) {
      const w = a === target ? 1 : 0;
      const delta = w === 0 ? -held[a] : (equity * w) / px[a] - held[a];
      if (delta === 0) continue;
      if (w !== 0 && Math.abs(delta * px[a]) < 0.001 * equity) continue;
      today.push({ asset: a, q: delta, decidedAt: t });
    }
    if (today.length) {
      events++;
      orders += today.length;
      if (n < sessions.length - 1) pending = today;
    }
  }
  return { sessions: sessions.length, events, orders, rebalanceDays };
}

function parse(stdout: string, frequency: string): Counts {
  const block = stdout.split(`[${frequency} rebalance]`)[1];
  if (!block) throw new Error(`no [${frequency} rebalance] block in:\n${stdout}`);
  const num = (label: string) => Number(new RegExp(`${label}\\s*:\\s*(\\d+)`).exec(block)![1]);
  return { sessions: num('Total sessions'), events: num('Rebalance events'), orders: num('Total orders') };
}

describe('seed 003: rebalance-weekly.ts', () => {
  let stdout = '';
  beforeAll(async () => {
    const run = promisify(execFile);
    const r = await run(
      process.execPath,
      ['--conditions=@tactical/source', '--import', 'tsx', 'examples/seed-003/rebalance-weekly.ts'],
      { cwd: root, timeout: 120_000 },
    );
    stdout = r.stdout;
  }, 150_000);

  it('prints the weekly and the monthly counts and the closing remarks', () => {
    expect(stdout).toContain('[Weekly rebalance]');
    expect(stdout).toContain('[Monthly rebalance]');
    expect(stdout).toContain('Monthly rebalancing produces fewer events and lower turnover.');
  });

  it('Weekly has more rebalance events (and orders) than Monthly', () => {
    const w = parse(stdout, 'Weekly');
    const m = parse(stdout, 'Monthly');
    expect(w.events).toBeGreaterThan(m.events);
    expect(w.orders).toBeGreaterThan(m.orders);
  });

  it.each(['Weekly', 'Monthly'] as const)('%s: counts equal the independent replay on the calendar', (f) => {
    const printed = parse(stdout, f);
    const expected = replay(f);
    expect(printed.sessions, 'one snapshot per NYSE session in range').toBe(expected.sessions);
    expect(printed.events, 'rebalance days that traded').toBe(expected.events);
    expect(printed.orders).toBe(expected.orders);
    expect(printed.events, 'never more events than calendar rebalance days').toBeLessThanOrEqual(
      expected.rebalanceDays,
    );
  });
});
