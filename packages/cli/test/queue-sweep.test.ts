/**
 * Sweeps across machines (issue 12): Debian's redis-server started by the test on a free local port,
 * `tactical worker` processes and the submitting `tactical sweep --queue` run from the built packages
 * (packages/cli/dist), as an installed binary runs. One worker is SIGKILLed mid-sweep: every point must
 * still complete exactly once, and the rows (`--json` and `--out`'s sweep.csv) must equal the
 * in-process sweep's byte for byte. Also: two sweeps on one Redis never mix, a worker whose data
 * differs from the submitter's fails the point with a message naming the file, and a worker that has
 * the data at another path (`--data-map`) gives the rows a local sweep gives, paths in warnings
 * included. The scenarios run at once, on separate Redis databases, so the suite takes about as long
 * as the longest.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { build } from '../../../tools/packaging.js';
import { isCI, missingShared, root, sharedPath } from '../../../tools/shared-data.js';
import { runCaptured } from '../src/run.js';
import {
  hasRedis,
  type Proc,
  type RedisServer,
  redisServerPath,
  startCli,
  startRedis,
} from './support/redis-server.js';

const spec = 'examples/tlt-spy-swap/spec.json';
const range = ['--data', 'examples/data', '--from', '2016-01-01', '--to', '2018-01-01'];
const ENTER = [-12, -11, -10, -9, -8, -7, -6, -5, -4, -3];
const WINDOW = [1, 2, 3, 4, 5, 6, 7, 8];
const grid = [
  '--param',
  'enter=/rebalance/anchors/0:-12..-3',
  '--param',
  'window=/rules/cond/right,/rules/else/cond/right:1..8',
];

/** Poll `check` every 50 ms until it holds (or fail after `ms`). */
async function until(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const noStack = /\n\s+at /;
/** The S&P data (a point there takes seconds: long enough to be caught in flight). */
const sp500 = sharedPath('data', 'sp500', 'all_stocks_5yr');

/**
 * `describe` that needs redis-server: skipped with a message when it is absent, failing under CI
 * (.ci/run installs it with apt-get).
 */
function describeRedis(name: string, body: () => void): void {
  if (hasRedis) describe(name, body);
  else if (isCI)
    describe(name, () =>
      it('needs redis-server', () => {
        throw new Error(
          `${redisServerPath} is missing under CI (.ci/run installs it: apt-get install redis-server)`,
        );
      }),
    );
  else
    describe.skip(name, () =>
      it(`skipped: ${redisServerPath} is absent (apt-get install redis-server)`, () => {}),
    );
}

describeRedis('tactical sweep --queue on tactical worker processes (redis-server on localhost)', () => {
  let redis: RedisServer;
  let client: Redis;
  const tmp = mkdtempSync(join(tmpdir(), 'tactical-queue-'));
  const procs: Proc[] = [];
  const cli = (args: string[]) => {
    const p = startCli(args);
    procs.push(p);
    return p;
  };
  const worker = (name: string, url = redis.url) =>
    cli(['worker', '--queue', url, '--concurrency', '1', '--name', name]);

  beforeAll(async () => {
    build(); // the workers run from packages/cli/dist (incremental: quick when nothing changed)
    redis = await startRedis();
    client = new Redis(redis.port, '127.0.0.1');
  }, 300_000);

  afterAll(async () => {
    for (const p of procs)
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    client?.disconnect();
    await redis?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it.concurrent('loses no point and counts none twice when a worker is SIGKILLed mid-sweep; rows equal the in-process sweep', async ({
    expect,
  }) => {
    const a = worker('worker-a');
    const b = worker('worker-b');
    await Promise.all([a.waitFor(/waiting for sweep points/), b.waitFor(/waiting for sweep points/)]);
    const queued = join(tmp, 'queued');
    const sweep = cli(['sweep', spec, ...range, ...grid, '--json', '--out', queued, '--queue', redis.url]);
    // a second sweep on the same Redis and workers at the same time: the two must never mix
    const gridX = ['--param', 'enter=/rebalance/anchors/0:-9..-4'];
    const other = cli(['sweep', spec, ...range, ...gridX, '--csv', '--queue', redis.url]);
    const id = (await sweep.waitFor(/sweep ([0-9a-f-]{36}): 80 point\(s\) queued/))[1]!;
    // Freeze both workers once worker-a has finished a point: worker-a then holds a point of one of the
    // two sweeps (BullMQ's processedBy on Redis) and dies holding it; worker-b goes on alone. If its row
    // had already been delivered (frozen between the row and the job's completion), the point needs no
    // takeover: let both run on and freeze again.
    let heldSweep: string | undefined;
    for (let attempt = 1; attempt <= 5 && heldSweep === undefined; attempt++) {
      await until(
        async () => Number(await client.hget(`tactical:sweep:${id}:workers`, 'worker-a')) >= attempt,
        `worker-a finished ${attempt} point(s)`,
      );
      a.child.kill('SIGSTOP');
      b.child.kill('SIGSTOP');
      const active = await client.lrange('tactical:sweep-points:active', 0, -1);
      const holders = await Promise.all(active.map((j) => client.hget(`tactical:sweep-points:${j}`, 'pb')));
      const held = active.filter((_, k) => holders[k] === 'worker-a');
      expect(held).toHaveLength(1);
      const [sweepId, index] = [held[0]!.slice(0, held[0]!.lastIndexOf('.')), held[0]!.split('.').pop()];
      const rows = await client.lrange(`tactical:sweep:${sweepId}:rows`, 0, -1);
      if (rows.some((r) => String((JSON.parse(r) as { index: number }).index) === index)) {
        a.child.kill('SIGCONT');
        b.child.kill('SIGCONT');
      } else heldSweep = sweepId;
    }
    expect(heldSweep, 'worker-a was never caught in the middle of a point').toBeDefined();
    a.child.kill('SIGKILL');
    b.child.kill('SIGCONT');
    // the in-process references, computed while the dead worker's point waits to be taken over
    const local = join(tmp, 'local');
    const [reference, referenceX] = await Promise.all([
      runCaptured(['sweep', spec, ...range, ...grid, '--json', '--out', local], root),
      runCaptured(['sweep', spec, ...range, ...gridX, '--csv', '--workers', '1'], root),
    ]);
    expect(await sweep.exited, sweep.err()).toBe(0);
    expect(await other.exited, other.err()).toBe(0);
    expect(reference.code, reference.err).toBe(0);
    expect(sweep.out()).toBe(reference.out);
    expect(readFileSync(join(queued, 'sweep.csv'), 'utf8')).toBe(
      readFileSync(join(local, 'sweep.csv'), 'utf8'),
    );
    expect(other.out()).toBe(referenceX.out);

    // every grid point once, in grid order (first axis slowest), each with its metrics
    const doc = JSON.parse(sweep.out()) as {
      rows: { params: { enter: number; window: number }; metrics: { sessions: number } | null }[];
    };
    expect(doc.rows.map((r) => [r.params.enter, r.params.window])).toEqual(
      ENTER.flatMap((e) => WINDOW.map((w) => [e, w])),
    );
    for (const row of doc.rows) expect(row.metrics?.sessions).toBeGreaterThan(400);

    const summary =
      /(\d+) of (\d+) point\(s\) by 2 worker\(s\) \(worker-a, worker-b\); (\d+) taken over from a lost worker; (\d+) duplicate row\(s\) ignored/.exec(
        sweep.err(),
      );
    expect(summary, sweep.err()).not.toBeNull();
    expect(summary!.slice(1, 3).map(Number)).toEqual([80, 80]);
    // the point worker-a held when it died was run again by worker-b (and counted once)
    const heldBy = [sweep, other].find((p) => p.err().includes(`sweep ${heldSweep}: `))!;
    expect(Number(/(\d+) taken over from a lost worker/.exec(heldBy.err())?.[1])).toBeGreaterThanOrEqual(1);
    expect(sweep.err()).not.toMatch(noStack);

    // the sweep removed everything it put on Redis
    expect(await client.keys(`tactical:sweep:${id}*`)).toEqual([]);
    expect(await client.keys(`tactical:sweep-points:${id}*`)).toEqual([]);

    // the surviving worker stops cleanly on SIGTERM
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);
    expect(b.err()).toMatch(/stopped after \d+ point\(s\)/);
    expect(await a.exited).toBe('SIGKILL');
  }, 120_000);

  it.concurrent('keys rows by grid index: the first row of a point counts, a second is ignored and counted', async ({
    expect,
  }) => {
    const db2 = `${redis.url}/2`;
    const w = worker('w-dup', db2);
    await w.waitFor(/waiting for sweep points/);
    w.child.kill('SIGSTOP'); // no point runs until the test has put its row in first
    const sweep = cli(['sweep', spec, ...range, ...grid.slice(0, 2), '--json', '--queue', db2]);
    const id = (await sweep.waitFor(/sweep ([0-9a-f-]{36}): 10 point\(s\) queued/))[1]!;
    const db = new Redis(redis.port, '127.0.0.1', { db: 2 });
    try {
      // a row for point 3 from elsewhere (as from a worker presumed dead that finished after all)
      const early = {
        index: 3,
        row: { params: {}, metrics: { totalReturn: 12345 } },
        worker: 'x',
        stalled: 0,
      };
      await db.rpush(`tactical:sweep:${id}:rows`, JSON.stringify(early));
    } finally {
      db.disconnect();
    }
    w.child.kill('SIGCONT'); // now it runs all 10 points, point 3 included: its row comes second
    expect(await sweep.exited, sweep.err()).toBe(0);
    expect(sweep.err()).toMatch(
      /10 of 10 point\(s\) by 1 worker\(s\) \(w-dup\); 0 taken over from a lost worker; 1 duplicate row\(s\) ignored/,
    );
    const doc = JSON.parse(sweep.out()) as {
      rows: { params: { enter: number }; metrics: { totalReturn: number } }[];
    };
    expect(doc.rows.map((r) => r.params.enter)).toEqual(ENTER); // the grid's own params, in grid order
    expect(doc.rows.map((r) => r.metrics.totalReturn === 12345)).toEqual(ENTER.map((_, k) => k === 3));
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  }, 60_000);

  (sp500 ? it.concurrent : it.skip)(
    `a worker stopped twice hands its point back at once; another worker finishes the sweep${sp500 ? '' : ` (${missingShared('data', 'sp500')})`}`,
    async ({ expect }) => {
      const db3 = `${redis.url}/3`;
      const first = worker('w-release', db3);
      await first.waitFor(/waiting for sweep points/);
      const args = [
        '--data',
        sp500!,
        '--from',
        '2014-01-01',
        '--to',
        '2018-01-01',
        '--param',
        'n=/rules/count:10,20',
      ];
      const sweep = cli(['sweep', 'bench/specs/sp500-momentum-top20.json', ...args, '--csv', '--queue', db3]);
      // joined: the data is loaded and the first point (505 stocks, seconds of work) has started
      await first.waitFor(/joined sweep/, 90_000);
      first.child.kill('SIGINT');
      await first.waitFor(/stopping: finishing/);
      first.child.kill('SIGINT');
      expect(await first.exited).toBe(130);
      expect(first.err()).toContain('handing the point(s) in flight back to the queue');
      expect(first.err()).toContain('stopped after 0 point(s)');
      const second = worker('w-finish', db3);
      expect(await sweep.exited, sweep.err()).toBe(0);
      // handed back, not lost: the point was not left to the stalled check
      expect(sweep.err()).toMatch(
        /2 of 2 point\(s\) by 2 worker\(s\) \(w-finish, w-release\); 0 taken over from a lost worker; 0 duplicate/,
      );
      expect(sweep.out().trim().split('\n')).toHaveLength(3);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    },
    120_000,
  );

  it.concurrent("a worker with the data at another path (--data-map) gives the rows of a local sweep, warnings' paths included", async ({
    expect,
  }) => {
    const theirs = join(tmp, 'submitter-disk');
    const mine = join(tmp, 'worker-disk');
    const data = join(theirs, 'data');
    mkdirSync(theirs);
    cpSync(join(root, 'examples', 'data'), data, { recursive: true });
    // a dirty row, so every row carries a data warning naming the file
    const spy = join(data, 'SPY.csv');
    writeFileSync(spy, readFileSync(spy, 'utf8').replace('\n2016-01-05,228.4336,', '\n2016-01-05,,'));
    cpSync(theirs, mine, { recursive: true });
    const args = ['--data', data, '--from', '2016-01-01', '--to', '2018-01-01', ...grid.slice(0, 2)];
    const reference = await runCaptured(['sweep', spec, ...args, '--json'], root);
    expect(reference.code, reference.err).toBe(0);
    expect(reference.out).toContain('invalid_value');
    expect(reference.out).toMatch(/"file": ".*submitter-disk\/data\/SPY\.csv"/);

    const db4 = `${redis.url}/4`;
    const sweep = cli(['sweep', spec, ...args, '--json', '--queue', db4]);
    await sweep.waitFor(/point\(s\) queued/);
    // from here on the submitter's path does not exist for anyone: the worker reads its own copy
    renameSync(theirs, `${theirs}-gone`);
    const w = cli([
      'worker',
      '--queue',
      db4,
      '--concurrency',
      '1',
      '--name',
      'w-mapped',
      '--data-map',
      `${theirs}=${mine}`,
    ]);
    await w.waitFor(new RegExp(`reading ${theirs} at ${mine}`));
    expect(await sweep.exited, sweep.err()).toBe(0);
    expect(sweep.out()).toBe(reference.out);
    expect(sweep.err()).toMatch(/10 of 10 point\(s\) by 1 worker\(s\) \(w-mapped\)/);
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  }, 60_000);

  it.concurrent('fails the point, naming the file, when a worker reads other data than the submitter', async ({
    expect,
  }) => {
    const data = join(tmp, 'data');
    cpSync(join(root, 'examples', 'data'), data, { recursive: true });
    const db1 = `${redis.url}/1`; // a database no worker of the other tests listens on
    const args = ['--data', data, '--from', '2016-01-01', '--to', '2018-01-01', ...grid.slice(0, 2)];
    const sweep = cli(['sweep', spec, ...args, '--json', '--queue', db1]);
    await sweep.waitFor(/point\(s\) queued/);
    // the worker's machine has another SPY.csv at the same path (same size, one digit changed)
    const spy = join(data, 'SPY.csv');
    const text = readFileSync(spy, 'utf8');
    writeFileSync(spy, text.replace('2016-01-04,', '2016-01-04,1').replace(/(\n2016-01-04,1)\d/, '$1'));
    const w = worker('w-other-data', db1);
    expect(await sweep.exited).toBe(1);
    expect(sweep.err()).toContain(
      `worker w-other-data: the data differs from the submitter's: ${spy} has different content here`,
    );
    expect(sweep.err()).toMatch(/tactical: sweep point \d+: /);
    expect(sweep.err()).not.toMatch(noStack);
    expect(sweep.out()).toBe('');
    await w.waitFor(/cannot run sweep/);
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  }, 60_000);
});
