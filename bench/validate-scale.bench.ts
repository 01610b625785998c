/**
 * Validation at scale (not a test; never run by `pnpm test`):
 *   node --conditions=@tactical/source --import tsx bench/validate-scale.bench.ts
 * For each input that was once quadratic or exponential (issue 14), the CPU and wall time of
 * validateSpec, against the raw compiled ajv call on the same input measured in the same run (the
 * floor any mapping of its errors sits on). CPU time is printed because the machine is shared.
 *
 * Before (commit 6363d26, same machine, wall time under load): 100 features x 64 bad operands 10.0 s
 * (1,000 x 64: 20 min per the issue), a 10,001-item args list 45.5 s, 100,000 root keys 2.7 s,
 * 10,000 unknown weight assets > 300 s (stopped), a cyclic object: no answer (out of memory after
 * ~51 s), 22 levels of shared references 1.2 s (24 levels: exponential, ~5 s).
 */
import { validateSpec } from '@tactical/spec';
import { validate as rawAjv } from '../packages/spec/src/generated/validator.js';
import {
  badAssets,
  badOperands,
  cyclic,
  longArgs,
  manyRootKeys,
  sharedReferences,
} from '../packages/spec/test/scale-inputs.js';

function time<T>(f: () => T): { cpu: number; wall: number; value: T } {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = f();
  const u = process.cpuUsage(c);
  return { cpu: (u.user + u.system) / 1000, wall: performance.now() - t, value };
}

const cases: [string, () => unknown][] = [
  ['1,000 features x 64 bad operands', () => badOperands(1000, 64)],
  ['10,001-item args list', () => longArgs(10_001)],
  ['100,000 root keys', () => manyRootKeys(100_000)],
  ['10,000 unknown weight assets', () => badAssets(10_000)],
  ['cyclic object', () => cyclic()],
  ['24 levels of shared references', () => sharedReferences(24)],
  ['18 levels of shared references', () => sharedReferences(18)],
];

console.log('input                               validateSpec cpu / wall     raw ajv cpu   diagnostics');
for (const [name, make] of cases) {
  const input = make();
  const v = time(() => validateSpec(input));
  // the raw validator walks paths and recurses: only on inputs that are trees of sane size
  const tree = !name.startsWith('cyclic') && !name.startsWith('24');
  const raw = tree ? time(() => rawAjv(input)).cpu.toFixed(0) : '—';
  const n = v.value.ok ? 0 : v.value.errors.length;
  console.log(
    `${name.padEnd(36)}${v.cpu.toFixed(0).padStart(7)} ms / ${v.wall.toFixed(0).padStart(6)} ms ${String(raw).padStart(10)} ms   ${n}`,
  );
}
