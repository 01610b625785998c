/**
 * `tactical data import` and `--data <store>` end to end through `run(argv, ctx)`: a store and the
 * CSV folder it came from give byte-identical `backtest --json` output (generated dirty folders, and
 * the real ETF folder), import errors name the CSV file:line and write nothing, a damaged store or a
 * store of another calendar is a located data error (exit 1), never a stack trace.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import { buildServer } from '@tactical/server';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { describeShared } from '../../../tools/shared-data.js';
import { writeDirtyFolder } from '../../runtime/test/support/dirty-folder.js';
import { runCaptured } from '../src/run.js';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'tactical-data-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const cli = (...argv: string[]) => runCaptured(argv, tmp);

const sessions = getCalendar('XNYS').sessionDays({
  from: new Date('2019-01-01'),
  to: new Date('2020-07-01'),
});

/** Monthly top-2 by 20-session return over every asset of the data (a dynamic universe). */
const momentum = {
  kind: 'tactical/v1',
  universe: { index: 'ALL' },
  rebalance: { frequency: 'Monthly' },
  execution: { fill: 'next_open', returns: 'total' },
  features: [{ id: 'mom', kind: 'return', field: 'close', period: 20 }],
  rules: { op: 'select', rank: { ref: 'mom' }, order: 'desc', count: 2, weighting: { scheme: 'equal' } },
};
writeFileSync(join(tmp, 'momentum.json'), JSON.stringify(momentum));

let n = 0;
function dirtyFolder(seed: number, assets: number): { csv: string; tickers: string[] } {
  const csv = join(tmp, `csv${n++}`);
  mkdirSync(csv);
  return { csv, tickers: writeDirtyFolder(csv, seed, sessions, assets) };
}

describe('tactical data import + backtest --data <store>', () => {
  it('gives byte-identical --json output to the CSV folder (generated dirty folders)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom(
          ['--from', '2019-04-01', '--to', '2020-06-30'],
          ['--from', '2019-11-15', '--to', '2020-03-02'],
        ),
        async (seed, assets, range) => {
          const { csv, tickers } = dirtyFolder(seed, assets);
          const store = `${csv}-store`;
          const imported = await cli('data', 'import', csv, store);
          expect(imported.err).toBe('');
          expect(imported.code).toBe(0);
          const fromCsv = await cli('backtest', 'momentum.json', '--data', csv, ...range, '--json');
          const fromStore = await cli('backtest', 'momentum.json', '--data', store, ...range, '--json');
          expect(fromStore.err).toBe(fromCsv.err);
          expect(fromStore.code).toBe(fromCsv.code);
          expect(fromStore.out).toBe(fromCsv.out);
          expect(fromCsv.code).toBe(0);
          expect(JSON.parse(fromCsv.out).fills).toBeGreaterThan(0);
          // a static universe and the default range (the days all its assets have data)
          const fixed = { ...momentum, universe: tickers.slice(0, 2).map((t) => ({ id: t, symbol: t })) };
          writeFileSync(join(tmp, 'fixed.json'), JSON.stringify(fixed));
          const a = await cli('backtest', 'fixed.json', '--data', csv, '--json');
          const b = await cli('backtest', 'fixed.json', '--data', store, '--json');
          expect([b.code, b.err, b.out]).toEqual([a.code, a.err, a.out]);
        },
      ),
      { numRuns: 4, seed: 3 },
    );
  });

  it('prints the data policy warnings with their CSV file:line, as a CSV run does', async () => {
    const { csv } = dirtyFolder(99, 4);
    const r = await cli('data', 'import', csv, `${csv}-store`, '--json');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary.assets).toBe(4);
    expect(summary.issues.length).toBeGreaterThan(0);
    for (const i of summary.issues) expect(i.locations[0].file).toMatch(/^csv\d+\/T\d[A-Z]\.csv$/);
  });
});

describe('extra fields in a store (seed 001: npy)', () => {
  it('the conservative formula over a store of the bundled data equals the CSV run, byte for byte', async () => {
    const examples = join(root, 'examples');
    const store = join(tmp, 'examples-store');
    const imported = await cli('data', 'import', join(examples, 'data'), store, '--json');
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.out);
    expect(summary.extraFields).toEqual(['npy']);
    const args = [
      join(examples, 'conservative-formula', 'spec.json'),
      '--members',
      `SP500=${join(examples, 'data', 'universes', 'SP500.csv')}`,
      '--from',
      '2016-02-01',
      '--to',
      '2025-01-01',
      '--json',
    ];
    const a = await cli('backtest', ...args.slice(0, 1), '--data', join(examples, 'data'), ...args.slice(1));
    const b = await cli('backtest', ...args.slice(0, 1), '--data', store, ...args.slice(1));
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out).fills).toBeGreaterThan(0);
    expect([b.code, b.err, b.out]).toEqual([a.code, a.err, a.out]);
    // a sweep shares the store's panel, extra fields included, with its workers
    const sweep = (data: string) =>
      cli(
        'sweep',
        ...args.slice(0, 1),
        '--data',
        data,
        ...args.slice(1, -1),
        '--param',
        'fraction=/rules/fraction:0.1,0.3',
        '--workers',
        '2',
        '--json',
      );
    const [sa, sb] = [await sweep(join(examples, 'data')), await sweep(store)];
    expect(sa.code).toBe(0);
    expect(JSON.parse(sa.out).rows.map((r: { metrics: unknown }) => r.metrics !== null)).toEqual([
      true,
      true,
    ]);
    expect([sb.code, sb.err, sb.out]).toEqual([sa.code, sa.err, sa.out]);
  });
});

describe('--members with a store', () => {
  it('point-in-time membership files work as with the CSV folder (byte-identical --json)', async () => {
    const { csv, tickers } = dirtyFolder(2024, 4);
    const store = `${csv}-store`;
    expect((await cli('data', 'import', csv, store)).code).toBe(0);
    const members = join(tmp, 'members.csv');
    writeFileSync(
      members,
      `ticker,start_date,end_date\n${tickers[0]},2019-03-01,2019-12-02\n${tickers[1]},2019-01-02,\n${tickers[2]},2019-09-03,\n`,
    );
    writeFileSync(join(tmp, 'idx.json'), JSON.stringify({ ...momentum, universe: { index: 'IDX' } }));
    const args = ['--members', `IDX=${members}`, '--from', '2019-04-01', '--to', '2020-06-01', '--json'];
    const a = await cli('backtest', 'idx.json', '--data', csv, ...args);
    const b = await cli('backtest', 'idx.json', '--data', store, ...args);
    expect(a.code).toBe(0);
    expect(b.out).toBe(a.out);
    const unknown = await cli(
      'backtest',
      'idx.json',
      '--data',
      store,
      '--from',
      '2019-04-01',
      '--to',
      '2020-06-01',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("no membership data for index 'IDX' (this store knows: ALL)");
  });
});

describe('tactical serve --data NAME=<store>', () => {
  it('POST /backtest answers as over the CSV folder, byte for byte', async () => {
    const { csv } = dirtyFolder(77, 4);
    const store = `${csv}-store`;
    expect((await cli('data', 'import', csv, store)).code).toBe(0);
    const app = await buildServer({
      data: new Map([
        ['csv', { dir: csv }],
        ['store', { dir: store }],
      ]),
      logger: false,
      backtest: { module: new URL('../src/commands/serve.ts', import.meta.url).href, name: 'backtestViaCli' },
    });
    try {
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      const backtest = (data: string) =>
        fetch(`${url}/backtest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ spec: momentum, data, from: '2019-04-01', to: '2020-06-01' }),
        });
      const [a, b] = [await backtest('csv'), await backtest('store')];
      expect([a.status, b.status]).toEqual([200, 200]);
      const text = await a.text();
      expect(JSON.parse(text).fills).toBeGreaterThan(0);
      expect(await b.text()).toBe(text);
    } finally {
      await app.close();
    }
  });
});

describe('tactical data import: errors', () => {
  it('a missing folder is a usage error (exit 2)', async () => {
    const r = await cli('data', 'import', 'no-such-dir', 'out');
    expect(r.code).toBe(2);
    expect(r.err).toContain('<csv-dir> is not a folder: no-such-dir');
  });

  it('an unknown calendar is a usage error (exit 2)', async () => {
    const { csv } = dirtyFolder(1, 1);
    const r = await cli('data', 'import', csv, 'out', '--calendar', 'MOON');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--calendar');
  });

  it('bad data names the CSV file and line, and nothing is written (exit 1)', async () => {
    const csv = join(tmp, 'unsorted');
    mkdirSync(csv);
    writeFileSync(
      join(csv, 'AA.csv'),
      'Date,Open,High,Low,Close,Volume\n2020-01-03,1,1,1,1,1\n2020-01-06,1,1,1,1,1\n2020-01-02,1,1,1,1,1\n',
    );
    const r = await cli('data', 'import', 'unsorted', 'unsorted-store');
    expect(r.code).toBe(1);
    expect(r.err).toContain('tactical: data error: unsorted/AA.csv:4: 2020-01-02 comes after 2020-01-06');
    expect(r.err).toContain('nothing was written');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(tmp, 'unsorted-store'))).toBe(false);
  });

  it('--strict makes a warning an error', async () => {
    const { csv } = dirtyFolder(5, 3);
    const r = await cli('data', 'import', csv, `${csv}-strict`, '--strict');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/an error under strict mode/);
    expect(existsSync(`${csv}-strict`)).toBe(false);
  });
});

describe('backtest --data <damaged or foreign store>', () => {
  it('a truncated store is a data error naming bars.arrow (exit 1)', async () => {
    const { csv } = dirtyFolder(8, 2);
    const store = `${csv}-store`;
    expect((await cli('data', 'import', csv, store)).code).toBe(0);
    truncateSync(join(store, 'bars.arrow'), 1000);
    const r = await cli(
      'backtest',
      'momentum.json',
      '--data',
      store,
      '--from',
      '2019-06-03',
      '--to',
      '2020-01-02',
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /tactical: data error: csv\d+-store\/bars\.arrow: the file has 1000 bytes, the manifest says \d+ \[truncated_store\]/,
    );
    expect(r.err).toContain('hint: Re-create the store');
  });

  it('a store of another calendar is a data error naming both (exit 1)', async () => {
    const { csv } = dirtyFolder(9, 2);
    const store = `${csv}-lse`;
    expect((await cli('data', 'import', csv, store, '--calendar', 'XLON')).code).toBe(0);
    const r = await cli(
      'backtest',
      'momentum.json',
      '--data',
      store,
      '--from',
      '2019-06-03',
      '--to',
      '2020-01-02',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'the store was imported on calendar XLON, the spec runs on XNYS [calendar_mismatch]',
    );
  });
});

describeShared(['data', 'etf'], 'a store of ../shared/data/etf', (etf) => {
  it('gives byte-identical --json output to the folder (dual momentum, total return, default range)', async () => {
    const store = join(tmp, 'etf-store');
    expect((await cli('data', 'import', etf, store)).code).toBe(0);
    const spec = join(root, 'examples', 'dual-momentum-top3', 'spec.json');
    const a = await cli('backtest', spec, '--data', etf, '--json');
    const b = await cli('backtest', spec, '--data', store, '--json');
    expect(a.code).toBe(0);
    expect(b.out).toBe(a.out);
    expect(JSON.parse(b.out).fills).toBeGreaterThan(100);
    // tactical signal takes the store too: the same decision on a rebalance day
    const sa = await cli('signal', spec, '--data', etf, '--date', '2025-05-30', '--json');
    const sb = await cli('signal', spec, '--data', store, '--date', '2025-05-30', '--json');
    expect(sa.code).toBe(0);
    expect(JSON.parse(sa.out).rebalance).toBe(true);
    expect(sb.out).toBe(sa.out);
  });
});
