/**
 * Extra numeric columns (`field` features such as seed 001's `npy`) in a store: a store gives the
 * panels of its CSV folder with every extra field (names in header order, values bit for bit) over
 * any range, warm-up and strictness; an asset lacks exactly the fields its file lacks; fields are
 * read only when used; `fields.arrow` reads back through apache-arrow; a store without extra fields
 * stays version 1; a damaged `fields.arrow` or a reserved column name is named, nothing half written.
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
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../../tools/mulberry32.js';
import { arrowRows, nanAware, storeTestBed } from '../../../test/support/store-compare.js';
import { loadPanel } from '../panel.js';
import type { DataPolicy } from '../policy.js';
import { FIELDS_FILE, MANIFEST_FILE, type StoreManifest } from './format.js';
import { StoreFeed } from './store-feed.js';
import { importCsvFolder } from './write.js';

const bed = storeTestBed('tactical-store-fields-');
const { xnys, tmp, sessions, dirtyFolder } = bed;

/**
 * Append extra columns to every file of a dirty folder, chosen per file from the seed: `npy`
 * (numbers, some cells empty), `pe`, a text `Name` column (not numeric: not a field), or none.
 * Returns each ticker's numeric extra fields in header order.
 */
function addExtraColumns(dir: string, tickers: readonly string[], seed: number): Map<string, string[]> {
  const rand = mulberry32(seed);
  const fields = new Map<string, string[]>();
  for (const t of tickers) {
    const r = rand();
    const extra = r < 0.25 ? [] : r < 0.5 ? ['npy'] : r < 0.75 ? ['pe', 'npy'] : ['Name', 'npy'];
    fields.set(
      t,
      extra.filter((c) => c !== 'Name'),
    );
    const path = join(dir, `${t}.csv`);
    const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
    // The first row's cells are never empty: a column is numeric when its first non-empty cell is.
    const cell = (c: string, row: number) =>
      c === 'Name'
        ? t
        : row > 0 && rand() < 0.1
          ? ''
          : c === 'npy'
            ? (rand() * 0.08 - 0.01).toFixed(5)
            : (5 + rand() * 30).toFixed(2);
    const lines = [
      [header, ...extra].join(','),
      ...rows.map((row, i) => [row, ...extra.map((c) => cell(c, i))].join(',')),
    ];
    writeFileSync(path, `${lines.join('\n')}\n`);
  }
  return fields;
}

/** A fresh dirty CSV folder with extra columns, and its store. */
async function folderAndStore(seed: number, assets: number, policy?: Partial<DataPolicy>) {
  const folder = dirtyFolder(seed, assets);
  const fields = addExtraColumns(folder.csv, folder.tickers, seed + 1);
  await importCsvFolder(folder.csv, folder.store, { calendar: xnys, ...(policy ? { policy } : {}) });
  return { ...folder, fields };
}

/** A CSV folder `name` holding `files` (file name → text), and where its store goes. */
function csvFolder(name: string, files: Record<string, string>): { csv: string; store: string } {
  const csv = join(tmp, name);
  mkdirSync(csv);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(csv, file), text);
  return { csv, store: join(tmp, `${name}-store`) };
}

const manifestOf = (store: string) =>
  JSON.parse(readFileSync(join(store, MANIFEST_FILE), 'utf8')) as StoreManifest;

describe('a store with extra fields gives the panels of its CSV folder', () => {
  it('every extra field, in header order, bit for bit, over any range, warm-up and strictness (property)', async () => {
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
          const { csv, store, storePanel } = await bed.both(folder, folder.tickers, range);
          expect(store).toEqual(csv);
          // an asset has its file's numeric extra columns, no more; none when the range holds no kept bar
          if (typeof storePanel !== 'string')
            for (const c of storePanel.columns)
              expect([[], folder.fields.get(c.asset.id)]).toContainEqual([...c.fields.keys()]);
        },
      ),
      { numRuns: 30, seed: 21 },
    );
  });

  it("under any data policy given to the import, not only the CLI's (property)", async () => {
    const action = (...xs: ('drop' | 'warn')[]) => fc.constantFrom(...xs);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: sessions.length - 2 }),
        fc.integer({ min: 1, max: sessions.length - 1 }),
        fc.record({
          invalidValue: action('drop', 'warn'),
          nonPositivePrice: action('drop', 'warn'),
          largeMove: action('warn', 'drop'),
          longGap: action('warn', 'drop'),
          offSession: action('drop', 'warn'),
        }),
        async (seed, a, b, policy) => {
          const folder = await folderAndStore(seed, 3, policy);
          const { csv, store } = await bed.both(folder, folder.tickers, {
            from: a,
            to: Math.max(a + 1, b),
            policy,
          });
          expect(store).toEqual(csv);
        },
      ),
      { numRuns: 20, seed: 5 },
    );
  });

  it('a second Close column is an extra field named close, read from the fields, not the bars', async () => {
    const { csv, store } = csvFolder('two-closes', {
      'AA.csv': 'Date,Open,High,Low,Close,Volume,Close\n2020-01-02,1,1,1,1,10,7\n',
    });
    await importCsvFolder(csv, store, { calendar: xnys });
    const both = await bed.both({ csv, store }, ['AA'], { from: 0, to: 3 });
    expect(both.store).toEqual(both.csv);
    const fromStore = both.storePanel;
    const close = typeof fromStore === 'string' ? undefined : fromStore.columns[0]!.fields.get('close');
    expect(close && nanAware(close)).toEqual([7, 'NaN', 'NaN']);
  });

  it('the manifest lists every field once, sorted, and each asset its own; version 2', async () => {
    const { store, tickers, fields } = await folderAndStore(4242, 6);
    const m = manifestOf(store);
    expect(m.version).toBe(2);
    const union = [...new Set([...fields.values()].flat())].sort();
    expect(m.extraFields?.names).toEqual(union);
    for (const t of tickers) {
      const a = m.assets.find((x) => x.id === t)!;
      const own = fields.get(t)!;
      if (own.length === 0) expect(a.extra).toBeUndefined();
      else expect(a.extra?.names).toEqual(own);
    }
  });
});

describe('reading extra fields', () => {
  it('reads a field only when it is used, and says it is there before', async () => {
    const { csv, store } = csvFolder('lazy', {
      'AA.csv':
        'Date,Open,High,Low,Close,Volume,npy\n2020-01-02,1,1,1,1,10,0.02\n2020-01-03,1,1,1,1.1,10,\n2020-01-06,1,1,1,1.2,10,0.03\n',
    });
    await importCsvFolder(csv, store, { calendar: xnys });
    const feed = new StoreFeed({ dir: store });
    const panel = await loadPanel(feed, [{ id: 'AA', symbol: 'AA' }], xnys, {
      from: new Date('2020-01-02'),
      to: new Date('2020-01-07'),
    });
    const cols = panel.columns[0]!;
    void cols.close;
    const closeOnly = feed.store.bytesRead;
    expect(closeOnly).toBe(3 * 8);
    expect(cols.fields.has('npy')).toBe(true);
    expect(cols.fields.size).toBe(1);
    expect(feed.store.bytesRead).toBe(closeOnly);
    expect(nanAware(cols.fields.get('npy')!)).toEqual([0.02, 'NaN', 0.03]);
    expect(feed.store.bytesRead).toBe(closeOnly + 3 * 8);
    expect(cols.fields.get('pe')).toBeUndefined();
    // bars carry the fields as the CSV feed's do
    const bars = [];
    for await (const bar of feed.bars(
      { id: 'AA', symbol: 'AA' },
      { from: new Date('2020-01-01'), to: new Date('2020-02-01') },
      '1d',
    ))
      bars.push(bar.fields);
    expect(bars.map((f) => f && nanAware(Float64Array.of(f.npy!)))).toEqual([[0.02], ['NaN'], [0.03]]);
  });

  it('fields.arrow reads back through apache-arrow: NaN where an asset has no such field (interoperability)', async () => {
    const { csv, store } = csvFolder('interop', {
      'AB.csv':
        'Date,Open,High,Low,Close,Volume,npy,pe\n2020-01-02,1,1,1,1,10,0.02,15\n2020-01-06,1,1,1,1,10,0.04,16\n',
      'CD.csv': 'Date,Open,High,Low,Close,Volume,npy\n2020-01-03,1,1,1,1,10,0.01\n',
      'EF.csv': 'Date,Open,High,Low,Close,Volume\n2020-01-03,1,1,1,1,10\n',
    });
    await importCsvFolder(csv, store, { calendar: xnys });
    const rows = arrowRows(join(store, FIELDS_FILE));
    expect(rows).toEqual([
      { date: '2020-01-02', asset: 'AB', npy: 0.02, pe: 15 },
      { date: '2020-01-03', asset: 'AB', npy: NaN, pe: NaN }, // no bar that session
      { date: '2020-01-06', asset: 'AB', npy: 0.04, pe: 16 },
      { date: '2020-01-03', asset: 'CD', npy: 0.01, pe: NaN }, // CD has no pe column
    ]);
    expect(manifestOf(store).assets.map((a) => a.extra?.names ?? null)).toEqual([
      ['npy', 'pe'],
      ['npy'],
      null,
    ]);
  });

  it('a folder without extra columns still makes a version 1 store, without fields.arrow', async () => {
    const { csv, store } = dirtyFolder(77, 3);
    await importCsvFolder(csv, store, { calendar: xnys });
    const m = manifestOf(store);
    expect(m.version).toBe(1);
    expect(m.extraFields).toBeUndefined();
    expect(existsSync(join(store, FIELDS_FILE))).toBe(false);
  });

  it('is deterministic: byte-identical fields.arrow and manifest', async () => {
    const { csv, store } = await folderAndStore(99, 4);
    const again = `${store}-again`;
    await importCsvFolder(csv, again, { calendar: xnys });
    for (const f of [FIELDS_FILE, MANIFEST_FILE])
      expect(readFileSync(join(again, f)).equals(readFileSync(join(store, f)))).toBe(true);
  });
});

describe('errors', () => {
  it('an extra column named like a store column fails naming the file, and writes nothing', async () => {
    const { csv, store } = csvFolder('reserved', {
      'AA.csv': 'Date,Open,High,Low,Close,Volume,asset\n2020-01-02,1,1,1,1,10,3\n',
    });
    await expect(importCsvFolder(csv, store, { calendar: xnys })).rejects.toThrow(
      /AA\.csv: import_failed: extra data column 'asset' has the name of a column every store has\. Rename/,
    );
    expect(existsSync(store)).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.includes('importing'))).toEqual([]);
  });

  it('a truncated or missing fields.arrow is named', async () => {
    const { store } = await folderAndStore(5, 3);
    truncateSync(join(store, FIELDS_FILE), 100);
    expect(() => new StoreFeed({ dir: store })).toThrow(
      /fields\.arrow: truncated_store: the file has 100 bytes/,
    );
    rmSync(join(store, FIELDS_FILE));
    expect(() => new StoreFeed({ dir: store })).toThrow(
      /fields\.arrow: truncated_store: the Arrow file is missing/,
    );
  });

  it('a manifest whose extra fields do not add up, or of an unknown version, is named', async () => {
    const { store } = await folderAndStore(8, 4);
    const m = manifestOf(store);
    const write = (x: unknown) => writeFileSync(join(store, MANIFEST_FILE), JSON.stringify(x));
    const asset = m.assets.findIndex((a) => a.extra);
    const bad = structuredClone(m);
    bad.assets[asset]!.extra!.names = ['not_a_field'];
    write(bad);
    expect(() => new StoreFeed({ dir: store })).toThrow(
      /tactical-store\.json: bad_manifest: the extra fields/,
    );
    const runs = structuredClone(m);
    runs.assets[asset]!.extra!.kept = [[5, 5]];
    write(runs);
    expect(() => new StoreFeed({ dir: store })).toThrow(/bad_manifest: the extra fields/);
    write({ ...m, version: 3 });
    expect(() => new StoreFeed({ dir: store })).toThrow(
      /store_version: store format version 3, this reader reads version 1 and 2/,
    );
    const off = structuredClone(m);
    off.assets[asset]!.extra!.offsets[0] = m.extraFields!.file.bytes;
    write(off);
    expect(() => new StoreFeed({ dir: store })).toThrow(
      /corrupt_store: asset .*: byte offsets outside fields\.arrow/,
    );
    // offsets that are not whole byte counts, and a field listed twice, are named, never read
    const spoilers: ((x: StoreManifest) => void)[] = [
      (x) => {
        x.assets[asset]!.extra!.offsets[0] = 1.5;
      },
      (x) => {
        x.assets[asset]!.offsets[0] = -8;
      },
      (x) => {
        const name = x.assets[asset]!.extra!.names[0]!;
        x.assets[asset]!.extra!.names = [name, name];
        x.assets[asset]!.extra!.offsets = [0, 0];
      },
    ];
    for (const spoil of spoilers) {
      const bad = structuredClone(m);
      spoil(bad);
      write(bad);
      expect(() => new StoreFeed({ dir: store })).toThrow(
        /tactical-store\.json: (bad_manifest|corrupt_store): /,
      );
    }
  });
});
