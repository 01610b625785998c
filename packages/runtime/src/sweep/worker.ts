/**
 * Sweep worker thread: builds one point runner from the SweepSetup (workerData, or the pool's first
 * message while the main thread was still loading the shared data, which it helps load) and answers
 * each `{index, job: GridPoint}` with its row (pool protocol, see pool.ts). Errors that are not a
 * point's own (unreadable data, a bug) fail the job, and with it the sweep, naming the point.
 */
import type { GridPoint } from './grid.js';
import { createPointRunner, type SweepRow, type SweepSetup } from './point.js';
import { servePool } from './pool.js';
import { loadSweepSlices, type SweepSliceTask } from './share.js';

// Before its setup arrives, the worker helps the calling thread parse the data (share.ts).
servePool<SweepSetup, GridPoint, SweepRow>(
  (setup) => createPointRunner(setup),
  (slice) => loadSweepSlices(slice as SweepSliceTask),
);
