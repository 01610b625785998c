// Embed tactical in a program: validate a spec, feed it daily CSV bars, backtest it, print its metrics.
// Plain JavaScript that is also strict TypeScript: save it as backtest.mjs (or .ts) beside spec.json and
// data/<SYMBOL>.csv (Yahoo layout: Date,Open,High,Low,Close,Adj Close,Volume), then `node backtest.mjs`.
import { readFileSync } from 'node:fs';
import {
  BacktestExecutor,
  CsvDirectoryFeed,
  FeatureRuntime,
  fromSpec,
  MemoryFeatureCache,
  NYSEExchangeCalendar,
  runBacktest,
} from '@tactical/runtime';
import { formatText, validateSpecText } from '@tactical/spec';

const checked = validateSpecText(readFileSync('spec.json', 'utf8'), 'spec.json');
if (!checked.ok) {
  process.stderr.write(formatText(checked.errors, 1));
  process.exit(1);
}
const range = { from: new Date('2016-01-04T00:00:00Z'), to: new Date('2025-01-01T00:00:00Z') };
const calendar = new NYSEExchangeCalendar();
const dataFeed = new CsvDirectoryFeed({ dir: 'data' });
const runtime = new FeatureRuntime({ dataFeed, featureCache: new MemoryFeatureCache(), range, freq: '1d' });
const result = await runBacktest({
  strategy: fromSpec(checked.spec, { runtime, calendar }),
  range,
  initialPortfolio: { cash: 100_000, positions: [], t: range.from },
  dataFeed,
  executor: new BacktestExecutor({ calendar }),
  calendar,
});
console.log(JSON.stringify(result.metrics, null, 2)); // CAGR, Sharpe, drawdown, turnover, … (null: undefined)
