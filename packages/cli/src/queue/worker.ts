/**
 * `tactical worker --queue …`: takes grid points of any sweep queued on the Redis server and runs
 * them on point threads. Per sweep, before its first point: read the sweep's record (setup and data
 * fingerprint), fingerprint the data as this machine sees it and refuse the sweep's points when the
 * two differ. Each finished row is appended to the sweep's `rows` list (only while the sweep still
 * exists), then the job completes; a crash in between makes BullMQ hand the point to another worker
 * and the submitter counts and drops the second row.
 */
import { availableParallelism } from 'node:os';
import { engineVersion } from '@tactical/report';
import { DEFAULT_SWEEP_CACHE_BYTES, type SweepData, type SweepSetup } from '@tactical/runtime';
import { type Job, UnrecoverableError, WaitingError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { type DataMap, localData, PathNames, toLocal } from './data-map.js';
import { differenceOf, fingerprintData, fingerprintOf } from './fingerprint.js';
import { PointThreads } from './point-threads.js';
import {
  ATTEMPTS,
  decodeRecord,
  encodeResult,
  LOCK_DURATION_MS,
  MAX_STALLED_COUNT,
  type PointJob,
  PREFIX,
  PROTOCOL,
  QUEUE_NAME,
  STALLED_INTERVAL_MS,
  SWEEP_TTL_SECONDS,
  type SweepRecord,
  sweepKeys,
} from './protocol.js';
import { bullConnection, checkRedis, openRedis } from './redis.js';
import type { RedisTarget } from './url.js';
import { within } from './within.js';

/** Appends a row and counts the worker, only if the sweep's record still exists (KEYS: setup, rows, workers). */
const PUSH_ROW = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[3])
redis.call('HINCRBY', KEYS[3], ARGV[2], 1)
redis.call('EXPIRE', KEYS[3], ARGV[3])
return 1`;

export interface QueueWorkerOptions {
  target: RedisTarget;
  /** Points run at once (point threads); default: available cores. */
  concurrency?: number;
  /** This worker's name in the submitter's messages; default host:pid. */
  name: string;
  /** One line of news (stderr). */
  log: (line: string) => void;
  /** The submitter's data paths as this machine reads them (`--data-map FROM=TO`; data-map.ts). */
  dataMap?: DataMap;
}

/** The record and verdict on the data, per sweep this worker has seen. */
interface SweepState {
  record: SweepRecord;
  /** The record's setup with the data this process loaded once for its threads (when it could). */
  setup: SweepSetup;
  /** Why this worker cannot run the sweep's points, or undefined when it can. */
  problem: string | undefined;
  /** The local paths of the files read for it, as the submitter names them (`--data-map`). */
  names: PathNames;
}

export class QueueWorker {
  readonly concurrency: number;
  private readonly threads: PointThreads;
  private readonly sweeps = new Map<string, Promise<SweepState | undefined>>();
  private readonly active = new Map<
    string,
    { job: Job<PointJob>; token: string; release: (e: Error) => void }
  >();
  private redis?: Redis;
  private worker?: Worker<PointJob>;
  private redisDown = false;
  /** Points this worker finished. */
  done = 0;

  constructor(private readonly options: QueueWorkerOptions) {
    this.concurrency = options.concurrency ?? availableParallelism();
    this.threads = new PointThreads(
      this.concurrency,
      Math.floor(DEFAULT_SWEEP_CACHE_BYTES / this.concurrency),
    );
  }

  /** Connect and start taking points; rejects with a QueueError when Redis cannot be reached. */
  async start(): Promise<void> {
    const { target, log, name } = this.options;
    await checkRedis(target);
    this.redis = openRedis(target, (message) => this.onRedisError(message));
    this.worker = new Worker<PointJob>(QUEUE_NAME, (job, token) => this.process(job, token!), {
      connection: bullConnection(target),
      prefix: PREFIX,
      concurrency: this.concurrency,
      lockDuration: LOCK_DURATION_MS,
      stalledInterval: STALLED_INTERVAL_MS,
      maxStalledCount: MAX_STALLED_COUNT,
      name,
    });
    let lastError = '';
    this.worker.on('error', (e) => {
      // connection trouble is told once by onRedisError; say anything else once per new message
      if (/ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|Connection is closed/.test(e.message)) {
        return this.onRedisError(e.message);
      }
      if (e.message === lastError) return;
      lastError = e.message;
      log(`queue error: ${e.message}`);
    });
    this.worker.on('failed', (job, e) => {
      if (job && !(e instanceof WaitingError)) {
        const last = e instanceof UnrecoverableError || job.attemptsMade >= ATTEMPTS;
        log(
          `point ${job.data.index} of sweep ${job.data.sweep} failed${last ? '' : ' (will be retried)'}: ${e.message}`,
        );
      }
    });
    await this.worker.waitUntilReady();
    const maps = this.map.map(({ from, to }) => `; reading ${from} at ${to}`).join('');
    log(`waiting for sweep points on ${target.label} (${this.concurrency} at a time)${maps}`);
  }

  private onRedisError(message: string): void {
    if (this.redisDown) return;
    this.redisDown = true;
    this.options.log(`lost Redis at ${this.options.target.label} (${message}); reconnecting`);
    this.redis?.once('ready', () => {
      this.redisDown = false;
      this.options.log(`reconnected to Redis at ${this.options.target.label}`);
    });
  }

  /** The sweep's state, reading its record on first sight; undefined when the sweep is gone. */
  private async sweepState(id: string): Promise<SweepState | undefined> {
    let state = this.sweeps.get(id);
    if (!state) {
      // one read per sweep even when several of its points arrive at once
      state = this.firstSight(id);
      this.sweeps.set(id, state);
      state.catch(() => this.sweeps.delete(id)); // a Redis error: read it again next time
      for (const old of this.sweeps.keys()) if (this.sweeps.size > 8) this.sweeps.delete(old);
      return state;
    }
    const known = await state;
    return known && (await this.collected(id)) ? known : undefined;
  }

  /** Is the sweep still there and its submitter still collecting rows? */
  private async collected(id: string): Promise<boolean> {
    const keys = sweepKeys(id);
    return (await this.redis!.exists(keys.setup, keys.alive)) === 2;
  }

  private async firstSight(id: string): Promise<SweepState | undefined> {
    const keys = sweepKeys(id);
    const text = await this.redis!.get(keys.setup);
    if (text === null || !(await this.collected(id))) return undefined;
    const record = decodeRecord(text);
    // this machine's paths for the data; rows and errors name the submitter's (PathNames)
    const data = localData(record.setup.data, this.map);
    const names = this.namesFor(record);
    const engine = engineVersion();
    const problem =
      record.protocol !== PROTOCOL
        ? `sweep ${id} uses protocol ${record.protocol}; this worker speaks ${PROTOCOL} (run the same tactical version)`
        : record.engine !== engine
          ? `the submitter runs tactical engine ${record.engine}, this worker ${engine}; run the same version on both`
          : await this.checkData(record, names, data);
    if (problem !== undefined) {
      this.options.log(`cannot run sweep ${id}: ${problem}`);
      return { record, setup: record.setup, problem, names };
    }
    const local = { ...record.setup, data };
    // without shared data (a base spec that cannot be planned) each thread reads the files itself
    const shared = await this.threads.share(local).catch(() => undefined);
    await this.redis!.hset(keys.workers, this.options.name, 0);
    await this.redis!.expire(keys.workers, SWEEP_TTL_SECONDS);
    const files = record.fingerprint.files.length;
    this.options.log(`joined sweep ${id} (${record.points} points; data verified: ${files} files)`);
    return { record, setup: shared ? { ...local, shared } : local, problem, names };
  }

  /** Each file of the sweep's data (and its folder) as read here, paired with the submitter's path. */
  private namesFor(record: SweepRecord): PathNames {
    const theirs = [record.setup.data.dir, ...record.fingerprint.files.map((f) => f.path)];
    return new PathNames(theirs.map((path) => [path, toLocal(path, this.map)] as const));
  }

  private get map(): DataMap {
    return this.options.dataMap ?? [];
  }

  /** Why the data read here (`data`, named back by `names`) is not the submitter's, or undefined. */
  private async checkData(
    record: SweepRecord,
    names: PathNames,
    data: SweepData,
  ): Promise<string | undefined> {
    const dir = record.setup.data.dir;
    try {
      // the files read here, named as the submitter names them (a file only here keeps its own name)
      const read = await fingerprintData(data);
      const mine = fingerprintOf(read.files.map((f) => ({ ...f, path: names.nameOf(f.path) })));
      const difference = differenceOf(mine, record.fingerprint);
      return difference === undefined ? undefined : `the data differs from the submitter's: ${difference}`;
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const local = data.dir;
      return local === dir
        ? `cannot read the sweep's data here (${detail}); this worker must see ${dir} as the submitter does, or be told where it is: --data-map ${dir}=<path here>`
        : `cannot read the sweep's data here (${detail}); --data-map reads ${dir} at ${local}`;
    }
  }

  private async process(job: Job<PointJob>, token: string): Promise<{ index: number } | { skipped: true }> {
    const { sweep, index } = job.data;
    const state = await this.sweepState(sweep);
    if (!state) return { skipped: true }; // finished, interrupted, or no submitter left to collect it
    if (state.problem !== undefined) {
      throw new UnrecoverableError(`worker ${this.options.name}: ${state.problem}`);
    }
    // a forced stop releases the point (back to waiting) instead of waiting for its row
    const released = new Promise<never>((_, reject) => {
      this.active.set(job.id!, { job, token, release: reject });
    });
    try {
      let row: Awaited<ReturnType<PointThreads['run']>>;
      try {
        row = state.names.renameAll(
          await Promise.race([this.threads.run(sweep, state.setup, index), released]),
        );
      } catch (e) {
        // a point that failed names the submitter's files too
        if (e instanceof Error) e.message = state.names.rename(e.message);
        throw e;
      }
      const keys = sweepKeys(sweep);
      const result = encodeResult({ index, row, worker: this.options.name, stalled: job.stalledCounter });
      const args = [result, this.options.name, SWEEP_TTL_SECONDS];
      await this.redis!.eval(PUSH_ROW, 3, keys.setup, keys.rows, keys.workers, ...args);
      this.done++;
      return { index };
    } finally {
      this.active.delete(job.id!);
    }
  }

  /**
   * Stop. Graceful: take no new point, finish the ones in flight, then close. `release`: put the
   * points in flight back in the queue for other workers now (their rows are not computed here).
   */
  async stop(release: boolean): Promise<void> {
    if (release) {
      await Promise.all(
        [...this.active.values()].map(async ({ job, token, release: drop }) => {
          // back to waiting now; without Redis (or the lock) BullMQ's stalled check hands it on later
          if (!this.redisDown) await within(2_000, job.moveToWait(token));
          drop(new WaitingError());
        }),
      );
      await this.threads.close();
      await within(3_000, this.worker?.close(true) ?? Promise.resolve());
    } else {
      // finishing the points in flight needs Redis to record them: this waits for a Redis that is away
      // (a second signal stops without waiting)
      await this.worker?.close();
      await this.threads.close();
    }
    // drop the connections whatever close did: a client still reconnecting would keep the process alive
    await within(1_000, this.worker?.disconnect() ?? Promise.resolve());
    this.redis?.disconnect();
  }
}
