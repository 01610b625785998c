/**
 * Must show (issue 13): for every example spec, on every session of a real-data year, `tactical
 * signal` called session by session — positions from the backtest's holdings at the decision, state
 * from the previous call's state file — gives the backtest's decision, targets and orders exactly; and
 * POST /signal, fed the previous answer's `state`, answers the very same JSON, byte for byte.
 *
 * The holdings at the decision: with `close` fills, the previous session's snapshot (orders fill after
 * the decision); with `next_open` fills, this session's snapshot (yesterday's orders filled at today's
 * open, before the 15:45 decision; nothing changes after it).
 *
 * Cost and what runs by default: every call is a new `node tactical.mjs` process (the CLI bundled once
 * with esbuild), so nothing but the state file carries over — about 0.5 s of CPU each. The default run
 * takes, from the first session of 2019, January and February (41 sessions) of rebalancing-flow (seed 000's
 * strategy) and January (21 sessions) of the other ETF specs, each session through the CLI and through
 * POST /signal; TACTICAL_SIGNAL_FULL=1 takes every session of 2019 for every spec (1008 processes; see
 * docs/live.md for the last full run). The data are the real files, cut to 2017..2019 in a temp folder
 * (less to parse per process; both the backtest and the signal read the same cut files, and the
 * features' warm-up fits in it).
 *
 * Excluded: conservative-formula (its `field` feature reads a fundamentals column that the example's
 * test generates in memory; no data folder carries it, so neither the CLI nor the server can run it).
 * index-rebalance runs on the 505-file S&P folder (cut to 2016-05..07), every session of a 3-week
 * window with SP500 adds and removes.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import { CsvDirectoryFeed, type Order } from '@tactical/runtime';
import { buildServer } from '@tactical/server';
import type { TacticalSpec } from '@tactical/spec';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runSpecFile } from '../../../examples/support/engine.js';
import { describeShared, root, sharedPath } from '../../../tools/shared-data.js';
import { bundleCli, closesOf, limit, spawnCli } from './support/fresh-cli.js';

const FULL = process.env.TACTICAL_SIGNAL_FULL === '1';
const CASH = 100_000;

interface Case {
  spec: string;
  data: 'etf' | 'sp500';
  from: string;
  to: string;
  /** Sessions checked by default, from the first (all with TACTICAL_SIGNAL_FULL=1). */
  sessions: number;
  cash: number;
}

const YEAR = { from: '2019-01-01', to: '2020-01-01' };
const CASES: Case[] = [
  { spec: 'examples/rebalancing-flow/spec.json', data: 'etf', ...YEAR, sessions: 41, cash: CASH },
  { spec: 'examples/spy-ief-trend/spec.json', data: 'etf', ...YEAR, sessions: 21, cash: CASH },
  { spec: 'examples/spy-ief-trend/spec.weekly.json', data: 'etf', ...YEAR, sessions: 21, cash: CASH },
  { spec: 'examples/tlt-spy-swap/spec.json', data: 'etf', ...YEAR, sessions: 21, cash: CASH },
  // 2016-06..07: SP500 adds and removes in the window.
  {
    spec: 'examples/index-rebalance/spec.json',
    data: 'sp500',
    from: '2016-06-13',
    to: '2016-07-01',
    sessions: 14,
    cash: 1_000_000,
  },
];

const etf = sharedPath('data', 'etf');
const sp500 = sharedPath('data', 'sp500');
const members = sp500 ? join(sp500, 'constituents', 'sp500_ticker_start_end.csv') : '';
/** The cut data folders (set in beforeAll). */
const dirs = { etf: '', sp500: '' };

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
  c.data === 'sp500' ? ['--members', `SP500=${members}`, '--announcement-lead', '5'] : [];

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
      cut(etf!, dirs.etf, ['SPY.csv', 'TLT.csv', 'IEF.csv'], '2017-01-01', '2019-12-31');
      if (sp500) {
        const all = join(sp500, 'all_stocks_5yr');
        dirs.sp500 = join(tmp, 'sp500');
        cut(
          all,
          dirs.sp500,
          readdirSync(all).filter((f) => f.endsWith('_data.csv')),
          '2016-05-01',
          '2016-07-31',
        );
      }
      const data = new Map([['etf', { dir: dirs.etf }]]);
      if (sp500) {
        data.set('sp500', {
          dir: dirs.sp500,
          members: { SP500: { startEnd: members, announcementLead: 5 } },
        } as never);
      }
      app = await buildServer({ data, logger: false, concurrency: 1 });
    });
    afterAll(async () => {
      await app?.close();
      rmSync(tmp, { recursive: true, force: true });
    });

    for (const c of CASES) {
      const name = `${c.spec.split('/').slice(1).join('/')} on ${c.data} ${c.from}..${c.to}`;
      (c.data === 'sp500' && !sp500 ? it.skip : it.concurrent)(
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
                const file = c.data === 'etf' ? `${symbol}.csv` : `${symbol}_data.csv`;
                closes.set(symbol, closesOf(join(dirs[c.data], file)));
              }
              return closes.get(symbol)!.get(date);
            };
            let serverState: unknown = null;
            let ordersSeen = 0;
            const sessions = FULL ? result.snapshots.length : Math.min(c.sessions, result.snapshots.length);
            for (let j = 0; j < sessions; j++) {
              const snap = result.snapshots[j]!;
              const date = snap.t.toISOString().slice(0, 10);
              const before = fill === 'close' ? result.snapshots[j - 1] : snap;
              // With close fills the account at the decision also holds this session's cash flows
              // (a dividend going ex today, fees, interest: docs/accounting.md), as a broker shows them.
              const flows = fill === 'close' && before ? snap.dividends - snap.borrowFee + snap.interest : 0;
              const holdings = {
                cash: (before?.cash ?? c.cash) + flows,
                positions: Object.fromEntries((before?.positions ?? []).map((p) => [p.assetId, p.quantity])),
              };
              writeFileSync(positionsPath, JSON.stringify(holdings));
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
              const run = await spawnCli(bundle, args, root);
              expect(run.err, `${date} stderr`).toBe('');
              expect(run.code, `${date} exit code`).toBe(0);
              const report = JSON.parse(run.out);

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
              expect(res.body, `POST /signal on ${date} answers the CLI's JSON`).toBe(run.out);
              serverState = JSON.parse(res.body).state;
            }
            expect(sessions).toBeGreaterThan(10);
            expect(ordersSeen, 'the window has orders to compare').toBeGreaterThan(0);
          }),
        FULL ? 7_200_000 : 600_000,
      );
    }
  },
);
