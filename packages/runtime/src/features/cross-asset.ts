/**
 * Cross-asset features: a per-asset feature turned into one number per session.
 *
 * `aggregate` over the assets (a named list, or every panel asset) that are members at the session
 * (dynamic universes; a static universe's assets always are):
 * - the per-asset test `where` (value <op> right) is TRUE, FALSE or undefined (a NaN value or right);
 * - all: 0 when some asset fails, else undefined (NaN) when some test is undefined, else 1 — Kleene
 *   logic as `and`; any: 1 when some asset passes, else NaN when some test is undefined, else 0 — as `or`;
 *   over no assets all = 1 and any = 0;
 * - count: the number passing; NaN when some test is undefined (the count is not known);
 * - sum, mean, min, max: over the values (of the assets passing `where`, when given); NaN when some
 *   value (or test) is undefined; over no assets sum = 0 and mean/min/max = NaN.
 * `asset_value`: one asset's series of the per-asset feature.
 * Both are shared by the feature runtime and the tests' references (kept naive on purpose).
 */
import type { AggregateFeature } from '@tactical/spec';

/** The comparison of `where`. */
export type WhereOp = NonNullable<AggregateFeature['where']>['op'];

/** value <op> right, on non-NaN inputs. */
export function whereTest(op: WhereOp, value: number, right: number): boolean {
  switch (op) {
    case 'gt':
      return value > right;
    case 'gte':
      return value >= right;
    case 'lt':
      return value < right;
    case 'lte':
      return value <= right;
    case 'eq':
      return value === right;
    case 'neq':
      return value !== right;
    default:
      throw new Error(`unknown where op ${String(op)}`);
  }
}

/** Inputs of {@link aggregateSeries}. */
export interface AggregateInput {
  op: AggregateFeature['op'];
  /** The per-asset feature's values by panel asset. */
  of: readonly Float64Array[];
  /** Panel positions aggregated over. */
  positions: Int32Array;
  /** Point-in-time membership by panel asset (dynamic universes). */
  membership?: readonly Uint8Array[];
  where?: { op: WhereOp; right: number | Float64Array };
  /** Number of sessions. */
  n: number;
}

/** One aggregate value per session. */
export function aggregateSeries(input: AggregateInput): Float64Array {
  const { op, of, positions, membership, where, n } = input;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const right = where === undefined ? 0 : typeof where.right === 'number' ? where.right : where.right[i]!;
    let pass = 0;
    let fail = 0;
    let undef = 0;
    let count = 0;
    let sum = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < positions.length; k++) {
      const a = positions[k]!;
      if (membership !== undefined && membership[a]![i] !== 1) continue;
      const v = of[a]![i]!;
      if (where !== undefined) {
        if (Number.isNaN(v) || Number.isNaN(right)) {
          undef++;
          continue;
        }
        if (!whereTest(where.op, v, right)) {
          fail++;
          continue;
        }
        pass++;
      } else if (Number.isNaN(v)) {
        undef++;
        continue;
      }
      count++;
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    let r = Number.NaN;
    switch (op) {
      case 'all':
        r = fail > 0 ? 0 : undef > 0 ? Number.NaN : 1;
        break;
      case 'any':
        r = pass > 0 ? 1 : undef > 0 ? Number.NaN : 0;
        break;
      case 'count':
        r = undef > 0 ? Number.NaN : pass;
        break;
      case 'sum':
        r = undef > 0 ? Number.NaN : sum;
        break;
      case 'mean':
        r = undef > 0 || count === 0 ? Number.NaN : sum / count;
        break;
      case 'min':
        r = undef > 0 || count === 0 ? Number.NaN : min;
        break;
      case 'max':
        r = undef > 0 || count === 0 ? Number.NaN : max;
        break;
    }
    out[i] = Number.isFinite(r) ? r : Number.NaN;
  }
  return out;
}
