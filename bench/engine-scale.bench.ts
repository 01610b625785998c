/**
 * Engine and CSV-load speed on the issue-12 scale run (not a test): the 505 S&P files of
 * ../shared/data/sp500/all_stocks_5yr, `bench/specs/sp500-momentum-top20.json` (monthly top 20 by
 * 126-session return, next-open fills), 2013-02-08 .. 2018-02-08.
 *
 * Run: node --conditions=@tactical/source --import tsx bench/engine-scale.bench.ts [reps]
 *
 * Every figure is measured in fresh child processes (cold = the first run in a process, so JIT
 * warm-up counts), `reps` times each (default 3), interleaved; the median is printed:
 * - CSV load: the folder into a Panel (parse + data policy + grid), through the CSV feed's typed
 *   columns, against the baseline measured in the same run: the reference parser (csv-parse, a Bar
 *   per row) and the loader's Bar path. Cold and warm (best of 3 in-process repeats, fresh feeds).
 * - Engine alone: panel loaded → result (features, rules, orders, fills, the loop, metrics), on the
 *   built engine (packages/runtime/dist) when built. The
 *   child loads the panel first (the feature runtime keeps it), then times `runBacktest` cold, then
 *   warm (fresh strategy, runtime and feature cache on the same loaded panel; best of 3).
 *   Printed as asset-days/s (assets × sessions in the range) against the issue's target, 10 M/s.
 * - With ENGINE_BASELINE=<a built packages/runtime/dist of another commit> (a git worktree with its
 *   own install and build), the engine alone is also timed from that build in each round, right after
 *   this build's: the per-round ratio is the comparison that holds on a machine whose speed drifts.
 * - The whole CLI from CSV (`node packages/cli/dist/main.js backtest …`, wall), when built; the
 *   issue's backtrader figure for the same run is 34.9 s (bench/backtrader measures it side by side).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getCalendar } from '@tactical/calendars';
import type { Feature, TacticalSpec } from '@tactical/spec';
import { runBacktest } from '../packages/runtime/src/backtest/run.js';
import { rulesLookback } from '../packages/runtime/src/compile/lookback.js';
import type { SpecLike } from '../packages/runtime/src/compile/spec-types.js';
import { parseBarsCsv } from '../packages/runtime/src/data/csv-bars.js';
import { CsvDirectoryFeed } from '../packages/runtime/src/data/csv-feed.js';
import { gridFor } from '../packages/runtime/src/data/grid.js';
import type { LocatingFeed } from '../packages/runtime/src/data/memory-feed.js';
import { loadPanelOnGrid } from '../packages/runtime/src/data/panel.js';
import type { SourceLocation } from '../packages/runtime/src/data/policy.js';
import type { Asset, Bar, DataFeed, DateRange } from '../packages/runtime/src/data/types.js';
import { BacktestExecutor } from '../packages/runtime/src/execute/executor.js';
import { MemoryFeatureCache } from '../packages/runtime/src/features/cache.js';
import { planFeatures } from '../packages/runtime/src/features/plan.js';
import { FeatureRuntime } from '../packages/runtime/src/features/runtime.js';
import { fromSpec } from '../packages/runtime/src/strategy/from-spec.js';
import { missingShared, sharedPath } from '../tools/shared-data.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = join(root, 'bench', 'specs', 'sp500-momentum-top20.json');
const dir = sharedPath('data', 'sp500', 'all_stocks_5yr');
const FROM = '2013-02-08';
const TO = '2018-02-08';
const range: DateRange = { from: new Date(`${FROM}T00:00:00Z`), to: new Date(`${TO}T00:00:00Z`) };
const TARGET = 10e6; // asset-days/s, the issue's engine target
const BACKTRADER_S = 34.9; // the issue's measurement of backtrader 1.9.78 on this run

/** The old way in, as the baseline: csv-parse text → one Bar per row → the loader's Bar path. */
class BarPathFeed implements LocatingFeed {
  private readonly files = new Map<
    string,
    { file: string; bars: Bar[]; lines: Int32Array; notes: Map<number, string> }
  >();
  constructor(private readonly dir: string) {}
  private load(asset: Asset) {
    let f = this.files.get(asset.symbol);
    if (!f) {
      const file = join(this.dir, `${asset.symbol}_data.csv`);
      f = { file, ...parseBarsCsv(readFileSync(file, 'utf8'), file) };
      this.files.set(asset.symbol, f);
    }
    return f;
  }
  has(asset: Asset): boolean {
    return existsSync(join(this.dir, `${asset.symbol}_data.csv`));
  }
  async *bars(asset: Asset, r: DateRange): AsyncIterable<Bar> {
    for (const bar of this.load(asset).bars) if (bar.t >= r.from && bar.t < r.to) yield bar;
  }
  locate(asset: Asset, bar: Bar): SourceLocation | undefined {
    const f = this.load(asset);
    const i = f.bars.indexOf(bar);
    const detail = f.notes.get(i);
    return { file: f.file, line: f.lines[i]!, ...(detail !== undefined ? { detail } : {}) };
  }
}

const spec = JSON.parse(readFileSync(specPath, 'utf8')) as TacticalSpec;
const calendar = getCalendar(spec.calendar ?? 'XNYS');
const index = (spec.universe as { index: string }).index;
/** The grid warm-up the strategy asks for (features and the rule tree), so a primed panel is reused. */
const warmup = Math.max(
  planFeatures(spec.features as Feature[], [], index, false).warmup,
  rulesLookback(spec.rules as never),
);

function assetsOf(feed: CsvDirectoryFeed): Asset[] {
  return feed.tickers().map((t) => ({ id: t, symbol: t }));
}

/** CPU time of this process so far (user + system, ms): wall time counts other processes too. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function loadOnce(feed: DataFeed, assets: Asset[]) {
  const grid = gridFor(calendar, range, warmup);
  const c0 = cpuMs();
  const t0 = performance.now();
  const panel = await loadPanelOnGrid(feed, assets, grid, range.to);
  return { ms: performance.now() - t0, cpu: cpuMs() - c0, panel };
}

/** Child: load the folder into a panel, cold then warm (fresh feeds). */
async function childLoad(path: 'columns' | 'bars'): Promise<Record<string, number>> {
  const feedOf = () => (path === 'columns' ? new CsvDirectoryFeed({ dir: dir! }) : new BarPathFeed(dir!));
  const assets = assetsOf(new CsvDirectoryFeed({ dir: dir! }));
  const cold = await loadOnce(feedOf(), assets);
  let warm = Number.POSITIVE_INFINITY;
  let warmCpu = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const r = await loadOnce(feedOf(), assets);
    warm = Math.min(warm, r.ms);
    warmCpu = Math.min(warmCpu, r.cpu);
  }
  const c = cold.panel.columns;
  let finite = 0;
  for (const col of c) for (const x of col.close) if (Number.isFinite(x)) finite++;
  return {
    cold: cold.ms,
    warm,
    coldCpu: cold.cpu,
    warmCpu,
    assets: c.length,
    finiteCloses: finite,
    issues: cold.panel.issues.length,
  };
}

/**
 * The engine as users run it: the built JavaScript of packages/runtime/dist when it is built (the
 * sources through tsx otherwise). One set, so the feed, runtime and loop are all the same build.
 */
async function engineModules(baseline?: string) {
  const dist = baseline ?? join(root, 'packages', 'runtime', 'dist');
  if (baseline !== undefined && !existsSync(join(dist, 'backtest', 'run.js')))
    throw new Error(`ENGINE_BASELINE: no built engine at ${dist} (backtest/run.js)`);
  if (!existsSync(join(dist, 'backtest', 'run.js'))) {
    return {
      runBacktest,
      CsvDirectoryFeed,
      FeatureRuntime,
      MemoryFeatureCache,
      BacktestExecutor,
      fromSpec,
      built: 0,
    };
  }
  const load = (path: string) => import(pathToFileURL(join(dist, path)).href);
  return {
    runBacktest: (await load('backtest/run.js')).runBacktest as typeof runBacktest,
    CsvDirectoryFeed: (await load('data/csv-feed.js')).CsvDirectoryFeed as typeof CsvDirectoryFeed,
    FeatureRuntime: (await load('features/runtime.js')).FeatureRuntime as typeof FeatureRuntime,
    MemoryFeatureCache: (await load('features/cache.js')).MemoryFeatureCache as typeof MemoryFeatureCache,
    BacktestExecutor: (await load('execute/executor.js')).BacktestExecutor as typeof BacktestExecutor,
    fromSpec: (await load('strategy/from-spec.js')).fromSpec as typeof fromSpec,
    built: 1,
  };
}

/** Child: the engine alone on a loaded panel, cold (first run in this process) then warm. */
async function childEngine(baseline?: string): Promise<Record<string, number>> {
  const m = await engineModules(baseline);
  const feed = new m.CsvDirectoryFeed({ dir: dir! });
  const runOnce = async () => {
    const runtime = new m.FeatureRuntime({
      dataFeed: feed,
      featureCache: new m.MemoryFeatureCache(),
      range,
      freq: '1d',
    });
    // Prime the runtime's panel (same assets, grid, end and policy as the strategy's prepare).
    await runtime.prepare({ features: [], universe: [], index, calendar, range, warmup });
    const loads = runtime.panelLoads;
    const strategy = m.fromSpec(spec as unknown as SpecLike, { runtime, calendar });
    const c0 = cpuMs();
    const t0 = performance.now();
    const result = await m.runBacktest({
      strategy,
      range,
      initialPortfolio: { t: range.from, cash: 100_000, positions: [] },
      dataFeed: feed,
      executor: new m.BacktestExecutor({ calendar }),
      calendar,
    });
    const ms = performance.now() - t0;
    const cpu = cpuMs() - c0;
    if (runtime.panelLoads !== loads)
      throw new Error('the engine run loaded the panel again: priming failed');
    return { ms, cpu, result, assets: strategy.features.panel.assets.length };
  };
  const cold = await runOnce();
  let warm = Number.POSITIVE_INFINITY;
  let warmCpu = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const r = await runOnce();
    warm = Math.min(warm, r.ms);
    warmCpu = Math.min(warmCpu, r.cpu);
  }
  const sessions = cold.result.series.days.length;
  return {
    cold: cold.ms,
    warm,
    coldCpu: cold.cpu,
    warmCpu,
    assets: cold.assets,
    sessions,
    finalEquity: cold.result.metrics.finalEquity ?? Number.NaN,
    built: m.built,
  };
}

/** Prints the process's CPU time (user + system) on stderr when it exits. */
const CPU_AT_EXIT =
  'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpu-ms "+(u.user+u.system)/1000+"\\n")})';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number, d = 1) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function child(mode: string): Record<string, number> {
  const out = execFileSync(
    process.execPath,
    ['--conditions=@tactical/source', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
}

async function parent(reps: number): Promise<void> {
  console.log(
    `node ${process.version}; ${reps} fresh processes per figure, medians; load average now ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (cpu = this process's user+system time, wall counts waiting for other processes)\n`,
  );
  const runs: Record<string, Record<string, number>[]> = {
    columns: [],
    bars: [],
    engine: [],
    baseline: [],
    cli: [],
  };
  const baseline = process.env.ENGINE_BASELINE;
  const cli = join(root, 'packages', 'cli', 'dist', 'main.js');
  for (let r = 0; r < reps; r++) {
    for (const mode of ['columns', 'bars', 'engine'] as const) runs[mode]!.push(child(mode));
    if (baseline) runs.baseline!.push(child('baseline'));
    if (existsSync(cli)) {
      const t0 = performance.now();
      const p = spawnSync(
        process.execPath,
        [
          '--import',
          CPU_AT_EXIT,
          cli,
          'backtest',
          specPath,
          '--data',
          dir!,
          '--from',
          FROM,
          '--to',
          TO,
          '--json',
        ],
        { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 },
      );
      if (p.status !== 0) throw new Error(`CLI failed: ${p.stderr}`);
      const cpu = Number(/cpu-ms (\S+)/.exec(p.stderr)?.[1]);
      runs.cli!.push({ wall: performance.now() - t0, cpu });
    }
  }
  const m = (mode: string, key: string) => median(runs[mode]!.map((x) => x[key]!));
  const e = runs.engine![0]!;
  const assetDays = e.assets! * e.sessions!;
  console.log(
    `run: ${e.assets} assets × ${e.sessions} sessions = ${fmt(assetDays, 0)} asset-days; final equity ${fmt(e.finalEquity!, 2)}`,
  );
  const c = runs.columns![0]!;
  const b = runs.bars![0]!;
  if (c.finiteCloses !== b.finiteCloses || c.issues !== b.issues)
    throw new Error('the two load paths disagree (closes or issues): see csv-columns.test.ts');
  console.log(`\nCSV load (folder → panel, ${c.assets} files, ${fmt(c.finiteCloses!, 0)} closes kept)`);
  for (const k of ['cold', 'warm']) {
    const cols = m('columns', k);
    const bars = m('bars', k);
    const colsCpu = m('columns', `${k}Cpu`);
    const barsCpu = m('bars', `${k}Cpu`);
    console.log(
      `  ${k.padEnd(5)} typed columns ${fmt(cols).padStart(8)} ms (cpu ${fmt(colsCpu)})   baseline Bar path ${fmt(bars).padStart(8)} ms (cpu ${fmt(barsCpu)})   → ${fmt(bars / cols, 2)}× faster (cpu ${fmt(barsCpu / colsCpu, 2)}×)`,
    );
  }
  console.log(
    `\nEngine alone (panel loaded → result; ${e.built ? 'the built packages/runtime/dist, as users run it' : 'the TypeScript sources through tsx: run pnpm build for the built engine'})`,
  );
  for (const k of ['cold', 'warm']) {
    const ms = m('engine', k);
    const cpu = m('engine', `${k}Cpu`);
    const rate = assetDays / (ms / 1000);
    const cpuRate = assetDays / (cpu / 1000);
    console.log(
      `  ${k.padEnd(5)} ${fmt(ms).padStart(8)} ms = ${fmt(rate / 1e6, 2)} M asset-days/s (${fmt(rate / TARGET, 2)}× the 10 M/s target); cpu ${fmt(cpu)} ms = ${fmt(cpuRate / 1e6, 2)} M/s; ${fmt(m('bars', 'cold') / ms, 2)}× faster than the baseline load alone`,
    );
  }
  if (runs.baseline!.length > 0) {
    // Paired: each round ran this build's child and the baseline's one after the other.
    const reachingTarget = (mode: string) =>
      runs[mode]!.filter((r) => assetDays / (r.cold! / 1000) >= TARGET).length;
    const ratios = runs.engine!.map((r, k) => runs.baseline![k]!.cold! / r.cold!);
    const same = runs.baseline!.every((r) => r.finalEquity === e.finalEquity);
    console.log(
      `  baseline ${baseline}: cold ${fmt(m('baseline', 'cold'))} ms, warm ${fmt(m('baseline', 'warm'))} ms; per round baseline / this build, cold: median ${fmt(median(ratios), 2)}× (${ratios
        .sort((a, b) => a - b)
        .map((x) => fmt(x, 2))
        .join(
          ', ',
        )}); cold runs at ≥ 10 M/s: ${reachingTarget('engine')} of ${reps} (baseline ${reachingTarget('baseline')} of ${reps}); same final equity: ${same}`,
    );
  }
  if (runs.cli!.length > 0) {
    const wall = m('cli', 'wall') / 1000;
    const cpu = m('cli', 'cpu') / 1000;
    console.log(
      `\nWhole CLI from CSV (node packages/cli/dist/main.js backtest …): ${fmt(wall, 2)} s wall (cpu ${fmt(cpu, 2)} s) → ${fmt(BACKTRADER_S / wall, 1)}× backtrader's ${BACKTRADER_S} s (issue 12's figure; bench/backtrader measures both side by side)`,
    );
  } else {
    console.log('\nWhole CLI: skipped (packages/cli/dist/main.js is not built: pnpm build)');
  }
}

if (!dir) {
  console.log(missingShared('data', 'sp500', 'all_stocks_5yr'));
} else if (process.argv[2] === '--child') {
  const mode = process.argv[3];
  const out =
    mode === 'engine' || mode === 'baseline'
      ? await childEngine(mode === 'baseline' ? resolve(process.env.ENGINE_BASELINE!) : undefined)
      : await childLoad(mode === 'bars' ? 'bars' : 'columns');
  console.log(JSON.stringify(out));
} else {
  await parent(Number(process.argv[2] ?? 3));
}
