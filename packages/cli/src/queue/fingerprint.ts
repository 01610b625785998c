/**
 * A fingerprint of the data a sweep reads: every file of the data folder (or store) and the
 * membership files, by path, size and SHA-256 of the content. The submitter sends its fingerprint
 * with the sweep; a worker computes its own from the same paths and runs no point unless they are
 * equal, so rows computed on different machines come from the same bytes. Hidden files (`.name`)
 * are left out: they are not data (editor and OS droppings).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SweepData } from '@tactical/runtime';

/** One file of the data. */
export interface DataFile {
  /** Absolute path, as the sweep names it. */
  path: string;
  bytes: number;
  sha256: string;
}

/** The files (sorted by path) and one digest over all of them. */
export interface DataFingerprint {
  digest: string;
  files: DataFile[];
}

/** Regular files under `dir`, recursively, hidden ones left out. */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The paths a sweep's data names: the folder's files and each membership file. */
export async function dataPaths(data: SweepData): Promise<string[]> {
  const paths = new Set(await filesUnder(data.dir));
  for (const files of Object.values(data.universes ?? {})) {
    paths.add(files.startEnd);
    if (files.changes !== undefined) paths.add(files.changes);
  }
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Fingerprint the data `data` names, as this machine sees it. Rejects when a file cannot be read. */
export async function fingerprintData(data: SweepData): Promise<DataFingerprint> {
  const files: DataFile[] = [];
  for (const path of await dataPaths(data)) {
    files.push({ path, bytes: (await stat(path)).size, sha256: await sha256(path) });
  }
  return fingerprintOf(files);
}

/** The fingerprint of `files` (sorted by path): the files and one digest over all of them. */
export function fingerprintOf(files: DataFile[]): DataFingerprint {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const all = createHash('sha256');
  for (const f of sorted) all.update(`${f.path}\0${f.bytes}\0${f.sha256}\n`);
  return { digest: all.digest('hex'), files: sorted };
}

/**
 * The first difference between the data here (`mine`) and the submitter's (`theirs`), as a sentence,
 * or undefined when they are the same.
 */
export function differenceOf(mine: DataFingerprint, theirs: DataFingerprint): string | undefined {
  if (mine.digest === theirs.digest) return undefined;
  const here = new Map(mine.files.map((f) => [f.path, f]));
  const there = new Map(theirs.files.map((f) => [f.path, f]));
  for (const f of theirs.files) {
    const h = here.get(f.path);
    if (!h) return `${f.path} is missing here`;
    if (h.bytes !== f.bytes) return `${f.path} has ${h.bytes} bytes here, ${f.bytes} at the submitter`;
    if (h.sha256 !== f.sha256) return `${f.path} has different content here (same size, ${f.bytes} bytes)`;
  }
  for (const f of mine.files) {
    if (!there.has(f.path)) return `${f.path} is here but not in the submitter's data`;
  }
  return 'the data differs from the submitter’s';
}
