import { describe, expect, it } from 'vitest';
import { withFields } from './field-overlay.js';
import type { Bar, DataFeed } from './types.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const bar = (d: string, close: number): Bar => ({
  t: utc(d),
  open: close,
  high: close,
  low: close,
  close,
  volume: 1,
});

const base: DataFeed = {
  async *bars() {
    for (const d of ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05']) yield bar(d, 10);
  },
};

async function collect(feed: DataFeed) {
  const out: Bar[] = [];
  for await (const b of feed.bars(
    { id: 'A', symbol: 'A' },
    { from: utc('2024-01-01'), to: utc('2025-01-01') },
    '1d',
  ))
    out.push(b);
  return out;
}

describe('field overlay: published values, forward filled, never before publication', () => {
  it('a bar carries the latest value published on or before its day', async () => {
    const feed = withFields(base, [
      {
        name: 'npy',
        observations: () => [
          { t: utc('2024-01-03'), value: 0.04 },
          { t: utc('2024-01-05'), value: 0.05 },
        ],
      },
    ]);
    expect((await collect(feed)).map((b) => b.fields?.npy)).toEqual([Number.NaN, 0.04, 0.04, 0.05]);
  });

  it('an asset without observations gets NaN, and unsorted observations are sorted', async () => {
    const none = withFields(base, [{ name: 'npy', observations: () => undefined }]);
    expect((await collect(none)).every((b) => Number.isNaN(b.fields!.npy!))).toBe(true);
    const unsorted = withFields(base, [
      {
        name: 'x',
        observations: () => [
          { t: utc('2024-01-04'), value: 2 },
          { t: utc('2024-01-02'), value: 1 },
        ],
      },
    ]);
    expect((await collect(unsorted)).map((b) => b.fields?.x)).toEqual([1, 1, 2, 2]);
  });
});
