/**
 * Building and packing the publishable packages, for `pnpm check:packages` (publint, attw) and
 * the consumer test: `build()` runs `tsc -b tsconfig.build.json` (incremental: fast when nothing
 * changed) and bundles the sweep worker, `pack()` runs `pnpm pack` in each package (which turns
 * `workspace:*` and `catalog:` into real versions) and returns the tarballs (its `prepack` build is
 * skipped: `build()` ran already).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot: string = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The published packages, dependencies first. */
export const PACKAGES = ['calendars', 'spec', 'runtime', 'report', 'server', 'cli'] as const;
export type PackageName = (typeof PACKAGES)[number];

const PNPM = 'pnpm@10.34.9';

/**
 * How to call pnpm: the pnpm running this script (`npm_execpath`), else `npx -y pnpm@…` (no global
 * pnpm needed, as in the README).
 */
function pnpm(): { file: string; args: string[] } {
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/.test(execpath)) {
    return /\.[cm]?js$/.test(execpath)
      ? { file: process.execPath, args: [execpath] }
      : { file: execpath, args: [] };
  }
  return { file: 'npx', args: ['-y', PNPM] };
}

/** Bundles the built sweep worker into one file (run after tsc; see the script). */
export const WORKER_BUNDLER = 'packages/runtime/scripts/bundle-worker.mjs';

/**
 * `tsc -b tsconfig.build.json`: every package to `packages/<name>/dist`. Incremental builds never
 * delete outputs whose source is gone (a moved or renamed file), so those are removed first: a tarball
 * must hold exactly what src/ builds to.
 */
export function build(): void {
  for (const name of PACKAGES) pruneStaleOutputs(join(repoRoot, 'packages', name));
  const tsc = createRequire(join(repoRoot, 'package.json')).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'inherit' });
  execFileSync(process.execPath, [join(repoRoot, WORKER_BUNDLER)], { cwd: repoRoot, stdio: 'inherit' });
}

/** Delete `dist/x.{js,d.ts,*.map}` whose `src/x.ts` no longer exists; returns how many were removed. */
export function pruneStaleOutputs(pkgDir: string): number {
  const dist = join(pkgDir, 'dist');
  if (!existsSync(dist)) return 0;
  let removed = 0;
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const stem = /^(.*?)(\.d\.ts\.map|\.d\.ts|\.js\.map|\.js)$/.exec(file)?.[1];
    if (stem === undefined || existsSync(join(pkgDir, 'src', `${stem}.ts`))) continue;
    rmSync(join(dist, file));
    removed++;
  }
  if (removed > 0) rmSync(join(pkgDir, '.tsbuildinfo'), { force: true }); // let tsc re-check everything
  return removed;
}

/** `pnpm pack` every package into `dest`; returns the tarball path of each package. */
export function pack(dest: string): Record<PackageName, string> {
  mkdirSync(dest, { recursive: true });
  const { file, args } = pnpm();
  const out = {} as Record<PackageName, string>;
  for (const name of PACKAGES) {
    const before = new Set(readdirSync(dest));
    execFileSync(file, [...args, 'pack', '--pack-destination', dest, '--config.ignore-scripts=true'], {
      cwd: join(repoRoot, 'packages', name),
      stdio: ['ignore', 'ignore', 'inherit'],
      // pnpm's own script settings (npm_config_*) make the npm it may call warn; pack needs none of them
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key))),
        COREPACK_INTEGRITY_KEYS: '0',
      },
    });
    const made = readdirSync(dest).filter((f) => f.endsWith('.tgz') && !before.has(f));
    if (made.length !== 1) throw new Error(`pnpm pack in packages/${name} made ${made.length} tarballs`);
    out[name] = join(dest, made[0]!);
  }
  return out;
}
