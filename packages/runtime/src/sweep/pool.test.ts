import { describe, expect, it } from 'vitest';
import { runPool } from './pool.js';

const worker = new URL('./fixtures/spin-worker.ts', import.meta.url);

describe('worker pool', () => {
  it('returns results in job order whatever order they finish, using every worker', async () => {
    const jobs = Array.from({ length: 12 }, (_, k) => 11 - k);
    const seen: number[] = [];
    const run = await runPool<number, number>(worker, jobs, {
      size: 2,
      workerData: { offset: 1 },
      onProgress: (d) => seen.push(d),
    });
    expect(run.results).toEqual(jobs.map((j) => j * j + 1));
    expect(run.threadsUsed, 'both threads took jobs').toBe(2);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, k) => k + 1));
  });

  it('rejects with the failing job index and stops the workers', async () => {
    await expect(runPool(worker, [1, -2, 3], { size: 2, workerData: { offset: 0 } })).rejects.toThrow(
      'sweep point 1: negative job -2',
    );
  });

  it('workerData may be a promise: workers start at once and get it before their first job', async () => {
    const served = new URL('./fixtures/serve-worker.ts', import.meta.url);
    let resolve!: (v: { offset: number }) => void;
    const later = new Promise<{ offset: number }>((r) => {
      resolve = r;
    });
    const run = runPool<number, number>(served, [1, 2, 3, 4], { size: 2, workerData: later });
    setTimeout(() => resolve({ offset: 10 }), 50);
    expect((await run).results).toEqual([11, 14, 19, 26]);
    expect((await runPool(served, [5], { size: 1, workerData: { offset: 1 } })).results).toEqual([26]);
    await expect(
      runPool(served, [1], { size: 1, workerData: Promise.reject(new Error('no data')) }),
    ).rejects.toThrow('no data');
    await expect(runPool(served, [-1], { size: 1, workerData: later })).rejects.toThrow('negative job -1');
  });

  it('workerData may be computed with help from the workers: each answers a helper task once, before its setup', async () => {
    const served = new URL('./fixtures/serve-worker.ts', import.meta.url);
    const answers: { thread: number; doubled: number }[][] = [];
    const run = await runPool<number, number>(served, [1, 2, 3], {
      size: 2,
      setup: async (helpers) => {
        const got = (await Promise.all(helpers.run(21))) as { thread: number; doubled: number }[];
        answers.push(got);
        return { offset: got.reduce((s, a) => s + a.doubled, 0) };
      },
    });
    expect(answers).toHaveLength(1);
    expect(answers[0]!.map((a) => a.doubled)).toEqual([42, 42]);
    expect(new Set(answers[0]!.map((a) => a.thread)).size, 'one answer from each worker').toBe(2);
    expect(run.results).toEqual([1 + 84, 4 + 84, 9 + 84]);
    // A failing helper task fails the run with its message.
    await expect(
      runPool(served, [1], {
        size: 1,
        setup: async (helpers) => {
          await Promise.all(helpers.run(-1));
          return { offset: 0 };
        },
      }),
    ).rejects.toThrow('negative task -1');
  });

  it('an empty job list needs no worker', async () => {
    expect(await runPool(worker, [], {})).toEqual({
      results: [],
      finished: [],
      threadsUsed: 0,
      interrupted: false,
    });
  });
});
