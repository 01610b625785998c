/**
 * Extra data columns from another source, laid over a feed's bars: seed 001's net payout yield is a
 * fundamental published now and then (monthly, quarterly), not a column of the price files. Each
 * observation is dated by when it was published; a bar at t carries the latest observation dated
 * on or before t (forward fill), so a value is never seen before its publication date.
 */

import { idRecord } from '../ids.js';
import type { Asset, Bar, DataFeed, DateRange, Frequency } from './types.js';

/** One published value. `t` = the day it became known (midnight UTC). */
export interface FieldObservation {
  t: Date;
  value: number;
}

/** A named column and where its observations come from (undefined = none for this asset). */
export interface FieldSource {
  name: string;
  observations(asset: Asset): readonly FieldObservation[] | undefined;
}

/**
 * Wrap `feed` so its bars also carry the `sources`' columns (forward-filled, point in time).
 * Membership and events pass through unchanged.
 */
export function withFields(feed: DataFeed, sources: readonly FieldSource[]): DataFeed {
  const wrapped: DataFeed = {
    async *bars(asset: Asset, range: DateRange, freq: Frequency): AsyncIterable<Bar> {
      const series = sources.map((s) => {
        const obs = [...(s.observations(asset) ?? [])].sort((a, b) => a.t.getTime() - b.t.getTime());
        return { name: s.name, obs, next: 0, value: Number.NaN };
      });
      for await (const bar of feed.bars(asset, range, freq)) {
        // A fresh fields object per bar (the feed may cache its bars, so they are never mutated),
        // prototype-free: field names are data (`__proto__` and `constructor` are ordinary names).
        const fields = idRecord<number>();
        const own = bar.fields;
        if (own) for (const key of Object.keys(own)) fields[key] = own[key]!;
        for (const s of series) {
          while (s.next < s.obs.length && s.obs[s.next]!.t.getTime() <= bar.t.getTime())
            s.value = s.obs[s.next++]!.value;
          fields[s.name] = s.value;
        }
        const out: Bar = {
          t: bar.t,
          open: bar.open,
          high: bar.high,
          low: bar.low,
          close: bar.close,
          volume: bar.volume,
          fields,
        };
        if (bar.adjClose !== undefined) out.adjClose = bar.adjClose;
        yield out;
      }
    },
  };
  if (feed.members) wrapped.members = feed.members.bind(feed);
  if (feed.events) wrapped.events = feed.events.bind(feed);
  return wrapped;
}
