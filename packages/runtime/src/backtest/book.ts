/**
 * The holdings of a running backtest: quantities by panel asset, the list of held assets, each
 * asset's last close (its mark) and the current weights. Every per-session computation over the
 * holdings lives here, in small synchronous methods: the run loop itself is an async function,
 * which V8 cannot optimise while it runs (no on-stack replacement into a suspended function), so
 * work left in its body would run in the interpreter on a cold run.
 *
 * Marks are brought up to date lazily, asset by asset (the closes since an asset's last mark read
 * backwards to the first finite one): each session only the held assets, and on a rebalance the
 * assets the plan prices. `held` lists the assets with a non-zero quantity in ascending order, so
 * sums over it add in the order a scan over all assets would.
 */
import type { Weights } from '../evaluate/types.js';
import type { Position } from '../execute/types.js';
import type { Panel } from '../features/types.js';
import { idRecord } from '../ids.js';

export class Book {
  /** Quantity held per panel asset. */
  readonly qty: Float64Array;
  /** Last finite close of each asset up to the session it was last brought to (NaN before any). */
  readonly mark: Float64Array;
  /** Panel indices of the non-zero quantities, ascending (a new array whenever they change). */
  held: Int32Array;
  private readonly upTo: Int32Array;
  private weights: Weights = idRecord();
  private weightsOf: Int32Array | undefined;

  constructor(private readonly panel: Panel) {
    const n = panel.assets.length;
    this.qty = new Float64Array(n);
    this.mark = new Float64Array(n).fill(Number.NaN);
    this.upTo = new Int32Array(n).fill(-1);
    this.held = new Int32Array(0);
  }

  /**
   * Asset k's last finite close at or before session i (sessions never go backwards per asset). The
   * sessions since the mark was last brought up are scanned from i backwards: the first finite close
   * found is the last one, so an asset first priced late in a run costs one read, not its history.
   */
  markAt(k: number, i: number): number {
    const from = this.upTo[k]!;
    if (i > from) {
      const close = this.panel.columns[k]!.close;
      for (let s = i; s > from; s--) {
        const c = close[s]!;
        if (c - c === 0) {
          this.mark[k] = c; // finite (inline test: see select.ts)
          break;
        }
      }
      this.upTo[k] = i;
    }
    return this.mark[k]!;
  }

  /** Bring the held assets' marks to session i. */
  markHeld(i: number): void {
    const held = this.held;
    for (let h = 0; h < held.length; h++) this.markAt(held[h]!, i);
  }

  /** Cash plus the held quantities at their marks, added in asset order. */
  value(cash: number): number {
    const { held, qty, mark } = this;
    let v = cash;
    for (let h = 0; h < held.length; h++) v += qty[held[h]!]! * mark[held[h]!]!;
    return v;
  }

  /** Σ |q·mark| over the holdings (gross market value) as of the last `close`. */
  gross = 0;

  /** The session's close in one pass over the holdings: returns `value(cash)` and sets `gross`. */
  close(cash: number): number {
    const { held, qty, mark } = this;
    let v = cash;
    let g = 0;
    for (let h = 0; h < held.length; h++) {
      const x = qty[held[h]!]! * mark[held[h]!]!;
      v += x;
      g += Math.abs(x);
    }
    this.gross = g;
    return v;
  }

  /**
   * Weights q·mark / equity by asset id, in asset order. The same record is returned while the
   * holdings stay the same (only its values change); a new one when they change.
   */
  weightsAt(equity: number): Weights {
    const { held, qty, mark } = this;
    if (this.weightsOf !== held) {
      this.weights = idRecord();
      this.weightsOf = held;
    }
    const assets = this.panel.assets;
    const w = this.weights;
    for (let h = 0; h < held.length; h++) {
      const k = held[h]!;
      w[assets[k]!.id] = (qty[k]! * mark[k]!) / equity;
    }
    return w;
  }

  /**
   * Set the quantities from positions (by asset id) and bring new holdings' marks to session i. Only
   * the previous holdings are cleared: every other quantity is already zero.
   */
  setPositions(positions: readonly Position[], index: ReadonlyMap<string, number>, i: number): void {
    const qty = this.qty;
    const before = this.held;
    for (let h = 0; h < before.length; h++) qty[before[h]!] = 0;
    const held = new Int32Array(positions.length);
    let n = 0;
    for (let p = 0; p < positions.length; p++) {
      const k = index.get(positions[p]!.assetId)!;
      qty[k] = positions[p]!.quantity;
      held[n++] = k;
    }
    // Ascending panel order, as a scan over all assets would list them; an asset listed twice keeps
    // its last quantity (as before) and appears once, a zero quantity not at all.
    held.subarray(0, n).sort();
    let m = 0;
    for (let h = 0; h < n; h++) {
      const k = held[h]!;
      if (qty[k] !== 0 && (m === 0 || held[m - 1] !== k)) held[m++] = k;
    }
    this.held = held.subarray(0, m);
    this.markHeld(i);
  }
}
