/**
 * Sweep benchmark (not a test): seed 002's 220-point grid (entry −10..0 × exit 0..19; SWEEP_ENTRY and
 * SWEEP_EXIT set other integer ranges, e.g. `-20..0` and `0..39` for an 840-point sweep) over
 * examples/index-rebalance/spec.json on the real S&P data (505 all_stocks_5yr files as `ALL`, SP500
 * events from the fja05680 membership file, known 5 sessions ahead).
 *
 * Each configuration runs in its own child process, so its peak RSS (`process.resourceUsage().maxRSS`
 * of the child: main thread + worker threads) is its own: 1 and 2 workers over the data loaded once
 * and shared (the default), and — as the baseline measured in the same run — 1 and 2 workers that
 * each parse the CSV files (`share: false`, the behaviour before sharing). Configurations alternate
 * (ABAB…) over `SWEEP_REPEATS` rounds (default 2) and the medians are printed, with the ratios the
 * issue asks for: RSS(2 workers) / RSS(1 worker) and the speed-up of 2 workers over 1. Rows must be
 * identical across every child (checked by hash).
 *
 * Run on the built packages, as the `tactical` binary does (worker threads load plain JavaScript):
 *   npx -y pnpm@10.34.9 build && node --import tsx bench/sweep.bench.ts
 * With `--conditions=@tactical/source` it runs the TypeScript sources instead, and every worker thread
 * then compiles them through tsx first (slower start, more memory per worker).
 * Range: SWEEP_FROM / SWEEP_TO (default 2014-01-01 .. 2018-02-08, the whole data span).
 */

import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { runSweep, type SweepAxis } from '@tactical/runtime';
import { missingShared, root, sharedPath } from '../tools/shared-data.js';
import { ceilingRound } from './machine-ceiling.js';
import { median } from './median.js';
import { steadyFit } from './steady-fit.js';

const sp500 = sharedPath('data', 'sp500');
if (!sp500) {
  console.log(missingShared('data', 'sp500'));
  process.exit(0);
}
const from = process.env.SWEEP_FROM ?? '2014-01-01';
const to = process.env.SWEEP_TO ?? '2018-02-08';
const spec = JSON.parse(readFileSync(join(root, 'examples/index-rebalance/spec.json'), 'utf8'));
const legs = ['/rules/children/0/node/filter/args', '/rules/children/1/node/filter/args'];
/** `a..b` (integers, both ends included), as `tactical sweep --param` reads a range. */
function intRange(text: string): number[] {
  const m = /^(-?\d+)\.\.(-?\d+)$/.exec(text);
  if (!m || Number(m[2]) < Number(m[1])) {
    console.error(`bad range ${JSON.stringify(text)}: write it as a..b with integers, a <= b (e.g. -10..0)`);
    process.exit(2);
  }
  return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, k) => Number(m[1]) + k);
}
// SWEEP_ENTRY / SWEEP_EXIT: other offsets than seed 002's (-10..0 × 0..19), e.g. a longer sweep of
// the same strategy to see the speed-up once the start is a smaller part of the run.
const axes: SweepAxis[] = [
  {
    name: 'entry',
    pointers: legs.map((l) => `${l}/0/right`),
    values: intRange(process.env.SWEEP_ENTRY ?? '-10..0'),
  },
  {
    name: 'exit',
    pointers: legs.map((l) => `${l}/1/right`),
    values: intRange(process.env.SWEEP_EXIT ?? '0..19'),
  },
];
const gridPoints = axes[0]!.values.length * axes[1]!.values.length;
if (axes[1]!.values.length < 2) {
  console.error('SWEEP_EXIT needs at least 2 values: the independent halves split them');
  process.exit(2);
}
/** The first `lowExits` exit values make the low half, the rest the high half. */
const lowExits = Math.floor(axes[1]!.values.length / 2);
const halfPoints = [axes[0]!.values.length * lowExits, gridPoints - axes[0]!.values.length * lowExits];
const data = {
  // SWEEP_DATA: a data store of the same files (`tactical data import`) instead of the CSV folder.
  dir: process.env.SWEEP_DATA ?? join(sp500, 'all_stocks_5yr'),
  universes: {
    SP500: { startEnd: join(sp500, 'constituents', 'sp500_ticker_start_end.csv'), announcementLead: 5 },
  },
};
const range = { from: new Date(`${from}T00:00:00Z`), to: new Date(`${to}T00:00:00Z`) };
/**
 * The grid, or one half of it (the lower or upper half of the exit values: exit 0..9 or 10..19, 110
 * points each, on seed 002's grid) for the independent-halves reference: two 1-worker sweeps of a
 * half each, run at once as two processes, are the same work split with nothing shared and nothing
 * coordinated.
 */
type Part = 'all' | 'low' | 'high';
const axesOf = (part: Part): SweepAxis[] =>
  part === 'all'
    ? axes
    : [
        axes[0]!,
        {
          ...axes[1]!,
          values: axes[1]!.values.filter((_, k) => (part === 'low' ? k < lowExits : k >= lowExits)),
        },
      ];
/** Points before this are the warm-up: the steady line is fitted through the rest. */
const STEADY_FROM = 40;
const fmt = (x: number, digits = 2) => x.toLocaleString('en-US', { maximumFractionDigits: digits });

/** What one child run reports. */
interface ChildResult {
  workers: number;
  share: boolean;
  /** Wall seconds of the whole sweep, the main thread's load included. */
  s: number;
  /** Seconds to the first finished point and between the first and the last. */
  first: number;
  rest: number;
  /** Seconds at which each point finished, in finishing order. */
  finished: number[];
  rssMB: number;
  /** CPU seconds of the whole child (all threads): work done, whatever else the machine runs. */
  cpu: number;
  /** CPU seconds of the calling thread (the shared load, the pool) and of each worker thread. */
  mainCpu: number;
  workerCpu: number[];
  rowsHash: string;
}

/**
 * CPU seconds per OS thread of this process (Linux /proc; empty elsewhere), sampled while the sweep
 * runs so worker threads are seen before they end. A worker thread is one OS thread.
 */
function threadCpu(into: Map<number, number>): void {
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return;
  }
  for (const t of tasks) {
    try {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(Number(t), (Number(f[11]) + Number(f[12])) / 100); // utime + stime, USER_HZ = 100
    } catch {
      // the thread ended between the listing and the read
    }
  }
}

async function child(workers: number, share: boolean, part: Part): Promise<ChildResult> {
  const points = axesOf(part).reduce((n, a) => n * a.values.length, 1);
  const threads = new Map<number, number>();
  const timer = setInterval(() => threadCpu(threads), 100);
  const t0 = performance.now();
  const finished: number[] = [];
  const onProgress = (done: number) => {
    finished.push((performance.now() - t0) / 1000);
    if (done === points) threadCpu(threads); // before the pool ends its workers
  };
  const result = await runSweep({
    spec,
    axes: axesOf(part),
    data,
    range,
    cash: 100_000,
    workers,
    onProgress,
    // As `tactical sweep` runs it: runSweep loads the shared data while the workers start.
    share,
  });
  const s = (performance.now() - t0) / 1000;
  clearInterval(timer);
  threadCpu(threads);
  // The calling thread is the process's first thread; the busiest others are the worker threads.
  const mainCpu = threads.get(process.pid) ?? 0;
  const others = [...threads].filter(([tid]) => tid !== process.pid).map(([, c]) => c);
  const workerCpu = others.sort((a, b) => b - a).slice(0, Math.max(1, workers));
  return {
    mainCpu,
    workerCpu,
    workers,
    share,
    s,
    first: finished[0] ?? 0,
    rest: (finished.at(-1) ?? 0) - (finished[0] ?? 0),
    finished,
    rssMB: process.resourceUsage().maxRSS / 1024,
    cpu: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
    rowsHash: createHash('sha256').update(JSON.stringify(result.rows)).digest('hex').slice(0, 16),
  };
}

const [mode, w, sh, part] = process.argv.slice(2);
if (mode === '--child') {
  console.log(JSON.stringify(await child(Number(w), sh === 'shared', (part ?? 'all') as Part)));
  process.exit(0);
}

const self = process.argv[1]!;
const childArgs = (workers: number, share: boolean, part: Part) => [
  ...process.execArgv,
  self,
  '--child',
  String(workers),
  share ? 'shared' : 'unshared',
  part,
];
const parse = (out: string) => JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
const run = (workers: number, share: boolean): ChildResult =>
  parse(
    execFileSync(process.execPath, childArgs(workers, share, 'all'), {
      encoding: 'utf8',
      env: process.env,
      maxBuffer: 1 << 20,
    }),
  );
/** The two halves as two 1-worker sweeps in two processes started together. */
const runHalves = (): Promise<ChildResult[]> =>
  Promise.all(
    (['low', 'high'] as const).map(
      (part) =>
        new Promise<ChildResult>((resolve, reject) => {
          execFile(
            process.execPath,
            childArgs(1, true, part),
            { encoding: 'utf8', env: process.env, maxBuffer: 1 << 20 },
            (error, stdout) => (error ? reject(error) : resolve(parse(stdout))),
          );
        }),
    ),
  );

const repeats = Number(process.env.SWEEP_REPEATS ?? 2);
// SWEEP_CONFIGS=shared runs only the shared configurations (the issue's figures), without the baseline.
const configs = [
  { workers: 1, share: true },
  { workers: 2, share: true },
  ...(process.env.SWEEP_CONFIGS === 'shared'
    ? []
    : [
        { workers: 1, share: false },
        { workers: 2, share: false },
      ]),
];
const built = !import.meta.resolve('@tactical/runtime').endsWith('.ts');
console.log(
  `seed 002 sweep: ${gridPoints} points (entry ${axes[0]!.values[0]}..${axes[0]!.values.at(-1)} × exit ${axes[1]!.values[0]}..${axes[1]!.values.at(-1)}), ${from} .. ${to}, ${availableParallelism()} cores available, ${repeats} round(s), one child process per run, data ${data.dir}, ${built ? 'built packages (dist)' : 'TypeScript sources through tsx'}`,
);
const results = configs.map(() => [] as ChildResult[]);
// The machine's own ceiling in the same rounds: a fixed CPU job alone and two copies at once.
const ceilings: number[] = [];
const halvesByRound: ChildResult[][] = [];
for (let r = 0; r < repeats; r++) {
  configs.forEach((c, k) => {
    const res = run(c.workers, c.share);
    results[k]!.push(res);
    console.log(
      `  round ${r + 1} ${c.share ? 'shared  ' : 'unshared'} ${c.workers} worker(s): ${fmt(res.s)} s (first point ${fmt(res.first)} s, the shared load included, rest ${fmt(res.rest)} s), CPU ${fmt(res.cpu)} s (calling thread ${fmt(res.mainCpu)} s, workers ${res.workerCpu.map((c) => fmt(c)).join(' + ')} s), peak RSS ${fmt(res.rssMB, 0)} MB`,
    );
  });
  // The same work split in two with nothing shared: what this machine gives the sweep's own work.
  const halves = await runHalves();
  halvesByRound.push(halves);
  const one = results[0]![r]!;
  console.log(
    `  round ${r + 1} halves: two 1-worker sweeps of ${halfPoints.join(' and ')} points, in two processes at once: ${halves.map((h) => fmt(h.s)).join(' s and ')} s; the whole grid with 1 worker over the longer: ${fmt(one.s / Math.max(...halves.map((h) => h.s)))}x`,
  );
  const ceiling = await ceilingRound();
  ceilings.push(ceiling.scaling);
  console.log(
    `  round ${r + 1} machine: a fixed CPU job ${fmt(ceiling.alone)} s alone, ${fmt(ceiling.together)} s for two at once: two processes get ${fmt(ceiling.scaling)}x one`,
  );
}
const med = results.map((rs) => ({
  s: median(rs.map((r) => r.s)),
  rss: median(rs.map((r) => r.rssMB)),
  rest: median(rs.map((r) => r.rest)),
  cpu: median(rs.map((r) => r.cpu)),
  // Critical path on otherwise idle cores: the calling thread's work, then the busiest worker.
  path: median(rs.map((r) => r.mainCpu + Math.max(...r.workerCpu))),
}));
const [s1, s2, u1, u2] = med as [
  (typeof med)[0],
  (typeof med)[0],
  (typeof med)[0] | undefined,
  (typeof med)[0] | undefined,
];
console.log('medians:');
configs.forEach((c, k) => {
  console.log(
    `  ${c.share ? 'shared  ' : 'unshared'} ${c.workers} worker(s): ${fmt(med[k]!.s)} s, ${fmt(gridPoints / med[k]!.s)} points/s, CPU ${fmt(med[k]!.cpu)} s, peak RSS ${fmt(med[k]!.rss, 0)} MB`,
  );
});
console.log(
  `shared:   RSS(2 workers) / RSS(1 worker) = ${fmt(s2.rss / s1.rss, 3)} (target <= 1.3); speed-up 2 vs 1 = ${fmt(s1.s / s2.s, 3)}x (target >= 1.8; after the first point: ${fmt(s1.rest / s2.rest, 3)}x)`,
);
// The machine's speed drifts between runs: each round's own ratio (its 1- and 2-worker runs ran
// back to back) is steadier than the ratio of the medians.
const speedUps = results[0]!.map((one, r) => one.s / results[1]![r]!.s);
const byRound = [...speedUps].sort((a, b) => a - b);
console.log(
  `shared:   speed-up per round ${byRound.map((x) => fmt(x)).join(', ')}: median ${fmt(median(byRound), 3)}x`,
);
// Each round's speed-up against what the machine gave two independent processes in that round.
const efficiency = speedUps.map((x, r) => x / ceilings[r]!).sort((a, b) => a - b);
console.log(
  `machine:  two independent processes got ${[...ceilings]
    .sort((a, b) => a - b)
    .map((x) => fmt(x))
    .join(
      ', ',
    )}x one (median ${fmt(median(ceilings), 3)}x); the sweep's speed-up / that ceiling, per round: ${efficiency.map((x) => fmt(x)).join(', ')} (median ${fmt(median(efficiency), 3)})`,
);
// Steady rate and effective start (steady-fit.ts): how much of the speed-up the machine's steady
// scaling gives, and what the start (load, worker start-up, JIT warm-up) costs each configuration.
const fits = results.slice(0, 2).map((rs) => rs.map((r) => steadyFit(r.finished, STEADY_FROM)));
const rateRatio = fits[0]!.map((one, r) => fits[1]![r]!.rate / one.rate).sort((a, b) => a - b);
const startOf = (k: number) => median(fits[k]!.map((f) => f.start));
const startCost = fits[0]!.map((one, r) => fits[1]![r]!.start - one.start).sort((a, b) => a - b);
console.log(
  `shared:   steady points/s after point ${STEADY_FROM} (least squares), 2 vs 1 per round: ${rateRatio.map((x) => fmt(x)).join(', ')} (median ${fmt(median(rateRatio), 3)}x); effective start (where that steady line begins): ${fmt(startOf(0))} s with 1 worker, ${fmt(startOf(1))} s with 2 (2 minus 1 per round: ${startCost.map((x) => fmt(x)).join(', ')} s)`,
);
// The independent halves: the same points as two 1-worker sweeps of half the grid each, in two processes at
// once (each loads its own data and warms up its own engine; nothing shared, nothing coordinated).
// Their steady rates added up, over the whole grid's with 1 worker, is what two cores of this
// machine give the sweep's own work in that round; their speed-up is what splitting the points
// gives when each part loads and warms up on its own (a shared sweep can beat it by what it shares).
const halvesSpeedUp = halvesByRound.map((h, r) => results[0]![r]!.s / Math.max(...h.map((x) => x.s)));
const halvesRate = halvesByRound.map(
  (h, r) =>
    (steadyFit(h[0]!.finished, STEADY_FROM).rate + steadyFit(h[1]!.finished, STEADY_FROM).rate) /
    fits[0]![r]!.rate,
);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
console.log(
  `halves:   two independent sweeps of ${halfPoints.join(' and ')} points at once, the whole grid with 1 worker over them, per round: ${sorted(
    halvesSpeedUp,
  )
    .map((x) => fmt(x))
    .join(
      ', ',
    )} (median ${fmt(median(halvesSpeedUp), 3)}x); their steady rates added up over 1 worker's: ${sorted(
    halvesRate,
  )
    .map((x) => fmt(x))
    .join(', ')} (median ${fmt(median(halvesRate), 3)}x)`,
);
console.log(
  `halves:   the sweep's speed-up over the halves' per round: ${sorted(
    speedUps.map((x, r) => x / halvesSpeedUp[r]!),
  )
    .map((x) => fmt(x))
    .join(
      ', ',
    )} (median ${fmt(median(speedUps.map((x, r) => x / halvesSpeedUp[r]!)), 3)}); the sweep's steady rate ratio over the halves': ${sorted(
    fits[1]!.map((f, r) => f.rate / fits[0]![r]!.rate / halvesRate[r]!),
  )
    .map((x) => fmt(x))
    .join(', ')}`,
);
console.log(
  `shared:   critical-path CPU (calling thread + busiest worker) ${fmt(s1.path)} s with 1 worker, ${fmt(s2.path)} s with 2: speed-up on idle cores ≈ ${fmt(s1.path / s2.path, 3)}x`,
);
if (u1 && u2) {
  console.log(
    `unshared: RSS(2 workers) / RSS(1 worker) = ${fmt(u2.rss / u1.rss, 3)}; speed-up 2 vs 1 = ${fmt(u1.s / u2.s, 3)}x; on idle cores ≈ ${fmt(u1.path / u2.path, 3)}x`,
  );
  console.log(
    `shared vs unshared with 2 workers: RSS ${fmt(s2.rss / u2.rss, 3)}x, time ${fmt(s2.s / u2.s, 3)}x`,
  );
}
console.log(
  `work: CPU(2 workers) / CPU(1 worker) = ${fmt(s2.cpu / s1.cpu, 3)} shared${u1 && u2 ? `, ${fmt(u2.cpu / u1.cpu, 3)} unshared` : ''} (1 = no work repeated per worker); load average now ${loadavg()
    .map((x) => fmt(x))
    .join(' ')} on ${availableParallelism()} cores (a busy machine caps any speed-up)`,
);
const hashes = new Set(results.flat().map((r) => r.rowsHash));
console.log(`rows identical across all ${results.flat().length} runs: ${hashes.size === 1}`);
const halfHashes = [0, 1].map((k) => new Set(halvesByRound.map((h) => h[k]!.rowsHash)).size);
console.log(`each half's rows identical across rounds: ${halfHashes.every((n) => n === 1)}`);
