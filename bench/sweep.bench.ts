/**
 * Sweep benchmark (not a test): seed 002's 220-point grid (entry −10..0 × exit 0..19) over
 * examples/index-rebalance/spec.json on the real S&P data (505 all_stocks_5yr files as `ALL`, SP500
 * events from the fja05680 membership file, known 5 sessions ahead), run three ways in the same
 * process: in the calling thread (`workers: 0`, the baseline: one feed, no worker start-up), on 1
 * worker and on 2 workers. Prints seconds, points/second, the 2-vs-1 worker speed-up and checks that
 * all three runs give identical rows.
 *
 * Run: node --conditions=@tactical/source --import tsx bench/sweep.bench.ts
 * Range: SWEEP_FROM / SWEEP_TO (default 2014-01-01 .. 2018-02-08, the whole data span).
 */

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runSweep, type SweepAxis, type SweepResult } from '../packages/runtime/src/sweep/index.js';
import { missingShared, root, sharedPath } from '../tools/shared-data.js';

const sp500 = sharedPath('data', 'sp500');
if (!sp500) {
  console.log(missingShared('data', 'sp500'));
  process.exit(0);
}
const from = process.env.SWEEP_FROM ?? '2014-01-01';
const to = process.env.SWEEP_TO ?? '2018-02-08';
const spec = JSON.parse(readFileSync(join(root, 'examples/index-rebalance/spec.json'), 'utf8'));
const legs = ['/rules/children/0/node/filter/args', '/rules/children/1/node/filter/args'];
const axes: SweepAxis[] = [
  {
    name: 'entry',
    pointers: legs.map((l) => `${l}/0/right`),
    values: Array.from({ length: 11 }, (_, k) => k - 10),
  },
  {
    name: 'exit',
    pointers: legs.map((l) => `${l}/1/right`),
    values: Array.from({ length: 20 }, (_, k) => k),
  },
];
const data = {
  dir: join(sp500, 'all_stocks_5yr'),
  universes: {
    SP500: { startEnd: join(sp500, 'constituents', 'sp500_ticker_start_end.csv'), announcementLead: 5 },
  },
};
const range = { from: new Date(`${from}T00:00:00Z`), to: new Date(`${to}T00:00:00Z`) };
const fmt = (x: number, digits = 2) => x.toLocaleString('en-US', { maximumFractionDigits: digits });

/** Wall time, and time to the first finished point (worker start-up + CSV parse + first prepare). */
async function timed(workers: number): Promise<{ s: number; first: number; result: SweepResult }> {
  const t0 = performance.now();
  let first = 0;
  const onProgress = (done: number) => {
    if (done === 1) first = (performance.now() - t0) / 1000;
  };
  const result = await runSweep({ spec, axes, data, range, cash: 100_000, workers, onProgress });
  return { s: (performance.now() - t0) / 1000, first, result };
}

console.log(`seed 002 sweep: 220 points, ${from} .. ${to}, ${availableParallelism()} cores available`);
const inline = await timed(0);
console.log(
  `  in-thread (baseline): ${fmt(inline.s)} s, ${fmt(220 / inline.s)} points/s, first point after ${fmt(inline.first)} s`,
);
const one = await timed(1);
console.log(
  `  1 worker:  ${fmt(one.s)} s, ${fmt(220 / one.s)} points/s (threads used ${one.result.threadsUsed}), first point after ${fmt(one.first)} s`,
);
const two = await timed(2);
console.log(
  `  2 workers: ${fmt(two.s)} s, ${fmt(220 / two.s)} points/s (threads used ${two.result.threadsUsed}), first point after ${fmt(two.first)} s`,
);
console.log(
  `  speed-up 2 vs 1 worker: ${fmt(one.s / two.s)}x; 1 worker vs in-thread: ${fmt(inline.s / one.s)}x`,
);
const same =
  JSON.stringify(inline.result.rows) === JSON.stringify(one.result.rows) &&
  JSON.stringify(one.result.rows) === JSON.stringify(two.result.rows);
console.log(`  rows identical across the three runs: ${same}`);
const best = [...two.result.rows].sort(
  (a, b) => (b.metrics?.totalReturn ?? -1) - (a.metrics?.totalReturn ?? -1),
)[0]!;
console.log(
  `  best total return: entry ${best.params.entry}, exit ${best.params.exit}: ${fmt((best.metrics?.totalReturn ?? 0) * 100)} %`,
);
console.log(`  peak RSS (main thread + workers) ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
