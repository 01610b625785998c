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
 *
 * Assets are independent, so the load can be split among threads (`helpers`): every thread claims
 * chunks of assets through one shared counter, writes their standard columns straight into the
 * shared block and returns the rest (warnings, extra fields, a variant's own columns) as plain data,
 * which is merged in asset order. The source is the same whichever thread loaded which asset.
 */
import type { DataIssue, Panel, SessionGrid } from '../features/types.js';
import { makeSessionGrid } from './grid.js';
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
  /**
   * Other threads that take part in the load (only with `shared`): given the task, start
   * `loadPanelSlices(feed, task)` on each (over a feed of the same data) and return their results.
   * The calling thread loads too, so a helper that starts late just claims fewer assets.
   */
  helpers?: (task: PanelSliceTask) => Promise<AssetLoad[]>[];
}

/** What every thread of one build shares (plain data and shared buffers: it crosses threads). */
export interface PanelSliceTask {
  /** The assets, sorted by id (the source's order). */
  assets: Asset[];
  /** Each grid as its days and warm-up, widest first; `start` is where it begins on the widest. */
  grids: { days: Int32Array; start: number; warmup: number }[];
  to: number;
  policy: DataPolicy;
  shared: boolean;
  /** The widest grid's standard columns: field-major, then asset, then day. */
  standard: Float64Array;
  /** Next chunk to claim (Atomics), and the assets per chunk. */
  next: Int32Array;
  chunk: number;
}

/** One asset's load on every grid of a task (plain data). */
export interface AssetLoad {
  /** The asset's index in the task. */
  k: number;
  /** Per grid, in the task's order: did it load, its warnings, its extra field names, its own columns. */
  grids: {
    loaded: boolean;
    issues: DataIssue[];
    fields: string[];
    own?: { standard: Float64Array; fields: string[]; extra: Float64Array };
  }[];
  /** The widest grid's extra columns, by name. */
  extra: [string, Float64Array][];
}

/** True when `short` is `long` with some sessions cut from the front. */
function isSuffix(short: Int32Array, long: Int32Array): boolean {
  const offset = long.length - short.length;
  if (offset < 0) return false;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[offset + i]) return false;
  return true;
}

/** NaN-equal (Object.is) comparison of `a` with `b[at, at + a.length)` (absent `b`: all NaN). */
function same(a: Float64Array, b: Float64Array | undefined, at: number): boolean {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b ? b[at + i] : Number.NaN)) return false;
  return true;
}

/**
 * Load the task's assets, chunk by chunk, until none is left to claim; returns what was loaded here.
 * Any thread runs it, over its own feed of the same data.
 */
export async function loadPanelSlices(feed: DataFeed, task: PanelSliceTask): Promise<AssetLoad[]> {
  const grids = task.grids.map((g) => makeSessionGrid(g.days, g.warmup));
  const to = new Date(task.to);
  const out: AssetLoad[] = [];
  const nA = task.assets.length;
  for (;;) {
    const from = Atomics.add(task.next, 0, 1) * task.chunk;
    if (from >= nA) return out;
    for (let k = from; k < Math.min(nA, from + task.chunk); k++) {
      out.push(await loadAsset(feed, task, grids, to, k));
    }
  }
}

/**
 * Asset k on every grid: the widest (start 0, always first) writes the standard block, the others
 * are compared with it and keep columns of their own only where they differ.
 */
async function loadAsset(
  feed: DataFeed,
  task: PanelSliceTask,
  grids: readonly SessionGrid[],
  to: Date,
  k: number,
): Promise<AssetLoad> {
  const asset = task.assets[k]!;
  const nA = task.assets.length;
  const nD = task.grids[0]?.days.length ?? 0;
  const alloc = (bytes: number) => (task.shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const result: AssetLoad = { k, grids: [], extra: [] };
  let baseFields: ReadonlyMap<string, Float64Array> = new Map();
  for (let vi = 0; vi < grids.length; vi++) {
    const start = task.grids[vi]!.start;
    let panel: Panel | undefined;
    try {
      panel = await loadPanelOnGrid(feed, [asset], grids[vi]!, to, { policy: task.policy });
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
    }
    const cols = panel?.columns[0];
    const entry: AssetLoad['grids'][number] = {
      loaded: cols !== undefined,
      issues: panel ? [...panel.issues] : [],
      fields: cols ? [...cols.fields.keys()] : [],
    };
    result.grids.push(entry);
    if (!cols) continue;
    if (start === 0) {
      STANDARD_FIELDS.forEach((f, s) => {
        task.standard.set(cols[f], (s * nA + k) * nD);
      });
      baseFields = cols.fields;
      result.extra = [...cols.fields];
      continue;
    }
    const sameStandard = STANDARD_FIELDS.every((f, s) =>
      same(cols[f], task.standard, (s * nA + k) * nD + start),
    );
    const sameFields = [...cols.fields].every(
      ([name, col]) => baseFields.has(name) && same(col, baseFields.get(name), start),
    );
    if (sameStandard && sameFields) continue;
    const n = nD - start;
    const ownStandard = new Float64Array(alloc(STANDARD_FIELDS.length * n * 8));
    STANDARD_FIELDS.forEach((f, s) => {
      ownStandard.set(cols[f], s * n);
    });
    const fields = [...cols.fields.keys()].sort();
    const ownExtra = new Float64Array(alloc(fields.length * n * 8));
    fields.forEach((name, f) => {
      ownExtra.set(cols.fields.get(name)!, f * n);
    });
    entry.own = { standard: ownStandard, fields, extra: ownExtra };
  }
  return result;
}

/**
 * The calling thread's loads plus the helpers' until every asset is accounted for. Once the calling
 * thread has run out of chunks, every chunk is claimed: only helpers that claimed some are waited
 * for, and a helper still starting (a worker loading its modules) claims none and is not waited for.
 */
async function withHelpers(
  own: AssetLoad[],
  helping: Promise<AssetLoad[]>[],
  nA: number,
): Promise<AssetLoad[]> {
  const loads = [...own];
  // Settled outcomes by helper, so a helper left behind never leaves an unhandled rejection.
  const waiting = new Map(
    helping.map((p, h) => [
      h,
      p.then(
        (value) => ({ h, value, failed: false, error: undefined as unknown }),
        (error: unknown) => ({ h, value: [] as AssetLoad[], failed: true, error }),
      ),
    ]),
  );
  while (loads.length < nA && waiting.size > 0) {
    const next = await Promise.race(waiting.values());
    if (next.failed) throw next.error;
    waiting.delete(next.h);
    loads.push(...next.value);
  }
  return loads;
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
  const shared = options.shared !== false;
  const alloc = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
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
  const task: PanelSliceTask = {
    assets: sorted.map((a) => ({ ...a })),
    grids: starts.map((start) => {
      const g = byStart.get(start)!;
      return { days: g.days, start, warmup: g.start };
    }),
    to: to.getTime(),
    policy,
    shared,
    standard,
    next: new Int32Array(alloc(4)),
    // Small chunks: threads that start late or parse large files still finish together.
    chunk: 4,
  };
  const helping = shared && options.helpers && nA > task.chunk ? options.helpers(task) : [];
  const loads = await withHelpers(await loadPanelSlices(feed, task), helping, nA);
  loads.sort((a, b) => a.k - b.k);
  if (loads.length !== nA || loads.some((l, k) => l.k !== k)) {
    // Every chunk is claimed exactly once, so this is a helper that did not report its part.
    throw new Error(`buildPanelSource: ${loads.length} loads for ${nA} assets`);
  }

  const variants: PanelVariantData[] = starts.map((start) => ({
    start,
    loaded: new Uint8Array(nA),
    fieldPresent: new Uint8Array(0),
    issues: [],
    own: [],
  }));
  const fieldNames: string[][][] = variants.map(() => []); // per variant, per asset
  const baseFields: ReadonlyMap<string, Float64Array>[] = []; // extra columns until all names are known
  for (const load of loads) {
    const k = load.k;
    baseFields.push(new Map(load.extra));
    load.grids.forEach((g, vi) => {
      const v = variants[vi]!;
      v.issues.push(g.issues);
      fieldNames[vi]!.push(g.fields);
      if (g.loaded) v.loaded[k] = 1;
      if (g.own) v.own.push({ asset: k, ...g.own });
    });
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
    assets: task.assets,
    present,
    standard,
    extraFields,
    extra,
    variants,
  });
}
