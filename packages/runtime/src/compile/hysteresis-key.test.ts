/**
 * Hysteresis keys are namespaced (issue 14 item 6): a comparison with an explicit `id` equal to
 * another comparison's JSON pointer keeps its own state.
 */
import { NYSEExchangeCalendar } from '@tactical/calendars';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSETS, FIXTURES } from '../../test/support/features.js';
import { runBacktest } from '../backtest/run.js';
import { MemoryDataFeed } from '../data/memory-feed.js';
import { BacktestExecutor } from '../execute/executor.js';
import { MemoryFeatureCache } from '../features/cache.js';
import { FeatureRuntime } from '../features/runtime.js';
import { fromSpec } from '../strategy/from-spec.js';
import { assetHysteresisKey, hysteresisKey } from './hysteresis-key.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const range = { from: utc('2021-06-01'), to: utc('2022-05-01') };
const calendar = new NYSEExchangeCalendar();
const UNNAMED = '/rules/children/0/node/cond';

/** Two hysteresis switches; the second's id is `secondId` (the first's pointer in the colliding case). */
function spec(secondId: string) {
  const cond = (op: string, id?: string) => ({
    op,
    ...(id !== undefined ? { id } : {}),
    left: { ref: 'gap' },
    right: 1,
    tolerance: { value: 1, mode: 'relative' },
  });
  return {
    kind: 'tactical/v1',
    universe: ASSETS,
    rebalance: { frequency: 'Daily' },
    features: [
      { id: 'px', kind: 'price', asset: 'spy' },
      { id: 'sma', kind: 'sma', asset: 'spy', period: 10 },
      { id: 'gap', kind: 'expr', op: 'div', args: [{ ref: 'px' }, { ref: 'sma' }] },
    ],
    rules: {
      op: 'group',
      children: [
        {
          weight: 0.5,
          node: {
            op: 'if',
            cond: cond('gt'),
            then: { op: 'allocate', weights: { spy: 1 } },
            else: { op: 'allocate', weights: { ief: 1 } },
          },
        },
        {
          weight: 0.5,
          node: {
            op: 'if',
            cond: cond('lt', secondId),
            then: { op: 'allocate', weights: { efa: 1 } },
            else: { op: 'allocate', weights: { ief: 1 } },
          },
        },
      ],
    },
  };
}

async function run(s: unknown) {
  const dataFeed = new MemoryDataFeed(FIXTURES);
  const runtime = new FeatureRuntime({ dataFeed, featureCache: new MemoryFeatureCache(), range, freq: '1d' });
  // biome-ignore lint/suspicious/noExplicitAny: the literal is checked by fromSpec at runtime
  const strategy = fromSpec(s as any, { runtime, calendar });
  const r = await runBacktest({
    strategy,
    range,
    initialPortfolio: { cash: 100_000, positions: [], t: range.from },
    dataFeed,
    executor: new BacktestExecutor({ calendar }),
    calendar,
  });
  return { metrics: r.metrics, targets: r.decisions.map((d) => d.targets) };
}

describe('hysteresis keys', () => {
  it('an explicit id never shares state with the unnamed comparison at that pointer', async () => {
    const colliding = await run(spec(UNNAMED));
    const distinct = await run(spec('second'));
    expect(colliding).toEqual(distinct);
    expect(distinct.metrics.rebalances, 'both switches flip').toBeGreaterThan(5);
  });

  it('ids, pointers and asset ids never spell one another’s key', () => {
    const part = fc.string({ unit: fc.constantFrom('a', '@', '%', '4', '0', '/', ':') });
    fc.assert(
      fc.property(
        fc.option(part, { nil: undefined }),
        part,
        part,
        fc.option(part, { nil: undefined }),
        part,
        part,
        (id1, p1, a1, id2, p2, a2) => {
          const k1 = hysteresisKey(id1 === undefined ? {} : { id: id1 }, p1);
          const k2 = hysteresisKey(id2 === undefined ? {} : { id: id2 }, p2);
          const same1 = id1 !== undefined ? id2 === id1 : id2 === undefined && p2 === p1;
          expect(k1 === k2).toBe(same1);
          expect(assetHysteresisKey(k1, a1) === assetHysteresisKey(k2, a2)).toBe(same1 && a1 === a2);
        },
      ),
    );
  });
});
