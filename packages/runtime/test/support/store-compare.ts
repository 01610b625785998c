/**
 * What the store tests compare a store with its CSV folder by: a panel load's outcome as data (the
 * panel, or the error a strict run throws), NaN-aware columns, and an Arrow file's rows as plain
 * objects (what another tool reading the file sees).
 */
import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { dateOfDay, type GridCalendar } from '../../src/data/grid.js';
import { loadPanel } from '../../src/data/panel.js';
import type { DataPolicy } from '../../src/data/policy.js';
import type { DataFeed } from '../../src/data/types.js';
import type { Panel } from '../../src/features/types.js';

/**
 * Load `tickers` through `feed` over sessions `[from, to)` of `sessions`, or the error it throws
 * (name and message), so outcomes compare as data.
 */
export async function loadOutcome(
  feed: () => DataFeed,
  tickers: readonly string[],
  calendar: GridCalendar & { offset(t: Date, n: number): Date },
  sessions: Int32Array,
  range: { from: number; to: number; warmup: number; strict: boolean; policy?: Partial<DataPolicy> },
): Promise<Panel | string> {
  try {
    return await loadPanel(
      feed(),
      tickers.map((t) => ({ id: t, symbol: t })),
      calendar,
      { from: dateOfDay(sessions[range.from]!), to: dateOfDay(sessions[range.to]!) },
      { warmup: range.warmup, policy: { ...range.policy, ...(range.strict ? { strict: true } : {}) } },
    );
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

/** A column with NaN as the string 'NaN' (so equality checks see it). */
export const nanAware = (c: ArrayLike<number>) => Array.from(c, (v) => (Number.isNaN(v) ? 'NaN' : v));

/** The rows of an Arrow IPC file as plain objects, dates as ISO days. */
export function arrowRows(path: string): Record<string, unknown>[] {
  return tableFromIPC(readFileSync(path))
    .toArray()
    .map((r) => {
      const o = r.toJSON() as Record<string, unknown>;
      return { ...o, date: new Date(o.date as number).toISOString().slice(0, 10) };
    });
}
