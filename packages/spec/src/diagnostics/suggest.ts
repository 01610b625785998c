/** "Did you mean" suggestions by edit distance. */

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/**
 * How much edit-distance work one validation may spend on suggestions (cells of the distance
 * table): suggestions are a courtesy, so a spec with 100,000 unknown names gets them for the first
 * few thousand and plain hints after that, instead of taking seconds.
 */
export interface SuggestBudget {
  cells: number;
}

/** The budget a validation starts with: about 20 ms of work. */
export const SUGGEST_CELLS = 2_000_000;

/**
 * The candidate closest to `input`, when close enough to be a plausible typo: a case-insensitive
 * match, or at most a third of the input's length edits away (at least 1, at most 3). Candidates
 * each spend `budget` (when given): one cell to look at, the distance table to compare. Once the
 * budget is spent, nothing more is suggested.
 */
export function didYouMean(
  input: string,
  candidates: Iterable<string>,
  budget?: SuggestBudget,
): string | undefined {
  if (input.length > 200 || (budget && budget.cells <= 0)) return undefined;
  const lower = input.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (budget && --budget.cells <= 0) break;
    if (c === input) continue;
    if (Math.abs(c.length - input.length) > limit) continue;
    const cl = c.toLowerCase();
    if (cl === lower) return c;
    if (budget) budget.cells -= (input.length + 1) * (c.length + 1);
    const d = editDistance(lower, cl);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Quote and join names for a message: `'a', 'b' or 'c'`. */
export function quoteList(names: readonly string[], conjunction = 'or'): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}

/** Up to `n` names joined for a hint, then '…' when there are more (a long list costs one pass, not a copy). */
export function firstIds(ids: Iterator<string>, n: number): string {
  const out: string[] = [];
  for (let r = ids.next(); !r.done; r = ids.next()) {
    if (out.length === n) return `${out.join(', ')}, …`;
    out.push(r.value);
  }
  return out.join(', ');
}
