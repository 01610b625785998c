/**
 * A worker process's point thread: runs grid points of queued sweeps with the runtime's point runner
 * (runtime/src/sweep/point.ts), one at a time, and loads a sweep's data for all the process's threads
 * (`shareSweepData`: SharedArrayBuffers, as a local sweep's main thread does). It keeps the runner
 * of the sweeps it served last, so features stay cached from point to point.
 * Protocol (point-threads.ts): a request in, `{ok: true, …}` or `{ok: false, error}` out.
 */
import { parentPort } from 'node:worker_threads';
import {
  createPointRunner,
  expandGrid,
  type GridPoint,
  type SharedSweepData,
  type SweepRow,
  type SweepSetup,
  shareSweepData,
} from '@tactical/runtime';

/** What the process asks: point `index` of sweep `sweep`, or the sweep's data loaded to share. */
export type PointRequest =
  | { kind: 'point'; sweep: string; setup: SweepSetup; index: number }
  | { kind: 'share'; setup: SweepSetup };

/** The thread's answer. */
export type PointReply =
  | { ok: true; row: SweepRow }
  | { ok: true; shared: SharedSweepData | undefined }
  | { ok: false; error: string };

/** Runners kept: two, so a worker alternating between two sweeps does not prepare them again. */
const KEEP = 2;
const runners = new Map<string, { run: (point: GridPoint) => Promise<SweepRow>; points: GridPoint[] }>();

function runnerOf(sweep: string, setup: SweepSetup) {
  let entry = runners.get(sweep);
  if (!entry) {
    entry = { run: createPointRunner(setup), points: expandGrid(setup.axes) };
    runners.set(sweep, entry);
    for (const id of runners.keys()) if (runners.size > KEEP) runners.delete(id);
  }
  return entry;
}

async function answer(request: PointRequest): Promise<PointReply> {
  if (request.kind === 'share') {
    return { ok: true, shared: await shareSweepData(request.setup, { shared: true }) };
  }
  const { run, points } = runnerOf(request.sweep, request.setup);
  const point = points[request.index];
  if (!point) throw new Error(`the sweep has no grid point ${request.index} (it has ${points.length})`);
  return { ok: true, row: await run(point) };
}

parentPort!.on('message', async (request: PointRequest) => {
  let reply: PointReply;
  try {
    reply = await answer(request);
  } catch (e) {
    reply = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
