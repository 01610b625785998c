/**
 * The Python client (standard library only) against a real `tactical serve` on localhost: seed 000's
 * month — buy the 16-session underperformer on the 16th session with intraday quotes, hold, close on
 * the month's last session — with the state and the paper positions carried between runs. Skipped
 * when python3 is absent.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '@tactical/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const CLIENT = join(import.meta.dirname, 'client.py');
const SPEC = join(root, 'examples', 'rebalancing-flow', 'spec.json');
const python = (() => {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

const closeOn = (symbol: string, date: string) => {
  const line = readFileSync(join(root, 'examples', 'data', `${symbol}.csv`), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(date))!;
  return Number(line.split(',')[4]);
};

describe.skipIf(!python)('examples/live-client/client.py against tactical serve', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tactical-client-'));
  let url = '';
  let app: Awaited<ReturnType<typeof buildServer>>;
  beforeAll(async () => {
    app = await buildServer({
      data: new Map([['demo', { dir: join(root, 'examples', 'data') }]]),
      logger: false,
      concurrency: 1,
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const client = (args: string[]) =>
    new Promise<{ code: number; out: string; err: string }>((resolve) => {
      execFile(
        'python3',
        [CLIENT, '--server', url, '--spec', SPEC, '--data', 'demo', ...args],
        { cwd: tmp },
        (e, out, err) => resolve({ code: e ? Number(e.code ?? 1) : 0, out, err }),
      );
    });
  const files = ['--positions', join(tmp, 'positions.json'), '--state', join(tmp, 'state.json')];

  it("runs seed 000's month: buy the underperformer at 15:45 on the 16th session with quotes, close on the last", async () => {
    writeFileSync(join(tmp, 'positions.json'), JSON.stringify({ cash: 100_000, positions: {} }));
    // 2020-03-23 is March's 16th session. Intraday quotes: 0.5% off the close the data will have.
    const quotes = { SPY: closeOn('SPY', '2020-03-23') * 0.995, TLT: closeOn('TLT', '2020-03-23') * 1.005 };
    writeFileSync(join(tmp, 'quotes.json'), JSON.stringify(quotes));
    const body = {
      spec: JSON.parse(readFileSync(SPEC, 'utf8')),
      data: 'demo',
      date: '2020-03-23',
      from: '2020-01-01',
      positions: { cash: 100_000, positions: {} },
      state: null,
      quotes,
    };
    const direct = (await (
      await fetch(`${url}/signal`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json()) as {
      orders: { side: string; quantity: number; symbol: string; asset: string; referencePrice: number }[];
      state: unknown;
    };
    expect(direct.orders).toHaveLength(1);
    const order = direct.orders[0]!;
    expect(order.referencePrice).toBe(quotes[order.symbol as 'SPY' | 'TLT']);

    const first = await client([
      ...files,
      '--quotes',
      join(tmp, 'quotes.json'),
      '--origin',
      '2020-01-01',
      '--date',
      '2020-03-23',
      '--once',
    ]);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('2020-03-23: rebalance;');
    expect(first.out).toContain(`MKT BUY ${order.quantity} ${order.symbol} @ ~${order.referencePrice}`);
    expect(first.out).toContain("the session's bar was completed from the quotes");
    expect(JSON.parse(readFileSync(join(tmp, 'state.json'), 'utf8'))).toEqual(direct.state);
    const held = JSON.parse(readFileSync(join(tmp, 'positions.json'), 'utf8'));
    expect(held.positions).toEqual({ [order.asset]: order.quantity });

    const hold = await client([...files, '--date', '2020-03-24', '--once']);
    expect(hold.code, hold.err).toBe(0);
    expect(hold.out).toMatch(/^2020-03-24: no rebalance;/);
    expect(hold.out).not.toContain('MKT');

    const close = await client([...files, '--date', '2020-03-31', '--once']);
    expect(close.code, close.err).toBe(0);
    expect(close.out).toContain(`MKT SELL ${order.quantity} ${order.symbol}`);
    expect(JSON.parse(readFileSync(join(tmp, 'positions.json'), 'utf8')).positions).toEqual({});
  }, 60_000);

  it("prints the server's located error and exits 1 (a Sunday is not a session)", async () => {
    const r = await client([...files, '--date', '2020-04-05', '--once']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('2020-04-05: 422 not_a_session: 2020-04-05 is not a XNYS session');
    expect(r.err).toContain('fix: pass the date of a session (the next is 2020-04-06)');
  });
});
