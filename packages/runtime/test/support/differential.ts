/**
 * The differential check of the compiled rule tree against the reference interpreter: on every
 * session, carrying each side's hysteresis memory, the same weights or hold, the same weights on
 * assets outside the panel, and the same memory.
 */
import { expect } from 'vitest';
import { type CompileOptions, compileRules } from '../../src/compile/compile.js';
import type { RuleNode } from '../../src/compile/spec-types.js';
import { interpret } from '../../src/evaluate/interpret.js';
import type { FeatureSet } from '../../src/features/types.js';

export function expectCompiledAsInterpreted(
  rules: RuleNode,
  fs: FeatureSet,
  options: CompileOptions = {},
): void {
  const compiled = compileRules(rules, fs, options);
  let hc: Record<string, boolean> = {};
  let hi: Record<string, boolean> = {};
  for (let i = 0; i < fs.panel.grid.days.length; i++) {
    const c = compiled.evaluate(i, hc);
    const r = interpret(rules, fs, i, hi);
    const cw = c.result instanceof Float64Array ? compiled.toRecord(c.result) : c.result;
    expect(cw, `weights or hold at session ${i}`).toEqual(r.result);
    const outside = c.result instanceof Float64Array ? compiled.outsidePanelWeights(c.result) : [];
    expect(
      Object.fromEntries(outside.map((o) => [o.asset, o.weight])),
      `weights outside the panel at session ${i}`,
    ).toEqual({ ...r.outside });
    expect(c.hysteresis, `hysteresis at session ${i}`).toEqual(r.hysteresis);
    hc = c.hysteresis;
    hi = r.hysteresis;
  }
}
