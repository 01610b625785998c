/**
 * Data contracts of seed 003 (`Asset`, `Bar`, `DataFeed`, `DateRange`, `Frequency`) plus the
 * point-in-time extensions the v1 language needs (index membership and index events).
 */

/** A tradable instrument. `id` is the stable key (ties are broken by it); `symbol` names the data file. */
export interface Asset {
  id: string;
  symbol: string;
  exchange?: string;
}

/** Bar frequency. Features are always computed daily (seed 003). */
export type Frequency = '1d';

/** Half-open range `[from, to)` of midnight-UTC days. */
export interface DateRange {
  from: Date;
  to: Date;
}

/** One daily bar. `t` is the session's midnight-UTC date. Extra data columns go in `fields`. */
export interface Bar {
  t: Date;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  adjClose?: number;
  fields?: Record<string, number>;
}

/** An asset's membership of a named index: member on `[from, to)`; `to` undefined = still a member. */
export interface Membership {
  asset: Asset;
  from: Date;
  to?: Date;
}

/** An index change. `date` is when it takes effect; `knownAt` when the market learnt of it. */
export interface IndexEvent {
  type: 'index_add' | 'index_remove';
  index: string;
  asset: Asset;
  date: Date;
  knownAt: Date;
}

/** Where bars (and optionally point-in-time universes and events) come from. */
export interface DataFeed {
  /** Bars of `asset` with `t` in `range`, ascending. */
  bars(asset: Asset, range: DateRange, freq: Frequency): AsyncIterable<Bar>;
  /** Membership intervals of a named index overlapping `range` (dynamic universes). */
  members?(index: string, range: DateRange): Promise<Membership[]>;
  /** Index add/remove events whose `knownAt` or `date` falls in `range`. */
  events?(index: string, range: DateRange): Promise<IndexEvent[]>;
}
