/**
 * `ColumnStore`: the reader of a store (format.ts). Opening reads and checks the manifest and the
 * Arrow file's size and magic bytes; `read` copies one asset's field over a range of axis sessions
 * straight from the file into a Float64Array with `readSync` — no parse, no per-bar object, and only
 * the bytes asked for. Needs no Arrow library: the byte offsets are in the manifest.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, fnv1a64 } from '../../features/cache.js';
import type { GridCalendar } from '../grid.js';
import { dateOfDay, dayOf } from '../grid.js';
import {
  MANIFEST_FILE,
  READABLE_VERSIONS,
  REIMPORT_HINT,
  STORE_FIELDS,
  STORE_FORMAT,
  STORE_VERSION_FIELDS,
  type StoredAsset,
  StoreError,
  type StoreField,
  type StoreManifest,
} from './format.js';

const MAGIC = 'ARROW1';

/** Closes the files of a store nobody holds any more (a long-running server replacing a re-imported store). */
const closeOnCollect = new FinalizationRegistry<number[]>((fds) => closeAll(fds));

/** True when `dir` is a store folder (it holds a manifest). */
export function isStoreFolder(dir: string): boolean {
  return existsSync(join(dir, MANIFEST_FILE));
}

/** The manifest of the store at `dir`, checked for shape and version. */
function readManifest(dir: string): StoreManifest {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) {
    throw new StoreError('not_a_store', dir, `no ${MANIFEST_FILE} in the folder`, REIMPORT_HINT);
  }
  let m: StoreManifest;
  try {
    m = JSON.parse(readFileSync(path, 'utf8')) as StoreManifest;
  } catch (e) {
    throw new StoreError('bad_manifest', path, `not valid JSON (${(e as Error).message})`, REIMPORT_HINT);
  }
  if (m === null || typeof m !== 'object' || m.format !== STORE_FORMAT) {
    throw new StoreError('bad_manifest', path, `not a ${STORE_FORMAT} manifest`, REIMPORT_HINT);
  }
  if (!READABLE_VERSIONS.includes(m.version)) {
    throw new StoreError(
      'store_version',
      path,
      `store format version ${String(m.version)}, this reader reads version ${READABLE_VERSIONS.join(' and ')}`,
      REIMPORT_HINT,
    );
  }
  const fieldsOk =
    Array.isArray(m.fields) &&
    m.fields.length === STORE_FIELDS.length &&
    m.fields.every((f, i) => f === STORE_FIELDS[i]);
  if (!fieldsOk || !Array.isArray(m.assets) || typeof m.file?.bytes !== 'number' || !m.sessions) {
    throw new StoreError(
      'bad_manifest',
      path,
      'fields, assets, file or sessions are missing or malformed',
      REIMPORT_HINT,
    );
  }
  if (!extraFieldsOk(m)) {
    throw new StoreError(
      'bad_manifest',
      path,
      "the extra fields (extraFields, or an asset's extra) are missing or malformed",
      REIMPORT_HINT,
    );
  }
  return m;
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === 'string');
/** A byte offset, a row count or an axis index as the manifest must hold it. */
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/**
 * Version 2 names its extra fields' file and columns, and every asset's extra fields are among them
 * with one offset each; version 1 has none.
 */
function extraFieldsOk(m: StoreManifest): boolean {
  const x = m.extraFields;
  if (m.version !== STORE_VERSION_FIELDS)
    return x === undefined && m.assets.every((a) => a.extra === undefined);
  if (typeof x?.file?.name !== 'string' || typeof x.file.bytes !== 'number' || !isStrings(x.names))
    return false;
  const names = new Set(x.names);
  if (names.size !== x.names.length) return false;
  return m.assets.every(
    (a) =>
      a.extra === undefined ||
      (isStrings(a.extra.names) &&
        Array.isArray(a.extra.offsets) &&
        a.extra.offsets.length === a.extra.names.length &&
        new Set(a.extra.names).size === a.extra.names.length &&
        a.extra.offsets.every(isCount) &&
        a.extra.names.every((n) => names.has(n)) &&
        Array.isArray(a.extra.kept) &&
        a.extra.kept.every(
          (r) =>
            Array.isArray(r) &&
            r.length === 2 &&
            Number.isInteger(r[0]) &&
            Number.isInteger(r[1]) &&
            r[0] < r[1],
        )),
  );
}

/** Open an Arrow file of the store: present, of the recorded size, with Arrow's magic bytes. */
function openArrowFile(path: string, expectedBytes: number): number {
  if (!existsSync(path)) {
    throw new StoreError('truncated_store', path, 'the Arrow file is missing', REIMPORT_HINT);
  }
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size !== expectedBytes) {
      throw new StoreError(
        size < expectedBytes ? 'truncated_store' : 'corrupt_store',
        path,
        `the file has ${size} bytes, the manifest says ${expectedBytes}`,
        REIMPORT_HINT,
      );
    }
    const head = Buffer.alloc(6);
    const tail = Buffer.alloc(6);
    readSync(fd, head, 0, 6, 0);
    readSync(fd, tail, 0, 6, size - 6);
    if (head.toString('latin1') !== MAGIC || tail.toString('latin1') !== MAGIC) {
      throw new StoreError(
        'corrupt_store',
        path,
        'not an Arrow IPC file (magic bytes missing)',
        REIMPORT_HINT,
      );
    }
    return fd;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/**
 * Fill `into` from file `fd` at byte `position` (`readSync` may return less than asked). Returns the
 * bytes read: fewer than `into.length` when the file ended first, which each caller reports its way.
 */
export function readFully(fd: number, into: Uint8Array, position: number): number {
  let done = 0;
  while (done < into.length) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

/** Closes a store's files. */
function closeAll(fds: readonly number[]): void {
  for (const fd of fds) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
  }
}

/** An open store. Call `close()` when done (the file descriptor stays open while it is used). */
export class ColumnStore {
  readonly manifest: StoreManifest;
  readonly dir: string;
  private readonly fd: number;
  /** The extra fields' file (version 2), or -1. */
  private readonly fieldsFd: number;
  private readonly index = new Map<string, number>();
  private axis: Int32Array | undefined;
  private readonly barsPath: string;
  private readonly fieldsPath: string;
  /** Bytes read so far (for benchmarks and tests: only the needed columns are read). */
  bytesRead = 0;
  private closed = false;

  private constructor(
    dir: string,
    manifest: StoreManifest,
    files: { fd: number; path: string; fieldsFd: number; fieldsPath: string },
  ) {
    this.dir = dir;
    this.manifest = manifest;
    this.fd = files.fd;
    this.barsPath = files.path;
    this.fieldsFd = files.fieldsFd;
    this.fieldsPath = files.fieldsPath;
    for (const [i, a] of manifest.assets.entries()) this.index.set(a.id, i);
    closeOnCollect.register(this, this.fds(), this);
  }

  private fds(): number[] {
    return this.fieldsFd >= 0 ? [this.fd, this.fieldsFd] : [this.fd];
  }

  /**
   * Open the store at `dir`: manifest checked, Arrow files present, complete and of the recorded
   * sizes, every byte offset inside its file.
   */
  static open(dir: string): ColumnStore {
    const manifest = readManifest(dir);
    const manifestPath = join(dir, MANIFEST_FILE);
    const barsPath = join(dir, manifest.file.name);
    const fieldsPath = manifest.extraFields ? join(dir, manifest.extraFields.file.name) : '';
    const fd = openArrowFile(barsPath, manifest.file.bytes);
    let fieldsFd = -1;
    try {
      if (manifest.extraFields) fieldsFd = openArrowFile(fieldsPath, manifest.extraFields.file.bytes);
      for (const a of manifest.assets) {
        const outside = (offsets: readonly number[], size: number) =>
          offsets.some((o) => o < 0 || o + a.rows * 8 > size);
        const bad =
          !isCount(a.rows) ||
          !isCount(a.start) ||
          !Array.isArray(a.offsets) ||
          !a.offsets.every(isCount) ||
          a.offsets.length !== (a.rows > 0 ? STORE_FIELDS.length : 0) ||
          outside(a.offsets, manifest.file.bytes);
        if (bad) {
          throw new StoreError(
            'corrupt_store',
            manifestPath,
            `asset ${a.id}: rows, start or byte offsets malformed or outside ${manifest.file.name}`,
            REIMPORT_HINT,
          );
        }
        if (a.extra && manifest.extraFields && outside(a.extra.offsets, manifest.extraFields.file.bytes)) {
          throw new StoreError(
            'corrupt_store',
            manifestPath,
            `asset ${a.id}: byte offsets outside ${manifest.extraFields.file.name}`,
            REIMPORT_HINT,
          );
        }
      }
    } catch (e) {
      closeAll(fieldsFd >= 0 ? [fd, fieldsFd] : [fd]);
      throw e;
    }
    return new ColumnStore(dir, manifest, { fd, path: barsPath, fieldsFd, fieldsPath });
  }

  /**
   * The extra fields of asset `a` (its CSV file's extra numeric columns, in the file's order) that a
   * panel over axis sessions `[from, from + count)` has: all of them when it includes a session with
   * a kept bar, else none (as a CSV run gives them).
   */
  extraFields(a: StoredAsset, from: number, count: number): readonly string[] {
    const x = a.extra;
    if (!x) return [];
    return x.kept.some(([lo, hi]) => lo < from + count && hi > from) ? x.names : [];
  }

  /** The stored asset with id `id`, or undefined. */
  asset(id: string): StoredAsset | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.manifest.assets[i];
  }

  /**
   * The session axis (day numbers) rebuilt from `calendar`, checked against the manifest: a store of
   * another calendar, or a calendar whose sessions changed since the import, is an error.
   */
  sessions(calendar: GridCalendar): Int32Array {
    if (this.axis) return this.axis;
    const s = this.manifest.sessions;
    const path = join(this.dir, MANIFEST_FILE);
    if (calendar.code !== undefined && calendar.code !== this.manifest.calendar) {
      throw new StoreError(
        'calendar_mismatch',
        path,
        `the store was imported on calendar ${this.manifest.calendar}, the spec runs on ${calendar.code}`,
        `Import the CSV folder again with --calendar ${calendar.code}, or run the spec on ${this.manifest.calendar}`,
      );
    }
    const days = calendar.sessionDays({
      from: new Date(`${s.first}T00:00:00Z`),
      to: dateOfDay(dayOf(new Date(`${s.last}T00:00:00Z`)) + 1),
    });
    if (days.length !== s.count || fnv1a64(canonicalJson(Array.from(days))) !== s.hash) {
      throw new StoreError(
        'calendar_mismatch',
        path,
        `the calendar's sessions from ${s.first} to ${s.last} are not the ones the store was imported on`,
        REIMPORT_HINT,
      );
    }
    this.axis = days;
    return days;
  }

  /**
   * Copy `count` rows of standard field `field` of asset `a`, from axis session `from` on, into
   * `out` at `at`. Rows outside the asset's stored span are left as they are in `out` (the caller
   * fills NaN).
   */
  read(a: StoredAsset, field: StoreField, from: number, count: number, out: Float64Array, at: number): void {
    this.copy(a, this.fd, this.barsPath, a.offsets[STORE_FIELDS.indexOf(field)]!, from, count, out, at);
  }

  /** As `read`, for one of the asset's extra fields (`extraFields`): a name it lacks is a RangeError. */
  readExtra(a: StoredAsset, name: string, from: number, count: number, out: Float64Array, at: number): void {
    const j = a.extra?.names.indexOf(name) ?? -1;
    if (j < 0) throw new RangeError(`ColumnStore.readExtra: asset ${a.id} has no extra field '${name}'`);
    this.copy(a, this.fieldsFd, this.fieldsPath, a.extra!.offsets[j]!, from, count, out, at);
  }

  /** Copy rows `[from, from + count)` of the buffer at `start` of `fd` (clipped to the asset's rows). */
  private copy(
    a: StoredAsset,
    fd: number,
    path: string,
    start: number,
    from: number,
    count: number,
    out: Float64Array,
    at: number,
  ): void {
    const lo = Math.max(from, a.start);
    const hi = Math.min(from + count, a.start + a.rows);
    if (hi <= lo) return;
    const offset = start + (lo - a.start) * 8;
    const bytes = (hi - lo) * 8;
    const view = new Uint8Array(out.buffer, out.byteOffset + (at + lo - from) * 8, bytes);
    const done = readFully(fd, view, offset);
    if (done < bytes) {
      throw new StoreError(
        'truncated_store',
        path,
        `unexpected end of file at byte ${offset + done}`,
        REIMPORT_HINT,
      );
    }
    this.bytesRead += bytes;
  }

  /** Close the files (otherwise they are closed when the store is garbage-collected). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeOnCollect.unregister(this);
    closeAll(this.fds());
  }
}
