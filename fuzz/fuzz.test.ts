/** A small seeded slice of the fuzz run (`pnpm fuzz` runs the full one): every invariant holds. */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, emptyReport, fuzzRuntime, fuzzValidation } from './harness.js';

describe('fuzz slice (seed 20261130)', () => {
  const report = emptyReport(20_261_130);

  it('1,500 validation inputs: no throw, every pointer resolves, every position inside the text, deterministic', () => {
    fuzzValidation(report.seed, 1500, report);
    for (const c of CATEGORIES) {
      const k = report.validation[c];
      expect(k.inputs, c).toBe(300);
      expect({
        c,
        throws: k.throws,
        pointers: k.pointers,
        positions: k.positions,
        nondeterministic: k.nondeterministic,
      }).toEqual({
        c,
        throws: 0,
        pointers: 0,
        positions: 0,
        nondeterministic: 0,
      });
    }
    // the generator of valid specs makes valid specs; the other categories are mostly invalid
    expect(report.validation.generated.valid).toBe(300);
    expect(report.validation.json.valid).toBe(0);
    expect(report.examples).toEqual([]);
  });

  it('30 generated specs backtest on the bundled data, also with Object.prototype ids, twice alike', async () => {
    await fuzzRuntime(report.seed, 30, report);
    expect(report.runtime).toMatchObject({
      specs: 30,
      validated: 30,
      disagreements: 0,
      renameMismatches: 0,
      nondeterministic: 0,
    });
    expect(report.runtime.backtests).toBeGreaterThan(30);
    // some dynamic-universe specs weight an asset the universe never holds: kept in cash, not a throw
    expect(report.runtime.outsideUniverse).toBeGreaterThan(0);
  });
});
