/** Specs the tests start from: seed 003's SPY/IEF trend switch, exactly as its `buildSpec` builds it. */
import type { RebalanceFrequency, TacticalSpec } from '../src/index.js';

const SPY = { id: 'us:SPY', symbol: 'SPY' };
const IEF = { id: 'us:IEF', symbol: 'IEF' };

/** Seed 003's `buildSpec(frequency)`, unchanged. */
export function buildSpec(frequency: RebalanceFrequency): TacticalSpec {
  return {
    kind: 'tactical/v1',
    universe: [SPY, IEF],
    // The only difference between the two runs is this field.
    rebalance: { frequency },
    features: [
      { id: 'spy_price', kind: 'price', asset: SPY },
      { id: 'spy_sma50', kind: 'sma', asset: SPY, period: 50 },
    ],
    rules: {
      op: 'if',
      cond: { op: 'gt', left: { ref: 'spy_price' }, right: { ref: 'spy_sma50' } },
      then: { op: 'allocate', weights: { 'us:SPY': 1.0 } },
      else: { op: 'allocate', weights: { 'us:IEF': 1.0 } },
    },
  };
}

/** A deep, mutable copy of seed 003's monthly spec, typed loosely so tests can break it. */
// biome-ignore lint/suspicious/noExplicitAny: tests write invalid shapes on purpose
export function seed(): any {
  return structuredClone(buildSpec('Monthly'));
}

/** A spec with every rule-node kind: select with filter/rank, weight, group, per-asset features, expr. */
// biome-ignore lint/suspicious/noExplicitAny: tests write invalid shapes on purpose
export function rich(): any {
  return {
    kind: 'tactical/v1',
    name: 'rich',
    universe: [
      { id: 'us:SPY', symbol: 'SPY' },
      { id: 'us:IEF', symbol: 'IEF' },
      { id: 'us:TLT', symbol: 'TLT' },
      { id: 'us:GLD', symbol: 'GLD' },
    ],
    rebalance: { frequency: 'Monthly', anchors: [-1] },
    execution: { fill: 'next_open', cashReserve: 0.05 },
    features: [
      { id: 'mom', kind: 'return', period: 126 },
      { id: 'vol', kind: 'volatility', period: 20, annualize: true },
      {
        id: 'score',
        kind: 'expr',
        op: 'div',
        args: [{ ref: 'mom' }, { op: 'max', args: [{ ref: 'vol' }, 0.01] }],
      },
      { id: 'spy_dd', kind: 'drawdown', asset: 'us:SPY', period: 252 },
      { id: 'month_day', kind: 'calendar', period: 'Monthly', measure: 'session_of_period' },
    ],
    rules: {
      op: 'if',
      id: 'crash',
      cond: {
        op: 'and',
        args: [
          { op: 'lt', left: { ref: 'spy_dd' }, right: -0.2 },
          { op: 'not', arg: { op: 'eq', left: { ref: 'month_day' }, right: 1 } },
        ],
      },
      then: {
        op: 'weight',
        assets: ['us:IEF', 'us:TLT'],
        weighting: { scheme: 'specified', weights: [0.6, 0.4] },
      },
      else: {
        op: 'group',
        children: [
          {
            weight: 0.5,
            node: {
              op: 'select',
              id: 'top2',
              from: ['us:SPY', 'us:TLT', 'us:GLD'],
              rank: { ref: 'score' },
              count: 2,
              filter: { op: 'gt', left: { ref: 'mom' }, right: 0 },
              weighting: { scheme: 'inverse_volatility', lookback: 60 },
            },
          },
          { weight: 0.5, node: { op: 'select', weighting: { scheme: 'proportional', by: { ref: 'mom' } } } },
        ],
      },
    },
  };
}

/** A spec with every canon construct: aggregate, asset_value, month-end sampling, scale, slots, hold, atStart. */
// biome-ignore lint/suspicious/noExplicitAny: tests write invalid shapes on purpose
export function canon(): any {
  return {
    kind: 'tactical/v1',
    name: 'canon',
    universe: [
      { id: 'us:SPY', symbol: 'SPY' },
      { id: 'us:EFA', symbol: 'EFA' },
      { id: 'us:AGG', symbol: 'AGG' },
      { id: 'us:BIL', symbol: 'BIL' },
    ],
    rebalance: { frequency: 'Monthly', atStart: true },
    features: [
      { id: 'mom', kind: 'return', period: 12, sample: { every: 'Monthly' } },
      { id: 'sma10', kind: 'sma', period: 10, sample: { every: 'Monthly', newest: 'session' } },
      {
        id: 'bad',
        kind: 'aggregate',
        op: 'count',
        of: { ref: 'mom' },
        assets: ['us:SPY', 'us:EFA'],
        where: { op: 'lt', right: 0 },
      },
      { id: 'spy_mom', kind: 'asset_value', of: { ref: 'mom' }, asset: 'us:SPY' },
      { id: 'spy_vol', kind: 'volatility', asset: 'us:SPY', period: 20, annualize: true },
      { id: 'tv', kind: 'expr', op: 'div', args: [0.1, { ref: 'spy_vol' }] },
    ],
    rules: {
      op: 'if',
      cond: { op: 'gt', left: { ref: 'bad' }, right: 1 },
      then: { op: 'hold' },
      else: {
        op: 'scale',
        by: { ref: 'tv' },
        max: 1,
        remainder: 'us:BIL',
        node: {
          op: 'select',
          from: ['us:SPY', 'us:EFA', 'us:AGG'],
          rank: { ref: 'mom' },
          count: 2,
          filter: { op: 'gt', left: { ref: 'mom' }, right: { ref: 'spy_mom' } },
          slots: { fallback: 'us:BIL' },
          weighting: { scheme: 'equal' },
        },
      },
    },
  };
}
