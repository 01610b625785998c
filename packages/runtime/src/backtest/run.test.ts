import type { Calendar } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import { weekdayCalendar } from '../../test/support/weekday-calendar.js';
import { isoOfDay } from '../data/grid.js';
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
const calendar = weekdayCalendar(['2024-01-15']);
const A: Asset = { id: 'us:A', symbol: 'A' };
const B: Asset = { id: 'us:B', symbol: 'B' };

/** Deterministic bars: open and close differ so fill timing is visible in the numbers. */
function bars(base: number, wobble: number): Bar[] {
  const out: Bar[] = [];
  const days = calendar.sessionDays({ from: utc('2023-12-01'), to: utc('2024-03-01') });
  days.forEach((d, i) => {
    const close = base * (1 + 0.02 * Math.sin(i / wobble) + 0.001 * i);
    const open = close * (1 + 0.003 * Math.cos(i));
    out.push({
      t: new Date(d * 86_400_000),
      open,
      high: close * 1.01,
      low: close * 0.99,
      close,
      volume: 1e6,
    });
  });
  return out;
}
const feed = new MemoryDataFeed({ 'us:A': bars(100, 3), 'us:B': bars(50, 5) });

/** A stand-in strategy: targets from a script keyed by ISO day (rebalance only on those days). */
function scripted(
  universe: Asset[],
  script: Record<string, Weights>,
  execution?: ExecutionOptions,
  dataFeed: MemoryDataFeed = feed,
): BacktestStrategy {
  let panel: Panel | undefined;
  return {
    ...(execution ? { execution } : {}),
    async prepare(range: DateRange) {
      panel = await loadPanel(dataFeed, universe, calendar, range);
    },
    get features() {
      return { panel: panel! };
    },
    initialState: () => ({ targets: {}, hysteresis: {} }),
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

const range: DateRange = { from: utc('2024-01-02'), to: utc('2024-02-01') };
const script: Record<string, Weights> = {
  '2024-01-05': { 'us:A': 1 },
  '2024-01-12': { 'us:A': 0.5, 'us:B': 0.5 },
  '2024-01-19': { 'us:B': -0.5, 'us:A': 0.5 },
  '2024-01-31': {},
};

async function run(execution: ExecutionOptions, universe = [A, B]) {
  return runBacktest({
    strategy: scripted(universe, script, execution),
    range,
    initialPortfolio: { cash: 100_000, positions: [], t: range.from },
    dataFeed: feed,
    executor: new BacktestExecutor({ calendar: calendar as unknown as Calendar }),
    calendar: calendar as unknown as Calendar,
  });
}

describe('runBacktest', () => {
  it('stops on the session equity reaches zero or below and says the account is ruined', async () => {
    // short C with all the equity on 2024-01-02; C then gains 30 % a session: 100,000 + 1,000 x (100 - p)
    // is <= 0 once C closes at 200 or more, i.e. on the third session after the short (100 x 1.3^3 = 219.7)
    const C: Asset = { id: 'us:C', symbol: 'C' };
    const days = Array.from(calendar.sessionDays({ from: utc('2023-12-01'), to: utc('2024-03-01') }));
    const start = days.indexOf(Math.round(utc('2024-01-02').getTime() / 86_400_000));
    const soaring = days.map((d, i) => {
      const close = 100 * 1.3 ** Math.max(0, i - start);
      return { t: new Date(d * 86_400_000), open: close, high: close, low: close, close, volume: 1e6 };
    });
    const cFeed = new MemoryDataFeed({ 'us:C': soaring });
    const r = await runBacktest({
      strategy: scripted([C], { '2024-01-02': { 'us:C': -1 } }, { fill: 'close', minTradeWeight: 0 }, cFeed),
      range,
      initialPortfolio: { cash: 100_000, positions: [], t: range.from },
      dataFeed: cFeed,
      executor: new BacktestExecutor({ calendar: calendar as unknown as Calendar }),
      calendar: calendar as unknown as Calendar,
    });
    const ruinDay = isoOfDay(days[start + 3]!);
    const last = r.snapshots[r.snapshots.length - 1]!;
    expect(r.ruined).toEqual({ t: utc(ruinDay), equity: last.equity });
    expect(last.equity).toBeCloseTo(100_000 + 1_000 * (100 - 100 * 1.3 ** 3), 6);
    expect(r.snapshots.slice(0, -1).every((s) => s.equity > 0)).toBe(true);
    expect(r.metrics.sessions).toBe(r.snapshots.length);
    expect(r.series.equity).toHaveLength(r.snapshots.length);
    expect(r.issues.filter((i) => i.code === 'account_ruined')).toEqual([
      expect.objectContaining({
        severity: 'error',
        source: 'execution',
        locations: [{ day: ruinDay }],
        message: expect.stringMatching(new RegExp(`^account ruined on ${ruinDay}`)),
      }),
    ]);
  });

  it('a run that never reaches zero has no ruin', async () => {
    const r = await run({ fill: 'close', minTradeWeight: 0 });
    expect(r.ruined).toBeUndefined();
  });

  it('has a snapshot for every session in range and counts rebalances as sessions with orders', async () => {
    const r = await run({ fill: 'close', minTradeWeight: 0 });
    const sessions = calendar.sessionDays(range);
    expect(r.snapshots.map((s) => s.t.toISOString().slice(0, 10))).toEqual(Array.from(sessions, isoOfDay));
    expect(r.snapshots.filter((s) => s.orders.length > 0).map((s) => s.t.toISOString().slice(0, 10))).toEqual(
      Object.keys(script),
    );
    expect(r.metrics.rebalances).toBe(4);
    expect(r.metrics.sessions).toBe(sessions.length);
  });

  it('close fills: equity equals a plain loop trading to target weights at each close', async () => {
    const r = await run({ fill: 'close', minTradeWeight: 0 });
    const closeOf = (b: Bar[], t: Date) => b.find((x) => x.t.getTime() === t.getTime())!.close;
    const ba = bars(100, 3);
    const bb = bars(50, 5);
    let cash = 100_000;
    const q: Record<string, number> = { 'us:A': 0, 'us:B': 0 };
    for (const s of r.snapshots) {
      const px = { 'us:A': closeOf(ba, s.t), 'us:B': closeOf(bb, s.t) };
      const eq = cash + q['us:A']! * px['us:A'] + q['us:B']! * px['us:B'];
      const w = script[s.t.toISOString().slice(0, 10)];
      if (w) {
        for (const id of ['us:A', 'us:B'] as const) {
          const target = (eq * (w[id] ?? 0)) / px[id];
          cash -= (target - q[id]!) * px[id];
          q[id] = target;
        }
      }
      expect(s.equity).toBeCloseTo(eq, 6);
    }
  });

  it('next_open: orders sit in the decision snapshot, fills in the next session at its open', async () => {
    const r = await run({ minTradeWeight: 0 });
    const k = r.snapshots.findIndex((s) => s.orders.length > 0);
    expect(r.snapshots[k]!.fills).toEqual([]);
    const next = r.snapshots[k + 1]!;
    const open = bars(100, 3).find((b) => b.t.getTime() === next.t.getTime())!.open;
    expect(next.fills.map((f) => [f.assetId, f.price, f.t])).toEqual([['us:A', open, next.t]]);
    expect(r.snapshots[k]!.cash, 'nothing traded at the decision close').toBe(100_000);
  });

  it('next_open: orders decided on the last session are not filled, and say so', async () => {
    const r = await run({ minTradeWeight: 0 });
    const last = r.snapshots.at(-1)!;
    expect(last.orders.length).toBeGreaterThan(0);
    expect(last.fills).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain('unfilled_at_end');
  });

  it('is deterministic: two runs serialise byte-identically', async () => {
    const a = JSON.stringify(await run({ slippageBps: 5, commission: { bps: 1, minimum: 1 } }));
    const b = JSON.stringify(await run({ slippageBps: 5, commission: { bps: 1, minimum: 1 } }));
    expect(a).toBe(b);
  });

  it('universe order does not matter', async () => {
    const a = JSON.stringify(await run({ slippageBps: 5 }, [A, B]));
    const b = JSON.stringify(await run({ slippageBps: 5 }, [B, A]));
    expect(a).toBe(b);
  });
});
