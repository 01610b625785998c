/** Migrations: a registry of steps keyed by version brings older specs to tactical/v1. */
import { describe, expect, it } from 'vitest';
import { createMigrator, type MigrationStep, migrate, validateSpec } from '../src/index.js';
import { seed } from './fixtures.js';

/** A fake tactical/v0 whose only difference: `universe` was called `assets` and `rules` was `tree`. */
const v0: MigrationStep = {
  from: 'tactical/v0',
  to: 'tactical/v1',
  migrate({ assets, tree, ...rest }) {
    return { ...rest, universe: assets, rules: tree };
  },
};

function v0Spec() {
  const { universe, rules, ...rest } = seed();
  return { ...rest, kind: 'tactical/v0', assets: universe, tree: rules };
}

describe('migrate', () => {
  it('a current spec passes through unchanged', () => {
    expect(migrate(seed())).toEqual({ ok: true, spec: seed(), applied: [] });
  });

  it('only tactical/v1 exists, so the built-in registry migrates nothing older', () => {
    expect(migrate({ kind: 'tactical/v0' })).toEqual({
      ok: false,
      from: 'tactical/v0',
      reason: 'unknown-version',
    });
    expect(migrate({ kind: 'tactical/v2' })).toEqual({
      ok: false,
      from: 'tactical/v2',
      reason: 'newer-version',
    });
  });

  it('a registered tactical/v0 step brings a v0 spec to v1', () => {
    const migrator = createMigrator([v0]);
    const input = v0Spec();
    const before = structuredClone(input);
    const r = migrator(input);
    expect(r).toEqual({ ok: true, spec: seed(), applied: ['tactical/v0 -> tactical/v1'] });
    expect(input, 'the input is not mutated').toEqual(before);
  });

  it('steps chain: v(-1) -> v0 -> v1', () => {
    const older: MigrationStep = { from: 'tactical/v-1', to: 'tactical/v0', migrate: (s) => ({ ...s }) };
    const migrator = createMigrator([older, v0]);
    expect(migrator.canMigrate('tactical/v-1')).toBe(true);
    expect(migrator({ ...v0Spec(), kind: 'tactical/v-1' })).toMatchObject({
      ok: true,
      applied: ['tactical/v-1 -> tactical/v0', 'tactical/v0 -> tactical/v1'],
    });
  });

  it('a step loop is reported, not followed forever', () => {
    const a: MigrationStep = { from: 'x', to: 'y', migrate: (s) => s };
    const b: MigrationStep = { from: 'y', to: 'x', migrate: (s) => s };
    expect(createMigrator([a, b])({ kind: 'x' })).toEqual({ ok: false, from: 'x', reason: 'loop' });
  });

  it('validateSpec migrates with a given migrator, then validates the result', () => {
    const r = validateSpec(v0Spec(), { migrator: createMigrator([v0]) });
    // seed()'s SPY object is shared (as in seed 003): valid, with that warning
    expect(r).toEqual({
      ok: true,
      spec: seed(),
      warnings: [expect.objectContaining({ code: 'shared-reference' })],
    });
    const plain = validateSpec(v0Spec());
    expect(plain.ok ? [] : plain.errors.map((e) => e.message)).toEqual([
      'this file is tactical/v0; this engine reads tactical/v1',
    ]);
  });

  it('two steps from the same version are a programming error', () => {
    expect(() => createMigrator([v0, v0])).toThrow("two migration steps from 'tactical/v0'");
  });
});
