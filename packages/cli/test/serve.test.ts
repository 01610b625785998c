/**
 * `tactical serve` (@tactical/server with the CLI's backtest): the answers are the CLI's `--json`
 * output byte for byte; the OpenAPI document comes from the route schemas; and the limits hold under
 * real HTTP on localhost — 200 concurrent mixed valid/invalid requests get only 200s and 4xxs with
 * diagnostics, oversized bodies get 413, slow uploads 408, computations past the time limit 503, and
 * concurrent requests with different specs never see each other's spec. Data: the bundled synthetic
 * examples/data (no download needed).
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer, type ServerOptions } from '@tactical/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../src/run.js';

const root = join(import.meta.dirname, '..', '..', '..');
const DATA = join(root, 'examples', 'data');
const tmp = mkdtempSync(join(tmpdir(), 'tactical-serve-'));
const readSpec = (name: string) =>
  JSON.parse(readFileSync(join(root, 'examples', name, 'spec.json'), 'utf8'));
const FLOW = readSpec('rebalancing-flow');
const SWAP = readSpec('tlt-spy-swap');

type App = Awaited<ReturnType<typeof buildServer>>;
const apps: App[] = [];
async function start(options: Partial<ServerOptions> = {}): Promise<{ app: App; url: string }> {
  const app = await buildServer({
    data: new Map([['demo', { dir: DATA }]]),
    logger: false,
    backtest: { module: new URL('../src/commands/serve.ts', import.meta.url).href, name: 'backtestViaCli' },
    ...options,
  });
  apps.push(app);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url };
}
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  rmSync(tmp, { recursive: true, force: true });
});

const post = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('tactical serve', () => {
  let url = '';
  beforeAll(async () => {
    ({ url } = await start({ concurrency: 2, queue: 1000 }));
  });

  it('GET /openapi.json documents the three routes from their schemas, data names included', async () => {
    const doc = (await (await fetch(`${url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<
        string,
        {
          post?: {
            requestBody: {
              content: {
                'application/json': {
                  schema: { required: string[]; properties: Record<string, { enum?: string[] }> };
                };
              };
            };
          };
        }
      >;
    };
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths).sort()).toEqual(['/backtest', '/signal', '/validate']);
    const signal = doc.paths['/signal']!.post!.requestBody.content['application/json'].schema;
    expect(signal.required).toEqual(['spec', 'data']);
    expect(signal.properties.data!.enum).toEqual(['demo']);
    expect(Object.keys(signal.properties).sort()).toEqual([
      'cash',
      'data',
      'date',
      'from',
      'positions',
      'quotes',
      'spec',
      'state',
    ]);
  });

  it('POST /validate answers `tactical validate --format json`, byte for byte, valid or not', async () => {
    const bad = '{\n  "kind": "tactical/v1",\n  "universe": [],\n  "rules": { "op": "nope" }\n}\n';
    for (const [text, status] of [
      [JSON.stringify(FLOW, null, 2), 200],
      [bad, 422],
    ] as const) {
      writeFileSync(join(tmp, 'spec'), text);
      const cli = await runCaptured(['validate', 'spec', '--format', 'json'], tmp);
      const res = await post(url, '/validate', { spec: text });
      expect(res.status).toBe(status);
      expect(await res.text()).toBe(cli.out);
    }
  });

  it('POST /backtest answers `tactical backtest --json`, byte for byte', async () => {
    writeFileSync(join(tmp, 'flow.json'), JSON.stringify(FLOW));
    const cli = await runCaptured(
      ['backtest', 'flow.json', '--data', DATA, '--from', '2020-01-01', '--to', '2021-01-01', '--json'],
      tmp,
    );
    expect(cli.code, cli.err).toBe(0);
    const res = await post(url, '/backtest', {
      spec: FLOW,
      data: 'demo',
      from: '2020-01-01',
      to: '2021-01-01',
    });
    expect(res.status).toBe(200);
    const body = await res.text();
    // The CLI names the spec file it was given; the server's temp file is spec.json.
    expect(body).toBe(cli.out.replace('"spec": "flow.json"', '"spec": "spec.json"'));
  });

  it('POST /signal answers `tactical signal --json`, byte for byte, and its state carries to the next call', async () => {
    const holdings = { cash: 40_000, positions: { 'us:SPY': 200 } };
    writeFileSync(join(tmp, 'flow.json'), JSON.stringify(FLOW));
    writeFileSync(join(tmp, 'holdings.json'), JSON.stringify(holdings));
    const args = [
      'signal',
      'flow.json',
      '--data',
      DATA,
      '--positions',
      'holdings.json',
      '--state',
      'state.json',
      '--json',
    ];
    const a = await runCaptured([...args, '--date', '2020-03-23', '--from', '2020-01-01'], tmp);
    const b = await runCaptured([...args, '--date', '2020-03-24'], tmp);
    expect(a.code, a.err).toBe(0);
    const r1 = await post(url, '/signal', {
      spec: FLOW,
      data: 'demo',
      date: '2020-03-23',
      from: '2020-01-01',
      positions: holdings,
    });
    const t1 = await r1.text();
    expect(t1).toBe(a.out);
    const r2 = await post(url, '/signal', {
      spec: FLOW,
      data: 'demo',
      date: '2020-03-24',
      positions: holdings,
      state: JSON.parse(t1).state,
    });
    expect(await r2.text()).toBe(b.out);
  });

  it('200 concurrent mixed valid and invalid requests: only 200s and 4xxs, every 4xx with its diagnostics', async () => {
    const kinds = [
      () => post(url, '/validate', { spec: FLOW }),
      () => post(url, '/validate', { spec: { kind: 'tactical/v1' } }),
      () => post(url, '/signal', { spec: FLOW, data: 'demo', date: '2020-03-23', from: '2020-01-01' }),
      () => post(url, '/signal', { spec: FLOW, data: 'demo', date: '2020-03-22', from: '2020-01-01' }), // a Sunday
      () => post(url, '/signal', { spec: FLOW, data: 'nowhere' }),
      () => post(url, '/signal', { spec: FLOW, data: 'demo', positions: { cash: 'lots' } }),
      () => post(url, '/signal', '{"spec": '),
      () => post(url, '/signal', { spec: { ...FLOW, rules: { op: 'allocate' } }, data: 'demo' }),
      () => post(url, '/backtest', { spec: FLOW, data: 'demo', from: '2020-01-01', to: '2020-02-01' }),
      () => post(url, '/backtest', { spec: FLOW, data: 'demo', extra: 1 }),
    ];
    const responses = await Promise.all(Array.from({ length: 200 }, (_, k) => kinds[k % kinds.length]!()));
    const seen = new Map<number, number>();
    for (const [k, res] of responses.entries()) {
      seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
      const body = (await res.json()) as {
        error?: { code: string; message: string; diagnostics?: unknown[] };
        valid?: boolean;
        diagnostics?: unknown[];
      };
      expect(
        res.status === 200 || (res.status >= 400 && res.status < 500),
        `request ${k}: ${res.status}`,
      ).toBe(true);
      if (res.status >= 400 && k % kinds.length !== 1) {
        expect(body.error?.code, `request ${k}`).toMatch(/^[a-z_]+$/);
        expect(body.error?.message.length).toBeGreaterThan(5);
      }
      if (k % kinds.length === 1 || k % kinds.length === 7) {
        const diagnostics = body.diagnostics ?? body.error?.diagnostics;
        expect(diagnostics?.length, `request ${k} carries the validator's diagnostics`).toBeGreaterThan(0);
      }
    }
    expect([...seen.keys()].sort()).toEqual([200, 400, 422]);
    expect(seen.get(200)).toBe(60);
  }, 120_000);

  it("a request's spec never affects another's: interleaved specs answer what each answers alone", async () => {
    const body = (spec: unknown, date: string) => ({
      spec,
      data: 'demo',
      date,
      from: '2020-01-01',
      positions: { cash: 1e5, positions: {} },
    });
    const dates = ['2020-03-23', '2020-03-31', '2020-04-22', '2020-04-30'];
    const alone = new Map<string, string>();
    for (const [name, spec] of [
      ['flow', FLOW],
      ['swap', SWAP],
    ] as const) {
      for (const d of dates)
        alone.set(`${name} ${d}`, await (await post(url, '/signal', body(spec, d))).text());
    }
    const jobs = [...alone.keys()].flatMap((k) => [k, k, k]).sort(() => 0); // 3 copies each, interleaved below
    const interleaved = jobs.map((_, k) => jobs[(k * 7) % jobs.length]!);
    const got = await Promise.all(
      interleaved.map(async (k) => {
        const [name, d] = k.split(' ') as [string, string];
        return [
          k,
          await (await post(url, '/signal', body(name === 'flow' ? FLOW : SWAP, d))).text(),
        ] as const;
      }),
    );
    for (const [k, text] of got) expect(text, k).toBe(alone.get(k));
    expect(new Set(alone.values()).size).toBe(alone.size);
  }, 60_000);

  it('bad requests: 400 with a located message for bad JSON, unknown fields and unknown data sets', async () => {
    let res = await post(url, '/signal', '{"spec": ');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    res = await post(url, '/signal', { spec: FLOW, data: 'demo', dat: '2020-01-02' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /must NOT have additional properties/,
    );
    res = await post(url, '/signal', { spec: FLOW, data: '../../etc' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { where: string } }).error.where).toBe('/data');
    res = await post(url, '/signal', {
      spec: FLOW,
      data: 'demo',
      positions: { cash: 1, positions: { 'us:SPY': 'x' } },
    });
    expect(res.status).toBe(422);
    expect((await res.json()) as unknown).toEqual({
      error: {
        code: 'bad_positions',
        where: '/positions/positions/us:SPY',
        message: 'the quantity of us:SPY must be a finite number of shares',
        fix: 'give {"cash": <number>, "positions": {"<asset id>": <shares>, ...}}',
      },
    });
  });
});

describe('tactical serve limits', () => {
  it('an oversized body is refused with 413', async () => {
    const { url } = await start({ concurrency: 1, bodyLimit: 10_000 });
    const res = await post(url, '/validate', { spec: { ...FLOW, description: 'x'.repeat(20_000) } });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('body_too_large');
  });

  it('a slow upload is cut off (408) once the receive time passes', async () => {
    const { app } = await start({ concurrency: 1, receiveTimeoutMs: 500 });
    const { port } = app.server.address() as { port: number };
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          'POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"spec":',
        );
      });
      let text = '';
      socket.on('data', (d) => (text += d));
      socket.on('close', () => resolve(text));
      setTimeout(() => socket.destroy(), 5_000);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('a computation past the time limit answers 503 time_limit', async () => {
    const { url } = await start({ concurrency: 1, timeLimitMs: 1 });
    const res = await post(url, '/backtest', {
      spec: FLOW,
      data: 'demo',
      from: '2015-06-01',
      to: '2024-12-31',
    });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('time_limit');
  });

  it('beyond the queue, requests are refused at once with 503 and Retry-After', async () => {
    const { url } = await start({ concurrency: 1, queue: 1 });
    const all = await Promise.all(
      Array.from({ length: 6 }, () =>
        post(url, '/backtest', { spec: FLOW, data: 'demo', from: '2020-01-01', to: '2020-04-01' }),
      ),
    );
    const statuses = all.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    const refused = all.filter((r) => r.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.headers.get('retry-after')).toBe('1');
  });

  it('with an API key, requests without it get 401; Bearer or X-API-Key pass; the OpenAPI document stays public', async () => {
    const { url } = await start({ concurrency: 1, apiKey: 's3cret-key' });
    expect((await post(url, '/validate', { spec: FLOW })).status).toBe(401);
    expect((await post(url, '/validate', { spec: FLOW }, { authorization: 'Bearer wrong' })).status).toBe(
      401,
    );
    expect(
      (await post(url, '/validate', { spec: FLOW }, { authorization: 'Bearer s3cret-key' })).status,
    ).toBe(200);
    expect((await post(url, '/validate', { spec: FLOW }, { 'x-api-key': 's3cret-key' })).status).toBe(200);
    expect((await fetch(`${url}/openapi.json`)).status).toBe(200);
  });
});
