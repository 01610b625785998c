/**
 * The README's main job: backtest every example spec on the bundled (generated) data through the
 * real CLI, then print one summary row per example. Runs on a fresh clone with no `../shared`.
 *
 *   pnpm demo
 */
import { join } from 'node:path';
import { runCaptured } from '@tactical/cli';
import Table from 'cli-table3';

const root = join(import.meta.dirname, '..');
const data = 'examples/data';
const members = ['--members', `SP500=${data}/universes/SP500.csv`];

/** Each example with the arguments it needs on the bundled data. */
const EXAMPLES: { name: string; spec: string; args: string[] }[] = [
  { name: 'spy-ief-trend (monthly, seed 003)', spec: 'spy-ief-trend/spec.json', args: [] },
  { name: 'spy-ief-trend (weekly, 2 % band)', spec: 'spy-ief-trend/spec.weekly.json', args: [] },
  { name: 'rebalancing-flow (seed 000)', spec: 'rebalancing-flow/spec.json', args: [] },
  { name: 'tlt-spy-swap (seed 004)', spec: 'tlt-spy-swap/spec.json', args: [] },
  {
    name: 'conservative-formula (seed 001)',
    spec: 'conservative-formula/spec.json',
    args: [...members, '--from', '2016-02-01', '--to', '2025-01-01'],
  },
  {
    name: 'index-rebalance (seed 002)',
    spec: 'index-rebalance/spec.json',
    args: [...members, '--announcement-lead', '5', '--from', '2015-06-01', '--to', '2025-01-01'],
  },
];

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);
const table = new Table({
  head: ['example', 'period', 'CAGR', 'vol', 'Sharpe', 'max DD', 'orders'],
  style: { head: [], border: [] },
});
let failed = 0;
for (const ex of EXAMPLES) {
  const argv = ['backtest', `examples/${ex.spec}`, '--data', data, '--json', ...ex.args];
  const { code, out, err } = await runCaptured(argv, root);
  if (code !== 0) {
    failed++;
    process.stderr.write(`${ex.name}: exit ${code}\n${err}`);
    continue;
  }
  const m = JSON.parse(out).metrics;
  table.push([
    ex.name,
    `${m.start} .. ${m.end}`,
    pct(m.cagr),
    pct(m.volatility),
    m.sharpe?.toFixed(2) ?? '—',
    pct(m.maxDrawdown),
    String(m.orders),
  ]);
}
process.stdout.write(
  `Backtests of every example on the bundled SYNTHETIC data (examples/data; not market prices):\n${table.toString()}\n`,
);
process.stdout.write(
  'Figures are total return: dividends (from Adj Close) are credited on ex-dates and shorts pay them; ' +
    'add "returns": "price" to a spec\'s execution for price return only (docs/accounting.md).\n',
);
process.stdout.write(
  'One example in full:  node tools/tactical.mjs backtest examples/spy-ief-trend/spec.json --data examples/data\n',
);
process.exitCode = failed === 0 ? 0 : 1;
