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
  REIMPORT_HINT,
  STORE_FIELDS,
  STORE_FORMAT,
  STORE_VERSION,
  type StoredAsset,
  StoreError,
  type StoreField,
  type StoreManifest,
} from './format.js';

const MAGIC = 'ARROW1';

/** Closes the file of a store nobody holds any more (a long-running server replacing a re-imported store). */
const closeOnCollect = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

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
  if (m.version !== STORE_VERSION) {
    throw new StoreError(
      'store_version',
      path,
      `store format version ${String(m.version)}, this reader reads version ${STORE_VERSION}`,
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
  return m;
}

/** An open store. Call `close()` when done (the file descriptor stays open while it is used). */
export class ColumnStore {
  readonly manifest: StoreManifest;
  readonly dir: string;
  private readonly fd: number;
  private readonly index = new Map<string, number>();
  private axis: Int32Array | undefined;
  private readonly barsPath: string;
  /** Bytes read so far (for benchmarks and tests: only the needed columns are read). */
  bytesRead = 0;

  private constructor(dir: string, manifest: StoreManifest, fd: number, barsPath: string) {
    this.dir = dir;
    this.manifest = manifest;
    this.fd = fd;
    this.barsPath = barsPath;
    for (const [i, a] of manifest.assets.entries()) this.index.set(a.id, i);
    closeOnCollect.register(this, fd, this);
  }

  /** Open the store at `dir`: manifest checked, Arrow file present, complete and of the recorded size. */
  static open(dir: string): ColumnStore {
    const manifest = readManifest(dir);
    const barsPath = join(dir, manifest.file.name);
    if (!existsSync(barsPath)) {
      throw new StoreError('truncated_store', barsPath, 'the Arrow file is missing', REIMPORT_HINT);
    }
    const fd = openSync(barsPath, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size !== manifest.file.bytes) {
        throw new StoreError(
          size < manifest.file.bytes ? 'truncated_store' : 'corrupt_store',
          barsPath,
          `the file has ${size} bytes, the manifest says ${manifest.file.bytes}`,
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
          barsPath,
          'not an Arrow IPC file (magic bytes missing)',
          REIMPORT_HINT,
        );
      }
      for (const a of manifest.assets) {
        const bad =
          a.offsets.length !== (a.rows > 0 ? STORE_FIELDS.length : 0) ||
          a.offsets.some((o) => o + a.rows * 8 > size);
        if (bad) {
          throw new StoreError(
            'corrupt_store',
            join(dir, MANIFEST_FILE),
            `asset ${a.id}: byte offsets outside ${manifest.file.name}`,
            REIMPORT_HINT,
          );
        }
      }
    } catch (e) {
      closeSync(fd);
      throw e;
    }
    return new ColumnStore(dir, manifest, fd, barsPath);
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
   * Copy `count` rows of `field` of asset `a`, from axis session `from` on, into `out` at `at`. Rows
   * outside the asset's stored span are left as they are in `out` (the caller fills NaN).
   */
  read(a: StoredAsset, field: StoreField, from: number, count: number, out: Float64Array, at: number): void {
    const lo = Math.max(from, a.start);
    const hi = Math.min(from + count, a.start + a.rows);
    if (hi <= lo) return;
    const offset = a.offsets[STORE_FIELDS.indexOf(field)]! + (lo - a.start) * 8;
    const bytes = (hi - lo) * 8;
    const view = new Uint8Array(out.buffer, out.byteOffset + (at + lo - from) * 8, bytes);
    let done = 0;
    while (done < bytes) {
      const n = readSync(this.fd, view, done, bytes - done, offset + done);
      if (n === 0)
        throw new StoreError(
          'truncated_store',
          this.barsPath,
          `unexpected end of file at byte ${offset + done}`,
          REIMPORT_HINT,
        );
      done += n;
    }
    this.bytesRead += bytes;
  }

  /** Close the file (otherwise it is closed when the store is garbage-collected). */
  close(): void {
    closeOnCollect.unregister(this);
    closeSync(this.fd);
  }
}
