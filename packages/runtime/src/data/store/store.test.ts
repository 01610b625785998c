/**
 * The columnar store against the CSV folder it was imported from: the same panels (every field,
 * bit for bit) and the same issues over any range and warm-up, the same first error under strict;
 * import errors leave nothing behind; damaged stores and stores of another calendar fail naming the
 * file; the Arrow file reads back through apache-arrow's own reader; only the used fields are read.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrowRows, storeTestBed } from '../../../test/support/store-compare.js';
import { CsvDirectoryFeed } from '../csv-feed.js';
import { dateOfDay } from '../grid.js';
import { loadPanel } from '../panel.js';
import type { DataFeed } from '../types.js';
import { BARS_FILE, MANIFEST_FILE, StoreError } from './format.js';
import { StoreFeed } from './store-feed.js';
import { importCsvFolder } from './write.js';

const bed = storeTestBed('tactical-store-');
const { xnys, tmp, sessions, dirtyFolder, outcome: loadOutcome } = bed;

/** A fresh dirty CSV folder and its store. */
async function folderAndStore(seed: number, assets: number) {
  const folder = dirtyFolder(seed, assets);
  await importCsvFolder(folder.csv, folder.store, { calendar: xnys });
  return folder;
}

function freshDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
}

/** Load through `feed` over sessions [from, to), or the error it throws. */
const outcome = (
  feed: () => DataFeed,
  tickers: string[],
  from: number,
  to: number,
  warmup: number,
  strict: boolean,
) => loadOutcome(feed, tickers, { from, to, warmup, strict });

describe('a store gives the panels and issues of its CSV folder', () => {
  it('over generated dirty folders, any range, warm-up and strictness (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: sessions.length - 2 }),
        fc.integer({ min: 1, max: sessions.length - 1 }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        async (seed, assets, a, b, warmup, strict) => {
          const folder = await folderAndStore(seed, assets);
          const range = { from: a, to: Math.max(a + 1, b), warmup, strict };
          const { csv, store } = await bed.both(folder, folder.tickers, range);
          expect(store).toEqual(csv);
        },
      ),
      { numRuns: 40, seed: 12 },
    );
  });

  it('a missing asset is reported by the policy as from the CSV folder', async () => {
    const { csv, store, tickers } = await folderAndStore(7, 2);
    const assets = [...tickers, 'NOPE'];
    const a = await outcome(() => new CsvDirectoryFeed({ dir: csv }), assets, 10, 60, 0, false);
    const b = await outcome(() => new StoreFeed({ dir: store }), assets, 10, 60, 0, false);
    expect(typeof b).toBe('string');
    expect(b).toEqual(a);
    expect(b).toContain('missing_asset');
  });
});

describe('import', () => {
  it('fails naming the CSV file and line, and writes nothing', async () => {
    const csv = join(tmp, 'bad-csv');
    freshDir(csv);
    writeFileSync(join(csv, 'OK.csv'), 'Date,Open,High,Low,Close,Volume\n2020-01-02,1,1,1,1,10\n');
    writeFileSync(
      join(csv, 'ZZ.csv'),
      'Date,Open,High,Low,Close,Volume\n2020-01-02,1,1,1,1,10\n2020-01-03,1,1,1,1,10\n2020-01-03,1,1,1,1,10\n',
    );
    const store = join(tmp, 'bad-store');
    await expect(importCsvFolder(csv, store, { calendar: xnys })).rejects.toThrow(
      /ZZ\.csv:4: duplicate_date: second bar on 2020-01-03/,
    );
    expect(existsSync(store)).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.includes('importing'))).toEqual([]);
  });

  it('is deterministic: the same folder gives byte-identical store files', async () => {
    const { csv, store } = await folderAndStore(31, 4);
    const again = `${store}-again`;
    await importCsvFolder(csv, again, { calendar: xnys });
    for (const f of [BARS_FILE, MANIFEST_FILE])
      expect(readFileSync(join(again, f)).equals(readFileSync(join(store, f)))).toBe(true);
  });

  it('refuses to overwrite a folder that is not a store', async () => {
    const { csv } = await folderAndStore(3, 1);
    const other = join(tmp, 'user-folder');
    freshDir(other);
    writeFileSync(join(other, 'notes.txt'), 'mine');
    await expect(importCsvFolder(csv, other, { calendar: xnys })).rejects.toThrow(
      /not empty and not a store/,
    );
    expect(readFileSync(join(other, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('writes an Arrow IPC file apache-arrow reads back as the CSV values (interoperability)', async () => {
    const csv = join(tmp, 'interop');
    freshDir(csv);
    writeFileSync(
      join(csv, 'AB.csv'),
      'Date,Open,High,Low,Close,Adj Close,Volume\n2020-01-02,1.5,2,1,1.75,1.7,100\n2020-01-06,2,3,1.5,2.5,2.4,200\n',
    );
    writeFileSync(join(csv, 'CD.csv'), 'date,open,high,low,close,volume\n2020-01-03,10,11,9,10.5,5\n');
    const store = join(tmp, 'interop-store');
    await importCsvFolder(csv, store, { calendar: xnys });
    const rows = arrowRows(join(store, BARS_FILE));
    expect(rows).toEqual([
      {
        date: '2020-01-02',
        asset: 'AB',
        open: 1.5,
        high: 2,
        low: 1,
        close: 1.75,
        adj_close: 1.7,
        volume: 100,
      },
      // 2020-01-03: AB has no bar (NaN on every field)
      {
        date: '2020-01-03',
        asset: 'AB',
        open: NaN,
        high: NaN,
        low: NaN,
        close: NaN,
        adj_close: NaN,
        volume: NaN,
      },
      {
        date: '2020-01-06',
        asset: 'AB',
        open: 2,
        high: 3,
        low: 1.5,
        close: 2.5,
        adj_close: 2.4,
        volume: 200,
      },
      {
        date: '2020-01-03',
        asset: 'CD',
        open: 10,
        high: 11,
        low: 9,
        close: 10.5,
        adj_close: 10.5,
        volume: 5,
      },
    ]);
  });

  it('reads only the fields a run uses, and only its sessions', async () => {
    const { store, tickers } = await folderAndStore(11, 3);
    const feed = new StoreFeed({ dir: store });
    const panel = await loadPanel(
      feed,
      tickers.map((t) => ({ id: t, symbol: t })),
      xnys,
      { from: dateOfDay(sessions[20]!), to: dateOfDay(sessions[30]!) },
    );
    expect(feed.store.bytesRead).toBe(0);
    for (const c of panel.columns) void c.close;
    const rowsInRange = panel.columns.reduce((s, c) => s + c.close.filter((v) => !Number.isNaN(v)).length, 0);
    // NaN rows inside an asset's span are stored too; never more than 10 sessions per asset
    expect(feed.store.bytesRead).toBeGreaterThanOrEqual(rowsInRange * 8);
    expect(feed.store.bytesRead).toBeLessThanOrEqual(panel.columns.length * 10 * 8);
  });
});

describe('damaged stores and other calendars', () => {
  it('a truncated Arrow file is named', async () => {
    const { store } = await folderAndStore(5, 2);
    const bars = join(store, BARS_FILE);
    truncateSync(bars, 100);
    expect(() => new StoreFeed({ dir: store })).toThrow(StoreError);
    expect(() => new StoreFeed({ dir: store })).toThrow(
      /bars\.arrow: truncated_store: the file has 100 bytes/,
    );
  });

  it('a manifest that is not JSON is named', async () => {
    const { store } = await folderAndStore(6, 1);
    writeFileSync(join(store, MANIFEST_FILE), '{"format": "tactical-sto');
    expect(() => new StoreFeed({ dir: store })).toThrow(/tactical-store\.json: bad_manifest: not valid JSON/);
  });

  it('a store of another calendar fails naming both calendars', async () => {
    const csv = join(tmp, 'lse');
    freshDir(csv);
    writeFileSync(
      join(csv, 'VOD.csv'),
      'Date,Open,High,Low,Close,Volume\n2020-01-02,1,1,1,1,10\n2020-01-03,1,1,1,1,10\n',
    );
    const store = join(tmp, 'lse-store');
    await importCsvFolder(csv, store, { calendar: getCalendar('XLON') });
    expect(() => new StoreFeed({ dir: store, calendar: xnys })).toThrow(
      /calendar_mismatch: the store was imported on calendar XLON, the spec runs on XNYS/,
    );
  });
});
