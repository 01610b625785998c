/**
 * The CLI as fresh processes, affordably: `bundleCli` builds src/main.ts once with esbuild into one
 * ES module (tsx would transpile every file again in every process, ~1.4 s each), and `spawnCli` runs
 * `node bundle.mjs ...` — a new process with nothing in memory from the previous call.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const main = join(import.meta.dirname, '..', '..', 'src', 'main.ts');

/**
 * Bundle the CLI into `dir/bin/tactical.mjs` (the server is left out: `serve` imports it lazily), with
 * the CLI's package.json at `dir/package.json`, where the CLI reads its version (`../package.json`).
 */
export async function bundleCli(dir: string): Promise<string> {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  copyFileSync(join(main, '..', '..', 'package.json'), join(dir, 'package.json'));
  const outfile = join(dir, 'bin', 'tactical.mjs');
  await build({
    entryPoints: [main],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    conditions: ['@tactical/source'],
    external: ['@tactical/server'],
    logLevel: 'error',
    // bundled CommonJS dependencies call require() for node built-ins
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}

/** Run `node bundle args...` in `cwd`; resolves with the exit code and both streams. */
export function spawnCli(
  bundle: string,
  args: readonly string[],
  cwd: string,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bundle, ...args], { cwd, maxBuffer: 64 << 20 }, (error, out, err) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, out, err });
    });
  });
}

/** At most `n` tasks at once (tests sharing a small machine). */
export function limit(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= n) await new Promise<void>((r) => waiting.push(r));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/**
 * Closes of a data file by date, read independently of the engine: the header names the `date` and
 * `close` columns (Yahoo `Date,...,Close,...` or all_stocks_5yr `date,...,close,...`).
 */
export function closesOf(file: string): Map<string, number> {
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const header = lines[0]!.split(',').map((h) => h.trim().toLowerCase());
  const d = header.indexOf('date');
  const c = header.indexOf('close');
  const out = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    if (cells[c] !== undefined && cells[c] !== '') out.set(cells[d]!, Number(cells[c]));
  }
  return out;
}
