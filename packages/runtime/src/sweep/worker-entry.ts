/**
 * Which file a sweep worker thread runs.
 *
 * The built package ships the worker twice: as dist/sweep/worker.js with the ~150 modules it imports,
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

/**
 * The worker entry in `folder` (the runtime's dist/sweep/): the bundle while it is current, else
 * worker.js. Neither there means the runtime's code was bundled into another file, which leaves its
 * worker behind: an error that says so, instead of a module-not-found from inside the pool.
 */
export function workerEntryIn(folder: URL): URL {
  if (bundleIsCurrent(folder)) return new URL('worker.bundle.js', folder);
  const modules = new URL('worker.js', folder);
  if (!existsSync(modules)) {
    throw new Error(
      `runSweep: no sweep worker in ${fileURLToPath(folder)} (neither worker.bundle.js nor worker.js). ` +
        'Code that bundles @tactical/runtime into one file leaves its worker behind: keep ' +
        '@tactical/runtime external to the bundle, or run the sweep with workers: 0.',
    );
  }
  return modules;
}

let chosen: URL | undefined;

/** The sweep worker's entry module for this installation (checked once per process). */
export function sweepWorkerEntry(): URL {
  if (chosen !== undefined) return chosen;
  const here = new URL('./', import.meta.url);
  chosen = import.meta.url.endsWith('.ts') ? new URL('worker.ts', here) : workerEntryIn(here);
  return chosen;
}
