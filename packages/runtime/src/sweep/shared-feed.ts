/**
 * The feed a sweep worker runs on when the main thread has loaded the data once (share.ts): panels
 * come from the shared `PanelSource` (views of SharedArrayBuffers, no CSV read), index memberships and
 * events from the lists the main thread resolved. Whatever the shared data cannot answer exactly (a
 * warm-up or asset it was not built for, another data policy) goes to a CSV feed over the same folder,
 * created on first use (a store: a StoreFeed), so a row never depends on whether the data was shared.
 */
import type { LocatingFeed } from '../data/memory-feed.js';
import { type LoadPanelOptions, loadPanelOnGrid } from '../data/panel.js';
import type { PanelFeed } from '../data/panel-feed.js';
import type { PanelSource, PanelSourceFeed } from '../data/panel-source.js';
import type { SourceLocation } from '../data/policy.js';
import type { FolderFeed } from '../data/store/data-folder.js';
import type { Asset, Bar, DateRange, Frequency, IndexEvent, Membership } from '../data/types.js';
import type { Panel, SessionGrid } from '../features/types.js';
import { eventsTouching, membershipsOverlapping } from '../universe/in-range.js';

/** An index's whole membership history and events, as the CSV feed reads them. */
export interface SharedIndex {
  name: string;
  memberships: Membership[];
  events: IndexEvent[];
}

/** A feed over shared, already loaded data, with a CSV feed behind it for anything else. */
export class SharedPanelFeed implements LocatingFeed, PanelSourceFeed, PanelFeed {
  private readonly indexes: ReadonlyMap<string, SharedIndex>;
  private csvFeed: FolderFeed | undefined;
  /** Times the CSV feed behind was needed (for tests: 0 means no data file was touched). */
  fallbacks = 0;

  constructor(
    private readonly source: PanelSource,
    indexes: readonly SharedIndex[],
    private readonly createCsvFeed: () => FolderFeed,
  ) {
    this.indexes = new Map(indexes.map((i) => [i.name, i]));
  }

  private csv(): FolderFeed {
    this.fallbacks++;
    this.csvFeed ??= this.createCsvFeed();
    return this.csvFeed;
  }

  panelSource(): PanelSource {
    return this.source;
  }

  has(asset: Asset): boolean {
    return this.source.has(asset) ?? this.csv().has(asset);
  }

  locate(asset: Asset, bar: Bar): SourceLocation | undefined {
    return this.csv().locate(asset, bar);
  }

  bars(asset: Asset, range: DateRange, freq: Frequency): AsyncIterable<Bar> {
    return this.csv().bars(asset, range, freq);
  }

  /**
   * A panel the shared source declined (`loadPanelOnGrid` asks the source first): loaded from the
   * feed behind, so a store replays its import's warnings as it does outside a sweep.
   */
  loadPanelOnGrid(
    assets: readonly Asset[],
    grid: SessionGrid,
    to: Date,
    options: LoadPanelOptions,
  ): Promise<Panel> {
    return loadPanelOnGrid(this.csv(), assets, grid, to, options);
  }

  async members(index: string, range: DateRange): Promise<Membership[]> {
    const shared = this.indexes.get(index);
    return shared ? membershipsOverlapping(shared.memberships, range) : this.csv().members(index, range);
  }

  async events(index: string, range: DateRange): Promise<IndexEvent[]> {
    const shared = this.indexes.get(index);
    return shared ? eventsTouching(shared.events, range) : this.csv().events(index, range);
  }
}
