/**
 * The cash that moves without a trade at the start of each session (docs/accounting.md):
 * - dividends: Σ q·D_t over holdings at the previous close (`total` returns only; shorts pay);
 * - borrow fee: Σ over shorts of |q|·close_{t−1} × bps/1e4 × days/365.25;
 * - interest: cash_{t−1} × ((1 + rate)^(days/365.25) − 1), or cash_{t−1} × (L_t/L_{t−1} − 1) with L
 *   the cash proxy's total-return index.
 * `days` is the calendar days since the previous session. The first session of a run accrues no fee
 * or interest (nothing was held before it inside the run) but does receive dividends of initial
 * positions. Typed arrays only: one pass per session, no per-session allocation.
 */
import { DIVIDEND_FIELDS, dividendsOf, totalReturnIndex } from '../data/dividends.js';
import type { ExecutionIssue, ResolvedExecution } from '../execute/types.js';
import type { AssetColumns, Panel } from '../features/types.js';
import { DAYS_PER_YEAR } from '../metrics/returns.js';

/** Per-session amounts of one run (positive = cash received). */
export class SessionCashFlows {
  /** Net dividends of the last `apply` (received on longs minus paid on shorts). */
  dividends = 0;
  /** Borrow fee of the last `apply` (≥ 0, paid). */
  borrowFee = 0;
  /** Interest of the last `apply` (received when cash > 0, paid when cash < 0). */
  interest = 0;
  private readonly perShare: (Float64Array | undefined)[];
  private readonly proxyLevel: Float64Array | undefined;
  private missingProxy = 0;
  private firstMissing = -1;
  private lastMissing = -1;
  /** Held assets whose data carries no dividend information (total return = price return for them). */
  private readonly withoutDividends: string[] = [];

  /**
   * @param proxy the cash proxy's columns on the same grid, when `cashInterest` names an asset that is
   *   not in the panel (a dynamic universe that does not list it); by default it is looked up there.
   */
  constructor(
    private readonly panel: Panel,
    private readonly execution: ResolvedExecution,
    proxy?: AssetColumns,
  ) {
    this.perShare = new Array(panel.assets.length).fill(undefined);
    const ci = execution.cashInterest;
    if (typeof ci === 'object') {
      const col = proxy ?? panel.columns.find((c) => c.asset.id === ci.asset);
      if (!col) throw new RangeError(`cash proxy '${ci.asset}' is neither in the panel nor given`);
      this.proxyLevel = totalReturnIndex(col.close, dividendsOf(col), 0, col.close.length);
    }
  }

  /**
   * The flows entering grid session `i` for holdings `qty` (by panel asset) and `cash` held at the
   * previous close, with `mark` the previous closes. Returns the net change of cash.
   * @param accrue false on the first session of a run (no elapsed holding period).
   * @param held the indices of the non-zero quantities, ascending (default: every asset is looked at).
   */
  apply(
    i: number,
    qty: Float64Array,
    cash: number,
    mark: Float64Array,
    accrue: boolean,
    held?: Int32Array,
  ): number {
    const { execution, panel } = this;
    const days = accrue && i > 0 ? panel.grid.days[i]! - panel.grid.days[i - 1]! : 0;
    const years = days / DAYS_PER_YEAR;
    let dividends = 0;
    let fee = 0;
    const n = held ? held.length : qty.length;
    for (let h = 0; h < n; h++) {
      const k = held ? held[h]! : h;
      const q = qty[k]!;
      if (q === 0) continue;
      if (execution.returns === 'total') {
        let d = this.perShare[k];
        if (d === undefined) d = this.perShare[k] = this.dividendsOf(k);
        dividends += q * d[i]!;
      }
      if (q < 0 && years > 0 && execution.borrowFeeBps > 0)
        fee += -q * mark[k]! * (execution.borrowFeeBps / 1e4) * years;
    }
    let interest = 0;
    if (years > 0 && cash !== 0) {
      const ci = execution.cashInterest;
      if (typeof ci === 'number') {
        if (ci !== 0) interest = cash * ((1 + ci) ** years - 1);
      } else {
        const growth = this.proxyLevel![i]! / this.proxyLevel![i - 1]!;
        if (Number.isFinite(growth)) interest = cash * (growth - 1);
        else this.noteMissingProxy(i);
      }
    }
    this.dividends = dividends;
    this.borrowFee = fee;
    this.interest = interest;
    return dividends - fee + interest;
  }

  /** Dividends of asset k, noting an asset whose data has none (no column, Adj Close = Close throughout). */
  private dividendsOf(k: number): Float64Array {
    const columns = this.panel.columns[k]!;
    const d = dividendsOf(columns);
    if (!DIVIDEND_FIELDS.some((f) => columns.fields.has(f)) && allZero(d)) {
      this.withoutDividends.push(columns.asset.id);
    }
    return d;
  }

  private noteMissingProxy(i: number): void {
    if (this.missingProxy++ === 0) this.firstMissing = i;
    this.lastMissing = i;
  }

  /**
   * Issues of the run: held assets without dividend data (their "total" return is the price return),
   * and sessions on which cash earned nothing because the cash proxy had no price yet.
   */
  issues(): ExecutionIssue[] {
    const out: ExecutionIssue[] = [];
    const iso = (i: number) => this.panel.grid.dates[i]!.toISOString().slice(0, 10);
    const none = [...this.withoutDividends].sort();
    if (none.length > 0) {
      const shown = none.slice(0, 5).join(', ') + (none.length > 5 ? `, … (${none.length} in all)` : '');
      out.push({
        code: 'no_dividend_data',
        t: iso(this.panel.grid.start),
        ...(none.length === 1 ? { assetId: none[0]! } : {}),
        message: `no dividend data for held asset(s) ${shown}: no dividend column and Adj Close equals Close throughout (or is absent), so their total return is their price return`,
      });
    }
    if (this.missingProxy === 0) return out;
    const ci = this.execution.cashInterest as { asset: string };
    out.push({
      code: 'no_cash_proxy_price',
      t: iso(this.firstMissing),
      assetId: ci.asset,
      message: `cash earned no interest on ${this.missingProxy} session(s) from ${iso(this.firstMissing)} to ${iso(this.lastMissing)}: the cash proxy ${ci.asset} has no price there (before its first bar)`,
    });
    return out;
  }
}

/** True when every value is 0 (a loop: `every` would box each double for its callback). */
function allZero(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) return false;
  return true;
}
