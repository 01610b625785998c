/**
 * `tactical worker --data-map FROM=TO`: a worker whose machine mounts the sweep's data elsewhere reads
 * the submitter's path FROM at its own path TO. The sweep's data paths (the `--data` folder or store and
 * the membership files) are mapped before the worker reads them; the worker's fingerprint is taken of
 * the mapped files but named by the submitter's paths, so it equals the submitter's exactly when the
 * bytes (and the layout under FROM) are the same; and every path in a row the worker sends back (a data
 * warning's file) is mapped back, so rows are byte-identical to a local sweep on the submitter's
 * machine.
 *
 * A path maps when it is FROM or lies under it (`/data` maps `/data/SPY.csv`, not `/database`); the
 * first entry that matches wins.
 */
import type { SweepData } from '@tactical/runtime';

/** One `--data-map` entry: the submitter's path and this machine's. */
export interface DataMapEntry {
  from: string;
  to: string;
}

export type DataMap = readonly DataMapEntry[];

/** `path` with the prefix `a` replaced by `b`, when `path` is `a` or lies under it; else undefined. */
function swapPrefix(path: string, a: string, b: string): string | undefined {
  if (path === a) return b;
  const base = a.endsWith('/') ? a : `${a}/`;
  return path.startsWith(base)
    ? `${b.endsWith('/') ? b.slice(0, -1) : b}/${path.slice(base.length)}`
    : undefined;
}

/** The submitter's `path` as this machine reads it. */
export function toLocal(path: string, map: DataMap): string {
  for (const { from, to } of map) {
    const local = swapPrefix(path, from, to);
    if (local !== undefined) return local;
  }
  return path;
}

/** This machine's `path` as the submitter names it (the inverse of `toLocal`). */
export function toSubmitter(path: string, map: DataMap): string {
  for (const { from, to } of map) {
    const theirs = swapPrefix(path, to, from);
    if (theirs !== undefined) return theirs;
  }
  return path;
}

/** The sweep's data with every path as this machine reads it. */
export function localData(data: SweepData, map: DataMap): SweepData {
  if (map.length === 0) return data;
  const out: SweepData = { ...data, dir: toLocal(data.dir, map) };
  if (data.universes) {
    const universes: NonNullable<SweepData['universes']> = {};
    for (const [name, files] of Object.entries(data.universes)) {
      Object.defineProperty(universes, name, {
        value: {
          ...files,
          startEnd: toLocal(files.startEnd, map),
          ...(files.changes !== undefined ? { changes: toLocal(files.changes, map) } : {}),
        },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    out.universes = universes;
  }
  return out;
}

/**
 * `value` (a row) with every local path inside its strings named as the submitter names it: a data
 * warning's file, a point error that quotes a path. Only whole path prefixes are replaced (TO followed
 * by `/`, or TO ending the string), so other text stays as it was.
 */
export function submitterPaths<T>(value: T, map: DataMap): T {
  if (map.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return rename(v, map);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        Object.defineProperty(out, k, {
          value: walk(x),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

function rename(text: string, map: DataMap): string {
  let out = text;
  for (const { from, to } of map) {
    const local = to.endsWith('/') ? to.slice(0, -1) : to;
    const theirs = from.endsWith('/') ? from.slice(0, -1) : from;
    if (local === '' || !out.includes(local)) continue;
    // TO as a whole path or a path's prefix: after the start, a space, a quote, a bracket, `=` or
    // `,`, and before `/`, the end, a space, `:` (file:line), a quote, `,` or a closing bracket
    out = out.replace(
      new RegExp(`(?<=^|[\\s'"(\\[=,])${escapeRegExp(local)}(?=/|$|[\\s:'",)\\]])`, 'g'),
      theirs,
    );
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
