/**
 * Build a `PanelSource` by running the real loader (`loadPanelOnGrid`) once per asset and grid:
 * the widest grid fills the shared column blocks, every other grid (a smaller warm-up over the same
 * range) is recorded as a variant — its warnings, and its own columns only where they differ from the
 * widest grid's cut at its first session. The source so answers exactly what the loader would, with
 * the loader as the only implementation of the data policy.
 *
 * Each asset is loaded on its own, so one asset's fatal data problem (a `DataError`) only marks that
 * asset as not loaded: a request that needs it is declined and goes to the feed, which throws the
 * same error where it always did.
 */
import type { Panel, SessionGrid } from '../features/types.js';
import { isLocatingFeed } from './memory-feed.js';
import { loadPanelOnGrid, sortAssets } from './panel.js';
import { PanelSource, type PanelVariantData, STANDARD_FIELDS, UNKNOWN } from './panel-source.js';
import { DataError, type DataPolicy, DEFAULT_DATA_POLICY } from './policy.js';
import type { Asset, DataFeed } from './types.js';

/** Options of `buildPanelSource`. */
export interface BuildPanelSourceOptions {
  /** Overrides of the default data policy (requests must ask for the same policy to be served). */
  policy?: Partial<DataPolicy>;
  /** Put the column blocks in SharedArrayBuffers, readable by worker threads (default true). */
  shared?: boolean;
}

/** True when `short` is `long` with some sessions cut from the front. */
function isSuffix(short: Int32Array, long: Int32Array): boolean {
  const offset = long.length - short.length;
  if (offset < 0) return false;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[offset + i]) return false;
  return true;
}

/**
 * Load `assets` from `feed` on each of `grids` (bars in `[grid first day, to)`) into one source.
 * Grids that are not a suffix of the widest (a different calendar or range end) are left out:
 * requests on them go to the feed.
 */
export async function buildPanelSource(
  feed: DataFeed,
  assets: readonly Asset[],
  grids: readonly SessionGrid[],
  to: Date,
  options: BuildPanelSourceOptions = {},
): Promise<PanelSource> {
  const policy: DataPolicy = { ...DEFAULT_DATA_POLICY, ...options.policy };
  const alloc = (bytes: number) =>
    options.shared === false ? new ArrayBuffer(bytes) : new SharedArrayBuffer(bytes);
  const sorted = sortAssets(assets);
  const nonEmpty = grids.filter((g) => g.days.length > 0);
  const widest = nonEmpty.reduce<SessionGrid | undefined>(
    (w, g) => (w === undefined || g.days.length > w.days.length ? g : w),
    undefined,
  );
  const nA = sorted.length;
  const nD = widest?.days.length ?? 0;
  const days = new Int32Array(alloc(nD * 4));
  if (widest) days.set(widest.days);
  const byStart = new Map<number, SessionGrid>();
  for (const g of nonEmpty) {
    if (isSuffix(g.days, days) && !byStart.has(nD - g.days.length)) byStart.set(nD - g.days.length, g);
  }
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  const present = new Uint8Array(alloc(nA));
  sorted.forEach((asset, k) => {
    try {
      present[k] = !isLocatingFeed(feed) || feed.has(asset) ? 1 : 0;
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      present[k] = UNKNOWN; // e.g. a symbol that is not a plain ticker: the feed's has() throws
    }
  });
  const standard = new Float64Array(alloc(STANDARD_FIELDS.length * nA * nD * 8));
  const load = async (asset: Asset, grid: SessionGrid): Promise<Panel | undefined> => {
    try {
      return await loadPanelOnGrid(feed, [asset], grid, to, { policy });
    } catch (e) {
      if (e instanceof DataError) return undefined;
      throw e;
    }
  };

  // Asset by asset (a feed that keeps only its last file parses each file once), grid by grid:
  // the widest grid (start 0, always first) writes the standard block, the others are compared with it.
  const variants: PanelVariantData[] = starts.map((start) => ({
    start,
    loaded: new Uint8Array(nA),
    fieldPresent: new Uint8Array(0),
    issues: [],
    own: [],
  }));
  const fieldNames: string[][][] = variants.map(() => []); // per variant, per asset
  const baseFields: ReadonlyMap<string, Float64Array>[] = []; // extra columns until all names are known
  const same = (a: Float64Array, b: Float64Array | undefined, at: number): boolean => {
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b ? b[at + i] : Number.NaN)) return false;
    return true;
  };
  for (let k = 0; k < nA; k++) {
    baseFields.push(new Map());
    for (let vi = 0; vi < variants.length; vi++) {
      const v = variants[vi]!;
      const panel = await load(sorted[k]!, byStart.get(v.start)!);
      v.issues.push(panel ? [...panel.issues] : []);
      const cols = panel?.columns[0];
      fieldNames[vi]!.push(cols ? [...cols.fields.keys()] : []);
      if (!cols) continue;
      v.loaded[k] = 1;
      if (v.start === 0) {
        STANDARD_FIELDS.forEach((f, s) => {
          standard.set(cols[f], (s * nA + k) * nD);
        });
        baseFields[k] = cols.fields;
        continue;
      }
      const base = baseFields[k]!;
      const sameStandard = STANDARD_FIELDS.every((f, s) =>
        same(cols[f], standard, (s * nA + k) * nD + v.start),
      );
      const sameFields = [...cols.fields].every(
        ([name, col]) => base.has(name) && same(col, base.get(name), v.start),
      );
      if (sameStandard && sameFields) continue;
      const n = nD - v.start;
      const ownStandard = new Float64Array(alloc(STANDARD_FIELDS.length * n * 8));
      STANDARD_FIELDS.forEach((f, s) => {
        ownStandard.set(cols[f], s * n);
      });
      const fields = [...cols.fields.keys()].sort();
      const ownExtra = new Float64Array(alloc(fields.length * n * 8));
      fields.forEach((name, f) => {
        ownExtra.set(cols.fields.get(name)!, f * n);
      });
      v.own.push({ asset: k, standard: ownStandard, fields, extra: ownExtra });
    }
  }
  const extraFields = [...new Set(baseFields.flatMap((m) => [...m.keys()]))].sort();
  const nF = extraFields.length;
  const extra = new Float64Array(alloc(nF * nA * nD * 8)).fill(Number.NaN);
  baseFields.forEach((fields, k) => {
    extraFields.forEach((name, f) => {
      const col = fields.get(name);
      if (col) extra.set(col, (f * nA + k) * nD);
    });
  });
  variants.forEach((v, vi) => {
    v.fieldPresent = new Uint8Array(nA * nF);
    fieldNames[vi]!.forEach((names, k) => {
      for (const name of names) {
        const f = extraFields.indexOf(name);
        if (f >= 0) v.fieldPresent[k * nF + f] = 1; // (an own asset's fields are its own)
      }
    });
  });
  baseFields.length = 0;
  return new PanelSource({
    days,
    to: to.getTime(),
    policy,
    assets: sorted.map((a) => ({ ...a })),
    present,
    standard,
    extraFields,
    extra,
    variants,
  });
}
