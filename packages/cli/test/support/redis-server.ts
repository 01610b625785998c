/**
 * Debian's `redis-server` for the distributed-sweep tests, started by the test itself on a free local
 * port with no persistence, in a temp folder; and the built CLI (`packages/cli/dist/main.js`) as child
 * processes whose output can be waited on. (No vitest here: bench/queue-sweep.bench.ts uses it too.)
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../../../tools/shared-data.js';

/** The server binary (override with TACTICAL_REDIS_SERVER). */
export const redisServerPath = process.env.TACTICAL_REDIS_SERVER ?? 'redis-server';

/** True when the redis-server binary runs here. */
export const hasRedis = spawnSync(redisServerPath, ['--version'], { encoding: 'utf8' }).status === 0;

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A child process whose stdout and stderr are kept, with a way to wait for a line. */
export interface Proc {
  child: ChildProcess;
  out(): string;
  err(): string;
  /** Resolves with the first match of `pattern` in stdout + stderr; rejects after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

export function startProcess(file: string, args: readonly string[], cwd = root): Proc {
  const child = spawn(file, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const w of [...waiters]) w();
  };
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    notify();
  });
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
    notify();
  });
  const exited = new Promise<number | string>((resolve) =>
    child.on('close', (code, signal) => {
      notify();
      resolve(code ?? signal ?? -1);
    }),
  );
  return {
    child,
    out: () => out,
    err: () => err,
    exited,
    waitFor(pattern, ms = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = (out + err).match(pattern);
          if (m) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(m);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${pattern}; output so far:\n${out}\n${err}`));
        }, ms);
        waiters.add(check);
        check();
      });
    },
  };
}

/** `tactical …` from the built packages, as an installed binary runs. */
export function startCli(args: readonly string[]): Proc {
  return startProcess(process.execPath, [join(root, 'packages', 'cli', 'dist', 'main.js'), ...args]);
}

/** A running redis-server: its URL, and `stop()` ends it and removes its folder. */
export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tactical-redis-'));
  const port = await freePort();
  const server = startProcess(
    redisServerPath,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    dir,
  );
  await server.waitFor(/Ready to accept connections/, 15_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
