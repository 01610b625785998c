/**
 * A DataFeed over a folder of daily CSV files, one per symbol.
 *
 * Files: `<SYMBOL>.csv` or `<SYMBOL>_data.csv` (the Kaggle/IEX `all_stocks_5yr` layout), see
 * ../shared/data/SOURCES.md. Headers are matched case-insensitively with spaces/underscores ignored:
 * Yahoo's `Date,Open,High,Low,Close,Adj Close,Volume` and IEX's `date,open,high,low,close,volume,Name`
 * both work. Other columns are *extra fields* (`Bar.fields`, e.g. seed 001's `npy`) when their first
 * non-empty cell is numeric, and ignored otherwise (IEX's `Name`). Extra-field names are the header
 * lower-cased with spaces turned into `_`.
 *
 * Numbers are parsed strictly: a cell is a plain decimal (`12`, `-0.5`, `.5`, `1.2e3`); anything else
 * (`0x10`, `1e`, ` 12 `, `NaN`, `Infinity`, empty) becomes NaN with a note naming the cell, and the
 * loader's `DataPolicy` decides (see policy.ts). Only structural problems throw here: a missing
 * required column (`missing_column`), an unparseable date (`invalid_date`), dates running backwards
 * (`reversed_dates`), a binary or malformed file (`unreadable_file`), a missing file (`missing_asset`)
 * and a symbol that is not a plain ticker (`invalid_symbol`).
 * Line numbers are 1-based file lines (header = line 1); quoted multi-line cells would shift them.
 *
 * ## Files stay inside `dir`
 * A symbol must match `SYMBOL_PATTERN` (no `/`, `\`, no leading `.`), and the file found for it must
 * resolve — symlinks followed — to a path inside `dir` (itself resolved). Error messages never quote
 * file contents beyond short, printable cells (a header or cell that looks like anything else is
 * described, not echoed), so pointing a symbol at a secret cannot print it.
 *
 * ## Dynamic universes and index events
 * `members(index, range)` and `events(index, range)` serve `universe: { index }` and `event` features:
 * - the built-in index `ALL`: every data file of the folder (`<T>.csv` / `<T>_data.csv`, ticker `T`),
 *   a member over the whole range, no events;
 * - each entry of the `universes` option: fja05680 membership files (see universe/membership-csv.ts),
 *   whose effective dates also give the add/remove events. The files have no announcement dates, so
 *   an event's `knownAt` is an explicit assumption: `announcementLead` sessions before its effective
 *   date on the `calendar` option (default 0: known on the effective date, no look-ahead).
 * Tickers become assets with id = symbol = ticker, so they find their `<TICKER>[_data].csv` file.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { own } from '../ids.js';
import { UniverseError } from '../universe/errors.js';
import { eventsTouching, membershipsOverlapping } from '../universe/in-range.js';
import { eventsFromMemberships, parseMembership } from '../universe/membership-csv.js';
import { quoteCell } from './csv-cells.js';
import { parseCsvColumns } from './csv-columns.js';
import { DEFAULT_REQUIRED, type StandardColumn } from './csv-header.js';
import { barsOfFileColumns, type FileColumns, type FileColumnsFeed } from './file-columns.js';
import type { LocatingFeed } from './memory-feed.js';
import { DataError, hintFor, type SourceLocation } from './policy.js';
import type { Asset, Bar, DateRange, Frequency, IndexEvent, Membership } from './types.js';

export { parseBarsCsv } from './csv-bars.js';
export { isDecimal, parseDecimal, quoteCell } from './csv-cells.js';
export type { StandardColumn } from './csv-header.js';

/** Options of `CsvDirectoryFeed`. */
export interface CsvDirectoryFeedOptions {
  /** Folder holding the files. */
  dir: string;
  /**
   * Candidate file names for an asset, tried in order. Default: `<symbol>.csv`, `<symbol>_data.csv`.
   */
  fileNames?: (asset: Asset) => string[];
  /** Columns that must be present (default: date, open, high, low, close, volume). `adjClose` defaults to close. */
  required?: readonly StandardColumn[];
  /**
   * Keep parsed files for the life of the feed (default true): a second load of the same symbol
   * costs no parsing. Cost: a file's rows as typed columns, 60 bytes per row with OHLCV and adj
   * close (the 505 S&P files: 37 MB), plus `Bar` objects (about 150 bytes each) only for the files
   * someone read through `bars()` (the panel loader reads the columns).
   */
  cacheFiles?: boolean;
  /**
   * Point-in-time index universes by name (e.g. `SP500`), from fja05680/sp500 files. Paths are
   * resolved against `dir` (absolute paths stay as they are). `ALL` is built in (every data file) and
   * may be overridden here.
   */
  universes?: Record<string, IndexUniverseFiles>;
  /**
   * The exchange calendar that counts `announcementLead` sessions (required when a lead is > 0).
   * Any `Calendar` of `@tactical/calendars` fits.
   */
  calendar?: { offset(t: Date, n: number): Date };
}

/** The membership files of one index, and when its changes are taken as known. */
export interface IndexUniverseFiles {
  /** `ticker,start_date,end_date` file (fja05680 `sp500_ticker_start_end.csv`). */
  startEnd: string;
  /** Optional `date,add,remove` file extending it (fja05680 `sp500_changes_since_2019.csv`). */
  changes?: string;
  /**
   * Sessions before the effective date at which a change is taken as known (its `knownAt`).
   * Default 0: known on the effective date itself, so an `event` feature never goes negative and a
   * rule can act on a change at the earliest on its effective date (no look-ahead). S&P usually
   * announces about 5 sessions ahead; a lead assumes that foresight. Needs the `calendar` option.
   */
  announcementLead?: number;
}

/** The built-in index naming every data file of the folder. */
export const ALL_INDEX = 'ALL';

const DATA_FILE = /^(.+?)(?:_data)?\.csv$/i;

/**
 * What a symbol may look like: 1-32 characters of letters, digits and `. _ - ^ =`, not starting with
 * `.` or `-` (Yahoo's `BRK-B`, `^GSPC`, `EURUSD=X`, IEX's `BRK.B` all fit; `../x` and `a/b` do not).
 */
export const SYMBOL_PATTERN = /^[A-Za-z0-9^_=][A-Za-z0-9._^=-]{0,31}$/;

/**
 * Daily bars from `<dir>/<SYMBOL>.csv` or `<dir>/<SYMBOL>_data.csv`. Files are read synchronously
 * into typed columns (csv-columns.ts) and kept per feed instance (see `cacheFiles`); the panel loader
 * reads those columns (`fileColumns`), other callers get `Bar` objects made from them (`bars`).
 */
export class CsvDirectoryFeed implements LocatingFeed, FileColumnsFeed {
  private readonly files = new Map<string, FileColumns>();
  /** Bars made for `bars()` callers, per parsed file (so `locate` finds them by identity). */
  private readonly barsOf = new WeakMap<FileColumns, Bar[]>();
  /** Reused for every file read (see `readBytes`). */
  private readBuffer: Buffer = Buffer.alloc(0);
  private readonly options: Required<Omit<CsvDirectoryFeedOptions, 'universes' | 'calendar'>> &
    Pick<CsvDirectoryFeedOptions, 'universes' | 'calendar'>;
  private readonly indexes = new Map<string, { memberships: Membership[]; events: IndexEvent[] }>();
  /** Resolved (and confined) file per symbol; undefined = no file. */
  private readonly paths = new Map<string, string | undefined>();
  /** The data folder with symlinks resolved. */
  private root: string | undefined;
  /** The most recent file when `cacheFiles` is false (so `locate` still finds its bars). */
  private last: { symbol: string; parsed: FileColumns } | undefined;

  constructor(options: CsvDirectoryFeedOptions) {
    if (!options.dir) throw new TypeError('CsvDirectoryFeed: option `dir` is required');
    this.options = {
      fileNames: (a) => [`${a.symbol}.csv`, `${a.symbol}_data.csv`],
      required: DEFAULT_REQUIRED,
      cacheFiles: true,
      ...options,
    };
    for (const [name, u] of Object.entries(options.universes ?? {})) {
      const lead = u.announcementLead ?? 0;
      if (!Number.isInteger(lead) || lead < 0) {
        throw new TypeError(
          `CsvDirectoryFeed: universes.${name}.announcementLead must be an integer >= 0, got ${lead}`,
        );
      }
      if (lead > 0 && !options.calendar) {
        throw new TypeError(
          `CsvDirectoryFeed: universes.${name}.announcementLead = ${lead} needs the \`calendar\` option to count sessions`,
        );
      }
    }
  }

  /** Names `members` and `events` answer for: `ALL` plus the configured universes, sorted. */
  indexNames(): string[] {
    return [...new Set([ALL_INDEX, ...Object.keys(this.options.universes ?? {})])].sort();
  }

  /**
   * Tickers of every data file in the folder, sorted (`X.csv` and `X_data.csv` both give `X`).
   * Membership files configured in `universes` are not data files, even when they sit in `dir`.
   */
  tickers(): string[] {
    const membershipFiles = new Set(
      Object.values(this.options.universes ?? {}).flatMap((u) =>
        [u.startEnd, u.changes]
          .filter((p): p is string => p !== undefined)
          .map((p) => resolve(this.options.dir, p)),
      ),
    );
    const out = new Set<string>();
    for (const name of readdirSync(this.options.dir)) {
      const m = DATA_FILE.exec(name);
      if (m && SYMBOL_PATTERN.test(m[1]!) && !membershipFiles.has(resolve(this.options.dir, name)))
        out.add(m[1]!);
    }
    return [...out].sort();
  }

  private index(name: string): { memberships: Membership[]; events: IndexEvent[] } {
    const hit = this.indexes.get(name);
    if (hit) return hit;
    const files = own(this.options.universes, name);
    let loaded: { memberships: Membership[]; events: IndexEvent[] };
    if (files) {
      const read = (p: string) => {
        const file = resolve(this.options.dir, p);
        if (!existsSync(file)) {
          throw new UniverseError(
            'missing_membership_file',
            name,
            `membership file of index '${name}' not found: ${file} (paths in the \`universes\` option are resolved against \`dir\`)`,
          );
        }
        return { text: readFileSync(file, 'utf8'), file };
      };
      const memberships = parseMembership(
        read(files.startEnd),
        files.changes ? read(files.changes) : undefined,
      );
      const lead = files.announcementLead ?? 0;
      const calendar = this.options.calendar;
      const events = eventsFromMemberships(memberships, {
        index: name,
        ...(lead > 0 && calendar ? { knownAt: (d: Date) => calendar.offset(d, -lead) } : {}),
      });
      loaded = { memberships, events };
    } else if (name === ALL_INDEX) {
      const from = new Date(0);
      loaded = {
        memberships: this.tickers().map((t) => ({ asset: { id: t, symbol: t }, from })),
        events: [],
      };
    } else {
      throw new UniverseError(
        'unknown_index',
        name,
        `no membership data for index '${name}' (this feed knows: ${this.indexNames().join(', ')}); add it to the \`universes\` option of CsvDirectoryFeed`,
      );
    }
    this.indexes.set(name, loaded);
    return loaded;
  }

  /** Membership intervals of `index` overlapping `range` (sorted by asset id, then start). */
  async members(index: string, range: DateRange): Promise<Membership[]> {
    return membershipsOverlapping(this.index(index).memberships, range);
  }

  /** Add/remove events of `index` whose effective date or `knownAt` lies in `range` (by effective date). */
  async events(index: string, range: DateRange): Promise<IndexEvent[]> {
    return eventsTouching(this.index(index).events, range);
  }

  /**
   * Path of the asset's file, or undefined when none of the candidate names exists. Throws
   * `invalid_symbol` for a symbol outside SYMBOL_PATTERN or a file that resolves outside `dir`.
   */
  pathOf(asset: Asset): string | undefined {
    if (this.paths.has(asset.symbol)) return this.paths.get(asset.symbol);
    const found = this.findPath(asset);
    this.paths.set(asset.symbol, found);
    return found;
  }

  private findPath(asset: Asset): string | undefined {
    if (!SYMBOL_PATTERN.test(asset.symbol)) {
      throw new DataError(
        'invalid_symbol',
        `symbol ${quoteCell(asset.symbol)} is not a plain ticker`,
        hintFor('invalid_symbol'),
        undefined,
        undefined,
        asset.id,
      );
    }
    for (const name of this.options.fileNames(asset)) {
      const p = join(this.options.dir, name);
      if (!existsSync(p)) continue;
      const real = realpathSync(p);
      this.root ??= realpathSync(this.options.dir);
      const root = this.root.endsWith(sep) ? this.root : this.root + sep;
      if (!real.startsWith(root)) {
        throw new DataError(
          'invalid_symbol',
          `the file for symbol '${asset.symbol}' resolves outside the data folder`,
          'Data files (and symlinks to them) must stay inside --data',
          p,
          undefined,
          asset.id,
        );
      }
      if (!statSync(real).isFile()) {
        throw new DataError(
          'unreadable_file',
          'is not a regular file',
          hintFor('unreadable_file'),
          p,
          undefined,
          asset.id,
        );
      }
      return p;
    }
    return undefined;
  }

  /** True when the asset has a file (throws `invalid_symbol` for a symbol that is not a plain ticker). */
  has(asset: Asset): boolean {
    return this.files.has(asset.symbol) || this.pathOf(asset) !== undefined;
  }

  /** All rows of the asset's file as typed columns, in file order (parsed once, see `cacheFiles`). */
  fileColumns(asset: Asset): FileColumns {
    const cached = this.files.get(asset.symbol);
    if (cached) return cached;
    if (this.last?.symbol === asset.symbol) return this.last.parsed;
    const path = this.pathOf(asset);
    if (!path) {
      const tried = this.options.fileNames(asset).join(' or ');
      throw new DataError(
        'missing_asset',
        `no file ${tried} in ${this.options.dir}`,
        hintFor('missing_asset'),
        undefined,
        undefined,
        asset.id,
      );
    }
    const parsed = parseCsvColumns(this.readBytes(path), path, this.options.required);
    if (this.options.cacheFiles) this.files.set(asset.symbol, parsed);
    else this.last = { symbol: asset.symbol, parsed };
    return parsed;
  }

  /** Bars with `t` in `[range.from, range.to)` in file order (the loader checks the order). */
  async *bars(asset: Asset, range: DateRange, _freq: Frequency): AsyncIterable<Bar> {
    yield* this.barsSync(asset, range);
  }

  /** Synchronous form of `bars`. */
  *barsSync(asset: Asset, range: DateRange): Iterable<Bar> {
    const from = range.from.getTime();
    const to = range.to.getTime();
    for (const bar of this.allBars(this.fileColumns(asset))) {
      const t = bar.t.getTime();
      if (t >= from && t < to) yield bar;
    }
  }

  /** File and line of a bar this feed yielded, and which of its cells were rejected. */
  locate(asset: Asset, bar: Bar): SourceLocation | undefined {
    const parsed = this.fileColumns(asset);
    const i = this.allBars(parsed).indexOf(bar);
    if (i < 0) return undefined;
    const note = parsed.notes.get(i);
    return { file: parsed.file, line: parsed.lines[i]!, ...(note !== undefined ? { detail: note } : {}) };
  }

  /**
   * The bytes of a file, read into one buffer the feed reuses (parsing keeps nothing of them): a
   * folder of files costs one buffer the size of its largest file, not a new one per file.
   */
  private readBytes(path: string): Uint8Array {
    const fd = openSync(path, 'r');
    try {
      let size = fstatSync(fd).size;
      let length = 0;
      for (;;) {
        if (this.readBuffer.length < size + 1)
          this.readBuffer = Buffer.allocUnsafe(Math.max(size + 1, 2 * this.readBuffer.length));
        const got = readSync(fd, this.readBuffer, length, this.readBuffer.length - length, null);
        length += got;
        if (got === 0) break;
        size = length; // the file grew while being read: keep going until a read returns nothing
      }
      return this.readBuffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  }

  private allBars(parsed: FileColumns): Bar[] {
    let bars = this.barsOf.get(parsed);
    if (!bars) this.barsOf.set(parsed, (bars = barsOfFileColumns(parsed)));
    return bars;
  }
}
