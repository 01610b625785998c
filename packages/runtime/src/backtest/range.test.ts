/**
 * Honest ranges (docs/data.md § Ranges): a range without data is an error naming the data, a range
 * partly outside is cut to the sessions with data and says so per asset, a range outside the
 * calendar is clipped with a warning; strict mode makes the warnings errors.
 */
import type { Calendar } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import { weekdayCalendar } from '../../test/support/weekday-calendar.js';
import { isoOfDay } from '../data/grid.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import { loadPanel } from '../data/panel.js';
import type { Asset, Bar, DateRange } from '../data/types.js';
import { BacktestExecutor } from '../execute/executor.js';
import type { Panel } from '../features/types.js';
import { DataRangeError } from './range.js';
import { runBacktest } from './run.js';
import type { BacktestStrategy } from './types.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const base = weekdayCalendar();
// Bounds make the calendar clip like an exchange calendar (XNYS answers 1928..2100).
const calendar = { ...base, code: 'TEST', bounds: { first: utc('2020-01-01'), last: utc('2030-12-31') } };
const A: Asset = { id: 'a', symbol: 'A' };
const B: Asset = { id: 'b', symbol: 'B' };

function bars(from: string, to: string, price: number): Bar[] {
  return Array.from(calendar.sessionDays({ from: utc(from), to: utc(to) }), (d, k) => {
    const close = price * (1 + 0.001 * k);
    return { t: new Date(d * 86_400_000), open: close, high: close, low: close, close, volume: 1 };
  });
}
// A trades 2024-01-01..2024-03-31, B only 2024-02-01..2024-02-29.
const feed = new MemoryDataFeed({
  a: bars('2024-01-01', '2024-04-01', 10),
  b: bars('2024-02-01', '2024-03-01', 20),
});

/** Holds `weights` from the first session on. */
function holding(universe: Asset[], weights: Record<string, number>): BacktestStrategy {
  let panel: Panel | undefined;
  let first = true;
  return {
    async prepare(range: DateRange) {
      panel = await loadPanel(feed, universe, calendar, range);
    },
    get features() {
      return { panel: panel! };
    },
    decide(i, state) {
      const t = isoOfDay(panel!.grid.days[i]!);
      const rebalance = first;
      first = false;
      return { decision: { t, rebalance, targets: weights }, state: { ...state, targets: weights } };
    },
  };
}

const run = (universe: Asset[], range: DateRange, strict = false) =>
  runBacktest({
    strategy: holding(universe, { a: 1 }),
    range,
    initialPortfolio: { cash: 1000, positions: [], t: range.from },
    dataFeed: feed,
    executor: new BacktestExecutor({ calendar: calendar as unknown as Calendar }),
    calendar: calendar as unknown as Calendar,
    ...(strict ? { dataPolicy: { strict: true } } : {}),
  });

describe('ranges', () => {
  it('a range inside the data gives no range issue', async () => {
    const r = await run([A], { from: utc('2024-01-08'), to: utc('2024-03-01') });
    expect(r.issues.filter((i) => i.source === 'range')).toEqual([]);
    expect(r.metrics.start).toBe('2024-01-08');
  });

  it('a range with no bar is an error naming each asset’s span', async () => {
    const err = await run([A, B], { from: utc('2025-01-01'), to: utc('2025-02-01') }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DataRangeError);
    expect(err).toMatchObject({ code: 'range_outside_data' });
    expect((err as Error).message).toContain('a 2024-01-01..2024-03-29');
    expect((err as Error).message).toContain('b 2024-02-01..2024-02-29');
  });

  it('a range reaching past the data covers only sessions with data: no flat tail', async () => {
    const r = await run([A], { from: utc('2023-06-01'), to: utc('2024-12-31') });
    expect(r.metrics.start).toBe('2024-01-01');
    expect(r.metrics.end).toBe('2024-03-29');
    const sessions = calendar.sessionDays({ from: utc('2024-01-01'), to: utc('2024-03-30') }).length;
    expect(r.metrics.sessions).toBe(sessions);
    expect(r.snapshots).toHaveLength(sessions);
    const beyond = r.issues.find((i) => i.code === 'range_beyond_data')!;
    expect(beyond.message).toContain('results cover 2024-01-01..2024-03-29');
    // The equity moves every session (A drifts up), so a flat run at the end would show here.
    const eq = r.series.equity;
    expect(eq[eq.length - 1]).not.toBe(eq[eq.length - 2]);
  });

  it('an asset whose data starts late or ends early is named with its span', async () => {
    const r = await run([A, B], { from: utc('2024-01-08'), to: utc('2024-03-01') });
    const spans = r.issues.filter((i) => i.code === 'asset_data_span');
    expect(spans.map((i) => i.asset)).toEqual(['b']);
    expect(spans[0]!.message).toBe("b: first bar 2024-02-01, after the range's first session 2024-01-08");
    expect(
      r.issues.some((i) => i.code === 'range_beyond_data'),
      'a covers the range',
    ).toBe(false);
  });

  it('a range reaching outside the calendar is clipped with a warning, not silently', async () => {
    const r = await run([A], { from: utc('1800-01-01'), to: utc('2024-02-01') });
    const clip = r.issues.find((i) => i.code === 'range_beyond_calendar')!;
    expect(clip.message).toContain('1800-01-01');
    expect(clip.message).toContain('2020-01-01');
    expect(r.metrics.start).toBe('2024-01-01');
  });

  it('a range entirely outside the calendar is an error', async () => {
    const err = await run([A], { from: utc('1700-01-01'), to: utc('1701-01-01') }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'range_outside_calendar' });
  });

  it('strict mode makes range warnings errors', async () => {
    const err = await run([A], { from: utc('2023-06-01'), to: utc('2024-12-31') }, true).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DataRangeError);
    expect((err as Error).message).toContain('strict mode');
  });
});
