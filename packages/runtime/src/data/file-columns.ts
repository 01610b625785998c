/**
 * One data file's rows as typed columns, in file order: what a CSV parser hands the panel loader
 * instead of one `Bar` object per row. Row k came from file line `lines[k]`; `notes` names the
 * rejected cells of the few rows that have some.
 */
import { idRecord } from '../ids.js';
import { MS_PER_DAY } from './grid.js';
import type { Asset, Bar } from './types.js';

/** A file's rows as columns (row k of every column is the file's k-th data row). */
export interface FileColumns {
  /** The file the rows came from (issues name it). */
  readonly file: string;
  /** Number of rows. */
  readonly length: number;
  /** Day numbers (days since 1970-01-01 UTC) of each row's date. */
  readonly days: Int32Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;
  /** Adjusted close, undefined when the file has no such column (the loader then uses close). */
  readonly adjClose: Float64Array | undefined;
  /** Numeric extra columns by field name, in the order a `Bar.fields` record lists them. */
  readonly fields: ReadonlyMap<string, Float64Array>;
  /** 1-based file line of each row (the header is line 1). */
  readonly lines: Int32Array;
  /** What was wrong with the cells of a row, by row index (only rows with a rejected cell). */
  readonly notes: ReadonlyMap<number, string>;
}

/** Columns of parsed bars (the reference parser's output; bars all carry the same field names). */
export function fileColumnsFromBars(
  file: string,
  bars: readonly Bar[],
  lines: Int32Array,
  notes: ReadonlyMap<number, string>,
): FileColumns {
  const n = bars.length;
  const col = () => new Float64Array(n);
  const days = new Int32Array(n);
  const open = col();
  const high = col();
  const low = col();
  const close = col();
  const volume = col();
  const adjClose = n > 0 && bars[0]!.adjClose !== undefined ? col() : undefined;
  const fields = new Map<string, Float64Array>();
  for (const name in bars[0]?.fields ?? {}) fields.set(name, col());
  for (let k = 0; k < n; k++) {
    const b = bars[k]!;
    days[k] = Math.floor(b.t.getTime() / MS_PER_DAY);
    open[k] = b.open;
    high[k] = b.high;
    low[k] = b.low;
    close[k] = b.close;
    volume[k] = b.volume;
    if (adjClose) adjClose[k] = b.adjClose!;
    for (const [name, values] of fields) values[k] = b.fields![name]!;
  }
  return { file, length: n, days, open, high, low, close, volume, adjClose, fields, lines, notes };
}

/** The rows as `Bar` objects (for callers of `DataFeed.bars`; the loader reads the columns). */
export function barsOfFileColumns(c: FileColumns): Bar[] {
  const out: Bar[] = new Array(c.length);
  for (let k = 0; k < c.length; k++) {
    const bar: Bar = {
      t: new Date(c.days[k]! * MS_PER_DAY),
      open: c.open[k]!,
      high: c.high[k]!,
      low: c.low[k]!,
      close: c.close[k]!,
      volume: c.volume[k]!,
    };
    if (c.adjClose) bar.adjClose = c.adjClose[k]!;
    if (c.fields.size > 0) {
      const fields = idRecord<number>(); // field names are data (`constructor`, `__proto__`)
      for (const [name, values] of c.fields) fields[name] = values[k]!;
      bar.fields = fields;
    }
    out[k] = bar;
  }
  return out;
}

/**
 * A feed that can hand the loader a whole file's rows as columns (CsvDirectoryFeed). The loader then
 * reads no `Bar` objects; feeds without it (memory feeds, user feeds) go through `bars()`.
 */
export interface FileColumnsFeed {
  /** All rows of the asset's data, in file order (throws DataError for an unreadable file). */
  fileColumns(asset: Asset): FileColumns;
  /** False when the feed has no data for `asset`. */
  has(asset: Asset): boolean;
}

/** True when `feed` serves file columns. */
export function isFileColumnsFeed(feed: object): feed is FileColumnsFeed {
  const f = feed as Partial<FileColumnsFeed>;
  return typeof f.fileColumns === 'function' && typeof f.has === 'function';
}
