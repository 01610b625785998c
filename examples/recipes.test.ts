/**
 * Every JSON block of docs/recipes.md is a valid spec once given a universe of the asset ids it
 * names, and the blocks taken from examples/ are exactly those specs' rebalance, features and rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateSpec } from '@tactical/spec';
import { describe, expect, it } from 'vitest';
import { root } from '../tools/shared-data.js';

const text = readFileSync(join(root, 'docs', 'recipes.md'), 'utf8');
const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!));
const linked = [...text.matchAll(/\(\.\.\/examples\/([a-z0-9-]+)\/spec\.json\)/g)].map((m) => m[1]!);

describe('docs/recipes.md', () => {
  it('has one block per canon example plus the two small recipes', () => {
    expect(linked).toHaveLength(8);
    expect(blocks).toHaveLength(10);
  });
  it.each(blocks.map((b, k) => [k, b] as const))('block %i validates', (_k, block) => {
    const ids = [...new Set(JSON.stringify(block).match(/us:[A-Z]+/g) ?? [])].sort();
    const spec = { kind: 'tactical/v1', universe: ids.map((id) => ({ id, symbol: id.slice(3) })), ...block };
    const r = validateSpec(spec);
    expect(r.ok ? [] : r.errors.map((e) => `${e.pointer}: ${e.message}`)).toEqual([]);
  });
  it.each(linked.map((name, k) => [name, k] as const))('the %s block is the example spec', (name, k) => {
    const spec = JSON.parse(readFileSync(join(root, 'examples', name, 'spec.json'), 'utf8'));
    expect(blocks[k]).toEqual({ rebalance: spec.rebalance, features: spec.features, rules: spec.rules });
  });
});
