/**
 * Cash dividends per share on each session of the grid, for total-return accounting
 * (docs/accounting.md).
 *
 * Two sources, in this order:
 * 1. an explicit data column `dividend` or `dividends` (an extra CSV column, `AssetColumns.fields`):
 *    the cash paid per share to holders at the previous close, on its ex-date row; empty cells are 0;
 * 2. otherwise derived from Yahoo's `Adj Close`. Yahoo's Close is split- but not dividend-adjusted,
 *    and Adj Close = Close × f, where the factor f steps up at each ex-date. With r_t = AdjClose_t /
 *    Close_t, the dividend on session t (ex-date) is
 *
 *        D_t = Close_t × (r_t / r_{t−1} − 1)        (t−1 = the asset's previous session with a bar)
 *
 *    Why it is exact: a holding of q shares from the close of t−1 is worth q·Close_t + q·D_t at t's
 *    close, i.e. q·Close_{t−1} × (Close_t·r_t) / (Close_{t−1}·r_{t−1}) = q·Close_{t−1} × AdjClose_t /
 *    AdjClose_{t−1}. Reinvested at t's close, the holding therefore grows exactly as Adj Close. The
 *    float32 rounding of the published numbers makes r wobble by ~1e-7 between ex-dates; those tiny
 *    amounts are kept (not snapped to 0), because dropping them is what would break the identity.
 *    Where a file has no Adj Close the loader sets it to Close, so r = 1 and D = 0 (price only).
 *
 * Sessions without a bar get NaN-free 0: no dividend is paid on a session the asset did not trade;
 * the next bar's ratio picks up any adjustment in between.
 */
import type { AssetColumns } from '../features/types.js';

/** Extra-field names read as an explicit dividend-per-share column, in order of preference. */
export const DIVIDEND_FIELDS: readonly string[] = ['dividend', 'dividends'];

/** `D_t = close_t × (r_t/r_prev − 1)` with `r = adjClose/close` (0 where either is missing). */
export function dividendsFromAdjClose(close: ArrayLike<number>, adjClose: ArrayLike<number>): Float64Array {
  const out = new Float64Array(close.length);
  let prev = Number.NaN;
  for (let i = 0; i < close.length; i++) {
    const c = close[i]!;
    const r = adjClose[i]! / c;
    if (!Number.isFinite(r) || !(c > 0)) continue;
    if (Number.isFinite(prev)) out[i] = c * (r / prev - 1);
    prev = r;
  }
  return out;
}

/**
 * Computed once per columns object: a loaded panel's columns never change, and a sweep's points (or a
 * service's evaluations) share one panel, so each would otherwise derive the same series again.
 */
const computed = new WeakMap<AssetColumns, Float64Array>();

/**
 * Dividend per share of one asset on each grid session (explicit column first, else derived). The
 * same array for the same columns object: read it, never write to it.
 */
export function dividendsOf(columns: AssetColumns): Float64Array {
  let d = computed.get(columns);
  if (d === undefined) {
    d = computeDividends(columns);
    computed.set(columns, d);
  }
  return d;
}

function computeDividends(columns: AssetColumns): Float64Array {
  for (const name of DIVIDEND_FIELDS) {
    const col = columns.fields.get(name);
    if (col) {
      const out = new Float64Array(col.length);
      for (let i = 0; i < col.length; i++) {
        const d = col[i]!;
        // A dividend only counts on a session with a bar (a held asset is priced by its close).
        if (Number.isFinite(d) && Number.isFinite(columns.close[i]!)) out[i] = d;
      }
      return out;
    }
  }
  return dividendsFromAdjClose(columns.close, columns.adjClose);
}

/**
 * A total-return index over grid sessions `[from, end)`: starts at the first close and grows by
 * `(close_t + D_t) / close_prev` (dividends reinvested at the close, as a daily-rebalanced holding
 * would). Sessions before the first bar are NaN; sessions without a bar repeat the last level.
 * With `dividends` all 0 it is the close itself (the price-return index).
 */
export function totalReturnIndex(
  close: ArrayLike<number>,
  dividends: ArrayLike<number>,
  from: number,
  end: number,
): Float64Array {
  const out = new Float64Array(Math.max(0, end - from)).fill(Number.NaN);
  let level = Number.NaN;
  let prevClose = Number.NaN;
  for (let i = from; i < end; i++) {
    const c = close[i]!;
    if (Number.isFinite(c)) {
      level = Number.isFinite(level) ? (level * (c + dividends[i]!)) / prevClose : c;
      prevClose = c;
    }
    out[i - from] = level;
  }
  return out;
}
