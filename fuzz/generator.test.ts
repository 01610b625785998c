/**
 * The generator of valid specs, regression: `pnpm fuzz --seed 11 --validate 1000000` found 13 of its
 * 200,000 generated specs invalid. All 13 were the generator's fault: weights rounded to nearest
 * 3 decimals can add up to 1.001 in absolute value, above `maxGrossExposure` 1 — a static excess the
 * validator rightly rejects (docs/semantics.md § Weight normalisation).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateSpec } from '@tactical/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grossAtMostOne, validSpec } from './specs.js';

/** The 13 specs as the generator made them then (`draw`: the harness's `fc.sample(validSpec, {seed: 11 + batch})[#]`). */
const SEED_11_INVALID = JSON.parse(
  readFileSync(join(import.meta.dirname, 'regressions', 'seed-11-invalid-generated.json'), 'utf8'),
) as { draw: string; spec: Record<string, unknown> }[];

type Json = Record<string, unknown>;

/** The generator's fix applied to a spec: every allocate weight vector and group leg list cut by grossAtMostOne. */
function cutWeights(node: Json): Json {
  switch (node.op) {
    case 'allocate': {
      const ids = Object.keys(node.weights as Json);
      const cut = grossAtMostOne(ids.map((id) => (node.weights as Record<string, number>)[id]!));
      return { ...node, weights: Object.fromEntries(ids.map((id, i) => [id, cut[i]!])) };
    }
    case 'group': {
      const children = node.children as { weight: number; node: Json }[];
      const cut = grossAtMostOne(children.map((c) => c.weight));
      return { ...node, children: children.map((c, k) => ({ weight: cut[k]!, node: cutWeights(c.node) })) };
    }
    case 'if':
      return { ...node, then: cutWeights(node.then as Json), else: cutWeights(node.else as Json) };
    default:
      return node;
  }
}

describe('generated specs (fuzz/specs.ts)', () => {
  it('the 13 invalid draws of seed 11: rejected only for a gross of 1.001 > maxGrossExposure 1 (the validator is right)', () => {
    expect(SEED_11_INVALID).toHaveLength(13);
    for (const { draw, spec } of SEED_11_INVALID) {
      const result = validateSpec(spec);
      expect(result.ok, draw).toBe(false);
      if (!result.ok)
        expect(
          result.errors.map((e) => [e.code, e.message]),
          draw,
        ).toEqual([
          ['gross-exposure', 'weights add up to 1.001 in absolute value, above maxGrossExposure 1'],
        ]);
    }
  });

  it('the same 13 with their weights cut towards zero, as the generator now does, validate', () => {
    for (const { draw, spec } of SEED_11_INVALID) {
      const result = validateSpec({ ...spec, rules: cutWeights(spec.rules as Json) });
      expect(result.ok ? [] : result.errors, draw).toEqual([]);
    }
  });

  it('the generator now makes valid specs from the seeds of the batches that had the 13 (60 each)', () => {
    for (const draw of SEED_11_INVALID.map((x) => x.draw)) {
      const batch = Number(/batch (\d+)/.exec(draw)![1]);
      for (const spec of fc.sample(validSpec, { seed: 11 + batch, numRuns: 60 })) {
        const result = validateSpec(spec);
        expect(result.ok ? [] : result.errors, draw).toEqual([]);
      }
    }
  });

  it('grossAtMostOne keeps Σ|w| <= 1 and each weight within 0.001 of w / Σ|w|', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (ws) => {
          const cut = grossAtMostOne(ws);
          const total = ws.reduce((s, w) => s + Math.abs(w), 0);
          expect(cut.reduce((s, w) => s + Math.abs(w), 0)).toBeLessThanOrEqual(1);
          cut.forEach((w, i) => {
            const exact = total === 0 ? ws[i]! : ws[i]! / total;
            expect(Math.abs(w - exact)).toBeLessThan(0.001);
            expect(Math.abs(w)).toBeLessThanOrEqual(Math.abs(exact));
          });
        },
      ),
    );
  });
});
