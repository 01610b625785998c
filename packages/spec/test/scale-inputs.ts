/**
 * Large and hostile inputs for the scale tests and bench/validate-scale.bench.ts: each within (or just
 * past) a documented limit, each once quadratic or exponential in the validator.
 */

const SPY = { id: 'us:SPY', symbol: 'SPY' };

function base(): Record<string, unknown> {
  return {
    kind: 'tactical/v1',
    universe: [SPY],
    features: [],
    rules: { op: 'allocate', weights: { 'us:SPY': 1 } },
  };
}

/** `features` expr features, each with `operands` operands that fit no operand shape (strings). */
export function badOperands(features: number, operands: number): Record<string, unknown> {
  const s = base();
  s.features = Array.from({ length: features }, (_, i) => ({
    id: `f${i}`,
    kind: 'expr',
    op: 'add',
    args: Array.from({ length: operands }, (_, j) => `x${j}`),
  }));
  return s;
}

/** One expression feature whose `args` list has `items` operands that fit no operand shape (the limit is 64). */
export function longArgs(items: number): Record<string, unknown> {
  return badOperands(1, items);
}

/** A spec with `keys` unknown root properties. */
export function manyRootKeys(keys: number): Record<string, unknown> {
  const s = base();
  for (let i = 0; i < keys; i++) s[`k${i}`] = i;
  return s;
}

/** A universe of `assets` assets and a `weight` node naming `assets` other ids, none in the universe. */
export function badAssets(assets: number): Record<string, unknown> {
  const s = base();
  s.universe = Array.from({ length: assets }, (_, i) => ({ id: `us:A${i}`, symbol: `A${i}` }));
  s.rules = {
    op: 'weight',
    assets: Array.from({ length: assets }, (_, i) => `us:B${i}`),
    weighting: { scheme: 'equal' },
  };
  return s;
}

/** `levels` levels, each an object holding the SAME child twice: 2^levels paths, `levels` nodes. */
export function sharedReferences(levels: number): Record<string, unknown> {
  let node: unknown = [1, 2, 3];
  for (let i = 0; i < levels; i++) node = { a: node, b: node };
  const s = base();
  s.description = node;
  return s;
}

/** A spec that contains itself. */
export function cyclic(): Record<string, unknown> {
  const s = base();
  const rules = s.rules as Record<string, unknown>;
  rules.self = s;
  return s;
}
