/**
 * What the store tests compare a store with its CSV folder by: a test bed of generated dirty folders
 * over the first half of 2020 (XNYS), a panel load's outcome as data (the panel, or the error a strict
 * run throws), panels as NaN-aware plain data (every standard and extra field), and an Arrow file's
 * rows as plain objects (what another tool reading the file sees).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import { tableFromIPC } from 'apache-arrow';
import { afterAll } from 'vitest';
import { CsvDirectoryFeed } from '../../src/data/csv-feed.js';
import { dateOfDay } from '../../src/data/grid.js';
import { loadPanel } from '../../src/data/panel.js';
import type { DataPolicy } from '../../src/data/policy.js';
import { STORE_FIELDS } from '../../src/data/store/format.js';
import { StoreFeed } from '../../src/data/store/store-feed.js';
import type { DataFeed } from '../../src/data/types.js';
import type { Panel } from '../../src/features/types.js';
import { writeDirtyFolder } from './dirty-folder.js';

/** A column with NaN as the string 'NaN' (so equality checks see it). */
export const nanAware = (c: ArrayLike<number>) => Array.from(c, (v) => (Number.isNaN(v) ? 'NaN' : v));

/** Panels as comparable data: every standard and extra field of every asset, bit for bit, and the issues. */
export function panelData(p: Panel | string) {
  if (typeof p === 'string') return p;
  return {
    days: Array.from(p.grid.days),
    start: p.grid.start,
    assets: p.assets,
    columns: p.columns.map((c) => ({
      standard: STORE_FIELDS.map((f) => nanAware(c[f])),
      fields: [...c.fields].map(([name, v]) => [name, nanAware(v)]),
    })),
    issues: p.issues,
  };
}

/** The rows of an Arrow IPC file as plain objects, dates as ISO days. */
export function arrowRows(path: string): Record<string, unknown>[] {
  return tableFromIPC(readFileSync(path))
    .toArray()
    .map((r) => {
      const o = r.toJSON() as Record<string, unknown>;
      return { ...o, date: new Date(o.date as number).toISOString().slice(0, 10) };
    });
}

/** Sessions `[from, to)` of a test bed's grid (indexes into `sessions`) and how to load them. */
export interface LoadRange {
  from: number;
  to: number;
  warmup?: number;
  strict?: boolean;
  policy?: Partial<DataPolicy>;
}

/** A temporary folder (removed after the file's tests) and the sessions the tests load. */
export function storeTestBed(prefix: string) {
  const xnys = getCalendar('XNYS');
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const sessions = xnys.sessionDays({ from: new Date('2020-01-01'), to: new Date('2020-07-01') });
  let folders = 0;
  /** Load `tickers` through `feed` over sessions `[from, to)`, or the error it throws, as data. */
  const outcome = async (
    feed: () => DataFeed,
    tickers: readonly string[],
    range: LoadRange,
  ): Promise<Panel | string> => {
    try {
      return await loadPanel(
        feed(),
        tickers.map((t) => ({ id: t, symbol: t })),
        xnys,
        { from: dateOfDay(sessions[range.from]!), to: dateOfDay(sessions[range.to]!) },
        {
          warmup: range.warmup ?? 0,
          policy: { ...range.policy, ...(range.strict ? { strict: true } : {}) },
        },
      );
    } catch (e) {
      return `${(e as Error).name}: ${(e as Error).message}`;
    }
  };
  return {
    xnys,
    tmp,
    sessions,
    /** A fresh dirty CSV folder (`csv`) and where its store goes (`store`, not yet imported). */
    dirtyFolder(seed: number, assets: number) {
      const dir = join(tmp, `f${folders++}`);
      const csv = join(dir, 'csv');
      mkdirSync(csv, { recursive: true });
      return { csv, store: join(dir, 'store'), tickers: writeDirtyFolder(csv, seed, sessions, assets) };
    },
    /** The same load from the CSV folder and from its store, each as `panelData`. */
    async both(folder: { csv: string; store: string }, tickers: readonly string[], range: LoadRange) {
      const fromCsv = await outcome(() => new CsvDirectoryFeed({ dir: folder.csv }), tickers, range);
      const fromStore = await outcome(() => new StoreFeed({ dir: folder.store }), tickers, range);
      return { csv: panelData(fromCsv), store: panelData(fromStore), storePanel: fromStore };
    },
    outcome,
  };
}
