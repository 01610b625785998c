/**
 * What a submitter (`tactical sweep --queue`) and its workers (`tactical worker --queue`) agree on:
 * the one BullMQ queue, the Redis keys of a sweep (all under its id, so two sweeps on one Redis never
 * mix), the records stored there and the lock timings. docs/distributed-sweeps.md describes the
 * guarantees these give.
 */
import type { SweepRow, SweepSetup } from '@tactical/runtime';
import type { DataFingerprint } from './fingerprint.js';
import { decodeValue, encodeValue } from './wire.js';

/** Key prefix of everything tactical keeps in Redis (BullMQ's keys and the sweep records). */
export const PREFIX = 'tactical';

/** The BullMQ queue every sweep's points go through; a job is one grid point of one sweep. */
export const QUEUE_NAME = 'sweep-points';

/** Version of the records below; a worker refuses a sweep written by another version. */
export const PROTOCOL = 1;

/**
 * A worker runs each point on a worker thread, so its main thread is free to renew its job locks
 * (every lockDuration / 2) however long a backtest computes. A lock then only lapses when the
 * process is gone or frozen, and a short lock lets a dead worker's point be taken over soon: within
 * LOCK_DURATION_MS + STALLED_INTERVAL_MS (≤ 15 s) of its death. 10 s is still 5 s of slack over the
 * renewal period for a busy machine or a slow network round trip.
 */
export const LOCK_DURATION_MS = 10_000;
/** How often every worker looks for points whose worker's lock lapsed (BullMQ's stalled check). */
export const STALLED_INTERVAL_MS = 5_000;
/**
 * A point whose worker died this many times fails the sweep instead of being taken over again (a
 * point that kills every worker that runs it, e.g. out of memory, must not go round forever).
 */
export const MAX_STALLED_COUNT = 3;
/** Runs of a point after a failure that is not the point's own (unreadable data, a lost thread). */
export const ATTEMPTS = 3;
/** First retry delay; doubled on each further retry. */
export const BACKOFF_MS = 1_000;
/** A sweep's records expire after this long unless the submitter finishes sooner (it deletes them). */
export const SWEEP_TTL_SECONDS = 7 * 24 * 3600;

/**
 * The submitter refreshes its sweep's `alive` key this often; the key lapses ALIVE_TTL_MS after the
 * last refresh, and workers then skip the sweep's points: nobody is left to collect their rows (a
 * submitter killed without a chance to withdraw its points, or cut off from Redis).
 */
export const ALIVE_REFRESH_MS = 2_000;
export const ALIVE_TTL_MS = 30_000;

/** The Redis keys of one sweep. */
export function sweepKeys(id: string): { setup: string; alive: string; rows: string; workers: string } {
  const base = `${PREFIX}:sweep:${id}`;
  return { setup: `${base}:setup`, alive: `${base}:alive`, rows: `${base}:rows`, workers: `${base}:workers` };
}

/** The BullMQ job id of grid point `index` of sweep `id` (unique: the same point is never queued twice). */
export function jobId(id: string, index: number): string {
  return `${id}.${index}`;
}

/** Job data: which point of which sweep (the point's parameters follow from the sweep's grid). */
export interface PointJob {
  sweep: string;
  index: number;
}

/** What travels with a sweep: everything a worker needs to run any of its points. */
export interface SweepRecord {
  protocol: number;
  id: string;
  /** The sweep's setup (spec, axes, data paths, range, cash) as the submitter runs it. */
  setup: SweepSetup;
  /** The submitter's view of the data the setup names; a worker must read the same. */
  fingerprint: DataFingerprint;
  /** Grid points in total. */
  points: number;
  /** The submitter's engine version (@tactical/runtime); a worker on another version refuses the sweep. */
  engine: string;
  /** Who submitted, for messages (host:pid). */
  submitter: string;
}

/** One finished point as a worker reports it (appended to the sweep's `rows` list). */
export interface PointResult {
  index: number;
  row: SweepRow;
  /** The worker that ran it (host:pid unless named). */
  worker: string;
  /** Times this point's job had been taken over from a lost worker before this run. */
  stalled: number;
}

export function encodeRecord(record: SweepRecord): string {
  return encodeValue(record);
}

export function decodeRecord(text: string): SweepRecord {
  return decodeValue(text) as SweepRecord;
}

export function encodeResult(result: PointResult): string {
  return encodeValue(result);
}

export function decodeResult(text: string): PointResult {
  return decodeValue(text) as PointResult;
}
