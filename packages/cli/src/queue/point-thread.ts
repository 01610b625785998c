/**
 * A worker process's point thread: runs grid points of queued sweeps with the runtime's point runner
 * (runtime/src/sweep/point.ts), one at a time. It keeps the runner of the sweeps it served last, so
 * a sweep's data is parsed once per thread and its features stay cached from point to point.
 * Protocol (point-threads.ts): `{sweep, setup, index}` in, `{ok: true, row}` or `{ok: false, error}` out.
 */
import { parentPort } from 'node:worker_threads';
import {
  createPointRunner,
  expandGrid,
  type GridPoint,
  type SweepRow,
  type SweepSetup,
} from '@tactical/runtime';

/** What the process asks: point `index` of sweep `sweep`, whose setup is `setup`. */
export interface PointRequest {
  sweep: string;
  setup: SweepSetup;
  index: number;
}

/** The thread's answer. */
export type PointReply = { ok: true; row: SweepRow } | { ok: false; error: string };

/** Runners kept: two, so a worker alternating between two sweeps does not parse their data again. */
const KEEP = 2;
const runners = new Map<string, { run: (point: GridPoint) => Promise<SweepRow>; points: GridPoint[] }>();

function runnerOf(request: PointRequest) {
  let entry = runners.get(request.sweep);
  if (!entry) {
    entry = { run: createPointRunner(request.setup), points: expandGrid(request.setup.axes) };
    runners.set(request.sweep, entry);
    for (const id of runners.keys()) if (runners.size > KEEP) runners.delete(id);
  }
  return entry;
}

parentPort!.on('message', async (request: PointRequest) => {
  let reply: PointReply;
  try {
    const { run, points } = runnerOf(request);
    const point = points[request.index];
    if (!point) throw new Error(`the sweep has no grid point ${request.index} (it has ${points.length})`);
    reply = { ok: true, row: await run(point) };
  } catch (e) {
    reply = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
