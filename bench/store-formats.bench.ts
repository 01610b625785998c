/**
 * Which on-disk format for the data store (issue 12)? The 505 S&P stocks × 1,259 sessions, all six
 * fields stored as a long table (date, asset, open, high, low, close, adj close, volume); measured: the
 * time to load `close` and `open` of every asset into Float64Arrays (what a momentum run needs), bytes
 * on disk, and install size of the library. Baseline in the same run: parsing the CSV folder.
 *
 *   node --conditions=@tactical/source --import tsx bench/store-formats.bench.ts
 *
 * Candidates other than apache-arrow (the one chosen, in the catalog) are loaded from a folder outside
 * the repository, skipped with a message when absent:
 *   mkdir -p /tmp/store-candidates && cd /tmp/store-candidates && npm init -y &&
 *   npm install hyparquet hyparquet-writer @duckdb/node-api
 * (STORE_CANDIDATES=<folder> overrides the path.) Loads are warm (files in the page cache), median of 5.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import { ColumnStore, CsvDirectoryFeed, importCsvFolder, loadPanel, StoreFeed } from '@tactical/runtime';
import { tableFromIPC } from 'apache-arrow';
import { sharedPath } from '../tools/shared-data.js';

const csvDir = sharedPath('data', 'sp500', 'all_stocks_5yr');
if (!csvDir) {
  console.log('store-formats: ../shared/data/sp500/all_stocks_5yr is absent; nothing to measure');
  process.exit(0);
}
const candidates = process.env.STORE_CANDIDATES ?? '/tmp/store-candidates';
const work = '/tmp/tactical-store-formats';
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const xnys = getCalendar('XNYS');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
async function time(fn: () => Promise<unknown> | unknown, runs = 5): Promise<number> {
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}
const du = (path: string) => Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0]);
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const p = join(dir, 'node_modules', name);
    if (existsSync(join(p, 'package.json'))) return realpathSync(p);
    if (dirname(dir) === dir) return undefined;
  }
}

// The data once, from the store (its values are the CSV's after the data policy).
const storeDir = join(work, 'store');
await importCsvFolder(csvDir, storeDir, { calendar: xnys });
const store = ColumnStore.open(storeDir);
const axis = store.sessions(xnys);
const assets = store.manifest.assets.filter((a) => a.rows > 0);
const rows = assets.reduce((s, a) => s + a.rows, 0);
const long = {
  date: new Int32Array(rows),
  asset: new Array<string>(rows),
  fields: ['open', 'high', 'low', 'close', 'adjClose', 'volume'].map(() => new Float64Array(rows)),
};
{
  let at = 0;
  for (const a of assets) {
    long.date.set(axis.subarray(a.start, a.start + a.rows), at);
    long.asset.fill(a.id, at, at + a.rows);
    (['open', 'high', 'low', 'close', 'adjClose', 'volume'] as const).forEach((f, k) => {
      store.read(a, f, a.start, a.rows, long.fields[k]!, at);
    });
    at += a.rows;
  }
}
console.log(`data: ${assets.length} assets, ${rows} rows (long table), ${axis.length} sessions`);

const table: {
  format: string;
  loadMs: number;
  bytes: number;
  installBytes: number | string;
  note: string;
}[] = [];
const grid = {
  from: new Date(axis[0]! * 86_400_000),
  to: new Date((axis[axis.length - 1]! + 1) * 86_400_000),
};
const universe = assets.map((a) => ({ id: a.id, symbol: a.symbol }));

// Baseline: the CSV folder through the loader.
const csvMs = await time(async () => {
  const p = await loadPanel(new CsvDirectoryFeed({ dir: csvDir }), universe, xnys, grid);
  for (const c of p.columns) void (c.close[0]! + c.open[0]!);
}, 3);
table.push({
  format: 'CSV folder (csv-parse, loader)',
  loadMs: csvMs,
  bytes: du(csvDir),
  installBytes: '-',
  note: 'baseline',
});

// 1. Arrow IPC, read by the store: manifest offsets + readSync into Float64Arrays.
const storeMs = await time(async () => {
  const p = await loadPanel(new StoreFeed({ dir: storeDir }), universe, xnys, grid);
  for (const c of p.columns) void (c.close[0]! + c.open[0]!);
});
const arrowDir = packageDir('apache-arrow', join(process.cwd(), 'packages', 'runtime'));
table.push({
  format: 'Arrow IPC, tactical store reader (readSync at manifest offsets)',
  loadMs: storeMs,
  bytes: du(storeDir),
  installBytes: 0,
  note: 'no library at load time; writing uses apache-arrow',
});

// 2. Arrow IPC through apache-arrow: whole file read, columns as views.
const arrowMs = await time(() => {
  const t = tableFromIPC(readFileSync(join(storeDir, 'bars.arrow')));
  const close = t.getChild('close')!;
  const open = t.getChild('open')!;
  return close.data.length + open.data.length;
});
table.push({
  format: 'Arrow IPC, apache-arrow tableFromIPC (whole file)',
  loadMs: arrowMs,
  bytes: du(join(storeDir, 'bars.arrow')),
  installBytes: arrowDir ? du(arrowDir) + du(join(dirname(arrowDir), 'flatbuffers')) : '?',
  note: 'zero-copy views into one buffer',
});

// 3. Parquet through hyparquet / hyparquet-writer.
const hyparquetDir = packageDir('hyparquet', candidates);
const writerDir = packageDir('hyparquet-writer', candidates);
if (hyparquetDir && writerDir) {
  const { parquetWriteBuffer } = await import(join(writerDir, 'src', 'node.js'));
  const { parquetRead } = await import(join(hyparquetDir, 'src', 'node.js'));
  const names = ['open', 'high', 'low', 'close', 'adj_close', 'volume'];
  const buffer: ArrayBuffer = parquetWriteBuffer({
    columnData: [
      { name: 'date', data: long.date, type: 'INT32' },
      { name: 'asset', data: long.asset, type: 'STRING' },
      ...names.map((name, k) => ({ name, data: long.fields[k]!, type: 'DOUBLE' })),
    ],
  });
  const file = join(work, 'bars.parquet');
  writeFileSync(file, new Uint8Array(buffer));
  const ms = await time(async () => {
    const bytes = readFileSync(file);
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const got = new Map<string, number>();
    await parquetRead({
      file: ab,
      columns: ['asset', 'close', 'open'],
      onChunk: (c: { columnName: string; columnData: ArrayLike<unknown> }) => {
        got.set(c.columnName, (got.get(c.columnName) ?? 0) + c.columnData.length);
      },
    });
    return got;
  });
  table.push({
    format: 'Parquet, hyparquet (snappy, written by hyparquet-writer)',
    loadMs: ms,
    bytes: statSync(file).size,
    installBytes: du(hyparquetDir),
    note: 'decodes pages; + split by asset not counted',
  });
} else console.log(`skipped Parquet: hyparquet / hyparquet-writer not installed in ${candidates}`);

// 4. DuckDB through @duckdb/node-api: a table loaded from the Parquet file.
const duckDir = packageDir('@duckdb/node-api', candidates);
if (duckDir && existsSync(join(work, 'bars.parquet'))) {
  const { DuckDBInstance } = await import(join(duckDir, 'lib', 'index.js'));
  const dbFile = join(work, 'bars.duckdb');
  {
    const db = await DuckDBInstance.create(dbFile);
    const c = await db.connect();
    await c.run(
      `CREATE TABLE bars AS SELECT * FROM read_parquet('${join(work, 'bars.parquet')}') ORDER BY asset, date`,
    );
    c.closeSync();
    db.closeSync?.();
  }
  const ms = await time(async () => {
    const db = await DuckDBInstance.create(dbFile, { access_mode: 'READ_ONLY' });
    const c = await db.connect();
    const reader = await c.runAndReadAll('SELECT asset, close, open FROM bars ORDER BY asset, date');
    const cols = reader.getColumns();
    const close = Float64Array.from(cols[1] as number[]);
    const open = Float64Array.from(cols[2] as number[]);
    c.closeSync();
    return close.length + open.length;
  }, 3);
  table.push({
    format: 'DuckDB file, @duckdb/node-api (SELECT close, open)',
    loadMs: ms,
    bytes: statSync(dbFile).size,
    installBytes: du(dirname(duckDir)),
    note: 'native binary per platform',
  });
} else console.log(`skipped DuckDB: @duckdb/node-api not installed in ${candidates} (or no Parquet file)`);

console.log('\nload close + open of every asset (warm, median):');
for (const r of table) {
  const ratio = (csvMs / r.loadMs).toFixed(1);
  console.log(
    `  ${r.format.padEnd(64)} ${r.loadMs.toFixed(1).padStart(8)} ms  ×${ratio.padStart(6)} vs CSV  ${(r.bytes / 1e6).toFixed(1).padStart(6)} MB on disk  install ${typeof r.installBytes === 'number' ? `${(r.installBytes / 1e6).toFixed(1)} MB` : r.installBytes}  (${r.note})`,
  );
}
store.close();
