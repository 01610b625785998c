/**
 * Locating `../shared` (real market data and calendar golden files) for tests and benchmarks.
 *
 * The data is never copied into the repository. A test that needs it calls `sharedPath(...)`:
 * when the folder is absent the test is skipped with a clear message, except under CI
 * (`CI=true`), where `../shared` is always present and its absence is a failure.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of the shared folder beside the repository (override with TACTICAL_SHARED). */
export const sharedRoot: string = process.env.TACTICAL_SHARED ?? resolve(repoRoot, '..', 'shared');

/** True when CI=true: missing shared data must fail, not skip. */
export const isCI: boolean = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Path of a file or folder under `../shared`, or `undefined` when it is absent outside CI.
 * Under CI a missing path throws, so the suite goes red instead of silently skipping.
 */
export function sharedPath(...parts: string[]): string | undefined {
  const p = join(sharedRoot, ...parts);
  if (existsSync(p)) return p;
  if (isCI) throw new Error(`shared data missing under CI: ${p} (CI must have ../shared beside the repo)`);
  return undefined;
}

/** Message for `describe.skipIf(...)`-style skips, so the reason shows in the test output. */
export function missingShared(...parts: string[]): string {
  return `skipped: ${join(sharedRoot, ...parts)} is absent (real-data tests need ../shared beside the repo)`;
}

/** Repository root, for tests that run the CLI or read examples. */
export const root: string = repoRoot;
