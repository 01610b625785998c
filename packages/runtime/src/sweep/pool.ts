/**
 * A small worker-thread pool for sweeps: `jobs` are sent to `size` workers running `workerUrl`,
 * one job at a time per worker (pull model, so a slow grid point does not hold up others), and the
 * results come back ordered by job index whatever order they finish in: same inputs, same table.
 *
 * Worker protocol: the worker gets `workerData` once (shared setup, e.g. the data directory), then
 * messages `{index, job}`; it answers `{index, ok: true, result}` or `{index, ok: false, error}`.
 * Before the setup exists, the workers can help compute it: a helper task (`PoolHelpers.run`) goes
 * to every worker's task handler and each answers once.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';

/** Progress callback: jobs done so far, total jobs. */
export type Progress = (done: number, total: number) => void;

/** What a worker answers for one job. */
export type WorkerReply<R> =
  | { index: number; ok: true; result: R }
  | { index: number; ok: false; error: string };

/** Pool options. */
export interface PoolOptions {
  /** Worker count; default: available parallelism (at most the job count). */
  size?: number;
  /**
   * Sent once to every worker as `workerData`. A promise of it starts the workers at once, so their
   * start-up overlaps whatever computes it (a sweep's data load); each worker then gets the value as
   * its first message (`servePool` reads it either way).
   */
  workerData?: unknown;
  /**
   * Instead of `workerData`: called once the workers are started, with helpers that run tasks on
   * them, and returns the promise of their workerData, so the workers help compute their own setup
   * (a sweep's data load, split among all threads).
   */
  setup?: (helpers: PoolHelpers) => Promise<unknown>;
  onProgress?: Progress;
  /**
   * Stops the pool: no job is started after it aborts, the workers are terminated (jobs in flight
   * are dropped) and `runPool` resolves with the jobs finished so far (`interrupted: true`).
   */
  signal?: AbortSignal;
}

/** Runs tasks on the pool's workers while their setup is computed. */
export interface PoolHelpers {
  /** Send `payload` to every worker's task handler; one promise of its answer per worker. */
  run(payload: unknown): Promise<unknown>[];
}

/** Worker thread ids that ran at least one job (lets tests show several threads were used). */
export interface PoolRun<R> {
  /** Results by job index; after an interruption, only finished jobs have one (see `finished`). */
  results: R[];
  /** Per job index: did it finish? (all true unless interrupted) */
  finished: boolean[];
  threadsUsed: number;
  /** True when `signal` stopped the pool before every job finished. */
  interrupted: boolean;
}

/** The worker count `runPool` uses for `jobs` jobs (a `size` option or the available parallelism). */
export function poolSize(jobs: number, size?: number): number {
  return Math.max(1, Math.min(size ?? availableParallelism(), jobs));
}

/**
 * TypeScript sources run in workers through a bootstrap that registers tsx in the worker thread
 * (`--import` in a worker's execArgv is not honoured by Node 20), with the workspace's source
 * condition; built JavaScript runs as is.
 */
function spawn(url: URL, workerData: unknown): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  return new Worker(new URL('./ts-worker.mjs', import.meta.url), {
    workerData: { ...(workerData as object), __entry: url.href },
    execArgv: ['--conditions=@tactical/source'],
  });
}

/** Marks the workerData of a worker whose real workerData comes as its first message. */
const PENDING = '__poolWorkerData';
/** Marks a helper task for the worker's task handler, and its answer. */
const TASK = '__poolTask';
const TASK_DONE = '__poolTaskDone';

/** A worker's answer to a helper task. */
type TaskReply =
  | { [TASK_DONE]: true; ok: true; result: unknown }
  | { [TASK_DONE]: true; ok: false; error: string };

/**
 * The worker side of the protocol: `start` builds the job handler from the workerData (given at
 * spawn, or as the first message when the pool was given a promise of it), then every `{index, job}`
 * is answered with its result or its error. One job at a time (the pool sends the next one only after
 * the answer), so no queue is needed.
 */
export function servePool<S, J, R>(
  start: (workerData: S) => (job: J) => Promise<R> | R,
  task?: (payload: unknown) => Promise<unknown> | unknown,
): void {
  const port = parentPort!;
  const given = workerData as Record<string, unknown> | null;
  let run = given?.[PENDING] === true ? undefined : start(given as S);
  port.on('message', async (message: { index: number; job: J } & Record<string, unknown>) => {
    if (TASK in message) {
      try {
        if (!task) throw new Error('this worker has no task handler');
        port.postMessage({ [TASK_DONE]: true, ok: true, result: await task(message[TASK]) });
      } catch (e) {
        port.postMessage({ [TASK_DONE]: true, ok: false, error: e instanceof Error ? e.message : String(e) });
      }
      return;
    }
    if (run === undefined) {
      run = start(message[PENDING] as S);
      return;
    }
    const { index, job } = message;
    try {
      port.postMessage({ index, ok: true, result: await run(job) });
    } catch (e) {
      port.postMessage({ index, ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  });
}

/** Run every job on the pool; rejects with the first job error (naming the job index). */
export async function runPool<J, R>(
  workerUrl: URL,
  jobs: readonly J[],
  options: PoolOptions = {},
): Promise<PoolRun<R>> {
  const total = jobs.length;
  const results: R[] = new Array(total);
  const finished: boolean[] = new Array(total).fill(false);
  if (total === 0) return { results, finished, threadsUsed: 0, interrupted: false };
  const size = poolSize(total, options.size);
  const signal = options.signal;
  let interrupted = false;
  let next = 0;
  let done = 0;
  const used = new Set<number>();
  const workers: Worker[] = [];
  let onAbort: (() => void) | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: Error) => {
        if (!failed) {
          failed = true;
          reject(error);
        }
      };
      const stop = () => {
        interrupted = done < total;
        resolve();
      };
      if (signal?.aborted) return stop();
      onAbort = stop;
      signal?.addEventListener('abort', stop, { once: true });
      const given = options.workerData;
      const deferred = given instanceof Promise || options.setup !== undefined;
      // Per worker, the helper tasks it has not answered yet (answers come in order).
      const waiting: { resolve: (v: unknown) => void; reject: (e: Error) => void }[][] = [];
      const helpers: PoolHelpers = {
        run: (payload) =>
          workers.map(
            (worker, w) =>
              new Promise((resolve, reject) => {
                waiting[w]!.push({ resolve, reject });
                worker.postMessage({ [TASK]: payload });
              }),
          ),
      };
      const abandon = (w: number, error: Error) => {
        for (const t of waiting[w]!.splice(0)) t.reject(error);
      };
      for (let w = 0; w < size; w++) {
        const worker = spawn(workerUrl, deferred ? { [PENDING]: true } : (given ?? {}));
        workers.push(worker);
        waiting.push([]);
      }
      const pending: Promise<unknown> | undefined = options.setup
        ? options.setup(helpers)
        : given instanceof Promise
          ? given
          : undefined;
      pending?.catch((e) => fail(e instanceof Error ? e : new Error(String(e))));
      workers.forEach((worker, w) => {
        const feed = () => {
          if (next < total && !signal?.aborted) {
            const index = next++;
            worker.postMessage({ index, job: jobs[index] });
          }
        };
        worker.on('message', (reply: WorkerReply<R> | TaskReply) => {
          if (TASK_DONE in reply) {
            const t = waiting[w]!.shift();
            if (reply.ok) t?.resolve(reply.result);
            else t?.reject(new Error(reply.error));
            return;
          }
          if (!reply.ok) return fail(new Error(`sweep point ${reply.index}: ${reply.error}`));
          if (interrupted) return;
          results[reply.index] = reply.result;
          finished[reply.index] = true;
          used.add(worker.threadId);
          done++;
          options.onProgress?.(done, total);
          if (done === total) resolve();
          else feed();
        });
        worker.on('error', (e) => {
          const error = e instanceof Error ? e : new Error(String(e));
          abandon(w, error);
          fail(error);
        });
        worker.on('exit', (code) => {
          abandon(w, new Error(`a sweep worker exited with code ${code}`));
          if (code !== 0 && done < total && !signal?.aborted)
            fail(new Error(`a sweep worker exited with code ${code}`));
        });
        if (!pending) feed();
        else
          pending.then((value) => {
            if (failed || signal?.aborted) return;
            worker.postMessage({ [PENDING]: value });
            feed();
          }, fail);
      });
    });
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { results, finished, threadsUsed: used.size, interrupted };
}
