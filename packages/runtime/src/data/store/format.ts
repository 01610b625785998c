/**
 * The on-disk format of a columnar data store (docs/data.md § Data stores), shared by the importer
 * (write.ts) and the reader (read.ts).
 *
 * A store is a folder holding two files:
 * - `tactical-store.json`, the manifest: format version, calendar, session axis, fields, the data
 *   policy of the import, every asset with its rows and byte offsets, the source files' fingerprints
 *   and every warning the import counted (with its CSV file:line);
 * - `bars.arrow`, an Arrow IPC file (uncompressed): one record batch per asset, columns `date`
 *   (date32), `asset` (dictionary of ids), then one float64 column per field, rows = the sessions from
 *   the asset's first kept bar to its last (NaN where there is no bar). Each field of an asset is one
 *   contiguous little-endian buffer, so the reader copies exactly the bytes it needs straight into a
 *   Float64Array, and pyarrow, polars or DuckDB read the same file as a long table;
 * - when some CSV file had extra numeric columns (`field` features such as seed 001's `npy`),
 *   `fields.arrow`, laid out the same way: `date`, `asset`, then one float64 column per extra field
 *   of any file (sorted by name), one record batch per asset that has any, over the same rows as its
 *   bars. An asset's own extra fields are listed in the manifest (`extra`); a column it does not
 *   have is NaN in the file and absent when read, as it is absent from its CSV file. Such a store is
 *   version 2; a store without extra fields is written as version 1, which older readers read.
 */
import type { DataIssueCode, DataPolicy, IssueAction } from '../policy.js';

/** File name of the manifest inside a store folder (its presence makes a folder a store). */
export const MANIFEST_FILE = 'tactical-store.json';
/** File name of the Arrow IPC file inside a store folder. */
export const BARS_FILE = 'bars.arrow';
/** File name of the Arrow IPC file of the extra fields (only in a store that has some). */
export const FIELDS_FILE = 'fields.arrow';
/** `format` of the manifest. */
export const STORE_FORMAT = 'tactical-store';
/** Version of a store without extra fields (readable by every reader since the first). */
export const STORE_VERSION = 1;
/** Version of a store with extra fields (`fields.arrow`). */
export const STORE_VERSION_FIELDS = 2;
/** The versions this reader reads; it refuses others. */
export const READABLE_VERSIONS: readonly number[] = [STORE_VERSION, STORE_VERSION_FIELDS];

/** The fields of every store, in column order after `date` and `asset`. */
export const STORE_FIELDS = ['open', 'high', 'low', 'close', 'adjClose', 'volume'] as const;
/** One of the stored fields. */
export type StoreField = (typeof STORE_FIELDS)[number];
/** Arrow column names of the fields (snake case, as external tools expect). */
export const ARROW_COLUMN: Readonly<Record<StoreField, string>> = {
  open: 'open',
  high: 'high',
  low: 'low',
  close: 'close',
  adjClose: 'adj_close',
  volume: 'volume',
};

/** One warning occurrence of the import, kept so a run over the store reports it as a CSV run would. */
export interface StoredIssue {
  code: DataIssueCode;
  /** What the policy did: `drop` (bar dropped) or `warn` (bar kept). */
  action: Exclude<IssueAction, 'error'>;
  detail: string;
  /** ISO day of the bar. */
  day: string;
  file?: string;
  line?: number;
  /**
   * `large_move`: ISO day of the previous bar with a usable close; `long_gap`: of the previous
   * on-session bar. A run whose data starts after that day does not see the comparison (as a CSV run
   * over that range would not).
   */
  prev?: string;
}

/** One asset of the store. */
export interface StoredAsset {
  id: string;
  symbol: string;
  /** The CSV file it came from (as the import saw it), its size and SHA-256. */
  source: { file: string; bytes: number; sha256: string };
  /** Axis index of the asset's first row (its first kept bar). */
  start: number;
  /** Rows of its record batch (0: no kept bar, no batch). */
  rows: number;
  /** ISO days of the first and last bar in the file (kept or dropped), or null when it has none. */
  span: { first: string; last: string } | null;
  /** Absolute byte offset in `bars.arrow` of each field's float64 buffer, in `fields` order. */
  offsets: number[];
  /**
   * The asset's extra fields (version 2), in its CSV header's order, and the absolute byte offset in
   * `fields.arrow` of each one's float64 buffer (same rows as its bars). Absent: it has none.
   * `kept`: the runs `[from, to)` of axis sessions where its file has a bar the policy kept. As from
   * the CSV folder, a panel has the asset's fields only when it includes one of those sessions.
   */
  extra?: { names: string[]; offsets: number[]; kept: [number, number][] };
  /** Warnings of the import for this asset, in file order. */
  issues: StoredIssue[];
}

/** The manifest (`tactical-store.json`). */
export interface StoreManifest {
  format: typeof STORE_FORMAT;
  version: number;
  /** Calendar code whose sessions are the axis. */
  calendar: string;
  /** The session axis: consecutive sessions of the calendar from `first` to `last` (inclusive). */
  sessions: { first: string; last: string; count: number; hash: string };
  fields: StoreField[];
  /** The Arrow file and its exact size (a shorter file is truncated). */
  file: { name: string; bytes: number };
  /**
   * Version 2: the extra fields' Arrow file, its exact size, and the names of its float64 columns
   * (every extra field of any asset, sorted).
   */
  extraFields?: { file: { name: string; bytes: number }; names: string[] };
  /** The data policy the import applied (a run must use the same one, `strict` aside). */
  policy: DataPolicy;
  /** Assets sorted by id. */
  assets: StoredAsset[];
}

/** Stable codes of store problems. */
export type StoreErrorCode =
  | 'not_a_store'
  | 'bad_manifest'
  | 'store_version'
  | 'truncated_store'
  | 'corrupt_store'
  | 'calendar_mismatch'
  | 'policy_mismatch'
  | 'import_failed';

/** A store that cannot be read or used: names the file, the problem and a fix. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    readonly file: string,
    readonly detail: string,
    readonly hint: string,
  ) {
    super(`${file}: ${code}: ${detail}. ${hint}`);
  }
}

/** The hint of a damaged store. */
export const REIMPORT_HINT = 'Re-create the store with `tactical data import <csv-dir> <store>`';
