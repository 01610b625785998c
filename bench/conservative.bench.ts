/**
 * Conservative Formula benchmark (not a test): examples/conservative-formula/spec.json on the 505
 * S&P files of ../shared/data/sp500/all_stocks_5yr with a GENERATED net payout yield
 * (examples/conservative-formula/npy.ts through `withFields`), static universe of the files,
 * 2014-03-01 .. 2018-02-08, monthly rebalance, fills at the next open.
 *
 * Run: node --conditions=@tactical/source --import tsx bench/conservative.bench.ts
 *
 * Prints, measured in the same run:
 * - cold backtest: CSV parse + panel + features + rule tree + loop, seconds and asset-days/second;
 * - warm backtest (files already parsed, fresh feature cache), best of 3;
 * - baseline 1: the feature-only `prepare` on the same warm feed (so backtest/prepare = what the
 *   compile + daily loop + executor add on top of the features);
 * - baseline 2: a plain-loop reference ranking (12-1 momentum, 252-return stdev, score, sort) on the
 *   panel's closes for every month end, checked to pick the same stocks as the engine;
 * - peak RSS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import type { TacticalSpec } from '@tactical/spec';
import { generatedNpy, generatedNpySource, monthsBetween } from '../examples/conservative-formula/npy.js';
import { runBacktest } from '../packages/runtime/src/backtest/run.js';
import type { SpecLike } from '../packages/runtime/src/compile/spec-types.js';
import { CsvDirectoryFeed } from '../packages/runtime/src/data/csv-feed.js';
import { withFields } from '../packages/runtime/src/data/field-overlay.js';
import type { DataFeed } from '../packages/runtime/src/data/types.js';
import { BacktestExecutor } from '../packages/runtime/src/execute/executor.js';
import { MemoryFeatureCache } from '../packages/runtime/src/features/cache.js';
import { FeatureRuntime } from '../packages/runtime/src/features/runtime.js';
import { fromSpec } from '../packages/runtime/src/strategy/from-spec.js';
import { missingShared, root, sharedPath } from '../tools/shared-data.js';

const dir = sharedPath('data', 'sp500', 'all_stocks_5yr');
if (!dir) {
  console.log(missingShared('data', 'sp500', 'all_stocks_5yr'));
  process.exit(0);
}
const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const ms = (t0: number) => performance.now() - t0;
const fmt = (x: number, digits = 1) => x.toLocaleString('en-US', { maximumFractionDigits: digits });

const tickers = readdirSync(dir)
  .filter((f) => f.endsWith('_data.csv'))
  .map((f) => f.slice(0, -'_data.csv'.length))
  .sort();
const base = JSON.parse(
  readFileSync(join(root, 'examples/conservative-formula/spec.json'), 'utf8'),
) as TacticalSpec;
const spec = { ...base, universe: tickers.map((t) => ({ id: t, symbol: t })) } as unknown as SpecLike;
const calendar = getCalendar('XNYS');
const range = { from: utc('2014-03-01'), to: utc('2018-02-08') };
const npy = generatedNpySource(monthsBetween('2012-01', '2018-03'));
const newFeed = (): DataFeed => withFields(new CsvDirectoryFeed({ dir }), [npy]);

async function backtest(dataFeed: DataFeed) {
  const runtime = new FeatureRuntime({ dataFeed, featureCache: new MemoryFeatureCache(), range, freq: '1d' });
  const strategy = fromSpec(spec, { runtime, calendar });
  const result = await runBacktest({
    strategy,
    range,
    initialPortfolio: { cash: 10_000_000, positions: [], t: range.from },
    dataFeed,
    executor: new BacktestExecutor({ calendar }),
    calendar,
  });
  return { result, panel: strategy.features.panel };
}

// 1. Cold: a new feed, every CSV parsed.
let t0 = performance.now();
const feed = newFeed();
const cold = await backtest(feed);
const coldMs = ms(t0);
const panel = cold.panel;
const gridDays = panel.grid.days.length;
const assetDays = panel.assets.length * gridDays;

// 2. Warm: files parsed, fresh feature cache (panel build + features + compile + loop).
let warmMs = Number.POSITIVE_INFINITY;
for (let k = 0; k < 3; k++) {
  t0 = performance.now();
  await backtest(feed);
  warmMs = Math.min(warmMs, ms(t0));
}

// 3. Baseline 1: features only, on the same warm feed.
let prepareMs = Number.POSITIVE_INFINITY;
for (let k = 0; k < 3; k++) {
  const runtime = new FeatureRuntime({
    dataFeed: feed,
    featureCache: new MemoryFeatureCache(),
    range,
    freq: '1d',
  });
  t0 = performance.now();
  await runtime.prepare({ features: base.features, universe: spec.universe as never, calendar, range });
  prepareMs = Math.min(prepareMs, ms(t0));
}

// 3b. The same prepare on a warm plain CSV feed (no yield overlay): what `withFields` costs.
const plain = new CsvDirectoryFeed({ dir });
await new FeatureRuntime({ dataFeed: plain, range, freq: '1d' }).prepare({
  features: base.features,
  universe: spec.universe as never,
  calendar,
  range,
});
let plainPrepareMs = Number.POSITIVE_INFINITY;
for (let k = 0; k < 3; k++) {
  const runtime = new FeatureRuntime({
    dataFeed: plain,
    featureCache: new MemoryFeatureCache(),
    range,
    freq: '1d',
  });
  t0 = performance.now();
  await runtime.prepare({ features: base.features, universe: spec.universe as never, calendar, range });
  plainPrepareMs = Math.min(plainPrepareMs, ms(t0));
}

// 4. Baseline 2: plain-loop reference ranking on every month end, from the panel's closes.
const decisions = cold.result.decisions.filter((d) => d.rebalance);
const dayIndex = new Map(
  Array.from(panel.grid.days, (d, i) => [new Date(d * 86_400_000).toISOString().slice(0, 10), i]),
);
let refMs = Number.POSITIVE_INFINITY;
let agree = 0;
for (let run = 0; run < 3; run++) {
  t0 = performance.now();
  agree = 0;
  for (const d of decisions) {
    const i = dayIndex.get(d.t)!;
    const month = d.t.slice(0, 7);
    const scored: { id: string; score: number }[] = [];
    for (const col of panel.columns) {
      const c = col.close;
      if (Number.isNaN(c[i]!) || i < 252) continue;
      const momentum = c[i - 21]! / c[i - 252]! - 1;
      let mean = 0;
      let bad = false;
      for (let k = i - 251; k <= i; k++) {
        const r = c[k]! / c[k - 1]! - 1;
        if (!Number.isFinite(r)) bad = true;
        mean += r;
      }
      if (bad || !Number.isFinite(momentum)) continue;
      mean /= 252;
      let ss = 0;
      for (let k = i - 251; k <= i; k++) {
        const r = c[k]! / c[k - 1]! - 1 - mean;
        ss += r * r;
      }
      const score = (momentum * generatedNpy(col.asset.id, month)) / (Math.sqrt(ss / 251) * Math.sqrt(252));
      if (Number.isFinite(score)) scored.push({ id: col.asset.id, score });
    }
    scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const top = scored.slice(0, Math.max(1, Math.floor(scored.length * 0.1))).map((x) => x.id);
    const engine = Object.keys(d.targets).sort();
    if (top.sort().join() === engine.join()) agree++;
  }
  refMs = Math.min(refMs, ms(t0));
}

const m = cold.result.metrics;
console.log(
  `conservative formula: ${panel.assets.length} stocks x ${gridDays} grid sessions = ${fmt(assetDays, 0)} asset-days`,
);
console.log(`  range ${m.start} .. ${m.end}, ${decisions.length} month-end decisions, ${m.orders} orders`);
console.log(
  `  result: total return ${fmt((m.totalReturn ?? 0) * 100, 2)} %, Sharpe ${fmt(m.sharpe ?? Number.NaN, 2)} (generated npy: not a real result)`,
);
console.log(
  `  cold backtest (parse 505 CSVs + everything): ${fmt(coldMs / 1000, 2)} s, ${fmt(assetDays / (coldMs / 1000), 0)} asset-days/s`,
);
console.log(
  `  warm backtest (files parsed, fresh features): ${fmt(warmMs / 1000, 3)} s, ${fmt(assetDays / (warmMs / 1000), 0)} asset-days/s`,
);
console.log(
  `  baseline 1, feature-only prepare (warm feed):  ${fmt(prepareMs / 1000, 3)} s -> backtest/prepare = ${fmt(warmMs / prepareMs, 2)}x`,
);
console.log(
  `    of which the withFields overlay: ${fmt((prepareMs - plainPrepareMs) / 1000, 3)} s (prepare on a plain warm CSV feed: ${fmt(plainPrepareMs / 1000, 3)} s)`,
);
console.log(
  `  baseline 2, plain-loop reference ranking of ${decisions.length} month ends: ${fmt(refMs, 1)} ms (agrees with the engine on ${agree}/${decisions.length})`,
);
console.log(`  peak RSS ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
