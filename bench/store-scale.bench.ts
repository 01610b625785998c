/**
 * Scale with the columnar store (issue 12), every run a child process of the built CLI
 * (`node packages/cli/dist/main.js`, build first: `pnpm build`) measured with `/usr/bin/time`
 * (wall seconds, peak RSS), on Node's default heap:
 *
 * 1. 505 S&P stocks, monthly top-20 momentum (bench/specs/sp500-momentum-top20.json) end to end:
 *    from the CSV folder (baseline, same run) and from a store; start-up alone (`node -e 0`,
 *    `tactical --version`) for the share of the wall time that is process start.
 * 2. The synthetic 5,000 × 6,300 folder (bench/synthetic/generate.ts, outside the repo, default
 *    /tmp/tactical-synth): import (time, peak RSS: bounded by one file, not the data set), then a
 *    monthly top-100 momentum backtest from the store (targets: < 10 s, < 3 GB peak RSS).
 *
 *   node --conditions=@tactical/source --import tsx bench/store-scale.bench.ts [synthetic-dir]
 *
 * SKIP_IMPORT=1 reuses the stores of a previous run. Parts whose data is absent are skipped with a
 * message. Not part of the test suite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedPath } from '../tools/shared-data.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'packages', 'cli', 'dist', 'main.js');
if (!existsSync(cli)) {
  console.log(`store-scale: ${cli} is missing; run \`pnpm build\` first`);
  process.exit(0);
}
const synthDir = process.argv[2] ?? '/tmp/tactical-synth';
const reuse = process.env.SKIP_IMPORT === '1';
const scratch = mkdtempSync(join(tmpdir(), 'tactical-store-scale-'));

/**
 * Run `node args` under /usr/bin/time: wall seconds, CPU seconds (user + sys: on a shared, loaded
 * machine the wall time stretches, the CPU time much less), peak RSS (MB), stdout.
 */
function measure(args: string[]): { wall: number; cpu: number; rssMb: number; out: string } {
  const timeFile = join(scratch, 'time.txt');
  const outFile = join(scratch, 'out.txt');
  execFileSync(
    'sh',
    ['-c', `/usr/bin/time -f '%e %U %S %M' -o ${timeFile} node "$@" > ${outFile}`, 'sh', ...args],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      cwd: root,
    },
  );
  const [wall, user, sys, kb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
  return { wall: wall!, cpu: user! + sys!, rssMb: kb! / 1024, out: readFileSync(outFile, 'utf8') };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function repeat(args: string[], runs: number) {
  const all = Array.from({ length: runs }, () => measure(args));
  return {
    wall: median(all.map((r) => r.wall)),
    cpu: median(all.map((r) => r.cpu)),
    rssMb: Math.max(...all.map((r) => r.rssMb)),
    out: all[0]!.out,
  };
}
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

console.log(`store-scale (load average ${load()})`);

// 1. The 505-stock run.
const sp500 = sharedPath('data', 'sp500', 'all_stocks_5yr');
if (sp500) {
  const store = join(tmpdir(), 'tactical-sp500-store');
  if (!reuse || !existsSync(store)) {
    const imp = measure([cli, 'data', 'import', sp500, store]);
    console.log(
      `\n505 stocks: import ${imp.wall.toFixed(1)} s (CPU ${imp.cpu.toFixed(1)} s), peak RSS ${imp.rssMb.toFixed(0)} MB`,
    );
  }
  const spec = 'bench/specs/sp500-momentum-top20.json';
  const range = ['--from', '2013-02-08', '--to', '2018-02-08', '--json'];
  const nodeOnly = repeat(['-e', '0'], 5);
  const version = repeat([cli, '--version'], 5);
  const csv = measure([cli, 'backtest', spec, '--data', sp500, ...range]);
  const fromStore = repeat([cli, 'backtest', spec, '--data', store, ...range], 5);
  const same = csv.out === fromStore.out;
  console.log(
    '505 stocks × 1,259 sessions, monthly top-20 momentum, end to end (wall, median of 5; CSV once):',
  );
  const row = (name: string, r: { wall: number; cpu: number }) =>
    `  ${name.padEnd(26)}${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU`;
  console.log(row('node -e 0', nodeOnly));
  console.log(row('tactical --version', version));
  console.log(`${row('backtest --data <csv>', csv)}, peak RSS ${csv.rssMb.toFixed(0)} MB (baseline)`);
  console.log(
    `${row('backtest --data <store>', fromStore)}, peak RSS ${fromStore.rssMb.toFixed(0)} MB: ×${(csv.wall / fromStore.wall).toFixed(1)} wall (×${(csv.cpu / fromStore.cpu).toFixed(1)} CPU) vs CSV; ×${(34.9 / fromStore.wall).toFixed(1)} wall (×${(34.9 / fromStore.cpu).toFixed(1)} CPU) vs backtrader's 34.9 s (issue 12; compare in the same session with bench/backtrader)`,
  );
  console.log(`  --json output identical to the CSV run: ${same}`);
} else console.log('505 stocks: ../shared/data/sp500/all_stocks_5yr is absent; skipped');

// 2. The synthetic 5,000 × 6,300 folder.
if (existsSync(synthDir)) {
  const store = `${synthDir}-store`;
  if (!reuse || !existsSync(store)) {
    const imp = measure([cli, 'data', 'import', synthDir, store]);
    console.log(
      `\nsynthetic: import ${imp.wall.toFixed(1)} s wall, ${imp.cpu.toFixed(1)} s CPU, peak RSS ${imp.rssMb.toFixed(0)} MB (${imp.out.split('\n')[0]})`,
    );
  }
  const run = measure([
    cli,
    'backtest',
    'bench/specs/synthetic-momentum-top100.json',
    '--data',
    store,
    '--from',
    '2001-07-02',
    '--to',
    '2026-01-01',
    '--json',
  ]);
  const report = JSON.parse(run.out) as { fills: number; metrics: { sessions: number } };
  console.log(
    `synthetic 5,000 × 6,300, monthly top-100 momentum from the store: ${run.wall.toFixed(1)} s wall, ${run.cpu.toFixed(1)} s CPU (target < 10 s), peak RSS ${run.rssMb.toFixed(0)} MB (target < 3,072 MB), ${report.metrics.sessions} sessions, ${report.fills} fills`,
  );
} else
  console.log(
    `synthetic: ${synthDir} is absent (node --conditions=@tactical/source --import tsx bench/synthetic/generate.ts); skipped`,
  );

rmSync(scratch, { recursive: true, force: true });
