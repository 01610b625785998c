/**
 * Connections to the `--queue` server (url.ts) that fail with a sentence instead of retrying forever
 * or printing a stack.
 */
import type { ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { QueueError } from './errors.js';
import type { RedisTarget } from './url.js';

/** Plain text of a connection error (ioredis wraps some in AggregateError). */
function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Connect once to check Redis is there and new enough (BullMQ needs Redis 5 or newer); a QueueError with
 * the reason and a fix otherwise. Resolves with the server's version.
 */
export async function checkRedis(target: RedisTarget): Promise<string> {
  const probe = new Redis({
    ...target.options,
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause: unknown; // the socket's own error (ECONNREFUSED…); connect() only says the connection closed
  probe.on('error', (e: unknown) => void (cause ??= e));
  try {
    await probe.connect();
    const info = await probe.info('server');
    const version = /redis_version:([\d.]+)/.exec(info)?.[1] ?? 'unknown';
    const major = Number(version.split('.')[0]);
    if (!(major >= 5)) {
      throw new QueueError(
        `Redis at ${target.label} is version ${version}; distributed sweeps need Redis 5 or newer`,
      );
    }
    return version;
  } catch (e) {
    if (e instanceof QueueError) throw e;
    throw new QueueError(
      `cannot reach Redis at ${target.label} (${reason(cause ?? e)}); start it there (e.g. redis-server --port ${target.options.port}) or fix --queue`,
    );
  } finally {
    probe.disconnect();
  }
}

/**
 * A connection for the sweep's own records: reconnects after a drop, but a command waits for at most
 * two reconnection attempts and then rejects, so a lost Redis surfaces as an error, not a hang.
 */
export function openRedis(target: RedisTarget, onError: (message: string) => void): Redis {
  const redis = new Redis({ ...target.options, maxRetriesPerRequest: 2, connectTimeout: 5_000 });
  redis.on('error', (e: unknown) => onError(reason(e)));
  return redis;
}

/** BullMQ's connection options for the same server (BullMQ opens and owns these connections). */
export function bullConnection(target: RedisTarget): ConnectionOptions {
  // BullMQ declares its own copy of ioredis's option type; the values are ioredis's
  return { ...target.options, maxRetriesPerRequest: null } as ConnectionOptions;
}

/**
 * Watches a connection for a Redis that stays away: `guard(work)` settles as `work` does, or rejects
 * with a QueueError once the connection has been down for longer than `patienceMs` (BullMQ's own
 * commands would otherwise wait for Redis forever).
 */
export class RedisWatch {
  private downSince: number | undefined;
  private lastError = '';
  private readonly timer: NodeJS.Timeout;
  private readonly lost: Promise<never>;

  constructor(
    redis: Redis,
    private readonly target: RedisTarget,
    private readonly patienceMs: number,
    /** What was done so far, for the message (e.g. "12 of 80 point(s) were collected"). */
    private readonly progress: () => string,
  ) {
    redis.on('close', () => void (this.downSince ??= Date.now()));
    redis.on('ready', () => void (this.downSince = undefined));
    redis.on('error', (e: unknown) => void (this.lastError = reason(e)));
    let fail: (e: Error) => void = () => {};
    this.lost = new Promise<never>((_, reject) => (fail = reject));
    this.lost.catch(() => {}); // observed through guard()
    this.timer = setInterval(() => {
      if (this.downSince !== undefined && Date.now() - this.downSince > this.patienceMs) {
        const seconds = Math.round(this.patienceMs / 1000);
        fail(
          new QueueError(
            `lost Redis at ${this.target.label} for ${seconds} s (${this.lastError || 'connection closed'}); ` +
              `${this.progress()}; rerun the sweep when Redis is back`,
          ),
        );
      }
    }, 250);
    this.timer.unref();
  }

  /** True while the connection is down. */
  get down(): boolean {
    return this.downSince !== undefined;
  }

  guard<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.lost]);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
