/**
 * The parts of distributed sweeps that need no Redis: the wire format rows and setups cross Redis in
 * (every value back as it went, NaN, -0 and Dates included, no user key mistaken for a tag), the
 * `--queue` URL, the data fingerprint's verdict, a worker's `--data-map` (paths mapped in, rows' paths
 * mapped back), and the errors a user gets when Redis is not there (one sentence, exit 1, no stack
 * trace) or the flags do not fit (exit 2).
 */
import { appendFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkerArgs } from '../src/commands/worker.js';
import { localData, PathNames, toLocal } from '../src/queue/data-map.js';
import { differenceOf, fingerprintData } from '../src/queue/fingerprint.js';
import { parseRedisUrl } from '../src/queue/url.js';
import { decodeValue, encodeValue } from '../src/queue/wire.js';
import { runCaptured } from '../src/run.js';
import { freePort } from './support/redis-server.js';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'tactical-queue-parts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const key = fc.oneof(fc.string(), fc.constantFrom('$t', 'v', '$', '$$t', '$v', '__proto__', 'constructor'));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.double(), // NaN, -0 and ±Infinity included
    fc.integer(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value')),
    fc.dictionary(key, tie('value')),
    fc.record({ $t: fc.constantFrom('num', 'date'), v: fc.string() }), // looks like a tag, is data
  ),
}));

describe('wire format', () => {
  it('gives back every value as it went (Object.is on numbers, Dates as Dates, user keys as keys)', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(decodeValue(encodeValue(v))).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what plain JSON loses', () => {
    const v = { a: Number.NaN, b: -0, c: Number.NEGATIVE_INFINITY, d: new Date('2016-01-04T00:00:00Z') };
    const back = decodeValue(encodeValue(v)) as typeof v;
    expect(Number.isNaN(back.a)).toBe(true);
    expect(Object.is(back.b, -0)).toBe(true);
    expect(back.c).toBe(Number.NEGATIVE_INFINITY);
    expect(back.d).toBeInstanceOf(Date);
    expect(back.d.toISOString()).toBe('2016-01-04T00:00:00.000Z');
    // a `__proto__` key stays an own property, never the prototype
    const tricky = decodeValue('{"$__proto__":{"x":1}}') as object;
    expect(Object.getPrototypeOf(tricky)).toBe(Object.prototype);
    expect(Object.keys(tricky)).toEqual(['__proto__']);
  });
});

describe('--queue URL', () => {
  it.each([
    ['redis://localhost:6390', { host: 'localhost', port: 6390 }, 'redis://localhost:6390'],
    ['redis://10.0.0.5', { host: '10.0.0.5', port: 6379 }, 'redis://10.0.0.5'],
    ['redis://h:7000/2', { host: 'h', port: 7000, db: 2 }, 'redis://h:7000/2'],
    [
      'redis://me:s%40cret@h:7000',
      { host: 'h', port: 7000, username: 'me', password: 's@cret' },
      'redis://h:7000',
    ],
    ['rediss://h:6380', { host: 'h', port: 6380, tls: {} }, 'rediss://h:6380'],
    ['redis://[::1]:6390', { host: '::1', port: 6390 }, 'redis://[::1]:6390'],
  ])('%s', (text, options, label) => {
    expect(parseRedisUrl(text)).toEqual({ options, label });
  });

  it.each([
    ['localhost:6379', 'use a redis:// or rediss:// URL'],
    ['http://h:6379', 'use a redis:// or rediss:// URL'],
    ['redis://h:6379/zero', 'must be a database number'],
    ['not a url', 'is not a URL'],
  ])('%s is refused', (text, message) => {
    expect(() => parseRedisUrl(text)).toThrow(message);
  });
});

describe('data fingerprint', () => {
  it('is equal for the same bytes and names the first file that differs otherwise', async () => {
    const dir = join(tmp, 'data');
    const members = join(tmp, 'members.csv');
    mkdirSync(dir);
    writeFileSync(join(dir, 'A.csv'), 'Date,Close\n2020-01-02,1\n');
    writeFileSync(join(dir, 'B.csv'), 'Date,Close\n2020-01-02,2\n');
    writeFileSync(join(dir, '.DS_Store'), 'not data');
    writeFileSync(members, 'ticker,start_date,end_date\nA,2000-01-01,\n');
    const data = { dir, universes: { SP500: { startEnd: members } } };
    const submitter = await fingerprintData(data);
    expect(submitter.files.map((f) => f.path)).toEqual([join(dir, 'A.csv'), join(dir, 'B.csv'), members]);
    expect(differenceOf(await fingerprintData(data), submitter)).toBeUndefined();

    writeFileSync(join(dir, '.DS_Store'), 'hidden files are not data');
    expect(differenceOf(await fingerprintData(data), submitter)).toBeUndefined();

    writeFileSync(join(dir, 'B.csv'), 'Date,Close\n2020-01-02,3\n'); // same size
    expect(differenceOf(await fingerprintData(data), submitter)).toBe(
      `${join(dir, 'B.csv')} has different content here (same size, 24 bytes)`,
    );
    appendFileSync(join(dir, 'B.csv'), '2020-01-03,3\n');
    expect(differenceOf(await fingerprintData(data), submitter)).toBe(
      `${join(dir, 'B.csv')} has 37 bytes here, 24 at the submitter`,
    );
    renameSync(join(dir, 'B.csv'), join(dir, 'C.csv'));
    expect(differenceOf(await fingerprintData(data), submitter)).toBe(
      `${join(dir, 'B.csv')} is missing here`,
    );
    writeFileSync(members, 'ticker,start_date,end_date\nB,2000-01-01,\n');
    expect(differenceOf(await fingerprintData(data), submitter)).toBe(
      `${join(dir, 'B.csv')} is missing here`,
    );
  });
});

describe('--data-map', () => {
  const map = [{ from: '/mnt/data', to: '/home/me/sp500' }];
  const segment = fc.stringMatching(/^[A-Za-z0-9_. ()-]{1,8}$/).filter((x) => x !== '.' && x !== '..');

  it('maps a path under FROM to TO, and leaves every other path as it is (property)', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (parts) => {
        expect(toLocal(['/mnt/data', ...parts].join('/'), map)).toBe(['/home/me/sp500', ...parts].join('/'));
        const other = ['/mnt/database', ...parts].join('/'); // a prefix of the name is not the folder
        expect(toLocal(other, map)).toBe(other);
      }),
    );
  });

  it('the longest FROM wins, whatever the order of the flags', () => {
    const nested = [
      { from: '/mnt', to: '/a' },
      { from: '/mnt/members', to: '/b/m' },
    ];
    for (const m of [nested, [...nested].reverse()]) {
      expect(toLocal('/mnt/members/sp.csv', m)).toBe('/b/m/sp.csv');
      expect(toLocal('/mnt/data/x.csv', m)).toBe('/a/data/x.csv');
    }
  });

  it('names back exactly the files read, even with nested or swapped maps (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          [
            { from: '/a', to: '/b' },
            { from: '/b', to: '/a' },
          ], // swapped
          [
            { from: '/mnt/data', to: '/home/me' },
            { from: '/mnt/members', to: '/home/me/members' },
          ], // nested TOs
          [{ from: '/mnt/nfs/data', to: '/mnt' }], // TO a parent of FROM
        ),
        fc.array(fc.array(segment, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        (m, files) => {
          const theirs = files.map((parts, k) => [m[k % m.length]!.from, ...parts].join('/'));
          const names = new PathNames(theirs.map((p) => [p, toLocal(p, m)] as const));
          for (const p of theirs) {
            expect(names.nameOf(toLocal(p, m))).toBe(p);
            expect(names.rename(`bar dropped in ${toLocal(p, m)}:12 (see ${toLocal(p, m)})`)).toBe(
              `bar dropped in ${p}:12 (see ${p})`,
            );
          }
          // a path the worker did not read (e.g. a store's recorded CSV path) is left as it is
          const unread = `${m[0]!.to}/never/read.csv`;
          if (!theirs.some((p) => toLocal(p, m) === unread)) expect(names.rename(unread)).toBe(unread);
        },
      ),
    );
  });

  it("maps the sweep's folder and membership files in, and every read path in a row back", () => {
    const data = {
      dir: '/mnt/data/stocks',
      universes: { SP500: { startEnd: '/mnt/data/sp500.csv', announcementLead: 5 } },
    };
    expect(localData(data, map)).toEqual({
      dir: '/home/me/sp500/stocks',
      universes: { SP500: { startEnd: '/home/me/sp500/sp500.csv', announcementLead: 5 } },
    });
    const names = new PathNames(
      ['/mnt/data/stocks', '/mnt/data/stocks/AA.csv'].map((p) => [p, toLocal(p, map)] as const),
    );
    const row = {
      params: { entry: -1 },
      metrics: { totalReturn: Number.NaN, when: new Date(0) },
      error: 'no file NOPE.csv in /home/me/sp500/stocks (/home/me/sp500x stays)',
      issues: [{ code: 'invalid_value', locations: [{ file: '/home/me/sp500/stocks/AA.csv', line: 3 }] }],
    };
    expect(names.renameAll(row)).toEqual({
      params: { entry: -1 },
      metrics: { totalReturn: Number.NaN, when: new Date(0) },
      error: 'no file NOPE.csv in /mnt/data/stocks (/home/me/sp500x stays)',
      issues: [{ code: 'invalid_value', locations: [{ file: '/mnt/data/stocks/AA.csv', line: 3 }] }],
    });
  });

  it('is checked as a flag: FROM absolute, TO resolved against the working folder (exit 2 otherwise)', () => {
    const args = checkWorkerArgs(
      { queue: 'redis://127.0.0.1:6379', dataMap: ['/mnt/data=here/sp500', '/mnt/m/=/abs'] },
      '/work',
    );
    expect(args.dataMap).toEqual([
      { from: '/mnt/data', to: '/work/here/sp500' },
      { from: '/mnt/m', to: '/abs' },
    ]);
    for (const [bad, message] of [
      ['relative=here', 'use FROM=TO'],
      ['/mnt/data', 'use FROM=TO'],
      ['/mnt/data=', 'use FROM=TO'],
      ['=/x', 'use FROM=TO'],
      ['/=/x', 'not the root'],
      ['/x=/', 'not the root'],
    ])
      expect(() => checkWorkerArgs({ queue: 'redis://127.0.0.1:6379', dataMap: [bad] })).toThrow(message);
    expect(() => checkWorkerArgs({ queue: 'redis://127.0.0.1:6379', dataMap: ['/a=/b', '/a/=/c'] })).toThrow(
      '/a is mapped twice',
    );
  });
});

describe('errors without Redis', () => {
  const spec = 'examples/tlt-spy-swap/spec.json';
  const base = ['--data', 'examples/data', '--from', '2016-01-01', '--to', '2017-01-01'];
  const param = '--param=w=/rules/cond/right:5,7';

  it('says Redis cannot be reached, with the address and a fix: exit 1, no stack trace', async () => {
    const port = await freePort();
    const sweep = await runCaptured(
      ['sweep', spec, ...base, param, '--queue', `redis://127.0.0.1:${port}`],
      root,
    );
    expect(sweep.code).toBe(1);
    expect(sweep.err).toBe(
      `tactical: cannot reach Redis at redis://127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port}); ` +
        `start it there (e.g. redis-server --port ${port}) or fix --queue\n`,
    );
    expect(sweep.out).toBe('');
    const worker = await runCaptured(['worker', '--queue', `redis://127.0.0.1:${port}`], root);
    expect(worker.code).toBe(1);
    expect(worker.err).toContain(
      `tactical: cannot reach Redis at redis://127.0.0.1:${port} (connect ECONNREFUSED`,
    );
    expect(worker.err).not.toMatch(/\n\s+at /);
  });

  it.each([
    [
      ['sweep', spec, ...base, param, '--queue', 'localhost:6379'],
      "--queue 'localhost:6379': use a redis://",
    ],
    [
      ['sweep', spec, ...base, param, '--workers', '2', '--queue', 'redis://h:1'],
      '--workers is for local sweeps',
    ],
    [['worker'], '--queue redis://host:port is required'],
    [['worker', '--queue', 'redis://h:1', '--concurrency', '0'], '--concurrency must be a whole number'],
    [['worker', '--queue', 'redis://h:1', '--name', 'a b'], "--name 'a b'"],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await runCaptured(argv, root);
    expect(r.err).toContain(message);
    expect(r.code).toBe(2);
  });
});
