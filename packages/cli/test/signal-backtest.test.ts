/**
 * Must show (issue 13): for every example spec, on every session of a real-data year, `tactical
 * signal` called session by session — positions from the backtest's holdings at the decision, state
 * from the previous call's state file — gives the backtest's decision, targets and orders exactly; and
 * POST /signal, fed the previous answer's `state`, answers the very same JSON, byte for byte.
 *
 * The holdings at the decision: with `close` fills, the previous session's snapshot (orders fill after
 * the decision) plus today's cash flows (dividends going ex today, borrow fee, interest: the backtest
 * credits them before deciding); with `next_open` fills, this session's snapshot (yesterday's orders
 * filled at today's open, before the 15:45 decision; nothing changes after it).
 *
 * What runs by default, and why: a CLI call in a new process (the CLI bundled once with esbuild, so
 * nothing but the state file carries over) costs about 0.3 s of CPU on the ETF files (0.5 s on the
 * bundled data, 0.6 s on the 505 S&P files; bench/signal-process.bench.ts); a POST /signal about
 * 0.04 s. So by default every session goes through POST /signal — all of 2019 for rebalancing-flow
 * (seed 000's strategy), the first quarter of 2019 for the other specs — each compared with the
 * backtest; fresh CLI processes decide the first CLI_CHAIN sessions of each spec in a row, chaining
 * their own state file exactly as the full run does (about a month: both of seed 000's monthly
 * anchors), then the first 5 later sessions with orders, from the state the previous answer
 * returned; each prints the server's JSON byte for byte and writes the same state file.
 * TACTICAL_SIGNAL_FULL=1 runs every session of 2019 of every spec both ways, the CLI chaining its own
 * state file (1,274 processes; docs/live.md has the last full run). TACTICAL_SIGNAL_CLI_CHAIN=N sets
 * the chain's length.
 * The data are the real ETF files and the bundled examples/data cut to 2017..2019 in a temp folder
 * (less to parse per process; the backtest and the signal read the same cut files, and the
 * features' warm-up — at most 253 sessions, conservative-formula's volatility — fits in them).
 *
 * conservative-formula needs a net payout yield column (`npy`) that no real data folder carries: it
 * runs on the bundled synthetic examples/data (which has it) with its synthetic SP500 membership.
 * index-rebalance runs on the 505-file S&P folder (cut to 2016-05..07), every session of a 3-week
 * window with SP500 adds and removes (FULL: every session of 2016, the folder cut to 2015-11..2016-12).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import { CsvDirectoryFeed, type Order } from '@tactical/runtime';
import { buildServer, type DataSetConfig } from '@tactical/server';
import type { TacticalSpec } from '@tactical/spec';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runSpecFile } from '../../../examples/support/engine.js';
import { describeShared, root, sharedPath } from '../../../tools/shared-data.js';
import { bundleCli, closesOf, limit, spawnCli } from './support/fresh-cli.js';

const FULL = process.env.TACTICAL_SIGNAL_FULL === '1';
/** Only the specs whose path contains one of these texts (e.g. TACTICAL_SIGNAL_ONLY=daa,gem), for a long FULL run. */
const ONLY = (process.env.TACTICAL_SIGNAL_ONLY ?? '').split(',');
/** Sessions from the first decided by fresh CLI processes in a row, chaining their own state file. */
const CLI_CHAIN = Number(process.env.TACTICAL_SIGNAL_CLI_CHAIN ?? 21);
/** Later sessions with orders decided by a fresh CLI process in the default run. */
const CLI_ORDER_SESSIONS = 5;
const CASH = 100_000;

interface Case {
  spec: string;
  data: 'etf' | 'sp500' | 'examples';
  from: string;
  to: string;
  /** Sessions checked by default, from the first (all with TACTICAL_SIGNAL_FULL=1). */
  sessions: number;
  cash: number;
}

const YEAR = { from: '2019-01-01', to: '2020-01-01' };
const CASES: Case[] = [
  { spec: 'examples/rebalancing-flow/spec.json', data: 'etf', ...YEAR, sessions: 252, cash: CASH },
  { spec: 'examples/spy-ief-trend/spec.json', data: 'etf', ...YEAR, sessions: 63, cash: CASH },
  { spec: 'examples/spy-ief-trend/spec.weekly.json', data: 'etf', ...YEAR, sessions: 63, cash: CASH },
  { spec: 'examples/tlt-spy-swap/spec.json', data: 'etf', ...YEAR, sessions: 63, cash: CASH },
  // 2016-06..07: SP500 adds and removes in the window.
  {
    spec: 'examples/conservative-formula/spec.json',
    data: 'examples',
    ...YEAR,
    sessions: 63,
    cash: 1_000_000,
  },
  {
    spec: 'examples/index-rebalance/spec.json',
    data: 'sp500',
    // FULL: every session of 2016; by default a 3-week window with SP500 adds and removes
    ...(FULL ? { from: '2016-01-01', to: '2017-01-01' } : { from: '2016-06-13', to: '2016-07-01' }),
    sessions: 14,
    cash: 1_000_000,
  },
  // The canon examples (real ETF data) in the FULL run only: CI keeps its share of the seeds' specs.
  ...(FULL
    ? [
        'daa',
        'dual-momentum-top3',
        'gem',
        'gtaa5',
        'permanent-portfolio',
        'risk-parity',
        'target-volatility',
        'vaa-g4',
      ].map(
        (name): Case => ({
          spec: `examples/${name}/spec.json`,
          data: 'etf',
          ...YEAR,
          sessions: 63,
          cash: CASH,
        }),
      )
    : []),
];

const etf = sharedPath('data', 'etf');
const sp500 = sharedPath('data', 'sp500');
const members = sp500 ? join(sp500, 'constituents', 'sp500_ticker_start_end.csv') : '';
/** The data folders (the cut ones set in beforeAll). */
const dirs = { etf: '', sp500: '', examples: '' };
const exampleMembers = join(root, 'examples', 'data', 'universes', 'SP500.csv');

/** Copy the rows of `files` dated in [from, to] (and the header) from `src` into a new folder `dst`. */
function cut(src: string, dst: string, files: readonly string[], from: string, to: string): void {
  mkdirSync(dst);
  for (const file of files) {
    const lines = readFileSync(join(src, file), 'utf8').split(/\r?\n/);
    const kept = lines.slice(1).filter((l) => {
      const d = l.slice(0, 10);
      return d >= from && d <= to;
    });
    writeFileSync(join(dst, file), `${[lines[0], ...kept].join('\n')}\n`);
  }
}
const memberArgs = (c: Case) =>
  c.data === 'sp500'
    ? ['--members', `SP500=${members}`, '--announcement-lead', '5']
    : c.data === 'examples'
      ? ['--members', `SP500=${exampleMembers}`]
      : [];

describeShared(
  ['data', 'etf'],
  'tactical signal and POST /signal reproduce the backtest session by session',
  () => {
    let tmp = '';
    let bundle = '';
    let app: Awaited<ReturnType<typeof buildServer>>;
    const slot = limit(2);
    beforeAll(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'tactical-signal-'));
      bundle = await bundleCli(tmp);
      dirs.etf = join(tmp, 'etf');
      const etfFiles = FULL
        ? readdirSync(etf!).filter((f) => f.endsWith('.csv'))
        : ['SPY.csv', 'TLT.csv', 'IEF.csv'];
      cut(etf!, dirs.etf, etfFiles, '2017-01-01', '2019-12-31');
      const examples = join(root, 'examples', 'data');
      dirs.examples = join(tmp, 'examples');
      const exampleFiles = readdirSync(examples).filter((f) => f.endsWith('.csv'));
      cut(examples, dirs.examples, exampleFiles, '2017-01-01', '2019-12-31');
      if (sp500) {
        const all = join(sp500, 'all_stocks_5yr');
        dirs.sp500 = join(tmp, 'sp500');
        cut(
          all,
          dirs.sp500,
          readdirSync(all).filter((f) => f.endsWith('_data.csv')),
          FULL ? '2015-11-01' : '2016-05-01',
          FULL ? '2016-12-31' : '2016-07-31',
        );
      }
      const data = new Map<string, DataSetConfig>([
        ['etf', { dir: dirs.etf }],
        ['examples', { dir: dirs.examples, members: { SP500: { startEnd: exampleMembers } } }],
      ]);
      if (sp500) {
        data.set('sp500', {
          dir: dirs.sp500,
          members: { SP500: { startEnd: members, announcementLead: 5 } },
        });
      }
      app = await buildServer({ data, logger: false, concurrency: 1 });
    });
    afterAll(async () => {
      await app?.close();
      rmSync(tmp, { recursive: true, force: true });
    });

    for (const c of CASES) {
      const name = `${c.spec.split('/').slice(1).join('/')} on ${c.data} ${c.from}..${c.to}`;
      ((c.data === 'sp500' && !sp500) || !ONLY.some((o) => c.spec.includes(o)) ? it.skip : it.concurrent)(
        name,
        () =>
          slot(async () => {
            const specPath = join(root, c.spec);
            const spec = JSON.parse(readFileSync(specPath, 'utf8')) as TacticalSpec;
            const fill = spec.execution?.fill ?? 'next_open';
            const { result } = await runSpecFile(specPath, {
              data: dirs[c.data],
              ...(c.data === 'sp500'
                ? {
                    feed: new CsvDirectoryFeed({
                      dir: dirs.sp500,
                      universes: { SP500: { startEnd: members, announcementLead: 5 } },
                      calendar: getCalendar('XNYS'),
                    }),
                  }
                : c.data === 'examples'
                  ? {
                      feed: new CsvDirectoryFeed({
                        dir: dirs.examples,
                        universes: { SP500: { startEnd: exampleMembers } },
                      }),
                    }
                  : {}),
              from: c.from,
              to: c.to,
              cash: c.cash,
            });
            const work = mkdtempSync(join(tmp, 'case-'));
            const statePath = join(work, 'state.json');
            const positionsPath = join(work, 'positions.json');
            const closes = new Map<string, Map<string, number>>();
            const closeOf = (symbol: string, date: string) => {
              if (!closes.has(symbol)) {
                const file = c.data === 'sp500' ? `${symbol}_data.csv` : `${symbol}.csv`;
                closes.set(symbol, closesOf(join(dirs[c.data], file)));
              }
              return closes.get(symbol)!.get(date);
            };
            let serverState: unknown = null;
            let ordersSeen = 0;
            const callSeconds: number[] = [];
            const sessions = FULL ? result.snapshots.length : Math.min(c.sessions, result.snapshots.length);
            // Sessions decided by a fresh CLI process: all (FULL), else the first CLI_CHAIN in a row
            // (the CLI chaining its own state file) and then the first CLI_ORDER_SESSIONS with orders,
            // whose state file is the previous answer's state.
            const chain = FULL ? sessions : Math.min(CLI_CHAIN, sessions);
            const cliSessions = new Set<number>(Array.from({ length: chain }, (_, j) => j));
            for (let j = chain; j < sessions && cliSessions.size < chain + CLI_ORDER_SESSIONS; j++) {
              if (result.snapshots[j]!.orders.length > 0) cliSessions.add(j);
            }
            for (let j = 0; j < sessions; j++) {
              const snap = result.snapshots[j]!;
              const date = snap.t.toISOString().slice(0, 10);
              const before = fill === 'close' ? result.snapshots[j - 1] : snap;
              // With close fills the caller's cash includes today's cash flows, credited before the
              // decision as in the backtest loop (dividends on the ex-date, borrow fee, interest).
              const flows = snap.dividends - snap.borrowFee + snap.interest;
              const holdings = {
                cash: fill === 'close' ? (before?.cash ?? c.cash) + flows : snap.cash,
                positions: Object.fromEntries((before?.positions ?? []).map((p) => [p.assetId, p.quantity])),
              };
              const res = await app.inject({
                method: 'POST',
                url: '/signal',
                payload: {
                  spec,
                  data: c.data,
                  date,
                  positions: holdings,
                  state: serverState,
                  ...(j === 0 ? { from: c.from } : {}),
                },
              });
              expect(res.statusCode, `POST /signal on ${date}: ${res.body.slice(0, 300)}`).toBe(200);
              const report = JSON.parse(res.body);

              const expected = result.decisions[j]!;
              expect(report.date).toBe(expected.t);
              expect(report.rebalance, `rebalance on ${date}`).toBe(expected.rebalance);
              expect(report.targets, `targets on ${date}`).toEqual(expected.targets);
              expect(report.hold, `hold on ${date}`).toEqual(expected.hold ?? null);
              expect(report.warnings.slice(0, expected.warnings?.length ?? 0)).toEqual(
                expected.warnings ?? [],
              );
              const orders: Order[] = report.orders.map(
                (o: { asset: string; side: string; quantity: number; targetWeight: number }) => ({
                  assetId: o.asset,
                  quantity: o.side === 'buy' ? o.quantity : -o.quantity,
                  decidedAt: snap.t,
                  targetWeight: o.targetWeight,
                }),
              );
              expect(orders, `orders on ${date}`).toEqual(snap.orders);
              for (const o of report.orders) {
                expect(o.referencePrice, `${o.symbol} reference price on ${date}`).toBe(
                  closeOf(o.symbol, date),
                );
              }
              ordersSeen += orders.length;

              if (cliSessions.has(j)) {
                writeFileSync(positionsPath, JSON.stringify(holdings));
                // In the chain: the CLI's own state file from its previous call; after it, the previous
                // answer's state (the server's state equals the CLI's: checked on every call).
                if (j >= chain) writeFileSync(statePath, `${JSON.stringify(serverState, null, 2)}\n`);
                const args = [
                  'signal',
                  specPath,
                  '--data',
                  dirs[c.data],
                  '--date',
                  date,
                  '--positions',
                  positionsPath,
                  '--state',
                  statePath,
                  '--json',
                  ...(j === 0 ? ['--from', c.from] : []),
                  ...memberArgs(c),
                ];
                const started = performance.now();
                const run = await spawnCli(bundle, args, root);
                callSeconds.push((performance.now() - started) / 1000);
                expect(run.err, `${date} stderr`).toBe('');
                expect(run.code, `${date} exit code`).toBe(0);
                expect(run.out, `tactical signal on ${date} prints POST /signal's JSON`).toBe(res.body);
                expect(JSON.parse(readFileSync(statePath, 'utf8')), `state file on ${date}`).toEqual(
                  report.state,
                );
              }
              serverState = report.state;
            }
            expect(callSeconds).toHaveLength(cliSessions.size);
            expect(callSeconds.length).toBeGreaterThan(FULL ? sessions - 1 : Math.min(10, sessions - 1));
            expect(sessions).toBeGreaterThan(10);
            expect(ordersSeen, 'the window has orders to compare').toBeGreaterThan(0);
            const sorted = [...callSeconds].sort((a, b) => a - b);
            console.info(
              `${name}: ${sessions} sessions by POST /signal, ${callSeconds.length} by fresh CLI processes (${chain} chained); per process median ${sorted[sorted.length >> 1]!.toFixed(2)} s, total ${callSeconds.reduce((x, y) => x + y, 0).toFixed(0)} s wall`,
            );
          }),
        FULL ? 7_200_000 : 600_000,
      );
    }
  },
);
