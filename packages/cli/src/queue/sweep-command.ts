/**
 * The `--queue` branch of `tactical sweep`: runs the sweep on the queue's workers (submit.ts, loaded
 * only here, so a local sweep never loads BullMQ) with its progress on stderr — a bar with the
 * workers seen on a terminal, a status line every 10 s otherwise — and a closing line saying how
 * many workers ran it, how many points were taken over from a lost worker and how many duplicate
 * rows were dropped. The rows go back to the sweep command, which prints them as for a local sweep.
 */
import type { DateRange, SweepAxis, SweepData, SweepRow } from '@tactical/runtime';
import cliProgress from 'cli-progress';
import type { CliContext } from '../context.js';
import type { RedisTarget } from './url.js';

/** What the sweep command has read and checked. */
export interface QueuedInputs {
  spec: unknown;
  axes: SweepAxis[];
  data: SweepData;
  range: DateRange;
  cash: number;
}

/** Status on stderr while the sweep runs. */
interface Progress {
  update(done: number, total: number, workers: number): void;
  log(line: string): void;
  stop(): void;
}

function terminalProgress(): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'sweep [{bar}] {value}/{total} points | {workers} worker(s) | {eta_formatted} left',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, workers) {
      if (!started) bar.start(total, 0, { workers });
      started = true;
      bar.update(done, { workers });
    },
    log(line) {
      if (!started) process.stderr.write(`tactical: ${line}\n`);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

function lineProgress(ctx: CliContext, everyMs: number): Progress {
  let last = Date.now();
  let said = '';
  return {
    update(done, total, workers) {
      const text = `${done}/${total} points, ${workers} worker(s)`;
      if (Date.now() - last < everyMs || text === said) return;
      last = Date.now();
      said = text;
      ctx.stderr(`tactical: sweep: ${text}\n`);
    },
    log: (line) => ctx.stderr(`tactical: ${line}\n`),
    stop() {},
  };
}

/** Run the sweep through `target`; resolves with its rows as `runSweep` would give them. */
export async function queuedSweep(
  target: RedisTarget,
  inputs: QueuedInputs,
  signal: AbortSignal,
  ctx: CliContext,
): Promise<{ rows: SweepRow[]; partial: boolean; points: number }> {
  const { runQueuedSweep } = await import('./submit.js');
  const progress = ctx.stderrIsTTY === true ? terminalProgress() : lineProgress(ctx, 10_000);
  try {
    const r = await runQueuedSweep({
      target,
      ...inputs,
      signal,
      onProgress: progress.update,
      log: progress.log,
    });
    progress.stop();
    ctx.stderr(
      `tactical: sweep ${r.id}: ${r.rows.length} of ${r.points} point(s) by ${r.workers.length} worker(s)` +
        `${r.workers.length > 0 ? ` (${r.workers.join(', ')})` : ''}; ` +
        `${r.retaken} taken over from a lost worker; ${r.duplicates} duplicate row(s) ignored\n`,
    );
    return r;
  } finally {
    progress.stop();
  }
}
