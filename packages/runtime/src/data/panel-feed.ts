/**
 * A feed that serves whole panels itself (a columnar store, store/store-feed.ts): `loadPanelOnGrid`
 * hands such a feed the request instead of reading its bars one by one.
 */
import type { Panel, SessionGrid } from '../features/types.js';
import type { LoadPanelOptions } from './panel.js';
import type { Asset, DataFeed } from './types.js';

/** A DataFeed that loads panels itself, with the same contract as `loadPanelOnGrid`. */
export interface PanelFeed extends DataFeed {
  loadPanelOnGrid(
    assets: readonly Asset[],
    grid: SessionGrid,
    to: Date,
    options: LoadPanelOptions,
  ): Panel | Promise<Panel>;
}

/** True when `feed` serves panels itself. */
export function isPanelFeed(feed: DataFeed): feed is PanelFeed {
  return typeof (feed as Partial<PanelFeed>).loadPanelOnGrid === 'function';
}
