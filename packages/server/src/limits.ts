/**
 * Bounded concurrency and a per-request time limit. The engine's work is CPU-bound JavaScript, so at
 * most `active` computations run at once (more would only share the same cores and all finish late);
 * up to `queued` more wait their turn, and beyond that a request is refused at once (503 + Retry-After)
 * instead of piling up. A computation that passes its time limit is answered 503 `time_limit`; it
 * cannot be interrupted mid-computation (it is synchronous JavaScript), so it keeps its slot until it
 * ends — the slot count, not the timer, is what bounds the load.
 */

/** Thrown when the queue is full (the caller answers 503). */
export class Overloaded extends Error {
  override readonly name = 'Overloaded';
}

/** Thrown when a computation passed its time limit (the caller answers 503). */
export class TimeLimit extends Error {
  override readonly name = 'TimeLimit';
}

/** A counting semaphore with a bounded wait queue. */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(
    readonly active: number,
    readonly queued: number,
  ) {}

  /** Run `task` when a slot is free; throws Overloaded when `queued` callers already wait. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.active) {
      if (this.waiting.length >= this.queued) throw new Overloaded('too many requests in progress');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/**
 * `work` raced against `ms`: rejects with TimeLimit when the time passes first. The work is not
 * cancelled (see the file comment); its eventual result is dropped.
 */
export function withTimeLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeLimit(`the request took longer than ${ms} ms`)), ms);
  });
  work.catch(() => {}); // an error after the time limit has nobody to go to
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
