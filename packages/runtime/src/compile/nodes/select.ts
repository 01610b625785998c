/**
 * `select`: rank candidates by a per-asset feature and keep the best.
 *
 * Candidates are the `from` assets (default: every panel asset) that at session i are members
 * (Panel.membership, when present) and have a bar (non-NaN close). Then, in this order:
 * - the filter (per-asset condition) must be TRUE: an asset whose filter reads NaN is dropped, not
 *   held on, because one asset in warm-up must not freeze a whole universe;
 * - a NaN rank value is never selected;
 * - nor is an asset whose weighting input is undefined (inverse_volatility stdev or proportional
 *   score NaN, e.g. a new listing in a dynamic universe): it is dropped like a NaN rank, before
 *   count/fraction, instead of holding the whole strategy (a `weight` node over a fixed list holds);
 * - order desc (default) or asc by rank, ties by asset id ascending; no rank: asset id order;
 * - keep `count` (at most n), or floor(n × fraction) but at least 1 when n >= 1, or all;
 * - the weighting spreads 1 over the kept assets in rank order; nothing kept = all zero (cash).
 *
 * With `slots` (fixed slots, `count` N): the filter does not remove candidates before ranking.
 * The first N ranked candidates fill slots 1..N, slot j weighing 1/N (equal) or weights[j]/Σ|weights|
 * (specified). A slot whose asset's filter is not TRUE (false or undefined), or that no candidate
 * fills, gives its weight to `slots.fallback` (cash when omitted); nothing is redistributed.
 */
import { type CompiledCond, type CompiledNode, type EvalContext, type NodeModule, TRUE } from '../context.js';
import { assetIdOf, type RuleNode } from '../spec-types.js';

/** Slot weights of a fixed-slot select: 1/N each, or specified weights over their gross. */
export function slotWeights(count: number, specified: readonly number[] | undefined): Float64Array {
  if (specified === undefined) return new Float64Array(count).fill(1 / count);
  let gross = 0;
  for (const w of specified) gross += Math.abs(w);
  return Float64Array.from(specified, (w) => (gross === 0 ? 0 : w / gross));
}

/** How many of n ranked candidates a select keeps (shared with the interpreter). */
export function keepCount(n: number, count: number | undefined, fraction: number | undefined): number {
  if (count !== undefined) return Math.min(count, n);
  if (fraction !== undefined) return n === 0 ? 0 : Math.max(1, Math.floor(n * fraction));
  return n;
}

/**
 * Put the first `k` of `sel[0, m)` in rank order into `sel[0, k)` (the rest is left unspecified:
 * selects and weightings read only the kept ones). Rank order: by `scores` (desc or asc; none: no
 * score order), ties by `idRank` ascending, a strict total order, so this is the prefix a full sort
 * would give. A few kept out of many (a top 20 of 500) is an insertion into a sorted prefix, O(m)
 * comparisons instead of a sort's O(m log m). Module-level functions, not closures of each compiled
 * select: V8 optimises them once for every select of the process.
 */
export function rankFirst(
  sel: Int32Array,
  m: number,
  k: number,
  scores: Float64Array | null,
  desc: boolean,
  idRank: Int32Array,
): void {
  if (k * 8 >= m) {
    sel.subarray(0, m).sort((x, y) => before(x, y, scores, desc, idRank));
    return;
  }
  // sel[0, min(j, k)) is sorted; x joins it (dropping the k-th) when it ranks before its last.
  for (let j = 1; j < m; j++) {
    const x = sel[j]!;
    if (j >= k && before(x, sel[k - 1]!, scores, desc, idRank) >= 0) continue;
    let p = j < k ? j : k - 1;
    while (p > 0 && before(x, sel[p - 1]!, scores, desc, idRank) < 0) {
      sel[p] = sel[p - 1]!;
      p--;
    }
    sel[p] = x;
  }
}

/** < 0 when asset x ranks before y (see rankFirst); never 0 for x ≠ y. */
function before(
  x: number,
  y: number,
  scores: Float64Array | null,
  desc: boolean,
  idRank: Int32Array,
): number {
  if (scores !== null) {
    const sx = scores[x]!;
    const sy = scores[y]!;
    if (sx !== sy) return sx > sy === desc ? -1 : 1;
  }
  return idRank[x]! - idRank[y]!;
}

/**
 * The candidates of session i, in candidate order, into `sel` (returns how many), with their rank
 * values in `scores`. A module-level function rather than a closure of each compiled select: every
 * select of the process shares its type feedback and optimised code, so a run's first rebalances
 * (and each new sweep point) do not walk 500 candidates in the interpreter. The filter is `passed`,
 * its mask over the candidates, when it has one; else `filter`, called per candidate (null: none).
 */
function gatherCandidates(
  i: number,
  candidates: Int32Array,
  nPanel: number,
  live: Float64Array | null,
  membership: readonly Uint8Array[] | undefined,
  closes: readonly Float64Array[],
  passed: ArrayLike<number> | null,
  filter: CompiledCond | null,
  ctx: EvalContext,
  rank: readonly Float64Array[] | null,
  scores: Float64Array,
  usable: ((i: number, a: number) => boolean) | null,
  sel: Int32Array,
): number {
  let m = 0;
  for (let c = 0; c < candidates.length; c++) {
    // The filter's mask first: it has no side effect, reads one byte, and rejects most candidates.
    // (1 = TRUE as a literal: an imported constant is not folded in a loop.)
    if (passed !== null && passed[c] !== 1) continue;
    const a = candidates[c]!;
    if (live !== null) {
      if (live[i * nPanel + a] !== 1) continue;
    } else {
      if (membership !== undefined && membership[a]![i] !== 1) continue;
      const close = closes[a]![i]!;
      // `x !== x` is the NaN test, inline: a cold run interprets this loop for a while.
      // biome-ignore lint/suspicious/noSelfCompare: the NaN test
      if (close !== close) continue;
    }
    if (filter !== null && filter(i, ctx, a) !== TRUE) continue;
    if (rank !== null) {
      const s = rank[a]![i]!;
      // biome-ignore lint/suspicious/noSelfCompare: the NaN test
      if (s !== s) continue;
      scores[a] = s;
    }
    if (usable !== null && !usable(i, a)) continue;
    sel[m++] = a;
  }
  return m;
}

/**
 * Each panel asset's position in asset id order, for ties. Panel assets come sorted by id (a check in
 * one pass, no sort, on every compile of a 500-asset select); any other order is sorted here.
 */
export function idRanks(assets: readonly { id: string }[], nPanel: number, nAssets: number): Int32Array {
  const idRank = new Int32Array(nAssets);
  let sorted = true;
  for (let a = 1; a < nPanel && sorted; a++) sorted = assets[a - 1]!.id < assets[a]!.id;
  if (sorted) {
    for (let a = 0; a < nPanel; a++) idRank[a] = a;
    return idRank;
  }
  const byId = Array.from({ length: nPanel }, (_, a) => a).sort((x, y) => {
    const a = assets[x]!.id;
    const b = assets[y]!.id;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  for (let r = 0; r < nPanel; r++) idRank[byId[r]!] = r;
  return idRank;
}

/** Registry entry for `select`. */
export const selectNode: NodeModule = {
  op: 'select',
  compile(node, pointer, cc) {
    const n = node as Extract<RuleNode, { op: 'select' }>;
    const panel = cc.panel;
    const nAssets = cc.nAssets;
    const nPanel = cc.nPanelAssets;
    // Only panel assets can be candidates: one a dynamic universe never holds in the run is never
    // a member (it has no position below nPanel).
    const candidates =
      n.from === undefined
        ? Int32Array.from({ length: nPanel }, (_, a) => a)
        : Int32Array.from(
            n.from
              .map((r, k) => cc.assetPosition(assetIdOf(r), `${pointer}/from/${k}`))
              .filter((a) => a < nPanel),
          );
    const scope = { kind: 'asset', candidates } as const;
    const filter = n.filter === undefined ? null : cc.compileCond(n.filter, `${pointer}/filter`, scope);
    // The filter over every candidate at once (one pass per comparison instead of a chain of calls
    // per candidate), when all its parts have a mask; fixed slots test only their few assets.
    const mask =
      n.filter === undefined || n.slots !== undefined
        ? null
        : cc.compileMask(n.filter, `${pointer}/filter`, scope);
    const rank = n.rank === undefined ? null : cc.perAssetFeature(n.rank.ref, `${pointer}/rank`);
    const scheme = n.weighting ?? { scheme: 'equal' };
    const weighting = cc.compileWeighting(scheme, `${pointer}/weighting`);
    const usable = cc.weightingInputDefined(scheme, `${pointer}/weighting`);
    const desc = (n.order ?? 'desc') === 'desc';
    const slots =
      n.slots === undefined
        ? null
        : {
            weights: slotWeights(n.count ?? 1, scheme.scheme === 'specified' ? scheme.weights : undefined),
            fallback:
              n.slots.fallback === undefined
                ? -1
                : cc.assetPosition(n.slots.fallback, `${pointer}/slots/fallback`),
          };

    const idRank = idRanks(panel.assets, nPanel, nAssets);

    const closes = panel.columns.map((c) => c.close);
    const membership = panel.membership;
    // Who may be a candidate at a session, one row per session (dense trees), else read per asset.
    const live = cc.liveRows();
    const sel = new Int32Array(candidates.length);
    const scores = new Float64Array(nAssets);
    const out = new Float64Array(nAssets);
    const rankScores = rank === null ? null : scores;

    const fn: CompiledNode = (i: number, ctx: EvalContext) => {
      out.fill(0);
      const passed = mask === null ? null : mask(i);
      const perAsset = slots === null && passed === null ? filter : null;
      const m = gatherCandidates(
        i,
        candidates,
        nPanel,
        live,
        membership,
        closes,
        passed,
        perAsset,
        ctx,
        rank,
        scores,
        usable,
        sel,
      );
      const k = keepCount(m, n.count, n.fraction);
      if (slots !== null) {
        if (k > 0) rankFirst(sel, m, k, rankScores, desc, idRank);
        let rest = 0;
        for (let j = 0; j < slots.weights.length; j++) {
          const w = slots.weights[j]!;
          const a = j < k ? sel[j]! : -1;
          if (a >= 0 && (filter === null || filter(i, ctx, a) === TRUE)) out[a] = out[a]! + w;
          else rest += w;
        }
        if (slots.fallback >= 0 && rest !== 0) out[slots.fallback] = out[slots.fallback]! + rest;
        return out;
      }
      if (k === 0) return out;
      rankFirst(sel, m, k, rankScores, desc, idRank);
      return weighting(i, ctx, sel, k, out) ? out : ctx.hold!;
    };
    return fn;
  },
};
