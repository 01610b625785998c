import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NYSEExchangeCalendar } from '@tactical/calendars';
import { describe, expect, it } from 'vitest';
import { CsvDirectoryFeed } from './csv-feed.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);
const calendar = new NYSEExchangeCalendar();

/** A folder with three data files and fja05680-style membership files. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tactical-universe-'));
  const csv = 'date,open,high,low,close,volume,Name\n2024-03-01,1,1,1,1,1,X\n';
  writeFileSync(join(dir, 'AAA_data.csv'), csv);
  writeFileSync(join(dir, 'BBB.csv'), csv);
  writeFileSync(join(dir, 'CCC_data.csv'), csv);
  writeFileSync(join(dir, 'notes.txt'), 'not data');
  writeFileSync(
    join(dir, 'start_end.csv'),
    [
      'ticker,start_date,end_date',
      'AAA,1996-01-02,',
      'BBB,1996-01-02,2024-03-11',
      'CCC,2024-03-11,',
      'OLD,1996-01-02,2001-05-01',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'changes.csv'),
    'date,add,remove\n2024-03-04,DDD,\n2024-03-13,EEE,\n2024-03-25,,"AAA,CCC"\n',
  );
  return dir;
}

describe('CsvDirectoryFeed: members and events', () => {
  const dir = folder();
  const feed = new CsvDirectoryFeed({
    dir,
    universes: {
      IDX: { startEnd: 'start_end.csv' },
      LEAD: { startEnd: join(dir, 'start_end.csv'), changes: 'changes.csv', announcementLead: 3 },
    },
    calendar,
  });
  const range = { from: utc('2024-01-01'), to: utc('2025-01-01') };

  it('ALL: every data file of the folder, id = symbol = ticker, member over the whole range', async () => {
    expect(feed.tickers()).toEqual(['AAA', 'BBB', 'CCC']);
    const all = await feed.members('ALL', range);
    expect(all.map((m) => [m.asset.id, m.asset.symbol, m.to])).toEqual([
      ['AAA', 'AAA', undefined],
      ['BBB', 'BBB', undefined],
      ['CCC', 'CCC', undefined],
    ]);
    expect(all.every((m) => m.from <= range.from)).toBe(true);
    expect(await feed.events('ALL', range)).toEqual([]);
    expect(feed.indexNames()).toEqual(['ALL', 'IDX', 'LEAD']);
  });

  it('memberships overlapping the range; events on effective dates, known on them by default', async () => {
    const members = await feed.members('IDX', range);
    expect(members.map((m) => `${m.asset.id} ${iso(m.from)} ${iso(m.to) ?? ''}`)).toEqual([
      'AAA 1996-01-02 ',
      'BBB 1996-01-02 2024-03-11',
      'CCC 2024-03-11 ',
    ]);
    const events = await feed.events('IDX', range);
    expect(events.map((e) => `${e.type} ${e.index} ${e.asset.id} ${iso(e.date)} ${iso(e.knownAt)}`)).toEqual([
      'index_remove IDX BBB 2024-03-11 2024-03-11',
      'index_add IDX CCC 2024-03-11 2024-03-11',
    ]);
    expect((await feed.events('IDX', { from: utc('1990-01-01'), to: range.to })).length).toBe(3); // + OLD's removal
  });

  it('changes file extends the snapshot (changes up to its last date are already in it); announcementLead counts sessions on the calendar', async () => {
    const events = await feed.events('LEAD', range);
    expect(events.map((e) => `${e.type} ${e.asset.id} ${iso(e.date)} ${iso(e.knownAt)}`)).toEqual([
      'index_remove BBB 2024-03-11 2024-03-06',
      'index_add CCC 2024-03-11 2024-03-06',
      'index_add EEE 2024-03-13 2024-03-08',
      'index_remove AAA 2024-03-25 2024-03-20',
      'index_remove CCC 2024-03-25 2024-03-20',
    ]);
    // An event whose knownAt falls in the range but whose date does not is included.
    const late = await feed.events('LEAD', { from: utc('2024-03-19'), to: utc('2024-03-21') });
    expect(late.map((e) => e.asset.id)).toEqual(['AAA', 'CCC']);
  });

  it('configuration errors: unknown index, missing file, lead without a calendar', async () => {
    await expect(feed.members('SP500', range)).rejects.toThrow(
      "no membership data for index 'SP500' (this feed knows: ALL, IDX, LEAD)",
    );
    const bad = new CsvDirectoryFeed({ dir, universes: { X: { startEnd: 'nope.csv' } } });
    await expect(bad.members('X', range)).rejects.toThrow(
      /membership file of index 'X' not found: .*nope\.csv/,
    );
    expect(
      () => new CsvDirectoryFeed({ dir, universes: { X: { startEnd: 'a', announcementLead: 5 } } }),
    ).toThrow('announcementLead = 5 needs the `calendar` option');
    expect(
      () => new CsvDirectoryFeed({ dir, universes: { X: { startEnd: 'a', announcementLead: -1 } } }),
    ).toThrow('must be an integer >= 0');
  });
});
