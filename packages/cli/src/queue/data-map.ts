/**
 * `tactical worker --data-map FROM=TO`: a worker whose machine mounts the sweep's data elsewhere reads
 * the submitter's path FROM at its own path TO. The sweep's data paths (the `--data` folder or store and
 * the membership files) are mapped before the worker reads them; the worker's fingerprint is taken of
 * the mapped files but named by the submitter's paths, so it equals the submitter's exactly when the
 * bytes (and the layout under FROM) are the same; and the local path of every file the worker read is
 * named back as the submitter names it in the rows and errors it sends, so the submitter prints what a
 * local sweep prints.
 *
 * A path maps when it is FROM or lies under it (`/data` maps `/data/SPY.csv`, not `/database`); when
 * several FROMs match, the longest wins. Paths are POSIX paths.
 */
import type { SweepData } from '@tactical/runtime';

/** One `--data-map` entry: the submitter's path and this machine's. */
export interface DataMapEntry {
  from: string;
  to: string;
}

export type DataMap = readonly DataMapEntry[];

/** `path` with the folder `a` replaced by `b`, when `path` is `a` or lies under it; else undefined. */
function swapPrefix(path: string, a: string, b: string): string | undefined {
  if (path === a) return b;
  return path.startsWith(`${a}/`) ? `${b}${path.slice(a.length)}` : undefined;
}

/** The submitter's `path` as this machine reads it (the longest FROM that holds it), or as it is. */
export function toLocal(path: string, map: DataMap): string {
  let best: DataMapEntry | undefined;
  for (const e of map) {
    if (swapPrefix(path, e.from, e.to) !== undefined && (!best || e.from.length > best.from.length)) best = e;
  }
  return best ? swapPrefix(path, best.from, best.to)! : path;
}

/** The sweep's data with every path as this machine reads it. */
export function localData(data: SweepData, map: DataMap): SweepData {
  if (map.length === 0) return data;
  const out: SweepData = { ...data, dir: toLocal(data.dir, map) };
  if (data.universes) {
    // Object.fromEntries defines own keys (a universe named `__proto__` stays a key)
    out.universes = Object.fromEntries(
      Object.entries(data.universes).map(([name, files]) => [
        name,
        {
          ...files,
          startEnd: toLocal(files.startEnd, map),
          ...(files.changes !== undefined ? { changes: toLocal(files.changes, map) } : {}),
        },
      ]),
    );
  }
  return out;
}

/**
 * Local paths and the submitter's names for them: the files a worker read (and its data folder),
 * each paired with the submitter's path it was mapped from. Going back this way needs no inverse of
 * the map, so nested or overlapping entries cannot name a file wrongly.
 */
export class PathNames {
  private readonly theirs = new Map<string, string>();
  private readonly pattern: RegExp | undefined;

  /** `pairs`: [submitter's path, local path]. */
  constructor(pairs: Iterable<readonly [string, string]>) {
    for (const [submitter, local] of pairs) if (submitter !== local) this.theirs.set(local, submitter);
    // Each read path as a whole: not inside a longer name on either side (a letter, digit, `_`, `.`,
    // `-` or, before it, `/`), longest first so a folder never takes a file's place. A path named with
    // `/` after it (the data folder, then a file the message names under it) is renamed as a folder.
    const paths = [...this.theirs.keys()].sort((a, b) => b.length - a.length);
    this.pattern =
      paths.length === 0
        ? undefined
        : new RegExp(`(?<![\\w./-])(?:${paths.map(escapeRegExp).join('|')})(?![\\w.-])`, 'g');
  }

  /** The submitter's name of a local path this worker read, or the path as it is. */
  nameOf(local: string): string {
    return this.theirs.get(local) ?? local;
  }

  /** `text` with every local path this worker read named as the submitter names it. */
  rename(text: string): string {
    if (!this.pattern) return text;
    return text.replace(this.pattern, (token) => this.theirs.get(token) ?? token);
  }

  /** `value` (a row) with `rename` applied to every string in it; Dates and numbers as they are. */
  renameAll<T>(value: T): T {
    if (!this.pattern) return value;
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return this.rename(v);
      if (Array.isArray(v)) return v.map(walk);
      if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])); // own keys, as given
      }
      return v;
    };
    return walk(value) as T;
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
