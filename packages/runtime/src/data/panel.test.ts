import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NYSEExchangeCalendar } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import { missingShared, sharedPath } from '../../../../tools/shared-data.js';
import { weekdayCalendar } from '../../test/support/weekday-calendar.js';
import { CsvDirectoryFeed, parseBarsCsv } from './csv-feed.js';
import { dayOf } from './grid.js';
import { MemoryDataFeed } from './memory-feed.js';
import { loadPanel } from './panel.js';
import { DataError } from './policy.js';
import type { Bar } from './types.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const bar = (d: string, close: number, extra: Partial<Bar> = {}): Bar => ({
  t: utc(d),
  open: close,
  high: close,
  low: close,
  close,
  volume: 100,
  ...extra,
});
const cal = weekdayCalendar(['2024-07-04']);
const range = { from: utc('2024-07-01'), to: utc('2024-07-13') };
const A = { id: 'us:A', symbol: 'A' };
const B = { id: 'us:B', symbol: 'B' };

function csvDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tactical-csv-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loadPanel', () => {
  it('aligns bars to the session grid, NaN where there is no bar, assets sorted by id', async () => {
    const feed = new MemoryDataFeed({
      'us:B': [bar('2024-07-02', 4), bar('2024-07-05', 5)],
      A: [bar('2024-07-12', 12)],
    });
    const panel = await loadPanel(feed, [B, A], cal, range);
    expect(panel.assets.map((a) => a.id)).toEqual(['us:A', 'us:B']);
    expect(Array.from(panel.grid.days, (d) => new Date(d * 864e5).toISOString().slice(5, 10))).toEqual([
      '07-01',
      '07-02',
      '07-03',
      '07-05',
      '07-08',
      '07-09',
      '07-10',
      '07-11',
      '07-12',
    ]);
    expect(Array.from(panel.columns[1]!.close)).toEqual([
      Number.NaN,
      4,
      Number.NaN,
      5,
      ...Array(5).fill(Number.NaN),
    ]);
    expect(panel.columns[0]!.close[8]).toBe(12);
    expect(panel.columns[0]!.adjClose[8], 'adjClose defaults to close').toBe(12);
    expect(panel.issues).toEqual([]);
  });

  it('warm-up starts the grid `warmup` sessions before range.from', async () => {
    const feed = new MemoryDataFeed({
      A: [bar('2024-06-27', 1), bar('2024-06-28', 2), bar('2024-07-01', 3)],
    });
    const panel = await loadPanel(feed, [A], cal, range, { warmup: 2 });
    expect(panel.grid.start).toBe(2);
    expect(panel.grid.dates[0]!.toISOString().slice(0, 10)).toBe('2024-06-27');
    expect(Array.from(panel.columns[0]!.close.subarray(0, 3))).toEqual([1, 2, 3]);
    expect(panel.grid.indexOfDay(dayOf(utc('2024-07-04'))), 'holiday is not in the grid').toBe(-1);
  });

  it('a bar on a non-session is dropped with a counted, located warning (seed 003 yields holidays)', async () => {
    const feed = new MemoryDataFeed({
      A: [bar('2024-07-03', 3), bar('2024-07-04', 4), bar('2024-07-06', 6)],
    });
    const panel = await loadPanel(feed, [A], cal, range);
    expect(panel.issues).toHaveLength(1);
    expect(panel.issues[0]).toMatchObject({
      code: 'off_session',
      severity: 'warning',
      asset: 'us:A',
      count: 2,
      file: 'memory:A',
      line: 2,
    });
    expect(panel.columns[0]!.close[2]).toBe(3);
  });

  it('empty/NaN fields and non-positive prices drop the bar with a warning', async () => {
    const feed = new MemoryDataFeed({
      A: [bar('2024-07-01', 4), bar('2024-07-02', Number.NaN), bar('2024-07-03', -1), bar('2024-07-05', 5)],
    });
    const panel = await loadPanel(feed, [A], cal, range);
    expect(panel.issues.map((i) => [i.code, i.count])).toEqual([
      ['invalid_value', 1],
      ['non_positive_price', 1],
    ]);
    expect(Array.from(panel.columns[0]!.close.subarray(0, 4))).toEqual([4, Number.NaN, Number.NaN, 5]);
  });

  it('unsorted and duplicate dates are errors by default, droppable by policy', async () => {
    const unsorted = new MemoryDataFeed({ A: [bar('2024-07-02', 2), bar('2024-07-01', 1)] });
    await expect(loadPanel(unsorted, [A], cal, range)).rejects.toThrow(/memory:A:2: unsorted_dates/);
    const dup = new MemoryDataFeed({ A: [bar('2024-07-02', 2), bar('2024-07-02', 3)] });
    const err = await loadPanel(dup, [A], cal, range).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(err).toMatchObject({ code: 'duplicate_date', file: 'memory:A', line: 2, asset: 'us:A' });
    const kept = await loadPanel(dup, [A], cal, range, { policy: { duplicateDates: 'drop' } });
    expect(kept.columns[0]!.close[1], 'the first bar is kept').toBe(2);
    expect(kept.issues[0]).toMatchObject({ code: 'duplicate_date', count: 1 });
  });

  it('a missing asset is an error by default, an all-NaN column with policy drop', async () => {
    const feed = new MemoryDataFeed({ A: [bar('2024-07-01', 1)] });
    await expect(loadPanel(feed, [A, B], cal, range)).rejects.toThrow(/missing_asset/);
    const panel = await loadPanel(feed, [A, B], cal, range, { policy: { missingAsset: 'drop' } });
    expect(panel.columns[1]!.close.every(Number.isNaN)).toBe(true);
  });

  it('keeps the first few locations of an aggregated warning', async () => {
    const bars = Array.from({ length: 20 }, (_, i) =>
      bar(`2024-07-${String(i + 1).padStart(2, '0')}`, Number.NaN),
    );
    const panel = await loadPanel(new MemoryDataFeed({ A: bars }), [A], cal, {
      from: utc('2024-07-01'),
      to: utc('2024-08-01'),
    });
    const issue = panel.issues.find((i) => i.code === 'invalid_value')!;
    expect(issue.count).toBe(14);
    expect(issue.locations).toHaveLength(5);
  });
});

describe('CsvDirectoryFeed', () => {
  it('reads the Yahoo layout, <SYMBOL>.csv, with Adj Close', async () => {
    const dir = csvDir({
      'A.csv':
        'Date,Open,High,Low,Close,Adj Close,Volume\n2024-07-01,1,2,0.5,1.5,1.25,10\n2024-07-02 00:00:00,2,3,1,2.5,2.25,20\n',
    });
    const panel = await loadPanel(new CsvDirectoryFeed({ dir }), [A], cal, range);
    const c = panel.columns[0]!;
    expect([c.open[0], c.high[0], c.low[0], c.close[0], c.adjClose[0], c.volume[0]]).toEqual([
      1, 2, 0.5, 1.5, 1.25, 10,
    ]);
    expect(c.adjClose[1]).toBe(2.25);
  });

  it('reads the lower-case IEX layout, <SYMBOL>_data.csv, ignores Name, keeps numeric extras as fields', async () => {
    const dir = csvDir({
      'A_data.csv':
        'date,open,high,low,close,volume,Name,npy\n2024-07-01,1,1,1,1,5,A,0.031\n2024-07-02,2,2,2,2,5,A,\n',
    });
    const panel = await loadPanel(new CsvDirectoryFeed({ dir }), [A], cal, range);
    const c = panel.columns[0]!;
    expect([...c.fields.keys()]).toEqual(['npy']);
    expect(c.fields.get('npy')![0]).toBe(0.031);
    expect(c.fields.get('npy')![1], 'an empty extra cell is NaN, the bar is kept').toBeNaN();
    expect(c.close[1]).toBe(2);
  });

  it('names file and line: missing column, unsorted dates, empty price', async () => {
    const dir = csvDir({
      'A.csv': 'Date,Open,High,Close,Volume\n2024-07-01,1,1,1,1\n',
      'B.csv': 'Date,Open,High,Low,Close,Volume\n2024-07-02,1,1,1,1,1\n\n2024-07-01,1,1,1,1,1\n',
    });
    const feed = new CsvDirectoryFeed({ dir });
    await expect(loadPanel(feed, [A], cal, range)).rejects.toThrow(
      /A\.csv:1: missing_column: missing column\(s\) low/,
    );
    await expect(loadPanel(feed, [B], cal, range)).rejects.toThrow(/B\.csv:4: unsorted_dates/);
    const dir2 = csvDir({
      'B.csv': 'Date,Open,High,Low,Close,Volume\n2024-07-01,1,1,1,1,1\n2024-07-02,1,,1,1,1\n',
    });
    const panel = await loadPanel(new CsvDirectoryFeed({ dir: dir2 }), [B], cal, range);
    expect(panel.issues[0]).toMatchObject({ code: 'invalid_value', file: join(dir2, 'B.csv'), line: 3 });
  });

  it('an unparseable date is an error naming the line', () => {
    expect(() => parseBarsCsv('Date,Open,High,Low,Close,Volume\n07/01/2024,1,1,1,1,1\n', 'x.csv')).toThrow(
      /x\.csv:2: invalid_date/,
    );
  });

  const sp = sharedPath('data', 'sp500', 'all_stocks_5yr');
  it.skipIf(!sp)(
    `real IEX files: empty price rows are dropped and counted ${sp ? '' : missingShared('data')}`,
    async () => {
      const feed = new CsvDirectoryFeed({ dir: sp! });
      const calendar = new NYSEExchangeCalendar();
      const assets = ['DHR', 'O', 'AAPL'].map((s) => ({ id: s, symbol: s }));
      const panel = await loadPanel(feed, assets, calendar, {
        from: utc('2013-02-08'),
        to: utc('2018-02-08'),
      });
      const invalid = panel.issues.filter((i) => i.code === 'invalid_value');
      expect(invalid.map((i) => [i.asset, i.count])).toEqual([
        ['DHR', 2],
        ['O', 2],
      ]);
      expect(panel.columns[0]!.close[0]).toBe(67.8542);
      expect(
        panel.issues.filter((i) => i.code === 'off_session'),
        'IEX dates are NYSE sessions',
      ).toEqual([]);
    },
  );
});
