/**
 * The reference interpreter: walks the JSON rule tree directly at one session, reading features
 * through `FeatureSet.get` and keeping weights as records. Slow and obviously correct on purpose —
 * it is the oracle the compiled form (src/compile) is checked against by a differential property
 * test, so it shares no control flow with the compiler, only the documented wording of hold reasons
 * and the `returnStdev` kernel (so weights agree bit for bit).
 *
 * Semantics are those of docs/spec-language.md; the choices the language leaves open are listed in
 * the compile modules' doc comments and repeated inline here.
 */
import type { Hold } from '../compile/context.js';
import { assetHysteresisKey, hysteresisKey } from '../compile/hysteresis-key.js';
import { returnStdev } from '../compile/kernels.js';
import {
  assetIdOf,
  type CompareCond,
  type Condition,
  type Operand,
  type PriceField,
  type RuleNode,
  type Weighting,
} from '../compile/spec-types.js';
import type { FeatureSet } from '../features/types.js';
import { idRecord, idRecordOf, own } from '../ids.js';

type Tri = boolean | 'undef';
type Ws = Record<string, number>;

/** What the interpreter decided at one session. */
export interface Interpretation {
  /** Non-zero weights by panel asset id, or the hold. */
  result: Ws | Hold;
  /** Non-zero weights on assets outside the panel (they stay in cash), by id; empty on a hold. */
  outside: Ws;
  /** Hysteresis memory after this session. */
  hysteresis: Record<string, boolean>;
}

interface Env {
  fs: FeatureSet;
  i: number;
  /** Pre-pass results of stateful comparisons by hysteresis key. */
  pre: Map<string, Tri>;
  /** Where the last 'undef' came from. */
  hold: Hold | null;
}

/** A hold, not weights (an asset may well be called `hold`, so `'hold' in r` cannot tell). */
const isHold = (r: Ws | Hold): r is Hold => (r as { hold?: unknown }).hold === true;

const describe = (op: Operand): string => (typeof op === 'number' ? String(op) : `{ref: ${op.ref}}`);

function read(env: Env, op: Operand, assetId: string | null): number {
  if (typeof op === 'number') return op;
  const f = env.fs.get(op.ref);
  if (f.scope === 'scalar') return f.values[env.i]!;
  if (assetId === null) throw new Error(`per-asset feature ${op.ref} outside a filter`);
  const k = env.fs.panel.assets.findIndex((a) => a.id === assetId);
  return f.values[k]![env.i]!;
}

function stateful(c: CompareCond): boolean {
  return c.tolerance !== undefined && ['gt', 'gte', 'lt', 'lte'].includes(c.op);
}

function band(c: CompareCond, r: number): number {
  if (c.tolerance === undefined) return 0;
  return c.tolerance.mode === 'absolute' ? c.tolerance.value : (Math.abs(r) * c.tolerance.value) / 100;
}

/** Hysteresis by the spec's words: first time plain; once true stays true until it crosses the far side. */
function withMemory(c: CompareCond, l: number, r: number, prev: boolean | undefined): boolean {
  const b = band(c, r);
  const up = c.op === 'gt' || c.op === 'gte';
  const strict = c.op === 'gt' || c.op === 'lt';
  if (prev === undefined) {
    if (up) return strict ? l > r : l >= r;
    return strict ? l < r : l <= r;
  }
  if (up) {
    if (prev) return !(l < r - b);
    return strict ? l > r + b : l >= r + b;
  }
  if (prev) return !(l > r + b);
  return strict ? l < r - b : l <= r - b;
}

function plain(c: CompareCond, l: number, r: number): boolean {
  const b = band(c, r);
  switch (c.op) {
    case 'gt':
      return l > r;
    case 'gte':
      return l >= r;
    case 'lt':
      return l < r;
    case 'lte':
      return l <= r;
    case 'eq':
      return c.tolerance === undefined || b === 0 ? l === r : Math.abs(l - r) <= b;
    case 'neq':
      return c.tolerance === undefined || b === 0 ? l !== r : Math.abs(l - r) > b;
  }
}

function holdOf(c: CompareCond, pointer: string, l: number, r: number): Hold {
  const ln = Number.isNaN(l);
  const rn = Number.isNaN(r);
  const which =
    ln && rn
      ? `left ${describe(c.left)} and right ${describe(c.right)}`
      : ln
        ? `left ${describe(c.left)}`
        : `right ${describe(c.right)}`;
  return { hold: true, reason: `${c.op} reads an undefined value (NaN): ${which}`, pointer };
}

/** Visits every stateful comparison with its key and the assets it is evaluated for (null = scalar). */
function visitStateful(
  node: RuleNode,
  pointer: string,
  fs: FeatureSet,
  visit: (c: CompareCond, key: string, assetId: string | null) => void,
): void {
  const visitCond = (c: Condition, p: string, assets: string[] | null): void => {
    if (c.op === 'and' || c.op === 'or') {
      for (let k = 0; k < c.args.length; k++) visitCond(c.args[k]!, `${p}/args/${k}`, assets);
    } else if (c.op === 'not') visitCond(c.arg, `${p}/arg`, assets);
    else if (stateful(c as CompareCond)) {
      const cc = c as CompareCond;
      const key = hysteresisKey(cc, p);
      if (assets === null) visit(cc, key, null);
      else for (const id of assets) visit(cc, assetHysteresisKey(key, id), id);
    }
  };
  switch (node.op) {
    case 'if':
      visitCond(node.cond, `${pointer}/cond`, null);
      visitStateful(node.then, `${pointer}/then`, fs, visit);
      visitStateful(node.else, `${pointer}/else`, fs, visit);
      return;
    case 'scale':
      visitStateful(node.node, `${pointer}/node`, fs, visit);
      return;
    case 'group':
      for (let k = 0; k < node.children.length; k++) {
        visitStateful(node.children[k]!.node, `${pointer}/children/${k}/node`, fs, visit);
      }
      return;
    case 'select':
      if (node.filter !== undefined) {
        // candidates are panel assets only (one outside the panel is never a member)
        const inPanel = fs.panel.assets.map((a) => a.id);
        const assets =
          node.from === undefined ? inPanel : node.from.map(assetIdOf).filter((id) => inPanel.includes(id));
        visitCond(node.filter, `${pointer}/filter`, assets);
      }
      return;
    default:
      return;
  }
}

function cond(env: Env, c: Condition, pointer: string, assetId: string | null): Tri {
  if (c.op === 'not') {
    const r = cond(env, c.arg, `${pointer}/arg`, assetId);
    return r === 'undef' ? 'undef' : !r;
  }
  if (c.op === 'and' || c.op === 'or') {
    // Kleene logic: a decisive argument wins over undefined ones; otherwise the first undefined holds.
    const decisive = c.op === 'or';
    let firstHold: Hold | null = null;
    for (let k = 0; k < c.args.length; k++) {
      const r = cond(env, c.args[k]!, `${pointer}/args/${k}`, assetId);
      if (r === decisive) return decisive;
      if (r === 'undef' && firstHold === null) firstHold = env.hold;
    }
    if (firstHold !== null) {
      env.hold = firstHold;
      return 'undef';
    }
    return !decisive;
  }
  return compare(env, c as CompareCond, pointer, assetId);
}

function compare(env: Env, c: CompareCond, pointer: string, assetId: string | null): Tri {
  const l = read(env, c.left, assetId);
  const r = read(env, c.right, assetId);
  if (stateful(c)) {
    const key =
      assetId === null ? hysteresisKey(c, pointer) : assetHysteresisKey(hysteresisKey(c, pointer), assetId);
    const res = env.pre.get(key)!;
    if (res === 'undef') env.hold = holdOf(c, pointer, l, r);
    return res;
  }
  if (Number.isNaN(l) || Number.isNaN(r)) {
    env.hold = holdOf(c, pointer, l, r);
    return 'undef';
  }
  return plain(c, l, r);
}

/** The bar column a weighting reads (default close). */
function barColumn(env: Env, k: number, field: PriceField | undefined): Float64Array {
  const c = env.fs.panel.columns[k]!;
  switch (field ?? 'close') {
    case 'open':
      return c.open;
    case 'high':
      return c.high;
    case 'low':
      return c.low;
    case 'adj_close':
      return c.adjClose;
    case 'volume':
      return c.volume;
    default:
      return c.close;
  }
}

function weigh(env: Env, w: Weighting, pointer: string, ids: string[]): Ws | Hold {
  const out: Ws = idRecord();
  const k = ids.length;
  if (k === 0) return out;
  // -1: an asset outside the panel (a dynamic universe never holds it in the run): no bars, no score
  const idx = (id: string) => env.fs.panel.assets.findIndex((a) => a.id === id);
  switch (w.scheme) {
    case 'equal':
      for (const id of ids) out[id] = 1 / k;
      return out;
    case 'inverse_volatility': {
      const inv: number[] = [];
      let sum = 0;
      for (const id of ids) {
        const k = idx(id);
        const s = k < 0 ? Number.NaN : returnStdev(barColumn(env, k, w.field), env.i, w.lookback);
        if (!(s > 0)) {
          const why = Number.isNaN(s) ? 'undefined (NaN)' : 'not positive';
          return { hold: true, reason: `inverse_volatility: stdev of ${id} is ${why}`, pointer };
        }
        inv.push(1 / s);
        sum += 1 / s;
      }
      ids.forEach((id, j) => {
        out[id] = inv[j]! / sum;
      });
      return out;
    }
    case 'proportional': {
      const f = env.fs.get(w.by.ref);
      if (f.scope !== 'per_asset') throw new Error('proportional needs a per-asset feature');
      const v: number[] = [];
      let sum = 0;
      for (const id of ids) {
        const k = idx(id);
        const s = k < 0 ? Number.NaN : f.values[k]![env.i]!;
        if (Number.isNaN(s)) {
          return {
            hold: true,
            reason: `proportional: {ref: ${w.by.ref}} is undefined (NaN) for ${id}`,
            pointer,
          };
        }
        v.push(Math.max(s, 0));
        sum += Math.max(s, 0);
      }
      // All scores <= 0: equal weights (the leg still sums to 1).
      ids.forEach((id, j) => {
        out[id] = sum === 0 ? 1 / k : v[j]! / sum;
      });
      return out;
    }
    case 'specified': {
      // First min(k, n) weights, divided by their gross; the rest get 0.
      const used = w.weights.slice(0, k);
      const gross = used.reduce((s, x) => s + Math.abs(x), 0);
      if (gross === 0) return out;
      used.forEach((x, j) => {
        out[ids[j]!] = x / gross;
      });
      return out;
    }
  }
}

/** Inside a select: is the weighting's per-asset input of panel asset k undefined (NaN)? */
function weightingInputNaN(env: Env, w: Weighting | undefined, k: number): boolean {
  if (w === undefined) return false;
  if (w.scheme === 'inverse_volatility') {
    return Number.isNaN(returnStdev(barColumn(env, k, w.field), env.i, w.lookback));
  }
  if (w.scheme === 'proportional') {
    const f = env.fs.get(w.by.ref);
    return f.scope === 'per_asset' && Number.isNaN(f.values[k]![env.i]!);
  }
  return false;
}

function node(env: Env, n: RuleNode, pointer: string): Ws | Hold {
  switch (n.op) {
    case 'cash':
      return idRecord();
    case 'hold':
      // Keep the current targets: a hold with its own reason.
      return { hold: true, reason: 'hold node: keep the current targets', pointer };
    case 'scale': {
      const x = read(env, n.by, null);
      if (Number.isNaN(x)) {
        return { hold: true, reason: `scale reads an undefined value (NaN): {ref: ${n.by.ref}}`, pointer };
      }
      const r = node(env, n.node, `${pointer}/node`);
      if (isHold(r)) return r;
      const s = Math.min(Math.max(x, n.min ?? 0), n.max ?? 1);
      const out: Ws = idRecord();
      for (const [id, w] of Object.entries(r)) if (w !== 0) out[id] = s * w;
      if (n.remainder !== undefined && s !== 1) out[n.remainder] = (own(out, n.remainder) ?? 0) + (1 - s);
      return out;
    }
    case 'allocate':
      return idRecordOf(Object.entries(n.weights));
    case 'if': {
      const r = cond(env, n.cond, `${pointer}/cond`, null);
      if (r === 'undef') return env.hold!;
      return r ? node(env, n.then, `${pointer}/then`) : node(env, n.else, `${pointer}/else`);
    }
    case 'group': {
      const out: Ws = idRecord();
      for (let k = 0; k < n.children.length; k++) {
        const child = n.children[k]!;
        const r = node(env, child.node, `${pointer}/children/${k}/node`);
        if (isHold(r)) return r;
        for (const [id, w] of Object.entries(r))
          if (w !== 0) out[id] = (own(out, id) ?? 0) + child.weight * w;
      }
      return out;
    }
    case 'weight':
      return weigh(env, n.weighting, `${pointer}/weighting`, n.assets.map(assetIdOf));
    case 'select': {
      const panel = env.fs.panel;
      const from = n.from === undefined ? panel.assets.map((a) => a.id) : n.from.map(assetIdOf);
      const rank = n.rank === undefined ? null : env.fs.get(n.rank.ref);
      if (rank !== null && rank.scope !== 'per_asset') throw new Error('rank needs a per-asset feature');
      const picked: { id: string; score: number }[] = [];
      for (const id of from) {
        const k = panel.assets.findIndex((a) => a.id === id);
        // An asset outside the panel is never a member.
        if (k < 0) continue;
        // Members with a bar only; a filter that is not TRUE (false or NaN) drops the asset.
        if (panel.membership !== undefined && panel.membership[k]![env.i] !== 1) continue;
        if (Number.isNaN(panel.columns[k]!.close[env.i]!)) continue;
        // With slots the filter judges each slot after ranking, not the candidates.
        if (
          n.slots === undefined &&
          n.filter !== undefined &&
          cond(env, n.filter, `${pointer}/filter`, id) !== true
        )
          continue;
        const score = rank === null ? 0 : rank.values[k]![env.i]!;
        if (Number.isNaN(score)) continue;
        // An undefined weighting input (stdev, proportional score) drops the asset like a NaN rank.
        if (weightingInputNaN(env, n.weighting, k)) continue;
        picked.push({ id, score });
      }
      const sign = (n.order ?? 'desc') === 'desc' ? 1 : -1;
      picked.sort((a, b) => {
        if (a.score !== b.score) return (a.score > b.score ? -1 : 1) * sign;
        return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      });
      const m = picked.length;
      let keep = m;
      if (n.count !== undefined) keep = Math.min(n.count, m);
      else if (n.fraction !== undefined) keep = m === 0 ? 0 : Math.max(1, Math.floor(m * n.fraction));
      if (n.slots !== undefined) {
        // Fixed slots: slot j keeps its weight for the j-th ranked asset if that asset's filter is
        // TRUE; a failed or empty slot's weight goes to the fallback (or cash). No redistribution.
        const count = n.count!;
        const spec = n.weighting?.scheme === 'specified' ? n.weighting.weights : null;
        const gross = spec === null ? 0 : spec.reduce((s, x) => s + Math.abs(x), 0);
        const out: Ws = idRecord();
        let rest = 0;
        for (let j = 0; j < count; j++) {
          const w = spec === null ? 1 / count : gross === 0 ? 0 : spec[j]! / gross;
          const p = j < keep ? picked[j]! : null;
          if (
            p !== null &&
            (n.filter === undefined || cond(env, n.filter, `${pointer}/filter`, p.id) === true)
          )
            out[p.id] = (own(out, p.id) ?? 0) + w;
          else rest += w;
        }
        if (n.slots.fallback !== undefined && rest !== 0)
          out[n.slots.fallback] = (own(out, n.slots.fallback) ?? 0) + rest;
        return out;
      }
      return weigh(
        env,
        n.weighting ?? { scheme: 'equal' },
        `${pointer}/weighting`,
        picked.slice(0, keep).map((p) => p.id),
      );
    }
  }
}

/**
 * Interprets `rules` at grid index `i` of `features`, starting from hysteresis memory `hysteresis`.
 * Every stateful comparison is updated first (pre-pass), then the tree is walked.
 */
export function interpret(
  rules: RuleNode,
  features: FeatureSet,
  i: number,
  hysteresis: Readonly<Record<string, boolean>>,
  pointer = '/rules',
): Interpretation {
  const env: Env = { fs: features, i, pre: new Map(), hold: null };
  const next = idRecord<boolean>();
  visitStateful(rules, pointer, features, (c, key, assetId) => {
    const l = read(env, c.left, assetId);
    const r = read(env, c.right, assetId);
    const prev = own(hysteresis, key);
    if (Number.isNaN(l) || Number.isNaN(r)) {
      env.pre.set(key, 'undef');
      if (prev !== undefined) next[key] = prev;
      return;
    }
    const res = withMemory(c, l, r, prev);
    env.pre.set(key, res);
    next[key] = res;
  });
  const result = node(env, rules, pointer);
  if (isHold(result)) return { result, hysteresis: next, outside: idRecord() };
  const clean: Ws = idRecord();
  for (const a of features.panel.assets) {
    const w = own(result, a.id);
    if (w !== undefined && w !== 0) clean[a.id] = w;
  }
  const outside: Ws = idRecord();
  for (const [id, w] of Object.entries(result)) if (own(clean, id) === undefined && w !== 0) outside[id] = w;
  return { result: clean, hysteresis: next, outside };
}
