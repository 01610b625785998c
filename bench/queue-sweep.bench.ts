/**
 * Distributed-sweep benchmark (not a test): the same grid run by the built CLI (packages/cli/dist)
 * three ways in the same run, on a redis-server this script starts on a free local port:
 *   1. local: `tactical sweep --workers 2` (the baseline);
 *   2. queued: `tactical sweep --queue` on two `tactical worker --concurrency 1` processes that were
 *      already waiting (as on a cluster), so the figure is the queue's overhead, not process start-up;
 *   3. takeover: the queued run again, one worker SIGKILLed after it finished its first point; prints
 *      the time from the kill to the end of the sweep (≈ how long the dead worker's point waited).
 * Prints seconds, the queued/local ratio, and whether the rows are byte-identical.
 *
 * Run (after a build: `pnpm build`): node --conditions=@tactical/source --import tsx bench/queue-sweep.bench.ts
 * Grid: QUEUE_BENCH=real runs seed 002's 220 points on ../shared's S&P data (minutes on a busy machine);
 * the default is 400 points of tlt-spy-swap on the bundled examples/data.
 */
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { hasRedis, type Proc, startCli, startRedis } from '../packages/cli/test/support/redis-server.js';
import { missingShared, sharedPath } from '../tools/shared-data.js';

if (!hasRedis) {
  console.log('skipped: redis-server is absent (apt-get install redis-server)');
  process.exit(0);
}

function gridArgs(): { name: string; args: string[]; points: number } {
  if (process.env.QUEUE_BENCH !== 'real') {
    return {
      name: 'tlt-spy-swap on examples/data, 2016-2018',
      args: [
        'examples/tlt-spy-swap/spec.json',
        ...['--data', 'examples/data', '--from', '2016-01-01', '--to', '2018-01-01'],
        ...['--param', 'enter=/rebalance/anchors/0:-12..-3'],
        ...['--param', 'window=/rules/cond/right,/rules/else/cond/right:1..40'],
      ],
      points: 400,
    };
  }
  const sp500 = sharedPath('data', 'sp500');
  if (!sp500) {
    console.log(missingShared('data', 'sp500'));
    process.exit(0);
  }
  const legs = ['/rules/children/0/node/filter/args', '/rules/children/1/node/filter/args'];
  return {
    name: "seed 002's sweep on ../shared S&P data, 2014-01-01..2018-02-08",
    args: [
      'examples/index-rebalance/spec.json',
      ...['--data', join(sp500, 'all_stocks_5yr'), '--from', '2014-01-01', '--to', '2018-02-08'],
      ...['--members', `SP500=${join(sp500, 'constituents', 'sp500_ticker_start_end.csv')}`],
      ...['--announcement-lead', '5'],
      ...['--param', `entry=${legs.map((l) => `${l}/0/right`).join(',')}:-10..0`],
      ...['--param', `exit=${legs.map((l) => `${l}/1/right`).join(',')}:0..19`],
    ],
    points: 220,
  };
}

const grid = gridArgs();
const fmt = (x: number) => x.toFixed(2);
const redis = await startRedis();
const client = new Redis(redis.port, '127.0.0.1');
const procs: Proc[] = [];

async function timedCli(
  args: string[],
): Promise<{ s: number; out: string; err: string; code: number | string }> {
  const t0 = performance.now();
  const p = startCli(args);
  procs.push(p);
  const code = await p.exited;
  return { s: (performance.now() - t0) / 1000, out: p.out(), err: p.err(), code };
}

async function workers(names: string[]): Promise<Proc[]> {
  const ws = names.map((name) =>
    startCli(['worker', '--queue', redis.url, '--concurrency', '1', '--name', name]),
  );
  procs.push(...ws);
  await Promise.all(ws.map((w) => w.waitFor(/waiting for sweep points/)));
  return ws;
}

try {
  console.log(`queue sweep benchmark: ${grid.points} points, ${grid.name}`);
  const local = await timedCli(['sweep', ...grid.args, '--json', '--workers', '2']);
  console.log(`  local, 2 worker threads (baseline): ${fmt(local.s)} s`);

  const [a, b] = await workers(['bench-a', 'bench-b']);
  const queued = await timedCli(['sweep', ...grid.args, '--json', '--queue', redis.url]);
  console.log(
    `  queued, 2 waiting workers × 1 thread: ${fmt(queued.s)} s (${fmt(queued.s / local.s)}× the local time); ` +
      `rows byte-identical: ${queued.out === local.out && queued.code === 0}`,
  );

  // takeover: kill bench-a once it finished a point; the sweep ends when its point ran elsewhere
  const t0 = performance.now();
  const sweep = startCli(['sweep', ...grid.args, '--json', '--queue', redis.url]);
  procs.push(sweep);
  const id = (await sweep.waitFor(/sweep ([0-9a-f-]{36}): \d+ point\(s\) queued/, 120_000))[1]!;
  while (Number(await client.hget(`tactical:sweep:${id}:workers`, 'bench-a')) < 1) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const killedAt = performance.now();
  a!.child.kill('SIGKILL');
  await sweep.exited;
  const end = performance.now();
  const summary = /(\d+) taken over from a lost worker; (\d+) duplicate/.exec(sweep.err());
  console.log(
    `  with bench-a SIGKILLed ${fmt((killedAt - t0) / 1000)} s in: ${fmt((end - t0) / 1000)} s in all, ` +
      `${fmt((end - killedAt) / 1000)} s from the kill to the last row; taken over: ${summary?.[1] ?? '?'}, ` +
      `duplicates: ${summary?.[2] ?? '?'}; rows byte-identical: ${sweep.out() === local.out}`,
  );
  b!.child.kill('SIGTERM');
  await b!.exited;
} finally {
  for (const p of procs)
    if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  client.disconnect();
  await redis.stop();
}
