/**
 * tactical vs backtrader, side by side (benchmark, not a test): bench/specs/sp500-momentum-top20.json
 * (505 S&P 500 stocks of ../shared/data/sp500/all_stocks_5yr, 2013-02-08 .. 2018-02-07, on the last
 * session of each month the 20 highest 126-session returns, equal weight, filled at the next open, price
 * return, 100,000 cash, no commission) run by
 *   - backtrader: `python3 bench/backtrader/momentum.py` (the same strategy written as a backtrader
 *     Strategy; see its docstring for how each rule is mirrored), from a local copy of backtrader;
 *   - tactical from the CSV folder: `node packages/cli/dist/main.js backtest <spec> --data <csv dir>`;
 *   - tactical from a columnar store (`tactical data import <csv dir> <store>`, then `--data <store>`),
 *     when the CLI has the `data import` command (the store is imported once, untimed).
 * Each is a fresh process (start-up, load, run, report). The cases alternate (`BENCH_REPS` rounds,
 * default 3) so machine load hits them alike; the medians and the ratios backtrader / tactical are
 * printed, then the agreement of the two engines on the last run of each: per fill the same session and
 * asset, quantity within $0.0001 of value and the same price (both read the same CSV cell), and the
 * final equity's relative difference.
 *
 * Run (build first, and `nice` it: the machine is shared):
 *   npx -y pnpm@10.34.9 build && nice node --conditions=@tactical/source --import tsx bench/backtrader-compare.bench.ts
 * Needs backtrader: a folder holding the `backtrader` package, BACKTRADER_PATH or /work/vendor/backtrader
 * (it is never committed; see the message printed when it is absent). Python 3 with no other module.
 *
 * What matches and what differs by design is in docs/compared-with-backtrader.md. In short: same
 * selection, orders, cash scaling and fills (the backtrader strategy re-implements tactical's rules:
 * session-counted returns, minTradeWeight, sells-then-scaled-buys), so the fills agree to float rounding;
 * backtrader's own defaults differ (bars-based indicators, whole-share sizers, orders rejected rather
 * than scaled when cash is short, NaN bars kept), which is why the strategy file spells those out.
 *
 * Measured 2026-11-30 on the shared 2-core machine (main a9d049f, 3 rounds): backtrader 153.1 s wall /
 * 45.9 s CPU; tactical from CSV 3.9 s / 1.35 s (39.1x / 34.0x), from the store 1.6 s / 0.50 s (94.2x /
 * 91.7x); 1371 of 1371 fills agree, final equity to 3.3e-12 (table in docs/compared-with-backtrader.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingShared, root, sharedPath } from '../tools/shared-data.js';
import { median } from './median.js';

const btPath = process.env.BACKTRADER_PATH ?? '/work/vendor/backtrader';
const dataDir = sharedPath('data', 'sp500', 'all_stocks_5yr');
const cli = join(root, 'packages', 'cli', 'dist', 'main.js');
const spec = join(root, 'bench', 'specs', 'sp500-momentum-top20.json');
const strategy = join(root, 'bench', 'backtrader', 'momentum.py');
const range = ['--from', '2013-02-08', '--to', '2018-02-08'];
const reps = Number(process.env.BENCH_REPS ?? 3);

/**
 * A fill's quantity agrees when it differs by at most a hundredth of a cent of value. Both engines carry
 * fractional positions in float64 and sum them in different orders; a resize order is the difference of
 * two nearly equal numbers (target − held), so its *relative* error can grow well past 1e-12 while its
 * value error stays below a micro-dollar. The Python side also keeps 1e-6 dollars of cash slack.
 */
const VALUE_TOLERANCE = 1e-4;

if (!existsSync(join(btPath, 'backtrader', '__init__.py'))) {
  console.log(
    `skipped: no backtrader at ${btPath} (set BACKTRADER_PATH to a folder holding the backtrader package).\n` +
      'Get it outside the repository, never commit it: with network access `pip install --target <dir> ' +
      'backtrader==1.9.78.123`; here the copy at /work/vendor/backtrader was written from the code index ' +
      '(see its VENDORED.md).',
  );
  process.exit(0);
}
if (!dataDir) {
  console.log(missingShared('data', 'sp500', 'all_stocks_5yr'));
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error(`no ${cli}: build first (npx -y pnpm@10.34.9 build)`);
  process.exit(1);
}

interface FillRow {
  date: string;
  asset: string;
  /** Signed: sells are negative. */
  quantity: number;
  price: number;
}

/** Wall time, CPU time (user + system, from /usr/bin/time when present) and peak RSS of one process. */
interface Timing {
  ms: number;
  cpuMs: number;
  rssMiB: number;
  stdout: string;
}

const work = mkdtempSync(join(tmpdir(), 'tactical-vs-backtrader-'));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Run a command, fail loudly on a non-zero exit, return its stdout and timings. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timing {
  const stats = join(work, 'time.txt');
  const [bin, argv] = gnuTime ? [gnuTime, ['-o', stats, '-f', '%U %S %M', cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const r = spawnSync(bin, argv, { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  }
  let cpuMs = Number.NaN;
  let rssMiB = Number.NaN;
  if (gnuTime) {
    const [user, system, rssKiB] = readFileSync(stats, 'utf8')
      .trim()
      .split('\n')
      .pop()!
      .split(' ')
      .map(Number);
    cpuMs = (user! + system!) * 1000;
    rssMiB = rssKiB! / 1024;
  }
  return { ms, cpuMs, rssMiB, stdout: r.stdout };
}

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const store = join(work, 'store');
// The store command comes from another branch of issue 12: look for it in the CLI's command list.
const hasStore = /^\s+data\b/m.test(spawnSync('node', [cli, '--help'], { encoding: 'utf8' }).stdout);
if (hasStore) {
  const imp = run('node', [cli, 'data', 'import', dataDir, store]);
  console.log(`store imported once (untimed in the comparison): ${sec(imp.ms)} -> ${store}`);
} else {
  console.log('store case skipped: this CLI has no `tactical data import` yet');
}

const cases: { name: string; once: () => Timing }[] = [
  {
    name: 'backtrader (python3 momentum.py)',
    once: () => run('python3', [strategy, '--data', dataDir], { ...process.env, BACKTRADER_PATH: btPath }),
  },
  {
    name: 'tactical, CSV folder',
    once: () => run('node', [cli, 'backtest', spec, '--data', dataDir, ...range]),
  },
];
if (hasStore) {
  cases.push({
    name: 'tactical, columnar store',
    once: () => run('node', [cli, 'backtest', spec, '--data', store, ...range]),
  });
}

const timings = cases.map(() => [] as Timing[]);
for (let r = 0; r < reps; r++) {
  for (const [k, c] of cases.entries()) timings[k]!.push(c.once());
  console.log(
    `round ${r + 1}/${reps}: ${cases.map((c, k) => `${c.name} ${sec(timings[k]![r]!.ms)}`).join(' | ')}`,
  );
}
const btOut = timings[0]![reps - 1]!.stdout;

const wall = timings.map((ts) => median(ts.map((t) => t.ms)));
const cpu = timings.map((ts) => median(ts.map((t) => t.cpuMs)));
const rss = timings.map((ts) => Math.max(...ts.map((t) => t.rssMiB)));
console.log(`\nmedian of ${reps} alternating rounds (fresh process each: start-up + load + run + report):`);
console.log(
  `  ${''.padEnd(34)} ${'wall'.padStart(9)} ${'ratio'.padStart(7)} ${'cpu'.padStart(9)} ${'ratio'.padStart(7)} ${'peak RSS'.padStart(10)}`,
);
cases.forEach((c, k) => {
  const ratio = (a: number[]) => (k === 0 ? '' : `${(a[0]! / a[k]!).toFixed(1)}x`).padStart(7);
  console.log(
    `  ${c.name.padEnd(34)} ${sec(wall[k]!).padStart(9)} ${ratio(wall)} ${sec(cpu[k]!).padStart(9)} ${ratio(cpu)} ` +
      `${`${rss[k]!.toFixed(0)} MiB`.padStart(10)}`,
  );
});
console.log(
  '  ratio = backtrader / this case; targets (issue 12, wall): >= 10x from CSV, >= 30x from the store',
);

// Agreement: tactical's fills and final equity (its --out files) against backtrader's JSON.
const bt = JSON.parse(btOut) as { engine: string; finalEquity: number; fills: FillRow[]; seconds: number };
console.log(
  `  backtrader's own timer, last round (cerebro set-up + preload + run, no interpreter start-up): ${bt.seconds.toFixed(2)} s`,
);
for (const [name, data] of [['CSV', dataDir], ...(hasStore ? [['store', store]] : [])] as [
  string,
  string,
][]) {
  const out = join(work, `out-${name}`);
  run('node', [cli, 'backtest', spec, '--data', data, ...range, '--out', out]);
  const tactical = readFills(join(out, 'fills.csv'));
  const equity = readFileSync(join(out, 'equity.csv'), 'utf8').trim().split('\n');
  const finalEquity = Number(equity[equity.length - 1]!.split(',')[1]);
  report(`tactical (${name})`, tactical, finalEquity);
}
rmSync(work, { recursive: true, force: true });

function readFills(file: string): FillRow[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const col = Object.fromEntries(header!.split(',').map((h, i) => [h, i]));
  return lines.map((line) => {
    const c = line.split(',');
    const q = Number(c[col.quantity!]);
    return {
      date: c[col.date!]!,
      asset: c[col.asset!]!,
      quantity: c[col.side!] === 'sell' ? -q : q,
      price: Number(c[col.price!]),
    };
  });
}

function report(name: string, fills: FillRow[], finalEquity: number): void {
  const key = (f: FillRow) => `${f.date} ${f.asset}`;
  const theirs = new Map(bt.fills.map((f) => [key(f), f]));
  let matched = 0;
  let worstQty = 0;
  let worstValue = 0;
  let worstPrice = 0;
  const unmatched: string[] = [];
  for (const f of fills) {
    const b = theirs.get(key(f));
    if (!b) {
      unmatched.push(`${key(f)} only in ${name}`);
      continue;
    }
    theirs.delete(key(f));
    const dq = Math.abs(b.quantity - f.quantity) / Math.abs(f.quantity);
    const dp = Math.abs(b.price - f.price);
    const dv = Math.abs(b.quantity - f.quantity) * f.price;
    worstQty = Math.max(worstQty, dq);
    worstValue = Math.max(worstValue, dv);
    worstPrice = Math.max(worstPrice, dp);
    if (dv <= VALUE_TOLERANCE && dp === 0) matched++;
    else unmatched.push(`${key(f)}: quantity ${f.quantity} vs ${b.quantity}, price ${f.price} vs ${b.price}`);
  }
  for (const k of theirs.keys()) unmatched.push(`${k} only in backtrader`);
  const dEquity = Math.abs(bt.finalEquity - finalEquity) / Math.abs(finalEquity);
  console.log(
    `\nagreement, ${name} vs ${bt.engine}: ${matched}/${fills.length} fills agree (same session and asset, ` +
      `quantity within $${VALUE_TOLERANCE} of value, same price); backtrader has ${bt.fills.length} fills`,
  );
  console.log(
    `  worst quantity difference ${worstQty.toExponential(2)} relative, $${worstValue.toExponential(2)} of value; worst price difference ${worstPrice}`,
  );
  console.log(
    `  final equity ${finalEquity.toFixed(2)} vs ${bt.finalEquity.toFixed(2)}: relative difference ${dEquity.toExponential(2)}`,
  );
  for (const u of unmatched.slice(0, 10)) console.log(`  differs: ${u}`);
  if (unmatched.length > 10) console.log(`  ... ${unmatched.length - 10} more`);
}
