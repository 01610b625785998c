/**
 * Validation throughput (not a test; never run by `pnpm test`):
 *   node --conditions=@tactical/source --import tsx bench/validate.bench.ts
 * 1. validateSpecText on a 50-node spec, against a bare JSON.parse of the same text (baseline
 *    measured in the same run), and validateSpec against the raw compiled-ajv call alone.
 * 2. Wall time of `tactical validate` on 1,000 generated files in a temp dir (one CLI process).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateSpec, validateSpecText } from '@tactical/spec';
import { validate as rawAjv } from '../packages/spec/src/generated/validator.js';

/** A valid 50-node spec: a chain of ifs over scalar features, ending in selects and allocations. */
function spec50(): unknown {
  const universe = Array.from({ length: 20 }, (_, i) => ({ id: `us:A${i}`, symbol: `A${i}` }));
  const features: unknown[] = [
    { id: 'mom', kind: 'return', period: 126 },
    { id: 'vol', kind: 'volatility', period: 20 },
    {
      id: 'score',
      kind: 'expr',
      op: 'div',
      args: [{ ref: 'mom' }, { op: 'max', args: [{ ref: 'vol' }, 0.01] }],
    },
  ];
  for (let i = 0; i < 10; i++)
    features.push({ id: `sma${i}`, kind: 'sma', asset: `us:A${i}`, period: 20 + i });
  let nodes = 0;
  const leaf = (i: number): unknown => {
    nodes++;
    return i % 2
      ? {
          op: 'select',
          rank: { ref: 'score' },
          count: 3,
          filter: { op: 'gt', left: { ref: 'mom' }, right: 0 },
        }
      : { op: 'allocate', weights: { [`us:A${i % 20}`]: 0.5, [`us:A${(i + 1) % 20}`]: 0.5 } };
  };
  const build = (depth: number, i: number): unknown => {
    if (nodes >= 48 || depth >= 5) return leaf(i);
    nodes++;
    return {
      op: 'if',
      cond: {
        op: 'gt',
        left: { ref: `sma${i % 10}` },
        right: 100,
        tolerance: { value: 1, mode: 'relative' },
      },
      then: build(depth + 1, i * 2),
      else: build(depth + 1, i * 2 + 1),
    };
  };
  // a one-leg group on top brings the tree to exactly 50 nodes
  const rules = { op: 'group', children: [{ weight: 1, node: build(0, 1) }] };
  return { kind: 'tactical/v1', universe, rebalance: { frequency: 'Monthly' }, features, rules, nodes };
}

function countNodes(node: unknown): number {
  const n = node as { op: string; then?: unknown; else?: unknown; children?: { node: unknown }[] };
  if (n.op === 'group') return 1 + n.children!.reduce((s, c) => s + countNodes(c.node), 0);
  return 1 + (n.op === 'if' ? countNodes(n.then) + countNodes(n.else) : 0);
}

function opsPerSecond(fn: () => void, ms = 1500): number {
  for (let i = 0; i < 200; i++) fn(); // warm-up
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

const { nodes: _ignored, ...spec } = spec50() as Record<string, unknown>;
const text = JSON.stringify(spec, null, 2);
const check = validateSpecText(text);
if (!check.ok) throw new Error(`bench spec is invalid: ${JSON.stringify(check.errors)}`);
const parsed = JSON.parse(text);
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

console.log(`spec: ${countNodes(spec.rules)} rule nodes, ${text.length.toLocaleString('en-US')} bytes`);
const parse = opsPerSecond(() => JSON.parse(text));
const full = opsPerSecond(() => validateSpecText(text));
const ajv = opsPerSecond(() => rawAjv(parsed));
const object = opsPerSecond(() => validateSpec(parsed));
console.log(`JSON.parse (baseline)         ${fmt(parse)} /s`);
console.log(
  `validateSpecText              ${fmt(full)} /s   ${(parse / full).toFixed(2)}x the cost of JSON.parse`,
);
console.log(`raw compiled ajv (baseline)   ${fmt(ajv)} /s`);
console.log(
  `validateSpec (parsed input)   ${fmt(object)} /s   ${(ajv / object).toFixed(2)}x the cost of the raw ajv call`,
);

// CLI: 1,000 files (every 10th invalid), one process
const dir = mkdtempSync(join(tmpdir(), 'tactical-bench-'));
try {
  for (let i = 0; i < 1000; i++) {
    const s = structuredClone(spec) as Record<string, unknown>;
    if (i % 10 === 9) (s.rebalance as Record<string, unknown>).peroid = 1;
    writeFileSync(join(dir, `spec-${String(i).padStart(4, '0')}.json`), JSON.stringify(s, null, 2));
  }
  const root = join(import.meta.dirname, '..');
  const args = ['--conditions=@tactical/source', '--import', 'tsx', join(root, 'packages/cli/src/main.ts')];
  const env = { ...process.env, INIT_CWD: dir };
  const t0 = performance.now();
  const baseline = spawnSync(process.execPath, [...args, '--help'], { cwd: root, env, encoding: 'utf8' });
  const startup = performance.now() - t0;
  const t1 = performance.now();
  const r = spawnSync(process.execPath, [...args, 'validate', '*.json'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  const wall = performance.now() - t1;
  const summary = r.stdout.trim().split('\n').pop();
  console.log(`tactical --help (startup baseline)    ${startup.toFixed(0)} ms (exit ${baseline.status})`);
  console.log(
    `tactical validate on 1,000 files      ${wall.toFixed(0)} ms wall (exit ${r.status}): ${summary}`,
  );
  console.log(
    `  = ${(wall - startup).toFixed(0)} ms beyond startup, ${((wall - startup) / 1000).toFixed(2)} ms per file`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
