/**
 * One feature-cache budget for the whole sweep: divided evenly among the workers (each runner's
 * cache holds at most its share), and a tight budget changes no row.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRange, type SweepAxis } from './grid.js';
import { DEFAULT_SWEEP_CACHE_BYTES, runSweep } from './run.js';

const repo = (p: string) => fileURLToPath(new URL(`../../../../${p}`, import.meta.url));
const spec = JSON.parse(readFileSync(repo('examples/tlt-spy-swap/spec.json'), 'utf8'));
const dir = repo('examples/data');
const range = { from: new Date('2016-01-01T00:00:00Z'), to: new Date('2016-07-01T00:00:00Z') };
const axes: SweepAxis[] = [{ name: 'window', pointers: ['/rules/cond/right'], values: parseRange('3..6') }];

describe('sweep feature-cache budget', () => {
  it('is divided among the workers, and a tiny budget changes no row', async () => {
    const base = { spec, axes, data: { dir }, range, cash: 100_000 };
    const tiny = await runSweep({ ...base, workers: 2, cacheBytes: 1001 });
    expect(tiny.threadsUsed).toBe(2);
    expect(tiny.cacheBytesPerWorker).toBe(500);
    const inline = await runSweep({ ...base, workers: 0 });
    expect(inline.cacheBytesPerWorker, 'one in-thread runner gets the whole budget').toBe(
      DEFAULT_SWEEP_CACHE_BYTES,
    );
    expect(JSON.stringify(tiny.rows)).toBe(JSON.stringify(inline.rows));
    expect(tiny.partial).toBe(false);
    await expect(runSweep({ ...base, workers: 2, cacheBytes: 1 })).rejects.toThrow(/one byte per worker/);
  }, 60_000);

  it('an aborted in-thread sweep returns the finished rows in grid order, marked partial', async () => {
    const controller = new AbortController();
    const r = await runSweep({
      spec,
      axes,
      data: { dir },
      range,
      cash: 100_000,
      workers: 0,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    expect(r.partial).toBe(true);
    expect(r.points).toBe(4);
    expect(r.rows.map((row) => row.params.window)).toEqual([3, 4]);
  });
});
