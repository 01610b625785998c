/**
 * A sweep over a columnar store (`tactical data import`) gives the rows of the same sweep over the CSV
 * folder it came from — shared with workers or not, warnings included (the store replays the import's
 * warnings; a shared panel the source declines is loaded by the store itself).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDirtyFolder } from '../../test/support/dirty-folder.js';
import { importCsvFolder } from '../data/store/write.js';
import type { SweepAxis } from './grid.js';
import { runSweep } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'tactical-store-sweep-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const xnys = getCalendar('XNYS');

const spec = {
  kind: 'tactical/v1',
  universe: { index: 'ALL' },
  rebalance: { frequency: 'Monthly' },
  execution: { fill: 'next_open' },
  features: [{ id: 'mom', kind: 'return', field: 'close', period: 20 }],
  rules: { op: 'select', rank: { ref: 'mom' }, order: 'desc', count: 2, weighting: { scheme: 'equal' } },
};
const axes: SweepAxis[] = [{ name: 'period', pointers: ['/features/0/period'], values: [5, 40] }];
const range = { from: new Date('2019-06-03T00:00:00Z'), to: new Date('2020-06-01T00:00:00Z') };

describe('a sweep over a store', () => {
  it('gives the rows of the sweep over its CSV folder (shared with a worker, and not shared)', async () => {
    const csv = join(tmp, 'csv');
    mkdirSync(csv);
    writeDirtyFolder(
      csv,
      4242,
      xnys.sessionDays({ from: new Date('2019-01-01'), to: new Date('2020-07-01') }),
      5,
    );
    const store = join(tmp, 'store');
    await importCsvFolder(csv, store, { calendar: xnys });
    const base = { spec, axes, range, cash: 100_000 };
    const fromCsv = await runSweep({ ...base, data: { dir: csv }, workers: 0, share: false });
    expect(fromCsv.rows.every((r) => r.metrics !== null)).toBe(true);
    const rows = JSON.stringify(fromCsv.rows);
    expect(
      JSON.stringify((await runSweep({ ...base, data: { dir: store }, workers: 0, share: false })).rows),
    ).toBe(rows);
    expect(JSON.stringify((await runSweep({ ...base, data: { dir: store }, workers: 1 })).rows)).toBe(rows);
    // strict: the import's warnings are replayed, so the first one is the same error
    const strict = async (dir: string) =>
      runSweep({ ...base, data: { dir, strict: true }, workers: 0, share: false }).then(
        (r) => JSON.stringify(r.rows),
        (e: Error) => e.message,
      );
    const strictCsv = await strict(csv);
    expect(strictCsv).toMatch(/an error under strict mode/);
    expect(await strict(store)).toBe(strictCsv);
  });
});
