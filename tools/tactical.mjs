#!/usr/bin/env node
// The repository's own `tactical` (`pnpm tactical …`, `node tools/tactical.mjs …`): runs the built CLI
// (packages/cli/dist/main.js), as an installed binary would. When a package's src/ is newer than its last
// build (or was never built) it first runs `tsc -b tsconfig.build.json` (incremental), saying so on stderr.
// Tests and the demo run from source instead and need no build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['calendars', 'spec', 'runtime', 'report', 'server', 'cli'];

/** Newest modification time of the library sources under `dir` (tests excluded). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

// when this launcher last built (tsc -b leaves its own outputs untouched when nothing changed)
const stamp = join(root, 'node_modules', '.cache', 'tactical-build-stamp');
const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const stale = packages.some((name) => {
  const dir = join(root, 'packages', name);
  if (!existsSync(join(dir, 'dist', 'index.js'))) return true;
  return newestSource(join(dir, 'src')) > built || statSync(join(dir, 'package.json')).mtimeMs > built;
});
if (stale) {
  process.stderr.write('tactical: building packages/*/dist (sources changed since the last build)…\n');
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  // the sweep workers' one-file bundle (packages/runtime/scripts/bundle-worker.mjs)
  execFileSync(process.execPath, [join(root, 'packages/runtime/scripts/bundle-worker.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
await import(pathToFileURL(join(root, 'packages', 'cli', 'dist', 'main.js')).href);
