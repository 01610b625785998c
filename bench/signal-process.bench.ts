/**
 * What one `tactical signal` costs as a fresh process — the unit of the session-by-session replay in
 * packages/cli/test/signal-backtest.test.ts (not a test; never run by `pnpm test`):
 *   node --conditions=@tactical/source --import tsx bench/signal-process.bench.ts [runs]
 *   (TACTICAL_BENCH_BUNDLE=<bundle.mjs> times a bundle built elsewhere, e.g. from an older commit)
 * The CLI is bundled once with esbuild as the replay test does (bundleCli), the data cut to the
 * replay's windows in a temp folder. Each case runs as a new `node` process, round-robin so machine
 * load drifts over all of them alike; medians of wall time and of the child's own CPU time (user +
 * system, which it prints at exit), and the wall-time ratio to bare `node -e 0` measured in the same run.
 * Cases: `--version` (start-up: module loading), signal on the ETF files (rebalancing-flow, two
 * assets), on the bundled data (conservative-formula, SP500 membership), and on the 505 S&P files
 * (index-rebalance) when ../shared is present.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli } from '../packages/cli/test/support/fresh-cli.js';
import { sharedPath } from '../tools/shared-data.js';
import { median } from './median.js';

const runs = Number(process.argv[2] ?? 9);
const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'tactical-signal-bench-'));
// TACTICAL_BENCH_BUNDLE=<file.mjs>: time another bundle (e.g. one built from an older commit) instead
const bundle = process.env.TACTICAL_BENCH_BUNDLE ?? (await bundleCli(tmp));

/** Rows of `files` dated in [from, to] (and the header) copied from `src` into a new folder `dst`. */
function cut(src: string, dst: string, files: readonly string[], from: string, to: string): void {
  mkdirSync(dst);
  for (const file of files) {
    const lines = readFileSync(join(src, file), 'utf8').split(/\r?\n/);
    const kept = lines.slice(1).filter((l) => l.slice(0, 10) >= from && l.slice(0, 10) <= to);
    writeFileSync(join(dst, file), `${[lines[0], ...kept].join('\n')}\n`);
  }
}

const positions = join(tmp, 'positions.json');
writeFileSync(positions, JSON.stringify({ cash: 100_000, positions: {} }));
const examples = join(root, 'examples', 'data');
cut(
  examples,
  join(tmp, 'examples'),
  readdirSync(examples).filter((f) => f.endsWith('.csv')),
  '2017-01-01',
  '2019-12-31',
);
const signal = (spec: string, data: string, date: string, from: string, ...extra: string[]) => [
  bundle,
  'signal',
  join(root, 'examples', spec, 'spec.json'),
  '--data',
  data,
  '--date',
  date,
  '--from',
  from,
  '--positions',
  positions,
  '--json',
  ...extra,
];

const cases: { name: string; args: string[] }[] = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { name: 'tactical --version (start-up)', args: [bundle, '--version'] },
  {
    name: 'signal conservative-formula, bundled data 2017..2019 (SP500 members)',
    args: signal(
      'conservative-formula',
      join(tmp, 'examples'),
      '2019-12-31',
      '2019-01-01',
      '--members',
      `SP500=${join(examples, 'universes', 'SP500.csv')}`,
    ),
  },
];
const etf = sharedPath('data', 'etf');
if (etf) {
  cut(etf, join(tmp, 'etf'), ['SPY.csv', 'TLT.csv', 'IEF.csv'], '2017-01-01', '2019-12-31');
  cases.push({
    name: 'signal rebalancing-flow, ETF files 2017..2019 (2 assets)',
    args: signal('rebalancing-flow', join(tmp, 'etf'), '2019-12-30', '2019-01-01'),
  });
}
const sp500 = sharedPath('data', 'sp500');
if (sp500) {
  const all = join(sp500, 'all_stocks_5yr');
  cut(
    all,
    join(tmp, 'sp500'),
    readdirSync(all).filter((f) => f.endsWith('_data.csv')),
    '2016-05-01',
    '2016-07-31',
  );
  cases.push({
    name: 'signal index-rebalance, 505 S&P files 2016-05..07',
    args: signal(
      'index-rebalance',
      join(tmp, 'sp500'),
      '2016-06-30',
      '2016-06-13',
      '--members',
      `SP500=${join(sp500, 'constituents', 'sp500_ticker_start_end.csv')}`,
      '--announcement-lead',
      '5',
    ),
  });
}

/** Loaded first into every child: prints its own CPU time (user + system, µs) on stderr at exit. */
const REPORT_CPU =
  'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpu-us "+(u.user+u.system)+"\\n")})';

/** Run `node args` as a new process: wall seconds, and the CPU seconds the child reports at exit. */
function run(args: string[]): Promise<{ wall: number; cpu: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_CPU, ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => {
      const wall = (performance.now() - start) / 1000;
      const m = /cpu-us (\d+)\s*$/.exec(err);
      if (code !== 0 || !m) reject(new Error(`${args.slice(1, 3).join(' ')} exited ${code}: ${err}`));
      else resolve({ wall, cpu: Number(m[1]) / 1e6 });
    });
  });
}

const wall = new Map<string, number[]>(cases.map((c) => [c.name, []]));
const cpu = new Map<string, number[]>(cases.map((c) => [c.name, []]));
for (let i = 0; i < runs; i++) {
  for (const c of cases) {
    const r = await run(c.args);
    wall.get(c.name)!.push(r.wall);
    cpu.get(c.name)!.push(r.cpu);
  }
}
rmSync(tmp, { recursive: true, force: true });

const base = median(wall.get(cases[0]!.name)!);
console.log(`fresh processes, ${runs} runs each, medians (CPU: the child's own user + system at exit)`);
console.log(`${'case'.padEnd(66)} ${'wall s'.padStart(7)} ${'cpu s'.padStart(6)} ${'× node'.padStart(7)}`);
for (const c of cases) {
  const w = median(wall.get(c.name)!);
  const u = median(cpu.get(c.name)!);
  console.log(
    `${c.name.padEnd(66)} ${w.toFixed(3).padStart(7)} ${u.toFixed(2).padStart(6)} ${(w / base).toFixed(1).padStart(7)}`,
  );
}
