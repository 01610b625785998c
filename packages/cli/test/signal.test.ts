/**
 * `tactical signal` through `run(argv, ctx)`: quotes completing the session's bar (seed 000 decides at
 * 15:45 with intraday prices), the state file (atomic, re-runnable, refusing another spec's state or
 * going backwards), and located errors for bad inputs. Real ETF data (../shared/data/etf), cut in a
 * temp folder so a session's bar can be withheld.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import { afterAll, expect, it } from 'vitest';
import { describeShared, root, sharedPath } from '../../../tools/shared-data.js';
import { runCaptured } from '../src/run.js';
import { closesOf } from './support/fresh-cli.js';

const etf = sharedPath('data', 'etf');
const tmp = mkdtempSync(join(tmpdir(), 'tactical-signal-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const FLOW = join(root, 'examples', 'rebalancing-flow', 'spec.json');
const TREND = join(root, 'examples', 'spy-ief-trend', 'spec.json');
const calendar = getCalendar('XNYS');

let folders = 0;
/** A folder with `symbols`' rows from 2017 up to, not including, `before` (the session withheld). */
function cutBefore(symbols: readonly string[], before: string): string {
  const dir = join(tmp, `data-${folders++}`);
  mkdirSync(dir);
  for (const s of symbols) {
    const lines = readFileSync(join(etf!, `${s}.csv`), 'utf8')
      .trim()
      .split(/\r?\n/);
    const kept = lines.slice(1).filter((l) => l.slice(0, 10) >= '2017-01-01' && l.slice(0, 10) < before);
    writeFileSync(join(dir, `${s}.csv`), `${[lines[0], ...kept].join('\n')}\n`);
  }
  return dir;
}

const signal = async (spec: string, data: string, date: string, extra: string[] = []) => {
  const r = await runCaptured(
    ['signal', spec, '--data', data, '--date', date, '--from', '2019-01-01', '--json', ...extra],
    tmp,
  );
  return { ...r, report: r.code === 0 ? JSON.parse(r.out) : undefined };
};

const decisionOf = (r: { rebalance: boolean; targets: unknown; hold: unknown; orders: unknown }) => ({
  rebalance: r.rebalance,
  targets: r.targets,
  hold: r.hold,
  orders: r.orders,
});

describeShared(['data', 'etf'], 'tactical signal on real ETF data', () => {
  const positions = join(tmp, 'positions.json');
  writeFileSync(positions, JSON.stringify({ cash: 50_000, positions: { 'us:SPY': 100 } }));

  it("--quotes: the session's close withheld and given as a quote decides as the finished bar", async () => {
    // Every rebalance session of 2019 of seed 000's strategy (16th and last session of each month) and
    // of the SMA trend (month ends): the data stop the session before; the quotes are the real closes.
    const sessions = calendar.sessions({ from: new Date('2019-01-01'), to: new Date('2020-01-01') });
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const monthEnds = sessions.filter(
      (d, k) => k === sessions.length - 1 || sessions[k + 1]!.getUTCMonth() !== d.getUTCMonth(),
    );
    const sixteenth = sessions.filter(
      (d, k) =>
        k >= 15 &&
        sessions[k - 15]!.getUTCMonth() === d.getUTCMonth() &&
        (k === 15 || sessions[k - 16]!.getUTCMonth() !== d.getUTCMonth()),
    );
    const cases = [
      ...[...sixteenth, ...monthEnds].map((d) => ({ spec: FLOW, symbols: ['SPY', 'TLT'], date: iso(d) })),
      ...monthEnds.map((d) => ({ spec: TREND, symbols: ['SPY', 'IEF'], date: iso(d) })),
    ];
    expect(cases.length).toBe(36);
    const full = cutBefore(['SPY', 'TLT', 'IEF'], '2020-01-01');
    const closes = new Map(['SPY', 'TLT', 'IEF'].map((s) => [s, closesOf(join(full, `${s}.csv`))]));
    let rebalances = 0;
    for (const c of cases) {
      const finished = await signal(c.spec, full, c.date, ['--positions', positions]);
      expect(finished.code, finished.err).toBe(0);
      const quotes = join(tmp, `quotes-${c.date}.csv`);
      writeFileSync(
        quotes,
        `symbol,price\n${c.symbols.map((s) => `${s},${closes.get(s)!.get(c.date)}`).join('\n')}\n`,
      );
      const withheld = cutBefore(c.symbols, c.date);
      const quoted = await signal(c.spec, withheld, c.date, ['--positions', positions, '--quotes', quotes]);
      expect(quoted.code, quoted.err).toBe(0);
      expect(decisionOf(quoted.report), `${c.spec} on ${c.date}`).toEqual(decisionOf(finished.report));
      expect(finished.report.quotes).toBeNull();
      expect(quoted.report.quotes.completed.map((q: { bar: string }) => q.bar)).toEqual(['made', 'made']);
      expect(quoted.report.quotes.note).toMatch(/completed from the quotes/);
      if (finished.report.rebalance) rebalances++;
    }
    expect(rebalances).toBe(36);
  }, 120_000);

  it('a quote that moves a price moves the decision (seed 000 buys the underperformer over 16 sessions)', async () => {
    const date = '2019-04-23'; // the 16th session of April 2019 (Good Friday closed)
    const data = cutBefore(['SPY', 'TLT'], date);
    const closes = closesOf(join(etf!, 'SPY.csv'));
    const tlt = closesOf(join(etf!, 'TLT.csv')).get(date)!;
    const decide = async (spy: number) => {
      const quotes = join(tmp, `q-${spy}.csv`);
      writeFileSync(quotes, `price,symbol\n${spy},SPY\n${tlt},TLT\n`);
      const r = await signal(FLOW, data, date, ['--quotes', quotes]);
      expect(r.code, r.err).toBe(0);
      return Object.keys(r.report.targets);
    };
    const spy = closes.get(date)!;
    expect(await decide(spy * 1.2)).toEqual(['us:TLT']); // SPY up 20% today: TLT underperformed
    expect(await decide(spy * 0.8)).toEqual(['us:SPY']);
  });

  it('without quotes, a session missing from the data is an error naming the symbols and the fix', async () => {
    const data = cutBefore(['SPY', 'TLT'], '2019-04-22');
    const r = await signal(FLOW, data, '2019-04-22');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no bar on 2019-04-22 for SPY, TLT/);
    expect(r.err).toMatch(/fix: .*--quotes/);
  });

  it('the state file: written atomically, carried to the next session, a re-run recomputes, backwards is refused', async () => {
    const data = cutBefore(['SPY', 'TLT'], '2020-01-01');
    const dir = mkdtempSync(join(tmp, 'state-'));
    const state = join(dir, 'state.json');
    const first = await signal(FLOW, data, '2019-04-23', ['--state', state]);
    expect(first.code, first.err).toBe(0);
    expect(readdirSync(dir)).toEqual(['state.json']); // no temp file left behind
    const saved = JSON.parse(readFileSync(state, 'utf8'));
    expect(saved).toEqual(first.report.state);
    expect(saved.origin).toBe('2019-01-01');
    expect(saved.after.targets).toEqual(first.report.targets);

    // The next session without --from: the state keeps the origin and the targets.
    const next = await runCaptured(
      ['signal', FLOW, '--data', data, '--date', '2019-04-24', '--state', state, '--json'],
      tmp,
    );
    expect(next.code, next.err).toBe(0);
    const report = JSON.parse(next.out);
    expect(report.origin).toBe('2019-01-01');
    expect(report.rebalance).toBe(false);
    expect(report.targets).toEqual(first.report.targets);

    const again = await runCaptured(
      ['signal', FLOW, '--data', data, '--date', '2019-04-24', '--state', state, '--json'],
      tmp,
    );
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(again.out)).toEqual({ ...report, rerun: true });

    const back = await runCaptured(
      ['signal', FLOW, '--data', data, '--date', '2019-04-23', '--state', state],
      tmp,
    );
    expect(back.code).toBe(1);
    expect(back.err).toMatch(/cannot decide 2019-04-23: the state was already advanced to 2019-04-24/);

    const other = await runCaptured(
      [
        'signal',
        TREND,
        '--data',
        cutBefore(['SPY', 'IEF'], '2020-01-01'),
        '--date',
        '2019-04-24',
        '--state',
        state,
      ],
      tmp,
    );
    expect(other.code).toBe(1);
    expect(other.err).toMatch(/state\/spec: the state was written for another spec/);
    expect(existsSync(state)).toBe(true);
  });

  it('bad inputs are located errors with a fix, never a stack trace', async () => {
    const data = cutBefore(['SPY', 'TLT'], '2020-01-01');
    const bad = join(tmp, 'bad-positions.json');
    writeFileSync(bad, JSON.stringify({ cash: 1000, positions: { 'us:SPY': '10' } }));
    let r = await signal(FLOW, data, '2019-04-22', ['--positions', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `${bad}/positions/us:SPY: the quantity of us:SPY must be a finite number of shares`,
    );

    const quotes = join(tmp, 'bad-quotes.csv');
    writeFileSync(quotes, 'symbol,price\nSPY,290\nTLT,-3\n');
    r = await signal(FLOW, data, '2019-04-22', ['--quotes', quotes]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${quotes}:3: the price of TLT must be a positive number, got '-3'`);

    r = await signal(FLOW, data, '2019-04-20');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/2019-04-20 is not a XNYS session[\s\S]*the next is 2019-04-22/);

    r = await signal(FLOW, data, '2019-02-30');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--date must be a date YYYY-MM-DD, got '2019-02-30'/);

    const badSpec = join(tmp, 'bad-spec.json');
    writeFileSync(badSpec, '{\n  "kind": "tactical/v1",\n  "universe": []\n}\n');
    r = await signal(badSpec, data, '2019-04-22');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad-spec\.json:\d+:\d+/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
