/**
 * Ids are data: a spec whose ids are `Object.prototype`'s property names (`constructor`, `toString`,
 * `valueOf`, `hasOwnProperty`, `__proto__`, …) runs exactly like the same spec with ordinary ids.
 *
 * The property draws a name for every id position — asset ids (universe, `allocate` weights keys,
 * `select.from`, `weight.assets`, feature `asset`s), symbols (the CSV file names), feature ids and
 * refs, node and condition ids (hysteresis keys) — from those names, and compares the backtest against
 * the same spec where every drawn name `n` is `z<n>` instead (a common prefix keeps the id order, which
 * breaks ties, the same), after renaming the result's ids back.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NYSEExchangeCalendar } from '@tactical/calendars';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/support/features.js';
import { CsvDirectoryFeed } from '../data/csv-feed.js';
import { BacktestExecutor } from '../execute/executor.js';
import { MemoryFeatureCache } from '../features/cache.js';
import { FeatureRuntime } from '../features/runtime.js';
import { fromSpec } from '../strategy/from-spec.js';
import { runBacktest } from './run.js';

const PROTO_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'].filter(
  (n, k, all) => all.indexOf(n) === k,
);
const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const range = { from: utc('2021-06-01'), to: utc('2022-03-01') };
const calendar = new NYSEExchangeCalendar();
const BARS = Object.values(FIXTURES);

/** Every id of the template, by namespace. */
interface Ids {
  assets: [string, string, string];
  symbols: [string, string, string];
  features: [string, string, string, string, string];
  nodes: [string, string, string, string];
}

/**
 * A spec touching every id position: a group of an `if` (named hysteresis comparison) between a
 * `select` (rank, hysteresis filter, inverse volatility, `from`) and an `allocate`, a `weight` node
 * with proportional weighting, an unnamed hysteresis comparison, scalar and per-asset features and an
 * expression. Weekly rebalancing with a drift trigger reads the current weights by asset id.
 */
function specOf(ids: Ids) {
  const [a0, a1, a2] = ids.assets;
  const [mom, sma, px, gap, vol] = ids.features;
  const [c0, c1, n0, n1] = ids.nodes;
  return {
    kind: 'tactical/v1',
    universe: ids.assets.map((id, k) => ({ id, symbol: ids.symbols[k] })),
    rebalance: { frequency: 'Weekly', drift: 0.05 },
    features: [
      { id: mom, kind: 'return', period: 10 },
      { id: sma, kind: 'sma', asset: a0, period: 20 },
      { id: px, kind: 'price', asset: { id: a0, symbol: ids.symbols[0] } },
      { id: gap, kind: 'expr', op: 'div', args: [{ ref: px }, { ref: sma }] },
      { id: vol, kind: 'volatility', period: 15 },
    ],
    rules: {
      op: 'group',
      children: [
        {
          weight: 0.6,
          node: {
            op: 'if',
            cond: {
              op: 'or',
              args: [
                {
                  id: c0,
                  op: 'gt',
                  left: { ref: gap },
                  right: 1,
                  tolerance: { value: 0.5, mode: 'relative' },
                },
                { op: 'lt', left: { ref: gap }, right: 0.9, tolerance: { value: 0.01, mode: 'absolute' } },
              ],
            },
            then: {
              op: 'select',
              id: n0,
              from: [a0, a1, a2],
              rank: { ref: mom },
              count: 2,
              filter: {
                id: c1,
                op: 'gt',
                left: { ref: mom },
                right: -0.02,
                tolerance: { value: 0.01, mode: 'absolute' },
              },
              weighting: { scheme: 'inverse_volatility', lookback: 20 },
            },
            else: { op: 'allocate', weights: { [a2]: 0.7, [a0]: 0.3 } },
          },
        },
        {
          weight: 0.4,
          node: {
            op: 'weight',
            id: n1,
            assets: [a1, a2],
            weighting: { scheme: 'proportional', by: { ref: vol } },
          },
        },
      ],
    },
  };
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A data folder with one Yahoo-layout CSV per symbol (the fixtures' bars). */
function dataDir(symbols: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tactical-proto-'));
  dirs.push(dir);
  mkdirSync(dir, { recursive: true });
  symbols.forEach((s, k) => {
    const lines = ['Date,Open,High,Low,Close,Adj Close,Volume'];
    for (const b of BARS[k]!) {
      lines.push(
        [b.t.toISOString().slice(0, 10), b.open, b.high, b.low, b.close, b.adjClose, b.volume].join(','),
      );
    }
    writeFileSync(join(dir, `${s}.csv`), `${lines.join('\n')}\n`);
  });
  return dir;
}

async function backtest(ids: Ids) {
  const dataFeed = new CsvDirectoryFeed({ dir: dataDir(ids.symbols) });
  const runtime = new FeatureRuntime({ dataFeed, featureCache: new MemoryFeatureCache(), range, freq: '1d' });
  // biome-ignore lint/suspicious/noExplicitAny: the spec literal is checked by fromSpec at runtime
  const strategy = fromSpec(specOf(ids) as any, { runtime, calendar });
  return runBacktest({
    strategy,
    range,
    initialPortfolio: { cash: 100_000, positions: [], t: range.from },
    dataFeed,
    executor: new BacktestExecutor({ calendar }),
    calendar,
  });
}

/** What must agree: equity, metrics, every decision (targets by asset) and every fill. */
function projection(result: Awaited<ReturnType<typeof backtest>>, back: (id: string) => string): string {
  const byAsset = (w: Readonly<Record<string, number>>) =>
    Object.entries(w)
      .map(([id, v]) => [back(id), v] as const)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return JSON.stringify({
    equity: Array.from(result.series.equity),
    metrics: result.metrics,
    decisions: result.decisions.map((d) => ({
      t: d.t,
      rebalance: d.rebalance,
      targets: byAsset(d.targets),
      hold: d.hold?.pointer ?? null,
    })),
    fills: result.snapshots.flatMap((s) => s.fills.map((f) => [back(f.assetId), f.quantity, f.price])),
  });
}

/** `n` distinct names drawn from Object.prototype's (and a few ordinary ones, so mixes occur). */
const names = (n: number) =>
  fc.uniqueArray(fc.constantFrom(...PROTO_NAMES, 'spy', 'efa', 'ief', 'trend'), {
    minLength: n,
    maxLength: n,
  });

describe('ids that are Object.prototype property names', () => {
  it('run exactly like ordinary ids, in every id position', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ assets: names(3), symbols: names(3), features: names(5), nodes: names(4) }),
        async (drawn) => {
          const proto = drawn as unknown as Ids;
          const z = (xs: string[]) => xs.map((x) => `z${x}`);
          const ordinary = {
            assets: z(drawn.assets),
            symbols: z(drawn.symbols),
            features: z(drawn.features),
            nodes: z(drawn.nodes),
          } as unknown as Ids;
          const a = await backtest(proto);
          const b = await backtest(ordinary);
          const expected = projection(b, (id) => id);
          expect(projection(a, (id) => `z${id}`)).toBe(expected);
          expect(JSON.parse(expected).fills.length, 'the strategy trades').toBeGreaterThan(3);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('the worst case: every position named __proto__, constructor, toString, valueOf, hasOwnProperty', async () => {
    const proto: Ids = {
      assets: ['__proto__', 'constructor', 'valueOf'],
      symbols: ['__proto__', 'hasOwnProperty', 'toString'],
      features: ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'],
      nodes: ['__proto__', 'constructor', 'toString', 'valueOf'],
    };
    const z = (xs: readonly string[]) => xs.map((x) => `z${x}`);
    const ordinary = {
      assets: z(proto.assets),
      symbols: z(proto.symbols),
      features: z(proto.features),
      nodes: z(proto.nodes),
    } as unknown as Ids;
    const a = await backtest(proto);
    expect(a.metrics.finalEquity).not.toBeNull();
    expect(projection(a, (id) => `z${id}`)).toBe(projection(await backtest(ordinary), (id) => id));
  });
});
