/**
 * Sweep worker thread: builds one point runner from `workerData` (the SweepSetup) and answers each
 * `{index, job: GridPoint}` with its row (pool protocol, see pool.ts). Errors that are not a point's
 * own (unreadable data, a bug) fail the job, and with it the sweep, naming the point.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { GridPoint } from './grid.js';
import { createPointRunner, type SweepSetup } from './point.js';

const runPoint = createPointRunner(workerData as SweepSetup);

// One job at a time (the pool sends the next one only after the answer), so no queue is needed.
parentPort!.on('message', async ({ index, job }: { index: number; job: GridPoint }) => {
  try {
    parentPort!.postMessage({ index, ok: true, result: await runPoint(job) });
  } catch (e) {
    parentPort!.postMessage({ index, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});
