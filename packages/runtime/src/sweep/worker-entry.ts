/**
 * Which file a sweep worker thread runs.
 *
 * The built package ships the worker twice: as dist/sweep/worker.js with the ~130 modules it imports,
 * and as one bundled file, dist/sweep/worker.bundle.js (scripts/bundle-worker.mjs, run by every
 * build). A worker loads the bundle in about half the time, and that start-up competes for the cores
 * with the calling thread's load (docs/sweeps.md § Worker start-up). The bundle is used only while
 * the workspace modules it was made from are byte for byte those beside it (worker.bundle.json: their
 * paths and a digest of their contents): after a `tsc -b` without the bundling step, workers run
 * worker.js, never older code than the calling thread. From source (tests), workers run worker.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** worker.bundle.json, written by scripts/bundle-worker.mjs. */
interface BundleManifest {
  /** The workspace modules bundled, relative to the bundle's folder, sorted. */
  inputs: string[];
  /** sha256 over each input's path, NUL, contents, NUL, in order. */
  sha256: string;
}

/**
 * The digest of a bundle's inputs: sha256 over each path (as listed, relative to `folder`), NUL, the
 * file's contents, NUL, in order. scripts/bundle-worker.mjs writes it; `bundleIsCurrent` recomputes it.
 */
export function bundleDigest(inputs: readonly string[], folder: URL): string {
  const hash = createHash('sha256');
  for (const path of inputs) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(fileURLToPath(new URL(path, folder))));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * True when the bundle in `folder` (a file URL ending in /) exists and was made from the modules now
 * at its manifest's paths. A missing or unreadable file, or an unexpected manifest, means no.
 */
export function bundleIsCurrent(folder: URL): boolean {
  try {
    if (!existsSync(new URL('worker.bundle.js', folder))) return false;
    const { inputs, sha256 } = JSON.parse(
      readFileSync(new URL('worker.bundle.json', folder), 'utf8'),
    ) as Partial<BundleManifest>;
    if (!Array.isArray(inputs) || inputs.length === 0 || typeof sha256 !== 'string') return false;
    if (!inputs.every((path) => typeof path === 'string')) return false;
    return bundleDigest(inputs, folder) === sha256;
  } catch {
    return false;
  }
}

let chosen: URL | undefined;

/** The sweep worker's entry module for this installation (checked once per process). */
export function sweepWorkerEntry(): URL {
  if (chosen !== undefined) return chosen;
  const here = new URL('./', import.meta.url);
  if (import.meta.url.endsWith('.ts')) chosen = new URL('worker.ts', here);
  else chosen = new URL(bundleIsCurrent(here) ? 'worker.bundle.js' : 'worker.js', here);
  return chosen;
}
