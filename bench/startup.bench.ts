/**
 * CLI start-up, whole processes (not a test; never run by `pnpm test`):
 *   node --conditions=@tactical/source --import tsx bench/startup.bench.ts [runs]
 * Builds first (`tsc -b`, incremental), then times each command as a fresh `node` process, round-robin
 * so machine load drifts over all of them alike, and prints medians and their ratio to bare
 * `node -e 0` measured in the same run. Targets: `tactical --version` ≤ 3×, `tactical validate <file>` ≤ 5×.
 * Also a one-asset backtest end to end (seed 003's strategy on SPY alone, bundled data), built CLI
 * against the former way of running it (tsx from source), for the before/after note.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, repoRoot } from '../tools/packaging.js';
import { median } from './median.js';

const runs = Number(process.argv[2] ?? 15);
build();

const dir = mkdtempSync(join(tmpdir(), 'tactical-startup-'));
const oneAsset = join(dir, 'spy-trend.json');
writeFileSync(
  oneAsset,
  JSON.stringify({
    kind: 'tactical/v1',
    universe: [{ id: 'us:SPY', symbol: 'SPY' }],
    rebalance: { frequency: 'Weekly' },
    features: [
      { id: 'spy_price', kind: 'price', asset: 'us:SPY' },
      { id: 'spy_sma50', kind: 'sma', asset: 'us:SPY', period: 50 },
    ],
    rules: {
      op: 'if',
      cond: { op: 'gt', left: { ref: 'spy_price' }, right: { ref: 'spy_sma50' } },
      then: { op: 'allocate', weights: { 'us:SPY': 1 } },
      else: { op: 'cash' },
    },
  }),
);

const built = join(repoRoot, 'packages/cli/dist/main.js');
const tsx = pathToFileURL(createRequire(join(repoRoot, 'package.json')).resolve('tsx')).href;
const fromSource = [
  '--conditions=@tactical/source',
  '--import',
  tsx,
  join(repoRoot, 'packages/cli/src/main.ts'),
];
const spec = join(repoRoot, 'examples/spy-ief-trend/spec.json');
const backtestArgs = ['backtest', oneAsset, '--data', join(repoRoot, 'examples/data'), '--json'];

const cases: { name: string; args: string[]; every?: number }[] = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { name: 'tactical --version', args: [built, '--version'] },
  { name: 'tactical validate <one file>', args: [built, 'validate', spec] },
  { name: 'tactical --help', args: [built, '--help'] },
  { name: 'before: tsx from source, --version', args: [...fromSource, '--version'] },
  { name: 'one-asset backtest, built CLI', args: [built, ...backtestArgs], every: 3 },
  { name: 'one-asset backtest, before (tsx from source)', args: [...fromSource, ...backtestArgs], every: 3 },
];

const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
for (let i = 0; i < runs; i++) {
  for (const c of cases) {
    if (c.every && i % c.every !== 0) continue;
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, c.args, { cwd: repoRoot, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}: ${r.stderr}`);
    times.get(c.name)!.push(ms);
  }
}
rmSync(dir, { recursive: true, force: true });

const base = median(times.get(cases[0]!.name)!);
const targets = new Map([
  ['tactical --version', 3],
  ['tactical validate <one file>', 5],
]);
console.log(`start-up, median of whole-process runs (${runs} rounds), ratio to bare node in this run`);
for (const c of cases) {
  const xs = times.get(c.name)!;
  const m = median(xs);
  const target = targets.get(c.name);
  const verdict =
    target === undefined
      ? ''
      : m / base <= target
        ? `  (target ≤ ${target}×: met)`
        : `  (target ≤ ${target}×: MISSED)`;
  console.log(
    `${c.name.padEnd(46)} ${m.toFixed(0).padStart(6)} ms  ${(m / base).toFixed(2).padStart(6)}× node  n=${xs.length}${verdict}`,
  );
}
const after = median(times.get('one-asset backtest, built CLI')!);
const before = median(times.get('one-asset backtest, before (tsx from source)')!);
console.log(
  `one-asset backtest end to end: before ${before.toFixed(0)} ms, after ${after.toFixed(0)} ms (${(before / after).toFixed(2)}× faster)`,
);
