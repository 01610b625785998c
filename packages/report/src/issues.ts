/**
 * Issues grouped by kind with their locations, for the report. Deliberately tolerant of the shape:
 * it takes any list of issue objects (execution issues `{code, t, assetId, message}`, data issues
 * `{code, file, line, count, locations}`, the run's grouped issues `{code, source, count, locations}`, or
 * later shapes with `kind`), or an object whose values are such lists (`{data: […], execution: […]}`),
 * and groups by source (the item's own `source` first) and `kind` (else `code`).
 */

/** One kind of issue: how often it occurred, where (first locations) and what it said. */
export interface IssueGroup {
  source: string;
  kind: string;
  severity: string;
  count: number;
  /** `file:line (day, asset)`-style places, at most MAX_LOCATIONS. */
  locations: string[];
  /** Distinct messages, at most MAX_MESSAGES. */
  messages: string[];
  /** Distinct hints (how to fix or silence it). */
  hints: string[];
}

export const MAX_LOCATIONS = 50;
export const MAX_MESSAGES = 5;

type Loose = Record<string, unknown>;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;

/** A place as `file:line`, with the day and asset in brackets when known. */
function placeOf(o: Loose): string | undefined {
  const file = text(o.file);
  const line = text(o.line);
  const col = text(o.column);
  const at = file ? `${file}${line ? `:${line}${col ? `:${col}` : ''}` : ''}` : undefined;
  const day = text(o.day) ?? text(o.t) ?? (o.t instanceof Date ? o.t.toISOString().slice(0, 10) : undefined);
  const asset = text(o.assetId) ?? text(o.asset);
  const pointer = text(o.pointer);
  const extra = [day, asset, pointer].filter((x) => x !== undefined).join(' ');
  if (at) return extra ? `${at} (${extra})` : at;
  return text(o.location) ?? (extra || undefined);
}

/** Flatten the accepted shapes into (source, issue) pairs. */
function entries(issues: unknown, source: string): [string, Loose][] {
  if (Array.isArray(issues)) {
    return issues.filter((x): x is Loose => typeof x === 'object' && x !== null).map((x) => [source, x]);
  }
  if (issues instanceof Map) return [...issues].flatMap(([k, v]) => entries(v, String(k)));
  if (typeof issues === 'object' && issues !== null) {
    return Object.keys(issues).flatMap((k) => entries((issues as Loose)[k], k));
  }
  return [];
}

/** Group issues by (source, kind); groups sorted by source then kind, locations in input order. */
export function groupIssues(issues: unknown, source = 'execution'): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const [given, o] of entries(issues, source)) {
    const src = text(o.source) ?? given;
    const kind = text(o.kind) ?? text(o.code) ?? 'issue';
    const key = `${src}\u0000${kind}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        source: src,
        kind,
        severity: text(o.severity) ?? 'warning',
        count: 0,
        locations: [],
        messages: [],
        hints: [],
      };
      groups.set(key, g);
    }
    g.count += typeof o.count === 'number' ? o.count : 1;
    // A group's asset applies to each of its locations (the run's issues keep it on the group).
    const asset = text(o.asset) ?? text(o.assetId);
    const place = (l: unknown) =>
      typeof l === 'object' && l !== null
        ? placeOf({ ...(asset ? { asset } : {}), ...(l as Loose) })
        : text(l);
    const list = Array.isArray(o.locations) ? o.locations : Array.isArray(o.first) ? o.first : undefined;
    const places = list ? list.map(place) : [placeOf(o)];
    for (const p of places) if (p && g.locations.length < MAX_LOCATIONS) g.locations.push(p);
    const hint = text(o.hint);
    if (hint && !g.hints.includes(hint)) g.hints.push(hint);
    const message = text(o.message);
    if (message && g.messages.length < MAX_MESSAGES && !g.messages.includes(message))
      g.messages.push(message);
  }
  return [...groups.values()].sort((a, b) =>
    a.source !== b.source ? (a.source < b.source ? -1 : 1) : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0,
  );
}
