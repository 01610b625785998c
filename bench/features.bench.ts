/**
 * Feature runtime benchmark (not a test): the 505 S&P 500 files of ../shared/data/sp500/all_stocks_5yr
 * with three per-asset indicators (sma 50, rsi 14, volatility 20).
 *
 * Run: node --conditions=@tactical/source --import tsx bench/features.bench.ts
 *
 * Prints load time (CSV parse + checks + columnar panel), kernel compute time, asset-days/second,
 * end-to-end FeatureRuntime.prepare (cold cache, then warm cache) and peak RSS, plus the ratio of the
 * sliding-window SMA kernel against a naive per-bar-allocating SMA measured in the same run.
 */
import { readdirSync } from 'node:fs';
import { NYSEExchangeCalendar } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import { CsvDirectoryFeed } from '../packages/runtime/src/data/csv-feed.js';
import { loadPanel } from '../packages/runtime/src/data/panel.js';
import { MemoryFeatureCache } from '../packages/runtime/src/features/cache.js';
import { runKernel } from '../packages/runtime/src/features/kernels/kernel.js';
import { rsi } from '../packages/runtime/src/features/kernels/rsi.js';
import { sma } from '../packages/runtime/src/features/kernels/sma.js';
import { volatility } from '../packages/runtime/src/features/kernels/volatility.js';
import { planFeatures } from '../packages/runtime/src/features/plan.js';
import { FeatureRuntime } from '../packages/runtime/src/features/runtime.js';
import { missingShared, sharedPath } from '../tools/shared-data.js';

const dir = sharedPath('data', 'sp500', 'all_stocks_5yr');
if (!dir) {
  console.log(missingShared('data', 'sp500', 'all_stocks_5yr'));
  process.exit(0);
}
const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const ms = (t0: number) => performance.now() - t0;
const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 });

const assets = readdirSync(dir)
  .filter((f) => f.endsWith('_data.csv'))
  .map((f) => f.slice(0, -'_data.csv'.length))
  .map((s) => ({ id: s, symbol: s }));
const calendar = new NYSEExchangeCalendar();
// Warm-up comes from before the range; the files start 2013-02-08, so the range starts later.
const range = { from: utc('2013-06-03'), to: utc('2018-02-08') };
const features: Feature[] = [
  { id: 'sma50', kind: 'sma', period: 50 },
  { id: 'rsi14', kind: 'rsi', period: 14 },
  { id: 'vol20', kind: 'volatility', period: 20, annualize: true },
];
const warmup = planFeatures(features, assets).warmup;

// 1. Load: parse 505 CSVs, check every bar against the policy, build the columnar panel.
let t0 = performance.now();
const feed = new CsvDirectoryFeed({ dir });
const panel = await loadPanel(feed, assets, calendar, range, { warmup, policy: { missingAsset: 'drop' } });
const loadMs = ms(t0);
const sessions = panel.grid.days.length;
const assetDays = panel.assets.length * sessions;
const warnings = panel.issues.reduce((s, i) => s + (i.count ?? 1), 0);

// 2. Compute the three kernels over every asset (best of 5 runs).
let computeMs = Number.POSITIVE_INFINITY;
let smaMs = Number.POSITIVE_INFINITY;
let checksum = 0;
for (let run = 0; run < 5; run++) {
  t0 = performance.now();
  for (const c of panel.columns) {
    checksum += runKernel(sma, c.close, { period: 50 })[sessions - 1]! || 0;
    checksum += runKernel(rsi, c.close, { period: 14 })[sessions - 1]! || 0;
    checksum += runKernel(volatility, c.close, { period: 20, annualize: true })[sessions - 1]! || 0;
  }
  computeMs = Math.min(computeMs, ms(t0));
  t0 = performance.now();
  for (const c of panel.columns) checksum += runKernel(sma, c.close, { period: 50 })[sessions - 1]! || 0;
  smaMs = Math.min(smaMs, ms(t0));
}

// 3. Baseline: a naive SMA that allocates a window per bar (slice + reduce), same data.
let naiveMs = Number.POSITIVE_INFINITY;
for (let run = 0; run < 3; run++) {
  t0 = performance.now();
  for (const c of panel.columns) {
    const out: number[] = [];
    for (let i = 0; i < sessions; i++) {
      out.push(i < 49 ? Number.NaN : c.close.slice(i - 49, i + 1).reduce((a, b) => a + b, 0) / 50);
    }
    checksum += out[sessions - 1]! || 0;
  }
  naiveMs = Math.min(naiveMs, ms(t0));
}

// 4. End to end: FeatureRuntime.prepare on the already-parsed feed, cold then warm cache.
const cache = new MemoryFeatureCache();
const runtime = new FeatureRuntime({
  dataFeed: feed,
  featureCache: cache,
  range,
  freq: '1d',
  policy: { missingAsset: 'drop' },
});
t0 = performance.now();
await runtime.prepare({ features, universe: assets, calendar });
const coldMs = ms(t0);
const coldStats = cache.stats;
t0 = performance.now();
await runtime.prepare({ features, universe: assets, calendar });
const warmMs = ms(t0);

const maxRssMiB = process.resourceUsage().maxRSS / 1024;
const rssMiB = process.memoryUsage().rss / 1024 / 1024;
console.log(
  `features bench: ${panel.assets.length} assets x ${sessions} sessions = ${fmt(assetDays)} asset-days`,
);
console.log(
  `  (warm-up ${warmup} sessions, ${warnings} bars dropped with warnings, ${panel.issues.length} issue groups)`,
);
console.log(
  `  load (parse + checks + panel)   ${fmt(loadMs)} ms   ${fmt(assetDays / (loadMs / 1000))} asset-days/s`,
);
console.log(
  `  compute sma50+rsi14+vol20       ${fmt(computeMs)} ms   ${fmt(assetDays / (computeMs / 1000))} asset-days/s (x3 indicators)`,
);
console.log(`  prepare, cold cache (warm feed) ${fmt(coldMs)} ms   cache ${JSON.stringify(coldStats)}`);
console.log(
  `  prepare, warm cache             ${fmt(warmMs)} ms   (panel reload; hits ${cache.stats.hits - coldStats.hits})`,
);
console.log(
  `  baseline: naive allocating SMA  ${fmt(naiveMs)} ms vs kernel ${fmt(smaMs)} ms -> ${fmt(naiveMs / smaMs)}x`,
);
console.log(`  peak RSS ${fmt(maxRssMiB)} MiB (now ${fmt(rssMiB)} MiB)   [checksum ${checksum.toFixed(3)}]`);
