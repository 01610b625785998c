import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commissionOf, slippedPrice } from './costs.js';
import { effectiveTargets, resolveExecution } from './execution.js';
import { fillOrders } from './fill.js';
import { planOrders } from './plan.js';
import { equityOf } from './portfolio.js';
import type { ExecutionOptions, Portfolio } from './types.js';

const T = new Date('2024-01-02T00:00:00Z');
const T1 = new Date('2024-01-03T00:00:00Z');
const prices = (m: Record<string, number>) => (id: string) => m[id];

/** Plan at `decision` prices and fill at `fill` prices (close fill when equal). */
function rebalance(
  portfolio: Portfolio,
  targets: Record<string, number>,
  decision: Record<string, number>,
  opts: ExecutionOptions = {},
  fill: Record<string, number> = decision,
) {
  const execution = resolveExecution({ minTradeWeight: 0 }, opts);
  const plan = planOrders({ portfolio, targets, priceOf: prices(decision), execution, t: T });
  const result = fillOrders({
    portfolio,
    orders: plan.orders,
    prices: plan.orders.map((o) => fill[o.assetId]!),
    execution,
    equity: plan.equity,
    t: T1,
  });
  return { plan, ...result };
}

describe('execution defaults', () => {
  it('fills every default of the language reference and lets later layers win field by field', () => {
    expect(resolveExecution()).toEqual({
      fill: 'next_open',
      slippageBps: 0,
      commission: { bps: 0, perShare: 0, minimum: 0 },
      shares: 'fractional',
      cashReserve: 0,
      maxGrossExposure: 1,
      minTradeWeight: 0.001,
      returns: 'total',
      borrowFeeBps: 0,
      cashInterest: 0,
    });
    const r = resolveExecution({ commission: { bps: 5 }, fill: 'close' }, { commission: { minimum: 1 } });
    expect(r.commission).toEqual({ bps: 5, perShare: 0, minimum: 1 });
    expect(r.fill).toBe('close');
  });

  it('scales targets by 1 - cashReserve, and down to maxGrossExposure keeping proportions', () => {
    expect(effectiveTargets({ A: 1 }, resolveExecution({ cashReserve: 0.05 }))).toEqual({ A: 0.95 });
    const t = effectiveTargets({ A: 1, B: -1, C: 0 }, resolveExecution());
    expect(t).toEqual({ A: 0.5, B: -0.5 });
  });
});

describe('costs', () => {
  it('commission is max(minimum, notional*bps/1e4 + |shares|*perShare) on the slipped price', () => {
    const exec = resolveExecution({ commission: { bps: 10, perShare: 0.01, minimum: 1 }, slippageBps: 20 });
    const buy = slippedPrice(100, 50, exec);
    expect(buy).toBeCloseTo(100.2, 12);
    // notional 50 * 100.2 = 5010; 5010 * 10 / 1e4 = 5.01; + 50 * 0.01 = 0.5 -> 5.51
    expect(commissionOf(50, buy, exec)).toBeCloseTo(5.51, 12);
    // 1 share: 0.1002 + 0.01 < minimum 1
    expect(commissionOf(1, buy, exec)).toBe(1);
    expect(slippedPrice(100, -50, exec)).toBeCloseTo(99.8, 12);
  });

  it('a hand-computed buy: 100k into A at 50 with 10 bps slippage and 5 bps commission', () => {
    const p: Portfolio = { t: T, cash: 100_000, positions: [] };
    const r = rebalance(p, { A: 1 }, { A: 50 }, { slippageBps: 10, commission: { bps: 5 } }, { A: 49.9 });
    // Order sized at decision: 100000 / 50 = 2000 shares. Fill at 49.9 * 1.001 = 49.9499;
    // cost 2000 * 49.9499 = 99899.8, commission 99899.8 * 5e-4 = 49.9499 -> total 99949.7499 < cash.
    expect(r.fills).toHaveLength(1);
    expect(r.fills[0]!.quantity).toBe(2000);
    expect(r.fills[0]!.price).toBeCloseTo(49.9499, 10);
    expect(r.fills[0]!.commission).toBeCloseTo(49.9499, 10);
    expect(r.portfolio.cash).toBeCloseTo(100_000 - 99_899.8 - 49.9499, 8);
  });
});

describe('orders', () => {
  it('sells come before buys, each group by asset id', () => {
    const p: Portfolio = {
      t: T,
      cash: 0,
      positions: [
        { assetId: 'B', quantity: 100 },
        { assetId: 'D', quantity: 100 },
      ],
    };
    const plan = planOrders({
      portfolio: p,
      targets: { A: 0.5, C: 0.5 },
      priceOf: prices({ A: 10, B: 10, C: 10, D: 10 }),
      execution: resolveExecution(),
      t: T,
    });
    expect(plan.orders.map((o) => `${o.assetId}${o.quantity}`)).toEqual(['B-100', 'D-100', 'A100', 'C100']);
  });

  it('whole shares round the target toward zero, long and short', () => {
    const p: Portfolio = { t: T, cash: 1000, positions: [] };
    const plan = planOrders({
      portfolio: p,
      targets: { A: 0.5, B: -0.5 },
      priceOf: prices({ A: 3, B: 7 }),
      execution: resolveExecution({ shares: 'whole' }),
      t: T,
    });
    // 500/3 = 166.67 -> 166; -500/7 = -71.4 -> -71
    expect(plan.orders.map((o) => [o.assetId, o.quantity])).toEqual([
      ['B', -71],
      ['A', 166],
    ]);
  });

  it('skips orders smaller than minTradeWeight of equity, but never the closing of a position', () => {
    const p: Portfolio = {
      t: T,
      cash: 9_000,
      positions: [
        { assetId: 'A', quantity: 50 },
        { assetId: 'B', quantity: 1 },
      ],
    };
    const execution = resolveExecution({ minTradeWeight: 0.01 });
    // equity 9000 + 500 + 10 = 9510; A target 0.0526 -> 500.3 value: delta 0.3 < 95.1 -> skipped
    const plan = planOrders({
      portfolio: p,
      targets: { A: 500.3 / 9510 },
      priceOf: prices({ A: 10, B: 10 }),
      execution,
      t: T,
    });
    expect(plan.orders.map((o) => [o.assetId, o.quantity])).toEqual([['B', -1]]);
  });
});

describe('shorts', () => {
  it('short 100 @ 10, price falls to 8: +200 less costs', () => {
    const exec: ExecutionOptions = { commission: { perShare: 0.01 }, fill: 'close' };
    const p0: Portfolio = { t: T, cash: 1000, positions: [] };
    const open = rebalance(p0, { A: -1 }, { A: 10 }, exec);
    expect(open.portfolio.positions).toEqual([{ assetId: 'A', quantity: -100 }]);
    expect(open.portfolio.cash, 'selling short credits cash, less 1.00 commission').toBeCloseTo(1999, 10);
    expect(equityOf(open.portfolio, prices({ A: 8 })), 'marked at 8').toBeCloseTo(1199, 10);
    const close = rebalance(open.portfolio, {}, { A: 8 }, exec);
    expect(close.portfolio.positions).toEqual([]);
    expect(close.portfolio.cash, 'covering debits 800 and 1.00 commission').toBeCloseTo(1198, 10);
    expect(close.portfolio.cash - p0.cash).toBeCloseTo(200 - 2, 10);
  });

  it('covers are funded before new longs when cash is short', () => {
    const p: Portfolio = { t: T, cash: 1000, positions: [{ assetId: 'S', quantity: -50 }] };
    // equity at 10: 1000 - 500 = 500. Target A 100%: cover S (500) and buy A (500). At fill S has
    // risen to 12: covering costs 600, leaving 400 for A (of 500 wanted).
    const r = rebalance(p, { A: 1 }, { A: 10, S: 10 }, {}, { A: 10, S: 12 });
    expect(r.portfolio.positions).toEqual([{ assetId: 'A', quantity: expect.closeTo(40, 9) }]);
    expect(r.portfolio.cash).toBeCloseTo(0, 6);
    expect(r.issues.map((i) => i.code)).toEqual(['scaled_for_cash']);
  });
});

describe('cash', () => {
  it('warns when buys are scaled for cash, but not for a shortfall of float rounding (<= 1e-9 of equity)', () => {
    const execution = resolveExecution({ minTradeWeight: 0 });
    const fill = (cash: number, quantity: number) =>
      fillOrders({
        portfolio: { t: T, cash, positions: [] },
        orders: [{ assetId: 'A', quantity, decidedAt: T, targetWeight: 1 }],
        prices: [100],
        execution,
        equity: 1e6,
        t: T,
      });
    // 1e-4 short on 1e6 equity (1e-10): scaled to fit, no warning.
    const dust = fill(1e6, (1e6 + 1e-4) / 100);
    expect(dust.portfolio.cash).toBeGreaterThanOrEqual(0);
    expect(dust.issues).toEqual([]);
    // 1 short on 1e6 (1e-6): scaled and reported.
    const real = fill(1e6, (1e6 + 1) / 100);
    expect(real.portfolio.cash).toBeGreaterThanOrEqual(0);
    expect(real.issues.map((i) => i.code)).toEqual(['scaled_for_cash']);
  });

  const asset = fc.constantFrom('A', 'B', 'C', 'D');
  const price = fc.double({ min: 0.5, max: 500, noNaN: true });
  const arb = fc.record({
    cash: fc.double({ min: 0, max: 1e6, noNaN: true }),
    holdings: fc.dictionary(asset, fc.integer({ min: 0, max: 1000 })),
    targets: fc.dictionary(asset, fc.double({ min: -1, max: 1, noNaN: true })),
    decision: fc.record({ A: price, B: price, C: price, D: price }),
    fill: fc.record({ A: price, B: price, C: price, D: price }),
    slippageBps: fc.integer({ min: 0, max: 100 }),
    commission: fc.record({
      bps: fc.integer({ min: 0, max: 50 }),
      perShare: fc.double({ min: 0, max: 0.05, noNaN: true }),
      minimum: fc.double({ min: 0, max: 5, noNaN: true }),
    }),
    shares: fc.constantFrom('whole' as const, 'fractional' as const),
  });

  it('never goes negative without leverage (random portfolios, targets, prices, costs)', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const p: Portfolio = {
          t: T,
          cash: a.cash,
          positions: Object.entries(a.holdings)
            .filter(([, q]) => q > 0)
            .sort()
            .map(([assetId, quantity]) => ({ assetId, quantity })),
        };
        const r = rebalance(
          p,
          a.targets,
          a.decision,
          { slippageBps: a.slippageBps, commission: a.commission, shares: a.shares },
          a.fill,
        );
        expect(r.portfolio.cash).toBeGreaterThanOrEqual(-1e-6);
        for (const f of r.fills) expect(Number.isFinite(f.quantity) && f.quantity !== 0).toBe(true);
        if (a.shares === 'whole')
          for (const q of r.portfolio.positions) expect(Number.isInteger(q.quantity)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('with maxGrossExposure 1.5 borrows up to 0.5 x equity and no further', () => {
    const p: Portfolio = { t: T, cash: 1000, positions: [] };
    const r = rebalance(p, { A: 1.5 }, { A: 10 }, { maxGrossExposure: 1.5 }, { A: 11 });
    // wants 150 shares at 11 = 1650; floor is -500 so only 1500 can be spent
    expect(r.portfolio.cash).toBeCloseTo(-500, 6);
    expect(r.portfolio.positions[0]!.quantity).toBeCloseTo(1500 / 11, 6);
  });
});

describe('final targets', () => {
  it('final targets are not reduced by the cash reserve a second time, raw targets are', () => {
    const p: Portfolio = { t: T, cash: 1000, positions: [] };
    const execution = resolveExecution({ cashReserve: 0.05 });
    const raw = planOrders({ portfolio: p, targets: { A: 1 }, priceOf: prices({ A: 10 }), execution, t: T });
    expect(raw.orders[0]!.quantity).toBeCloseTo(95, 12);
    const final = planOrders({
      portfolio: p,
      targets: { A: 0.95 },
      final: true,
      priceOf: prices({ A: 10 }),
      execution,
      t: T,
    });
    expect(final.orders[0]!.quantity).toBeCloseTo(95, 12);
  });
});
