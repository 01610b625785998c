/**
 * Feature planning cost benchmark (not a test): chains of N `expr` features (f_k = f_{k-1} + 0.001)
 * planned and computed by FeatureRuntime.prepare, against a baseline measured in the same run: the
 * keys as they were built before feature identities (every ref replaced by the referenced feature's
 * full canonical form, then canonical JSON + FNV-1a of the whole nested form, per feature), which is
 * cubic in the chain length.
 *
 * Run: node --conditions=@tactical/source --import tsx bench/feature-plan.bench.ts
 *
 * Prints, per N: prepare time now (plan + keys + every series), the old key scheme alone, and their
 * ratio; then how the time grows from N = 300 to 999 (linear: about 3.3×).
 */
import { NYSEExchangeCalendar } from '@tactical/calendars';
import type { ExprOperand, Feature } from '@tactical/spec';
import { MemoryDataFeed } from '../packages/runtime/src/data/memory-feed.js';
import { canonicalJson, fnv1a64, MemoryFeatureCache } from '../packages/runtime/src/features/cache.js';
import { FeatureRuntime } from '../packages/runtime/src/features/runtime.js';
import { ASSETS, FIXTURES } from '../packages/runtime/test/support/features.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const calendar = new NYSEExchangeCalendar();

function chain(n: number): Feature[] {
  const out: Feature[] = [{ id: 'f0', kind: 'return', asset: 'spy', period: 20 }];
  for (let k = 1; k < n; k++) {
    out.push({ id: `f${k}`, kind: 'expr', op: 'add', args: [{ ref: `f${k - 1}` }, 0.001] });
  }
  return out;
}

/** The pre-identity keys: refs expanded to the referenced canonical form, hashed whole per feature. */
function oldKeys(features: readonly Feature[]): number {
  const canonical = new Map<string, unknown>();
  let chars = 0;
  for (const f of features) {
    let c: unknown;
    if (f.kind === 'expr') {
      const resolve = (args: readonly ExprOperand[]): unknown[] =>
        args.map((a) =>
          typeof a === 'number' ? a : 'ref' in a ? canonical.get(a.ref) : { op: a.op, args: resolve(a.args) },
        );
      c = { kind: 'expr', op: f.op, args: resolve(f.args), delay: 0 };
    } else {
      const { id: _id, asset: _asset, ...params } = f as Feature & { asset?: unknown };
      c = { ...params, delay: 0, field: 'close' };
    }
    canonical.set(f.id, c);
    const json = canonicalJson({ f: c, a: null, g: ['XNYS', 0, 0, 0], q: '1d', d: 'default' });
    chars += fnv1a64(json).length + json.length;
  }
  return chars;
}

async function prepareMs(features: Feature[]): Promise<number> {
  const runtime = new FeatureRuntime({
    dataFeed: new MemoryDataFeed(FIXTURES),
    featureCache: new MemoryFeatureCache(),
    range: { from: utc('2021-06-01'), to: utc('2022-05-01') },
    freq: '1d',
  });
  const t0 = performance.now();
  await runtime.prepare({ features, universe: ASSETS, calendar });
  return performance.now() - t0;
}

const best = async (runs: number, f: () => Promise<number> | number): Promise<number> => {
  let m = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) m = Math.min(m, await f());
  return m;
};

const fmt = (x: number) => x.toFixed(1).padStart(9);
console.log('     N   prepare ms   old keys ms   old/now');
const now = new Map<number, number>();
for (const n of [100, 300, 600, 999]) {
  const features = chain(n);
  const ms = await best(3, () => prepareMs(features));
  const old = await best(n > 600 ? 1 : 2, () => {
    const t0 = performance.now();
    oldKeys(features);
    return performance.now() - t0;
  });
  now.set(n, ms);
  console.log(`${String(n).padStart(6)} ${fmt(ms)}    ${fmt(old)}    ${(old / ms).toFixed(1).padStart(6)}×`);
}
console.log(`growth 300 -> 999 (linear ≈ 3.3×): ${(now.get(999)! / now.get(300)!).toFixed(1)}×`);
