import type { Calendar } from '@tactical/calendars';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayCalendar } from '../../test/support/weekday-calendar.js';
import { isoOfDay } from '../data/grid.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import { loadPanel } from '../data/panel.js';
import type { Asset, Bar, DateRange } from '../data/types.js';
import type { Decision } from '../evaluate/types.js';
import { BacktestExecutor } from '../execute/executor.js';
import type { Panel } from '../features/types.js';
import { runBacktest } from './run.js';
import type { BacktestStrategy } from './types.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const calendar = weekdayCalendar([]);
const A: Asset = { id: 'us:A', symbol: 'A' };
const B: Asset = { id: 'us:B', symbol: 'B' };
const range: DateRange = { from: utc('2024-01-02'), to: utc('2024-03-01') };

function bars(base: number, seed: number): Bar[] {
  const days = calendar.sessionDays({ from: utc('2023-12-01'), to: utc('2024-03-01') });
  return Array.from(days, (d, i) => {
    const close = base * (1 + 0.03 * Math.sin(i / seed) + 0.002 * i);
    return { t: new Date(d * 86_400_000), open: close * 1.002, high: close, low: close, close, volume: 1 };
  });
}
const feed = new MemoryDataFeed({ 'us:A': bars(100, 3), 'us:B': bars(50, 5) });

/** One session's scripted decision: trade to weights, hold (an undefined input), or name an outside asset. */
type Step =
  | { kind: 'none' }
  | { kind: 'trade'; a: number; b: number }
  | { kind: 'hold' }
  | { kind: 'outside' };

function scripted(steps: readonly Step[]): BacktestStrategy {
  let panel: Panel | undefined;
  return {
    async prepare(r: DateRange) {
      panel = await loadPanel(feed, [A, B], calendar, r);
    },
    get features() {
      return { panel: panel! };
    },
    initialState: () => ({ targets: {}, hysteresis: {} }),
    decide(i, state) {
      const t = isoOfDay(panel!.grid.days[i]!);
      const step = steps[i % steps.length]!;
      let decision: Decision = { t, rebalance: false, targets: state.targets };
      if (step.kind === 'trade')
        decision = { t, rebalance: true, targets: { 'us:A': step.a, 'us:B': step.b } };
      if (step.kind === 'hold')
        decision = {
          t,
          rebalance: true,
          targets: state.targets,
          hold: { reason: 'sma reads NaN', pointer: '/rules/x' },
        };
      if (step.kind === 'outside')
        decision = {
          t,
          rebalance: true,
          targets: { 'us:A': 0.5 },
          outsideUniverse: [{ asset: 'us:Z', weight: 0.5, pointer: '/rules/w' }],
        };
      return { decision, state: { ...state, targets: decision.targets } };
    },
  };
}

const step = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Step>({ kind: 'none' }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('trade' as const),
      a: fc.double({ min: -0.5, max: 0.9, noNaN: true }),
      b: fc.double({ min: 0, max: 0.5, noNaN: true }),
    }),
  },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'hold' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'outside' }) },
);

const run = (steps: readonly Step[], record: 'sessions' | 'summary') =>
  runBacktest({
    strategy: scripted(steps),
    range,
    initialPortfolio: { cash: 100_000, positions: [], t: range.from },
    dataFeed: feed,
    executor: new BacktestExecutor({ calendar: calendar as unknown as Calendar }),
    calendar: calendar as unknown as Calendar,
    record,
  });

describe("record: 'summary'", () => {
  it('gives the same series, metrics and issues as a full record, and keeps no session', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const full = await run(steps, 'sessions');
        const summary = await run(steps, 'summary');
        expect(summary.series).toEqual(full.series);
        expect(summary.metrics).toEqual(full.metrics);
        expect(summary.issues).toEqual(full.issues);
        expect(summary.snapshots).toEqual([]);
        expect(summary.decisions).toEqual([]);
        expect(summary.equity).toEqual([]);
        // The full record has a snapshot per session of the series.
        expect(full.snapshots.length).toBe(full.series.days.length);
      }),
      { numRuns: 60 },
    );
  });

  it('still reports holds, outside-universe weights and a run that never traded', async () => {
    const summary = await run([{ kind: 'hold' }, { kind: 'outside' }, { kind: 'none' }], 'summary');
    const codes = summary.issues.map((i) => i.code);
    expect(codes).toContain('rebalance_held');
    expect(codes).toContain('outside_universe');
    const idle = await run([{ kind: 'none' }], 'summary');
    expect(idle.issues.map((i) => i.code)).toContain('never_traded');
  });
});
