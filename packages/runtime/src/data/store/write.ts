/**
 * `importCsvFolder`: convert a folder of daily CSV files into a columnar store (format.ts), one asset
 * at a time, in bounded memory: each file is loaded through `loadPanelOnGrid` onto the calendar's
 * full session grid — so the data policy runs exactly as in a CSV run, with the same warnings and
 * CSV file:line locations — then its kept span is appended to the Arrow file as one record batch and
 * dropped. Only one asset's columns are alive at a time.
 *
 * The store is written into a temporary sibling folder and renamed into place at the end: on any
 * error nothing is left half written, and an existing store at the target stays as it was.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type * as Arrow from 'apache-arrow';
import { canonicalJson, fnv1a64 } from '../../features/cache.js';
import type { SessionGrid } from '../../features/types.js';
import { CsvDirectoryFeed } from '../csv-feed.js';
import type { FileColumns, FileColumnsFeed } from '../file-columns.js';
import { dateOfDay, type GridCalendar, gridFor, isoOfDay } from '../grid.js';
import type { LocatingFeed } from '../memory-feed.js';
import { loadPanelOnGrid } from '../panel.js';
import {
  type AggregatedIssue,
  type DataIssueCode,
  type DataPolicy,
  DEFAULT_DATA_POLICY,
  type IssueAction,
  IssueCollector,
  type SourceLocation,
} from '../policy.js';
import type { Asset, Bar } from '../types.js';
import {
  ARROW_COLUMN,
  BARS_FILE,
  FIELDS_FILE,
  MANIFEST_FILE,
  STORE_FIELDS,
  STORE_FORMAT,
  STORE_VERSION,
  STORE_VERSION_FIELDS,
  type StoredAsset,
  type StoredIssue,
  StoreError,
  type StoreManifest,
} from './format.js';
import { readFully } from './read.js';

/** A calendar the importer can build the full session grid of. */
export type ImportCalendar = GridCalendar & {
  readonly code: string;
  readonly bounds: { readonly first: Date; readonly last: Date };
};

/** Options of `importCsvFolder`. */
export interface ImportOptions {
  calendar: ImportCalendar;
  /** Data policy overrides (the CLI's `--strict`). Recorded in the manifest. */
  policy?: Partial<DataPolicy>;
  /** Called after each asset. */
  onAsset?: (done: number, total: number) => void;
}

/** What an import wrote. */
export interface ImportResult {
  manifest: StoreManifest;
  /** The import's warnings aggregated as a CSV run over the whole data reports them. */
  issues: AggregatedIssue[];
  /** Bytes of the store's Arrow files (bars, and the extra fields' when there are some). */
  bytes: number;
}

/** One `report` of the loader, as the importer records it. */
interface Occurrence {
  action: IssueAction;
  code: DataIssueCode;
  detail: string;
  where: SourceLocation | undefined;
  day: string | undefined;
}

/** An IssueCollector that also keeps every occurrence (the loader aggregates them). */
class RecordingCollector extends IssueCollector {
  readonly occurrences: Occurrence[] = [];
  override report(
    action: IssueAction,
    code: DataIssueCode,
    detail: string,
    asset: string,
    where: SourceLocation | undefined,
    day?: string,
  ): void {
    super.report(action, code, detail, asset, where, day); // throws first for errors
    this.occurrences.push({ action, code, detail, where, day });
  }
}

/** Codes whose bar reached the session check (so it counts as the previous bar of a `long_gap`). */
const ON_SESSION_DROPS = new Set<DataIssueCode>(['invalid_value', 'non_positive_price', 'implausible_value']);

/** An AsyncByteQueue that writes each chunk straight to a file (apache-arrow's writer sink). */
function fileSink(arrow: typeof Arrow, fd: number): Arrow.AsyncByteQueue {
  class FileSink extends arrow.AsyncByteQueue {
    bytes = 0;
    override write(value: ArrayBufferView): void {
      const chunk = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      if (chunk.byteLength === 0) return;
      writeSync(fd, chunk);
      this.bytes += chunk.byteLength;
    }
    override close(): void {}
  }
  return new FileSink();
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Convert `csvDir` into a store at `storeDir` (see the module doc). Throws DataError / StoreError. */
export async function importCsvFolder(
  csvDir: string,
  storeDir: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const arrow = await import('apache-arrow');
  const { Footer } = await import('apache-arrow/ipc/metadata/file');
  const policy: DataPolicy = { ...DEFAULT_DATA_POLICY, ...options.policy };
  const target = resolve(storeDir);
  checkTarget(target);
  const feed = new CsvDirectoryFeed({ dir: csvDir, cacheFiles: false });
  const tickers = feed.tickers();
  if (tickers.length === 0) {
    throw new StoreError(
      'import_failed',
      csvDir,
      'no <SYMBOL>.csv or <SYMBOL>_data.csv files in the folder',
      'Point the import at a folder of daily CSV files',
    );
  }
  const { calendar } = options;
  const full = gridFor(
    calendar,
    {
      from: calendar.bounds.first,
      to: dateOfDay(Math.floor(calendar.bounds.last.getTime() / 86_400_000) + 1),
    },
    0,
  );
  const lastDay = full.days[full.days.length - 1]!;

  const dictType = new arrow.Dictionary(new arrow.Utf8(), new arrow.Int32(), 0);
  const dictionary = arrow.vectorFromArray(tickers, new arrow.Utf8());
  const schema = storeSchema(
    arrow,
    dictType,
    STORE_FIELDS.map((f) => ARROW_COLUMN[f]),
  );

  const temp = join(dirname(target), `.${basename(target)}.importing-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  const barsPath = join(temp, BARS_FILE);
  const fd = openSync(barsPath, 'w');
  const assets: StoredAsset[] = [];
  const all = new IssueCollector(false);
  // Extra fields are spooled to a raw file while the bars are written, then written as fields.arrow
  // once every file has been read: its columns are the union of every file's extra fields.
  let extras: ExtraSpool | undefined;
  let barsOpen = true;
  try {
    const writer = new arrow.RecordBatchFileWriter();
    writer.reset(fileSink(arrow, fd), schema);
    for (let k = 0; k < tickers.length; k++) {
      const asset: Asset = { id: tickers[k]!, symbol: tickers[k]! };
      const recorder = new RecordingCollector(policy.strict);
      const parsed = feed.fileColumns(asset);
      const { grid, offset, to } = assetGrid(full, lastDay, parsed.days);
      // A file with extra fields is loaded with one more, 1 on every row: the sessions where the
      // loader places a row (under any policy) are where that column is 1 (see keptRuns).
      const source = parsed.fields.size > 0 ? new MarkedFileFeed(parsed) : feed;
      const panel = await loadPanelOnGrid(source, [asset], grid, to, { policy, issues: recorder });
      const cols = panel.columns[0]!;
      const file = feed.pathOf(asset)!;
      const marks = cols.fields.get(KEPT_MARK);
      const extraNames = [...cols.fields.keys()].filter((name) => name !== KEPT_MARK);
      for (const name of extraNames) {
        if (RESERVED_COLUMNS.has(name)) {
          throw new StoreError(
            'import_failed',
            file,
            `extra data column '${name}' has the name of a column every store has`,
            'Rename that column in the CSV file (or remove it) and import again',
          );
        }
      }
      const columns = STORE_FIELDS.map((f) => cols[f]);
      const extraColumns = extraNames.map((name) => cols.fields.get(name)!);
      // the kept span: first and last session where any field has a value
      let first = grid.days.length;
      let last = -1;
      for (const c of [...columns, ...extraColumns]) {
        let i = 0;
        while (i < first && Number.isNaN(c[i]!)) i++;
        first = i;
        let j = c.length - 1;
        while (j > last && Number.isNaN(c[j]!)) j--;
        last = j;
      }
      if (last < 0) first = -1;
      const rows = first < 0 ? 0 : last - first + 1;
      if (rows > 0) {
        const days = grid.days.subarray(first, last + 1);
        const span = columns.map((c) => c.subarray(first, last + 1));
        writer.write(assetBatch(arrow, schema, dictionary, k, days, span));
      }
      if (extraNames.length > 0) {
        extras ??= openExtras(temp);
        const kept = keptRuns(marks, offset);
        extras.add(
          { index: assets.length, start: first + offset, rows, names: extraNames, kept },
          extraColumns,
          first,
        );
      }
      for (const o of recorder.occurrences) all.report(o.action, o.code, o.detail, asset.id, o.where, o.day);
      const issues = storedIssues(recorder.occurrences, cols.close, grid.indexOfDay.bind(grid), grid.days);
      assets.push({
        id: asset.id,
        symbol: asset.symbol,
        source: { file, bytes: statSync(file).size, sha256: sha256(file) },
        start: first < 0 ? -1 : first + offset,
        rows,
        span: spanOf(first, last, grid.days, issues),
        offsets: [],
        issues,
      });
      options.onAsset?.(k + 1, tickers.length);
    }
    writer.finish();
    fsyncSync(fd);
    closeSync(fd);
    barsOpen = false;
    const bytes = statSync(barsPath).size;
    const barsOffsets = locateBuffers(barsPath, bytes, assets, STORE_FIELDS.length, Footer, arrow.Message);
    assets
      .filter((a) => a.rows > 0)
      .forEach((a, b) => {
        a.offsets = barsOffsets[b]!;
      });
    const extraFields = extras
      ? writeFieldsFile(arrow, extras, assets, full.days, dictType, dictionary, Footer)
      : undefined;

    const written = assets.filter((a) => a.rows > 0);
    if (written.length === 0) {
      throw new StoreError(
        'import_failed',
        csvDir,
        'no file has a bar the data policy keeps',
        'Check the files against docs/data.md',
      );
    }
    const lo = Math.min(...written.map((a) => a.start));
    const hi = Math.max(...written.map((a) => a.start + a.rows - 1));
    for (const a of assets) {
      a.start = a.rows > 0 ? a.start - lo : 0;
      if (a.extra) a.extra.kept = a.extra.kept.map(([from, to]) => [from - lo, to - lo]);
    }
    const axis = full.days.subarray(lo, hi + 1);
    const manifest: StoreManifest = {
      format: STORE_FORMAT,
      version: extraFields ? STORE_VERSION_FIELDS : STORE_VERSION,
      calendar: calendar.code,
      sessions: {
        first: isoOfDay(axis[0]!),
        last: isoOfDay(axis[axis.length - 1]!),
        count: axis.length,
        hash: axisHash(axis),
      },
      fields: [...STORE_FIELDS],
      file: { name: BARS_FILE, bytes },
      ...(extraFields ? { extraFields } : {}),
      policy,
      assets,
    };
    writeFileSync(join(temp, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
    publish(temp, target);
    return { manifest, issues: all.issues(), bytes: bytes + (extraFields?.file.bytes ?? 0) };
  } catch (error) {
    if (barsOpen) closeSync(fd);
    extras?.close();
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

/** The schema of a store's Arrow file: `date`, `asset` (dictionary of ids), then float64 `columns`. */
function storeSchema(
  arrow: typeof Arrow,
  dictType: Arrow.Dictionary<Arrow.Utf8, Arrow.Int32>,
  columns: readonly string[],
): Arrow.Schema {
  return new arrow.Schema([
    new arrow.Field('date', new arrow.DateDay(), false),
    new arrow.Field('asset', dictType, false),
    ...columns.map((name) => new arrow.Field(name, new arrow.Float64(), false)),
  ]);
}

/**
 * One asset's record batch of a store file: its days, its index `k` in the tickers' dictionary on
 * every row, and one float64 column per schema field after `date` and `asset`.
 */
function assetBatch(
  arrow: typeof Arrow,
  schema: Arrow.Schema,
  dictionary: Arrow.Vector<Arrow.Utf8>,
  k: number,
  days: Int32Array,
  columns: readonly Float64Array[],
): Arrow.RecordBatch {
  const length = days.length;
  const dictType = schema.fields[1]!.type as Arrow.Dictionary<Arrow.Utf8, Arrow.Int32>;
  const children = [
    arrow.makeData({ type: new arrow.DateDay(), length, nullCount: 0, data: days }),
    arrow.makeData({
      type: dictType,
      length,
      nullCount: 0,
      data: new Int32Array(length).fill(k),
      dictionary,
    }),
    ...columns.map((data) => arrow.makeData({ type: new arrow.Float64(), length, nullCount: 0, data })),
  ];
  const struct = new arrow.Struct(schema.fields);
  return new arrow.RecordBatch(schema, arrow.makeData({ type: struct, length, nullCount: 0, children }));
}

/** Column names of every store file besides the fields: an extra field may not take one. */
const RESERVED_COLUMNS = new Set(['date', 'asset']);

/** One asset's extra fields, spooled: where its columns start in the raw file. */
interface SpooledAsset {
  /** Index in the manifest's assets (and in the tickers' dictionary: same order). */
  index: number;
  /** Axis index (on the full grid) of its first row, and its rows. */
  start: number;
  rows: number;
  names: string[];
  /** Runs of full-grid sessions with a kept bar (see StoredAsset.extra). */
  kept: [number, number][];
  /** Byte offset of its first column in the spool (columns follow one another, rows × 8 bytes each). */
  at: number;
}

/**
 * The name of the marker column: a header cell becomes a field name lower-cased with its spaces
 * turned into `_` (data/csv-header.ts), so no CSV column can have a name with a space.
 */
const KEPT_MARK = 'kept row';

/**
 * One parsed file served with one more extra column, `KEPT_MARK`, 1 on every row. The loader copies
 * a placed row's fields and leaves the others NaN, so on the loaded grid the marker is 1 exactly
 * where the policy kept a row: the loader's own decision, under any policy.
 */
class MarkedFileFeed implements LocatingFeed, FileColumnsFeed {
  private readonly marked: FileColumns;

  constructor(file: FileColumns) {
    const fields = new Map(file.fields);
    fields.set(KEPT_MARK, new Float64Array(file.length).fill(1));
    this.marked = { ...file, fields };
  }

  fileColumns(): FileColumns {
    return this.marked;
  }

  has(): boolean {
    return true;
  }

  locate(): SourceLocation | undefined {
    return undefined; // the loader reads file columns: it locates rows itself
  }

  async *bars(): AsyncIterable<Bar> {
    // never asked: the loader reads file columns
  }
}

/**
 * The runs `[from, to)` (full-grid indexes) of sessions where the loader placed a row of the file:
 * where the marker column is 1. A CSV run's panel has the asset's extra fields exactly when it
 * places one of these rows (data/panel.ts creates them on the first placed row), so the store
 * records them for its reader to answer the same.
 */
function keptRuns(marks: Float64Array | undefined, offset: number): [number, number][] {
  const runs: [number, number][] = [];
  if (!marks) return runs;
  for (let i = 0; i < marks.length; i++) {
    if (marks[i] !== 1) continue;
    const from = i;
    while (i < marks.length && marks[i] === 1) i++;
    runs.push([from + offset, i + offset]);
  }
  return runs;
}

/** The raw spool of extra-field columns (float64, little-endian as the machine writes them). */
interface ExtraSpool {
  readonly path: string;
  readonly assets: SpooledAsset[];
  add(asset: Omit<SpooledAsset, 'at'>, columns: Float64Array[], from: number): void;
  /** Read one asset's columns back. */
  read(a: SpooledAsset): Float64Array[];
  close(): void;
}

function openExtras(temp: string): ExtraSpool {
  const path = join(temp, 'fields.spool');
  const fd = openSync(path, 'w+');
  let size = 0;
  let open = true;
  const assets: SpooledAsset[] = [];
  return {
    path,
    assets,
    add(asset, columns, from) {
      assets.push({ ...asset, at: size });
      if (asset.rows === 0) return; // no stored row: its fields are listed, with no rows
      for (const c of columns) {
        const part = c.subarray(from, from + asset.rows);
        writeSync(
          fd,
          new Uint8Array(part.buffer, part.byteOffset, part.byteLength),
          0,
          part.byteLength,
          size,
        );
        size += part.byteLength;
      }
    },
    read(a) {
      return a.names.map((_, j) => {
        const out = new Float64Array(a.rows);
        const bytes = new Uint8Array(out.buffer);
        if (readFully(fd, bytes, a.at + j * a.rows * 8) < bytes.length)
          throw new Error(`the extra-field spool ended early at ${path}`);
        return out;
      });
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/**
 * Write fields.arrow from the spool (one record batch per spooled asset, a column per extra field of
 * any asset, NaN where the asset has no such field), record each asset's own fields and their
 * buffers' offsets, and remove the spool. Returns the manifest's `extraFields`.
 */
function writeFieldsFile(
  arrow: typeof Arrow,
  spool: ExtraSpool,
  assets: StoredAsset[],
  days: Int32Array,
  dictType: Arrow.Dictionary<Arrow.Utf8, Arrow.Int32>,
  dictionary: Arrow.Vector<Arrow.Utf8>,
  Footer: typeof import('apache-arrow/ipc/metadata/file').Footer,
): NonNullable<StoreManifest['extraFields']> {
  const names = [...new Set(spool.assets.flatMap((a) => a.names))].sort();
  const column = new Map(names.map((n, j) => [n, j]));
  const schema = storeSchema(arrow, dictType, names);
  const path = join(dirname(spool.path), FIELDS_FILE);
  const fd = openSync(path, 'w');
  try {
    const writer = new arrow.RecordBatchFileWriter();
    writer.reset(fileSink(arrow, fd), schema);
    for (const a of spool.assets) {
      if (a.rows === 0) continue;
      const own = spool.read(a);
      const columns = names.map((n) => {
        const j = a.names.indexOf(n);
        return j >= 0 ? own[j]! : new Float64Array(a.rows).fill(Number.NaN);
      });
      writer.write(
        assetBatch(arrow, schema, dictionary, a.index, days.subarray(a.start, a.start + a.rows), columns),
      );
    }
    writer.finish();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  spool.close();
  rmSync(spool.path, { force: true });
  const bytes = statSync(path).size;
  const located = locateBuffers(
    path,
    bytes,
    spool.assets.map((a) => ({ id: assets[a.index]!.id, rows: a.rows })),
    names.length,
    Footer,
    arrow.Message,
  );
  // located[b]: the b-th written batch. An asset with no stored row (every kept bar all NaN) wrote
  // none: it still has its fields, with no rows to read.
  let b = 0;
  for (const a of spool.assets) {
    const batch = a.rows > 0 ? located[b++]! : undefined;
    const offsets = a.names.map((n) => (batch ? batch[column.get(n)!]! : 0));
    assets[a.index]!.extra = { names: a.names, offsets, kept: a.kept };
  }
  return { file: { name: FIELDS_FILE, bytes }, names };
}

/**
 * The slice of the calendar's full grid an asset's file needs: from the session before its first row
 * (so every row, an off-session first row included, is read and judged exactly as on the full grid)
 * to its last row. The loader's checks only look back to earlier rows of the file, and counts of
 * sessions between rows are the same on any run of consecutive sessions, so the result is the full
 * grid's, at the cost of the file's span instead of the calendar's 170 years.
 */
function assetGrid(
  full: SessionGrid,
  lastDay: number,
  days: Int32Array,
): { grid: SessionGrid; offset: number; to: Date } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < days.length; k++) {
    const d = days[k]!;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const n = full.days.length;
  if (days.length === 0) min = max = full.days[0]!;
  const firstAtOrAfter = (day: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (full.days[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const a = Math.min(Math.max(0, firstAtOrAfter(min) - 1), n - 1);
  const b = Math.max(a + 1, Math.min(n, firstAtOrAfter(Math.min(max, lastDay) + 1)));
  const grid: SessionGrid = {
    days: full.days.subarray(a, b),
    dates: full.dates.slice(a, b),
    start: 0,
    indexOfDay(day: number): number {
      const i = full.indexOfDay(day);
      return i >= a && i < b ? i - a : -1;
    },
  };
  return { grid, offset: a, to: dateOfDay(Math.min(Math.max(max, full.days[b - 1]!), lastDay) + 1) };
}

/** Hash of a session axis (day numbers), recorded so a reader can check its calendar agrees. */
export function axisHash(days: Int32Array): string {
  return fnv1a64(canonicalJson(Array.from(days)));
}

/** Refuse a target that exists and is neither an empty folder nor a store (never clobber user files). */
function checkTarget(target: string): void {
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) {
    throw new StoreError('import_failed', target, 'exists and is not a folder', 'Choose a new store path');
  }
  const entries = readdirSync(target);
  if (entries.length > 0 && !entries.includes(MANIFEST_FILE)) {
    throw new StoreError(
      'import_failed',
      target,
      'is a folder that is not empty and not a store',
      'Choose a new store path (an existing store is replaced; other folders are never overwritten)',
    );
  }
}

/** Move the finished temp folder to `target`, replacing an existing store only once it is complete. */
function publish(temp: string, target: string): void {
  if (existsSync(target)) {
    const old = `${temp}.old`;
    renameSync(target, old);
    renameSync(temp, target);
    rmSync(old, { recursive: true, force: true });
  } else {
    renameSync(temp, target);
  }
}

/**
 * Fill each written asset's `offsets` from the file's own footer and batch metadata (decoded by
 * apache-arrow): body start + the offset of each float64 column's data buffer.
 */
function locateBuffers(
  path: string,
  bytes: number,
  batches: readonly { id: string; rows: number }[],
  columns: number,
  Footer: typeof import('apache-arrow/ipc/metadata/file').Footer,
  Message: typeof Arrow.Message,
): number[][] {
  const fd = openSync(path, 'r');
  try {
    const tail = Buffer.alloc(10);
    readSync(fd, tail, 0, 10, bytes - 10);
    const footerLength = tail.readInt32LE(0);
    const footerBytes = Buffer.alloc(footerLength);
    readSync(fd, footerBytes, 0, footerLength, bytes - 10 - footerLength);
    const blocks = [...Footer.decode(footerBytes).recordBatches()];
    const written = batches.filter((a) => a.rows > 0);
    if (blocks.length !== written.length)
      throw new Error(`${blocks.length} batches for ${written.length} assets`);
    return written.map((asset, b) => {
      const block = blocks[b]!;
      const offset = Number(block.offset);
      const meta = Buffer.alloc(block.metaDataLength);
      readSync(fd, meta, 0, block.metaDataLength, offset);
      const header = Message.decode(meta.subarray(8)).header() as unknown as {
        buffers: { offset: number | bigint; length: number | bigint }[];
      };
      const body = offset + block.metaDataLength;
      // Buffers: date (validity, data), asset (validity, indices), then each field (validity, data).
      return Array.from({ length: columns }, (_, f) => {
        const region = header.buffers[5 + 2 * f]!;
        if (Number(region.length) !== asset.rows * 8)
          throw new Error(`unexpected buffer length for ${asset.id}`);
        return body + Number(region.offset);
      });
    });
  } finally {
    closeSync(fd);
  }
}

/** The occurrences as stored, with the previous-bar day a range-limited run needs (see StoredIssue). */
function storedIssues(
  occurrences: readonly Occurrence[],
  close: Float64Array,
  indexOfDay: (day: number) => number,
  days: Int32Array,
): StoredIssue[] {
  const dropped = new Set<string>();
  for (const o of occurrences)
    if (o.action === 'drop' && ON_SESSION_DROPS.has(o.code) && o.day) dropped.add(o.day);
  return occurrences.map((o): StoredIssue => {
    const out: StoredIssue = {
      code: o.code,
      action: o.action === 'drop' ? 'drop' : 'warn',
      detail: o.detail,
      day: o.day ?? '',
      ...(o.where ? { file: o.where.file, line: o.where.line } : {}),
    };
    if ((o.code === 'large_move' || o.code === 'long_gap') && o.day) {
      const i = indexOfDay(Math.floor(Date.parse(o.day) / 86_400_000));
      for (let j = i - 1; j >= 0; j--) {
        const kept = !Number.isNaN(close[j]!);
        if (kept || (o.code === 'long_gap' && dropped.has(isoOfDay(days[j]!)))) {
          out.prev = isoOfDay(days[j]!);
          break;
        }
      }
    }
    return out;
  });
}

/** First and last day of any bar of the file (kept, or dropped with a warning). */
function spanOf(
  first: number,
  last: number,
  days: Int32Array,
  issues: readonly StoredIssue[],
): { first: string; last: string } | null {
  const all = issues.map((i) => i.day).filter((d) => d !== '');
  if (first >= 0) all.push(isoOfDay(days[first]!), isoOfDay(days[last]!));
  if (all.length === 0) return null;
  all.sort();
  return { first: all[0]!, last: all[all.length - 1]! };
}
