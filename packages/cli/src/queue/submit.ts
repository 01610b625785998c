/**
 * `tactical sweep … --queue redis://host:port`: put the sweep's record (setup and data fingerprint)
 * and one BullMQ job per grid point on Redis, then collect the rows the workers append, keyed by grid
 * index: a point's first row counts, a second one (a point re-run after its worker was presumed
 * dead) is dropped and counted. The rows come back in grid order, the same rows a local sweep
 * computes, so the command prints the same bytes. Everything the sweep put on Redis is removed when
 * it ends, however it ends (and expires after a week if the submitter itself dies).
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { engineVersion } from '@tactical/report';
import {
  checkAxes,
  type DateRange,
  expandGrid,
  type SweepAxis,
  type SweepData,
  type SweepRow,
} from '@tactical/runtime';
import { Queue } from 'bullmq';
import { QueueError } from './errors.js';
import { fingerprintData } from './fingerprint.js';
import {
  ALIVE_REFRESH_MS,
  ALIVE_TTL_MS,
  ATTEMPTS,
  BACKOFF_MS,
  decodeResult,
  encodeRecord,
  jobId,
  MAX_STALLED_COUNT,
  type PointJob,
  PREFIX,
  PROTOCOL,
  QUEUE_NAME,
  SWEEP_TTL_SECONDS,
  sweepKeys,
} from './protocol.js';
import { bullConnection, checkRedis, openRedis, RedisWatch } from './redis.js';
import type { RedisTarget } from './url.js';
import { within } from './within.js';

export interface QueuedSweepOptions {
  target: RedisTarget;
  spec: unknown;
  axes: SweepAxis[];
  data: SweepData;
  range: DateRange;
  cash: number;
  /** Aborting stops collecting: the unfinished points are withdrawn, the finished rows returned. */
  signal?: AbortSignal;
  /** Points done, points in total, workers that joined the sweep. */
  onProgress?: (done: number, total: number, workers: number) => void;
  /** One line of news (stderr). */
  log: (line: string) => void;
  /** How often to look for new rows (default 200 ms). */
  pollMs?: number;
  /** How long Redis may be unreachable before the sweep gives up (default 30 s). */
  patienceMs?: number;
}

export interface QueuedSweepResult {
  id: string;
  /** One row per finished point, in grid order (every point unless `partial`). */
  rows: SweepRow[];
  partial: boolean;
  points: number;
  /** Workers that joined the sweep, by name. */
  workers: string[];
  /** Rows that arrived for a point that already had one (ignored). */
  duplicates: number;
  /** Points run again after their worker was presumed dead (BullMQ's stalled-job recovery). */
  retaken: number;
}

/** After this long without a worker, the submitter says how to start one (once). */
const NO_WORKER_HINT_MS = 30_000;

/** BullMQ's reason for a failed point, said for a user. */
function failureText(reason: string | undefined): string {
  if (reason === 'job stalled more than allowable limit') {
    return `the worker running it was lost ${MAX_STALLED_COUNT + 1} times (killed, out of memory?); see the workers' logs`;
  }
  return reason ?? 'failed (no reason given)';
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Run the sweep on the workers of `target`; rejects with a QueueError (Redis) or `sweep point N: …`. */
export async function runQueuedSweep(o: QueuedSweepOptions): Promise<QueuedSweepResult> {
  checkAxes(o.spec, o.axes);
  const points = expandGrid(o.axes);
  const total = points.length;
  const fingerprint = await fingerprintData(o.data);
  await checkRedis(o.target);
  const id = randomUUID();
  const keys = sweepKeys(id);
  const redis = openRedis(o.target, () => {}); // errors: see the watch
  const queue = new Queue(QUEUE_NAME, { connection: bullConnection(o.target), prefix: PREFIX });
  queue.on('error', () => {}); // the same outage, told by the watch
  const rows: (SweepRow | undefined)[] = new Array(total);
  const workers = new Set<string>();
  let done = 0;
  let duplicates = 0;
  const retaken = new Set<number>();
  let queued = false;
  const watch = new RedisWatch(redis, o.target, o.patienceMs ?? 30_000, () =>
    queued ? `${done} of ${total} point(s) were collected` : 'the sweep was not fully queued',
  );
  const guard = <T>(work: Promise<T>) => watch.guard(work);
  try {
    const setup = { spec: o.spec, axes: o.axes, data: o.data, range: o.range, cash: o.cash };
    const submitter = `${hostname()}:${process.pid}`;
    const engine = engineVersion();
    const record = { protocol: PROTOCOL, id, setup, fingerprint, points: total, engine, submitter };
    await guard(redis.set(keys.alive, submitter, 'PX', ALIVE_TTL_MS));
    await guard(redis.set(keys.setup, encodeRecord(record), 'EX', SWEEP_TTL_SECONDS));
    for (let k = 0; k < total; k += 1000) {
      await guard(
        queue.addBulk(
          points.slice(k, k + 1000).map((p) => ({
            name: 'point',
            data: { sweep: id, index: p.index } satisfies PointJob,
            opts: {
              jobId: jobId(id, p.index),
              attempts: ATTEMPTS,
              backoff: { type: 'exponential', delay: BACKOFF_MS },
              removeOnComplete: true,
              removeOnFail: { age: 24 * 3600 },
            },
          })),
        ),
      );
    }
    queued = true;
    o.log(
      `sweep ${id}: ${total} point(s) queued on ${o.target.label}; ` +
        `workers: tactical worker --queue ${o.target.label} (on machines that read ${o.data.dir})`,
    );
    const queuedAt = Date.now();
    let hinted = false;
    let offset = 0;
    let lastFailedCheck = 0;
    let lastAlive = Date.now();
    while (done < total && !o.signal?.aborted) {
      try {
        if (Date.now() - lastAlive >= ALIVE_REFRESH_MS) {
          await guard(redis.set(keys.alive, submitter, 'PX', ALIVE_TTL_MS));
          lastAlive = Date.now();
        }
        const entries = await guard(redis.lrange(keys.rows, offset, -1));
        offset += entries.length;
        for (const text of entries) {
          const r = decodeResult(text);
          const point = Number.isInteger(r.index) ? points[r.index] : undefined;
          if (!point) continue; // not a row of this grid: cannot happen with this protocol version
          if (r.stalled > 0) retaken.add(r.index); // whichever of its rows counts
          if (rows[r.index] !== undefined) {
            duplicates++;
            continue;
          }
          // the grid's own params; the worker's metrics, error and run issues (a local sweep's row)
          rows[r.index] = {
            params: point.params,
            metrics: r.row.metrics,
            ...(r.row.error !== undefined ? { error: r.row.error } : {}),
            ...(r.row.issues !== undefined ? { issues: r.row.issues } : {}),
          };
          done++;
        }
        for (const name of await guard(redis.hkeys(keys.workers))) workers.add(name);
        if (workers.size === 0 && !hinted && Date.now() - queuedAt > NO_WORKER_HINT_MS) {
          hinted = true;
          o.log(
            `sweep ${id}: no worker has joined in ${NO_WORKER_HINT_MS / 1000} s; start one: tactical worker --queue ${o.target.label}`,
          );
        }
        o.onProgress?.(done, total, workers.size);
        if (Date.now() - lastFailedCheck >= 1000 && done < total) {
          lastFailedCheck = Date.now();
          // the failed set holds ids only; this sweep's ids start with its own id
          const failedIds = await guard(redis.zrange(queue.keys.failed!, 0, -1));
          const failed = failedIds.find((j) => j.startsWith(`${id}.`));
          const job = failed === undefined ? undefined : await guard(queue.getJob(failed));
          if (job)
            throw new Error(`sweep point ${(job.data as PointJob).index}: ${failureText(job.failedReason)}`);
        }
      } catch (e) {
        // a command that failed while Redis is away is tried again until the watch gives up
        if (!watch.down || e instanceof QueueError) throw e;
      }
      if (done < total) await pause(o.pollMs ?? 200, o.signal);
    }
    const partial = done < total;
    return {
      id,
      rows: rows.filter((r): r is SweepRow => r !== undefined),
      partial,
      points: total,
      workers: [...workers].sort(),
      duplicates,
      retaken: retaken.size,
    };
  } finally {
    const away = watch.down;
    watch.stop();
    // bounded: with Redis gone, BullMQ's commands would wait for it forever
    const cleaned = !away && (await within(10_000, withdraw(queue, redis, id, rows)));
    if (!cleaned) o.log(`sweep ${id}: could not remove its records from Redis (they expire in 7 days)`);
    if (!(await within(away ? 1_000 : 5_000, queue.close()))) await within(1_000, queue.disconnect());
    redis.disconnect();
  }
}

/**
 * Remove what the sweep put on Redis: the jobs of unfinished points (a point a worker is running
 * cannot be removed; its row is dropped because the record is gone) and the sweep's keys.
 */
async function withdraw(
  queue: Queue,
  redis: ReturnType<typeof openRedis>,
  id: string,
  rows: readonly (SweepRow | undefined)[],
): Promise<void> {
  const keys = sweepKeys(id);
  await redis.del(keys.setup, keys.alive);
  const open: number[] = [];
  for (let k = 0; k < rows.length; k++) if (rows[k] === undefined) open.push(k);
  for (let k = 0; k < open.length; k += 100) {
    await Promise.all(open.slice(k, k + 100).map((index) => queue.remove(jobId(id, index))));
  }
  await redis.del(keys.rows, keys.workers);
}
