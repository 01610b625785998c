/**
 * The point threads of a `tactical worker`: points run here, off the process's main thread, so the
 * main thread stays free to renew BullMQ's job locks however long a backtest computes (see
 * LOCK_DURATION_MS). One request per thread at a time; a thread that dies is replaced on the next one.
 * A sweep's data is loaded once per process (`share`) and read by every thread from shared memory.
 */
import { Worker } from 'node:worker_threads';
import type { SharedSweepData, SweepRow, SweepSetup } from '@tactical/runtime';
import type { PointReply, PointRequest } from './point-thread.js';

const entry = new URL(
  import.meta.url.endsWith('.ts') ? './point-thread.ts' : './point-thread.js',
  import.meta.url,
);

/** Built JavaScript runs as is; TypeScript sources (tests) go through a bootstrap that registers tsx. */
function spawnThread(): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  return new Worker(new URL('./ts-thread.mjs', import.meta.url), {
    workerData: { __entry: entry.href },
    execArgv: ['--conditions=@tactical/source'],
  });
}

/** A failure of the thread itself (it crashed or was stopped), not of the point's backtest. */
export class ThreadLostError extends Error {
  override readonly name = 'ThreadLostError';
}

export class PointThreads {
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  private readonly waiting: ((thread: Worker) => void)[] = [];
  private closed = false;

  /** `size` threads at most; each runner's feature cache is bounded by `cacheBytes`. */
  constructor(
    readonly size: number,
    private readonly cacheBytes: number,
  ) {}

  /** Run point `index` of sweep `sweep`; rejects with the thread's error message. */
  async run(sweep: string, setup: SweepSetup, index: number): Promise<SweepRow> {
    const reply = await this.ask({
      kind: 'point',
      sweep,
      setup: { ...setup, cacheBytes: this.cacheBytes },
      index,
    });
    if (!('row' in reply)) throw new ThreadLostError('a point thread answered out of turn');
    return reply.row;
  }

  /**
   * Load the sweep's data once for every thread of this process (on a thread: the main thread stays
   * free for lock renewals); undefined when the base spec cannot be planned (each point then reads
   * the files itself and reports its own error).
   */
  async share(setup: SweepSetup): Promise<SharedSweepData | undefined> {
    const reply = await this.ask({ kind: 'share', setup });
    if (!('shared' in reply)) throw new ThreadLostError('a point thread answered out of turn');
    return reply.shared;
  }

  private async ask(request: PointRequest): Promise<Extract<PointReply, { ok: true }>> {
    const thread = await this.acquire();
    let lost = false;
    try {
      const reply = await new Promise<PointReply>((resolve, reject) => {
        const onMessage = (r: PointReply) => done(() => resolve(r));
        const onError = (e: Error) =>
          done(() => reject(new ThreadLostError(`a point thread failed: ${e.message}`)));
        const onExit = (code: number) =>
          done(() => reject(new ThreadLostError(`a point thread stopped (exit code ${code})`)));
        const done = (settle: () => void) => {
          thread.off('message', onMessage).off('error', onError).off('exit', onExit);
          settle();
        };
        thread.on('message', onMessage).on('error', onError).on('exit', onExit);
        thread.postMessage(request);
      });
      if (!reply.ok) throw new Error(reply.error);
      return reply;
    } catch (e) {
      lost = e instanceof ThreadLostError;
      throw e;
    } finally {
      this.release(thread, lost);
    }
  }

  /** Stop every thread now (points in flight reject with ThreadLostError). */
  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy];
    this.idle.length = 0;
    await Promise.all(all.map((t) => t.terminate()));
  }

  private async acquire(): Promise<Worker> {
    if (this.closed) throw new ThreadLostError('the point threads are stopped');
    const thread =
      this.idle.pop() ??
      (this.busy.size < this.size ? spawnThread() : await new Promise<Worker>((r) => this.waiting.push(r)));
    this.busy.add(thread);
    return thread;
  }

  private release(thread: Worker, lost: boolean): void {
    this.busy.delete(thread);
    if (lost || this.closed) {
      void thread.terminate();
      const next = this.waiting.shift();
      if (next && !this.closed) next(spawnThread());
      return;
    }
    const next = this.waiting.shift();
    if (next) next(thread);
    else this.idle.push(thread);
  }
}
