/**
 * `tactical worker --queue redis://host:port [--concurrency N] [--name NAME] [--data-map FROM=TO]…`:
 * run the points of sweeps submitted with `tactical sweep … --queue` (queue/worker.ts), on any machine
 * that reads the sweep's data, at the same paths or at paths `--data-map` gives (queue/data-map.ts).
 * Runs until stopped: the first Ctrl-C or SIGTERM finishes the
 * points in flight and exits 0; a second one puts them back in the queue for other workers at once
 * and exits 130. docs/distributed-sweeps.md.
 */
import { hostname } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import { type CliContext, ExitCode, UsageError } from '../context.js';
import type { DataMapEntry } from '../queue/data-map.js';
import { QueueError } from '../queue/errors.js';
import { parseRedisUrl, type RedisTarget } from '../queue/url.js';

export interface WorkerArgs {
  queue: RedisTarget;
  concurrency?: number;
  name: string;
  /** The submitter's data paths and where this machine has them. */
  dataMap: DataMapEntry[];
}

/** Check the raw commander options; every problem is a UsageError (exit 2). */
export function checkWorkerArgs(raw: Record<string, unknown>, cwd = process.cwd()): WorkerArgs {
  if (typeof raw.queue !== 'string' || raw.queue === '') {
    throw new UsageError('--queue redis://host:port is required (the Redis server the sweeps are queued on)');
  }
  const args: WorkerArgs = {
    queue: parseRedisUrl(raw.queue),
    name: `${hostname()}:${process.pid}`,
    dataMap: [],
  };
  for (const entry of (raw.dataMap as string[] | undefined) ?? []) {
    const at = entry.indexOf('=');
    const from = at > 0 ? entry.slice(0, at) : '';
    const to = at > 0 ? entry.slice(at + 1) : '';
    if (!isAbsolute(from) || to === '') {
      throw new UsageError(
        `--data-map '${entry}': use FROM=TO, FROM the absolute path the submitter's sweep names (its --data folder or a parent of it) and TO where this machine has it`,
      );
    }
    const mapped = { from: resolve(from), to: resolve(cwd, to) };
    if (mapped.from === '/' || mapped.to === '/') {
      throw new UsageError(`--data-map '${entry}': map a folder, not the root (/)`);
    }
    if (args.dataMap.some((e) => e.from === mapped.from)) {
      throw new UsageError(`--data-map: ${mapped.from} is mapped twice`);
    }
    args.dataMap.push(mapped);
  }
  if (raw.concurrency !== undefined) {
    const n = String(raw.concurrency);
    if (!/^\d+$/.test(n) || Number(n) < 1 || Number(n) > 256) {
      throw new UsageError(`--concurrency must be a whole number from 1 to 256, got '${n}'`);
    }
    args.concurrency = Number(n);
  }
  if (raw.name !== undefined) {
    const name = String(raw.name);
    if (!/^[\w.:@-]{1,100}$/.test(name)) {
      throw new UsageError(`--name '${name}': use 1 to 100 letters, digits and _ . : @ -`);
    }
    args.name = name;
  }
  return args;
}

/** Register the command on the program. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('worker')
    .description('Run the points of sweeps queued with `tactical sweep --queue` (until Ctrl-C or SIGTERM)')
    .option('--queue <redis://host:port>', 'the Redis server the sweeps are queued on (required)')
    .option('--concurrency <n>', 'points run at once, one thread each (default: available cores)')
    .option('--name <name>', "this worker in the submitter's messages (default: host:pid)")
    .option(
      '--data-map <FROM=TO>',
      "read the submitter's data path FROM (a folder or a parent of it) at TO on this machine (repeat for more)",
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .action(async (raw: Record<string, unknown>) => {
      ctx.exitCode = await workerCommand(checkWorkerArgs(raw, ctx.cwd), ctx);
    });
}

/** Run the worker until it is stopped; resolves to the exit code. */
export async function workerCommand(args: WorkerArgs, ctx: CliContext): Promise<number> {
  const { QueueWorker } = await import('../queue/worker.js');
  const log = (line: string) => ctx.stderr(`tactical worker ${args.name}: ${line}\n`);
  const worker = new QueueWorker({
    target: args.queue,
    name: args.name,
    log,
    dataMap: args.dataMap,
    ...(args.concurrency !== undefined ? { concurrency: args.concurrency } : {}),
  });
  try {
    await worker.start();
  } catch (error) {
    await worker.stop(true).catch(() => {});
    if (error instanceof QueueError) {
      ctx.stderr(`tactical: ${error.message}\n`);
      return ExitCode.findings;
    }
    throw error;
  }
  let signals = 0;
  let stoppedAll = false;
  const stopped = new Promise<number>((resolve) => {
    const release = ctx.onStop?.(() => {
      if (stoppedAll) return;
      signals++;
      if (signals === 1) {
        log('stopping: finishing the point(s) in flight (signal again to hand them back now)');
        void worker.stop(false).then(() => resolve(signals > 1 ? ExitCode.interrupted : ExitCode.ok));
      } else if (signals === 2) {
        log('stopping now: handing the point(s) in flight back to the queue');
        void worker.stop(true).then(() => resolve(ExitCode.interrupted));
      }
    });
    if (!release) log('no signal handling here: the worker runs until its process ends');
  });
  const code = await stopped;
  stoppedAll = true;
  log(`stopped after ${worker.done} point(s)`);
  // BullMQ may still be trying to reach a Redis that went away: nothing is left to do, so end here
  ctx.forceExit?.(code);
  return code;
}
