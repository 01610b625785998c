/**
 * Bounded concurrency and a real per-request time limit: every computation runs in one of `size`
 * worker threads (the engine's work is synchronous JavaScript, so in the main thread one request would
 * block all others and no timer could stop it). Up to `queued` more requests wait for a free worker;
 * beyond that a request is refused at once (503 + Retry-After) instead of piling up. A computation
 * past `timeLimitMs` is stopped — its worker terminated and replaced — and answered 503 `time_limit`.
 */
import { Worker } from 'node:worker_threads';
import type { CommandOutcome } from './handlers.js';

/** Thrown when the queue is full (the caller answers 503). */
export class Overloaded extends Error {
  override readonly name = 'Overloaded';
}

/** Thrown when a computation passed its time limit (the caller answers 503). */
export class TimeLimit extends Error {
  override readonly name = 'TimeLimit';
}

interface Job {
  id: number;
  route: string;
  body: unknown;
  resolve: (out: CommandOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/**
 * TypeScript sources (tests, `pnpm tactical`) run in workers through a bootstrap registering tsx with
 * the workspace's source condition; built JavaScript runs as is.
 */
function spawn(url: URL, workerData: unknown): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  return new Worker(new URL('./ts-worker.mjs', import.meta.url), {
    workerData: { ...(workerData as object), __entry: url.href },
    execArgv: ['--conditions=@tactical/source'],
  });
}

/** A fixed set of long-lived workers, one request at a time each, with a bounded wait queue. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly entry: URL,
    private readonly workerData: unknown,
    readonly size: number,
    readonly queued: number,
    readonly timeLimitMs: number,
    private readonly onInternal: (stack: string) => void,
  ) {
    for (let k = 0; k < size; k++) this.slots.push(this.start());
  }

  private start(): Slot {
    const slot: Slot = { worker: spawn(this.entry, this.workerData) };
    slot.worker.on('message', (out: CommandOutcome & { id: number }) => {
      const job = slot.job;
      if (job === undefined || job.id !== out.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      if (out.stack !== undefined) this.onInternal(out.stack);
      job.resolve({ status: out.status, body: out.body });
      this.dispatch();
    });
    slot.worker.on('error', (error) => this.replace(slot, error));
    slot.worker.on('exit', () => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, new Error('worker exited'));
    });
    return slot;
  }

  /** Replace a failed or stopped worker; its job (if any) fails with `error`. */
  private replace(slot: Slot, error: Error): void {
    const k = this.slots.indexOf(slot);
    if (k < 0) return;
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    this.slots.splice(k, 1);
    void slot.worker.terminate();
    if (!this.closed) this.slots.push(this.start());
    if (job) job.reject(error);
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== undefined) continue;
      const job = this.waiting.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.timer = setTimeout(
        () => this.replace(slot, new TimeLimit(`the request took longer than ${this.timeLimitMs} ms`)),
        this.timeLimitMs,
      );
      slot.worker.postMessage({ id: job.id, route: job.route, body: job.body });
    }
  }

  /** Run `route` on `body` in a worker; rejects with Overloaded or TimeLimit. */
  run(route: string, body: unknown): Promise<CommandOutcome> {
    const busy = this.slots.every((s) => s.job !== undefined);
    if (busy && this.waiting.length >= this.queued) {
      return Promise.reject(new Overloaded('too many requests in progress'));
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, route, body, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new Overloaded('the server is closing'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
