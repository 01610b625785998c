/**
 * A small worker-thread pool for sweeps: `jobs` are sent to `size` workers running `workerUrl`,
 * one job at a time per worker (pull model, so a slow grid point does not hold up others), and the
 * results come back ordered by job index whatever order they finish in: same inputs, same table.
 *
 * Worker protocol: the worker gets `workerData` once (shared setup, e.g. the data directory), then
 * messages `{index, job}`; it answers `{index, ok: true, result}` or `{index, ok: false, error}`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

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
  /** Sent once to every worker as `workerData`. */
  workerData?: unknown;
  onProgress?: Progress;
}

/** Worker thread ids that ran at least one job (lets tests show several threads were used). */
export interface PoolRun<R> {
  results: R[];
  threadsUsed: number;
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

/** Run every job on the pool; rejects with the first job error (naming the job index). */
export async function runPool<J, R>(
  workerUrl: URL,
  jobs: readonly J[],
  options: PoolOptions = {},
): Promise<PoolRun<R>> {
  const total = jobs.length;
  const results: R[] = new Array(total);
  if (total === 0) return { results, threadsUsed: 0 };
  const size = Math.max(1, Math.min(options.size ?? availableParallelism(), total));
  let next = 0;
  let done = 0;
  const used = new Set<number>();
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: Error) => {
        if (!failed) {
          failed = true;
          reject(error);
        }
      };
      for (let w = 0; w < size; w++) {
        const worker = spawn(workerUrl, options.workerData ?? {});
        workers.push(worker);
        const feed = () => {
          if (next < total) {
            const index = next++;
            worker.postMessage({ index, job: jobs[index] });
          }
        };
        worker.on('message', (reply: WorkerReply<R>) => {
          if (!reply.ok) return fail(new Error(`sweep point ${reply.index}: ${reply.error}`));
          results[reply.index] = reply.result;
          used.add(worker.threadId);
          done++;
          options.onProgress?.(done, total);
          if (done === total) resolve();
          else feed();
        });
        worker.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
        worker.on('exit', (code) => {
          if (code !== 0 && done < total) fail(new Error(`a sweep worker exited with code ${code}`));
        });
        feed();
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { results, threadsUsed: used.size };
}
