import { fileURLToPath } from 'node:url';
import { getCalendar } from '@tactical/calendars';
import type { Feature } from '@tactical/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvDirectoryFeed } from '../data/csv-feed.js';
import { FeatureError } from '../features/plan.js';
import { FeatureRuntime } from '../features/runtime.js';
import type { FeatureSet } from '../features/types.js';
import type { FeatureProvider, PrepareRequest } from '../strategy/types.js';
import { memoizeLastPrepare } from './prepare-memo.js';

const dir = fileURLToPath(new URL('../../../../examples/data', import.meta.url));
const calendar = getCalendar('XNYS');
const SPY = { id: 'SPY', symbol: 'SPY' };
const TLT = { id: 'TLT', symbol: 'TLT' };
const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const range = { from: utc('2016-01-01'), to: utc('2017-01-01') };
const runtime = () => new FeatureRuntime({ dataFeed: new CsvDirectoryFeed({ dir }), range, freq: '1d' });

/** A real runtime that counts the prepares that reach it. */
function counted(provider: FeatureProvider): FeatureProvider & { calls: number } {
  const out = {
    calls: 0,
    prepare(request: PrepareRequest): Promise<FeatureSet> {
      out.calls++;
      return provider.prepare(request);
    },
  };
  return out;
}

const momentum = (period: number): Feature[] => [
  { id: 'mom', kind: 'momentum', period } as unknown as Feature,
];
const request = (over: Partial<PrepareRequest> = {}): PrepareRequest => ({
  features: momentum(20),
  universe: [SPY, TLT],
  range,
  calendar,
  ...over,
});
const values = (set: FeatureSet, id: string) => {
  const v = set.get(id);
  return v.scope === 'per_asset' ? v.values.map((s) => [...s]) : [...v.values];
};

describe('memoizeLastPrepare (a sweep runner reusing its last feature set)', () => {
  it('returns the same set for the same request and prepares again when any input differs', async () => {
    const inner = counted(runtime());
    const memo = memoizeLastPrepare(inner);
    const first = await memo.prepare(request());
    // A structurally equal request (new objects, as each sweep point builds) hits.
    expect(await memo.prepare(request({ universe: [{ ...SPY }, { ...TLT }] }))).toBe(first);
    expect(inner.calls).toBe(1);
    const variants: Partial<PrepareRequest>[] = [
      { features: momentum(21) },
      { universe: [SPY] },
      { range: { from: utc('2016-02-01'), to: range.to } },
      { warmup: 30 },
      { calendar: getCalendar('XLON') },
    ];
    for (const [k, over] of variants.entries()) {
      const set = await memo.prepare(request(over));
      expect(set, `variant ${k}`).not.toBe(first);
      expect(inner.calls).toBe(k + 2);
    }
  });

  it('keeps nothing from a failed prepare', async () => {
    const inner = counted(runtime());
    const memo = memoizeLastPrepare(inner);
    await memo.prepare(request());
    const bad = request({
      features: [{ id: 'x', kind: 'expr', op: 'neg', args: [{ ref: 'nope' }] } as unknown as Feature],
    });
    await expect(memo.prepare(bad)).rejects.toThrow(FeatureError);
    await expect(memo.prepare(bad)).rejects.toThrow(FeatureError);
    expect(inner.calls).toBe(3);
  });

  it('gives the same numbers as an unmemoised runtime for any sequence of requests', async () => {
    const choices = [request(), request({ features: momentum(5) }), request({ universe: [TLT] })];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: choices.length - 1 }), { maxLength: 8 }),
        async (picks) => {
          const memo = memoizeLastPrepare(runtime());
          for (const k of picks) {
            const got = await memo.prepare(choices[k]!);
            const want = await runtime().prepare(choices[k]!);
            expect(got.panel.assets.map((a) => a.id)).toEqual(want.panel.assets.map((a) => a.id));
            expect(values(got, 'mom')).toEqual(values(want, 'mom'));
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
