/**
 * HTTP throughput of `tactical serve` on localhost (not a test; never run by `pnpm test`):
 *   node --conditions=@tactical/source --import tsx bench/server.bench.ts [seconds] [connections]
 * autocannon against a server with the default worker count (one per core), data: the bundled
 * synthetic examples/data. Baseline measured in the same run: GET /health (Fastify alone, no
 * worker). Then POST /validate (the rebalancing-flow spec) and POST /signal (rebalancing-flow on its
 * 16th session of March 2020, no state: every request computes features from 2020-01-01). Prints
 * req/s, p50/p99 latency and the non-2xx count of each, and the ratio to the baseline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer } from '@tactical/server';
import autocannon from 'autocannon';

const root = join(import.meta.dirname, '..');
const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 8);
const spec = JSON.parse(readFileSync(join(root, 'examples', 'rebalancing-flow', 'spec.json'), 'utf8'));

const app = await buildServer({
  data: new Map([['demo', { dir: join(root, 'examples', 'data') }]]),
  logger: false,
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });

const bodies = {
  '/validate': { spec },
  '/signal': {
    spec,
    data: 'demo',
    date: '2020-03-23',
    from: '2020-01-01',
    positions: { cash: 1e5, positions: {} },
  },
};

async function measure(path: string, body?: unknown) {
  // A warm-up request (workers load their modules and the data files once).
  if (body)
    await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const r = await autocannon({
    url: `${url}${path}`,
    connections,
    duration: seconds,
    ...(body
      ? {
          method: 'POST' as const,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }
      : {}),
  });
  return {
    path,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

const baseline = await measure('/health');
const rows = [
  baseline,
  await measure('/validate', bodies['/validate']),
  await measure('/signal', bodies['/signal']),
];
await app.close();

console.log(`tactical serve on localhost: ${connections} connections, ${seconds} s each`);
for (const r of rows) {
  console.log(
    `${r.path.padEnd(10)} ${r.rps.toFixed(1).padStart(9)} req/s  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  non-2xx ${r.non2xx}  errors ${r.errors}  (${(r.rps / baseline.rps).toFixed(4)} × /health)`,
  );
}
