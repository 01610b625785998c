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

  it('an empty job list needs no worker', async () => {
    expect(await runPool(worker, [], {})).toEqual({
      results: [],
      finished: [],
      threadsUsed: 0,
      interrupted: false,
    });
  });
});
