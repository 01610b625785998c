#!/usr/bin/env node
// Bundles the built sweep worker (dist/sweep/worker.js and the ~150 modules it imports) into one ES
// module, dist/sweep/worker.bundle.js: a worker thread then loads one file and answers its first
// message in about half the time (docs/sweeps.md § Worker start-up). Run after `tsc -b` by every build
// (root and package `build`, `prepack`, tools/packaging.ts, tools/tactical.mjs).
//
// Beside it, worker.bundle.json names the workspace modules the bundle was made from and a digest of
// their contents; sweep/worker-entry.ts uses the bundle only while those modules are unchanged (a
// `tsc -b` alone would otherwise leave workers running older code than the calling thread).
// Third-party modules are bundled as they were at build time; apache-arrow (the store importer,
// loaded on demand) stays an import.
//
//   node scripts/bundle-worker.mjs           bundle (after tsc -b)
//   node scripts/bundle-worker.mjs --clean   remove the bundle and its manifest
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const runtimeDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sweepDir = join(runtimeDir, 'dist', 'sweep');
const BUNDLE = join(sweepDir, 'worker.bundle.js');
const MANIFEST = join(sweepDir, 'worker.bundle.json');

function cleanWorkerBundle() {
  rmSync(BUNDLE, { force: true });
  rmSync(MANIFEST, { force: true });
}

async function bundleWorker() {
  cleanWorkerBundle(); // never leave a bundle of older code if this fails
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: runtimeDir,
    entryPoints: [join(sweepDir, 'worker.js')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['apache-arrow'],
    metafile: true,
    logLevel: 'error',
    legalComments: 'eof',
  });
  // Workspace modules (ours, rebuilt by tsc) are checked at run time; node_modules ones are bundled.
  const inputs = Object.keys(result.metafile.inputs)
    .filter((path) => !path.split(/[\\/]/).includes('node_modules'))
    .map((path) => relative(sweepDir, join(runtimeDir, path)).split('\\').join('/'))
    .sort();
  // the digest is the one the runtime checks (dist/sweep/worker-entry.js, just built by tsc)
  const { bundleDigest } = await import(pathToFileURL(join(sweepDir, 'worker-entry.js')).href);
  const manifest = { inputs, sha256: bundleDigest(inputs, pathToFileURL(`${sweepDir}/`)) };
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
}

if (process.argv.includes('--clean')) cleanWorkerBundle();
else await bundleWorker();
