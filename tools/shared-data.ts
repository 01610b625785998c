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
import { describe, it } from 'vitest';

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

/**
 * `describe` for a suite that needs `../shared/<parts>`: the body gets the path and runs only when it
 * exists. (`describe.skipIf` is not enough: vitest still runs a skipped suite's body to collect its
 * tests, and a body that reads the data would crash.) Absent outside CI: one skipped test whose name
 * says why. Absent under CI: a failure, via `sharedPath`.
 */
export function describeShared(
  parts: readonly string[],
  name: string,
  body: (path: string) => void | Promise<void>,
): void {
  const path = sharedPath(...parts);
  if (path) describe(name, () => body(path));
  else describe.skip(name, () => it(missingShared(...parts), () => {}));
}
