/**
 * What produced a report: the spec (text and sha256), the engine version, every file of the data
 * folder with its sha256 and date span, and the run's options. Nothing time-dependent (no "generated
 * at"), so the same inputs give a byte-identical report.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file of the data folder. */
export interface DataFileInfo {
  /** Path relative to the data folder, '/'-separated. */
  file: string;
  bytes: number;
  sha256: string;
  /** First and last ISO day found at the start of a line (null when the file has none). */
  first: string | null;
  last: string | null;
  /** Lines that start with an ISO day (data rows of a Yahoo-layout CSV). */
  rows: number;
}

/** Provenance of the data a run read. */
export interface DataProvenance {
  /** The folder as given on the command line. */
  dir: string;
  files: DataFileInfo[];
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const DAY_AT_LINE_START = /^(\d{4}-\d{2}-\d{2})/;

/** sha256 and span of one file. */
export function describeFile(path: string, name: string): DataFileInfo {
  const bytes = readFileSync(path);
  let first: string | null = null;
  let last: string | null = null;
  let rows = 0;
  if (/\.(csv|txt)$/i.test(name)) {
    for (const line of bytes.toString('utf8').split('\n')) {
      const m = DAY_AT_LINE_START.exec(line);
      if (!m) continue;
      rows++;
      if (first === null || m[1]! < first) first = m[1]!;
      if (last === null || m[1]! > last) last = m[1]!;
    }
  }
  return { file: name, bytes: bytes.length, sha256: sha256(bytes), first, last, rows };
}

/** Every regular file under `dir` (recursively, sorted by path), hashed. */
export function describeDataFolder(dir: string, shownAs: string = dir): DataProvenance {
  const files: DataFileInfo[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() || (entry.isSymbolicLink() && statSync(path).isFile())) {
        files.push(describeFile(path, relative(dir, path).split('\\').join('/')));
      }
    }
  };
  walk(dir);
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { dir: shownAs, files };
}

/** The version of `@tactical/runtime` this process runs (found beside this package), or 'unknown'. */
export function engineVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    for (const candidate of [
      join(dir, 'node_modules', '@tactical', 'runtime', 'package.json'),
      join(dir, 'runtime', 'package.json'),
    ]) {
      if (existsSync(candidate)) {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === '@tactical/runtime' && pkg.version) return pkg.version;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return 'unknown';
}
