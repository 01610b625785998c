/**
 * Parameter grids: a sweep varies numbers inside a spec, each axis naming the JSON pointers it sets
 * (one axis may set several places, e.g. seed 002's entry offset in both the long and short legs).
 * The grid is the cartesian product of the axes, in axis order (first axis slowest), so point `k`
 * means the same parameters on every run and every machine.
 */
import { idRecord, idRecordOf } from '../ids.js';

/** One swept parameter. */
export interface SweepAxis {
  /** Column name in the result table, e.g. 'entry'. */
  name: string;
  /** JSON pointers (RFC 6901) of the values this parameter replaces. */
  pointers: string[];
  /** The values to try, in order. */
  values: unknown[];
}

/** One grid point: the parameter values by axis name, and the spec with them applied. */
export interface GridPoint {
  index: number;
  params: Record<string, unknown>;
}

/** A sweep definition problem, naming the axis and pointer. */
export class SweepError extends Error {
  override readonly name = 'SweepError';
  constructor(
    readonly code: 'pointer_not_found' | 'empty_axis' | 'duplicate_axis' | 'grid_too_large' | 'bad_range',
    message: string,
  ) {
    super(message);
  }
}

/** Most grid points one sweep may have (a guard against a typo like 0..100000). */
export const MAX_GRID_POINTS = 100_000;

/** Parse a range like `-10..0` or `0..19` (inclusive, step 1) or `0.5..2:0.5` (with a step). */
export function parseRange(text: string): number[] {
  const m = /^(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)(?::(\d+(?:\.\d+)?))?$/.exec(text.trim());
  if (!m) {
    const list = text.split(',').map((s) => Number(s.trim()));
    if (list.length > 0 && list.every((x) => Number.isFinite(x)) && text.trim() !== '') return list;
    throw new SweepError(
      'bad_range',
      `'${text}' is not a range (use a..b, a..b:step or a comma list like 1,2,5)`,
    );
  }
  const [from, to, step] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  if (step <= 0 || to < from)
    throw new SweepError('bad_range', `'${text}': need from <= to and a positive step`);
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_GRID_POINTS) throw new SweepError('grid_too_large', `'${text}' has ${count} values`);
  // computed from the index, not by accumulation, so 0.1 steps do not drift
  return Array.from({ length: count }, (_, k) => Number((from + k * step).toFixed(10)));
}

/** Decode an RFC 6901 pointer into its reference tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/'))
    throw new SweepError('pointer_not_found', `'${pointer}' is not a JSON pointer (must start with /)`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Return a deep copy of `doc` with the value at each pointer replaced; every pointer must exist. */
export function setAtPointers(doc: unknown, pointers: readonly string[], value: unknown): unknown {
  const copy = structuredClone(doc);
  replaceAtPointers(copy, pointers, value);
  return copy;
}

/** Replace, in place, the value at each pointer of `doc` (a copy the caller owns) with a copy of `value`. */
function replaceAtPointers(doc: unknown, pointers: readonly string[], value: unknown): void {
  for (const pointer of pointers) {
    const tokens = pointerTokens(pointer);
    if (tokens.length === 0) throw new SweepError('pointer_not_found', 'cannot replace the whole spec');
    let node: unknown = doc;
    for (let k = 0; k < tokens.length - 1; k++) node = child(node, tokens[k]!, pointer);
    const last = tokens[tokens.length - 1]!;
    child(node, last, pointer); // must exist: a sweep never invents a property
    // Defined, not assigned: a key such as `__proto__` stays an ordinary property. An object value
    // is copied, so a later axis replacing inside it never changes the axis's own value.
    const own = value !== null && typeof value === 'object' ? structuredClone(value) : value;
    Object.defineProperty(node, last, { value: own, writable: true, enumerable: true, configurable: true });
  }
}

function child(node: unknown, token: string, pointer: string): unknown {
  if (node !== null && typeof node === 'object' && Object.hasOwn(node, token)) {
    return (node as Record<string, unknown>)[token];
  }
  throw new SweepError(
    'pointer_not_found',
    `${pointer}: nothing at '${token}' (a sweep only replaces existing values)`,
  );
}

/** The grid points of `axes`, first axis slowest. */
export function expandGrid(axes: readonly SweepAxis[]): GridPoint[] {
  const names = new Set<string>();
  let size = 1;
  for (const axis of axes) {
    if (names.has(axis.name)) throw new SweepError('duplicate_axis', `axis '${axis.name}' is given twice`);
    names.add(axis.name);
    if (axis.values.length === 0) throw new SweepError('empty_axis', `axis '${axis.name}' has no values`);
    size *= axis.values.length;
    if (size > MAX_GRID_POINTS)
      throw new SweepError('grid_too_large', `the grid has more than ${MAX_GRID_POINTS} points`);
  }
  const points: GridPoint[] = [];
  for (let index = 0; index < size; index++) {
    const params = idRecord<unknown>(); // axis names are data (`constructor`, `__proto__`)
    let rest = index;
    for (let a = axes.length - 1; a >= 0; a--) {
      const axis = axes[a]!;
      params[axis.name] = axis.values[rest % axis.values.length];
      rest = Math.floor(rest / axis.values.length);
    }
    // keep axis order in the record for stable JSON
    points.push({ index, params: idRecordOf(axes.map((ax) => [ax.name, params[ax.name]] as const)) });
  }
  return points;
}

/** The spec for one grid point. */
export function specForPoint(spec: unknown, axes: readonly SweepAxis[], point: GridPoint): unknown {
  // one copy for all axes (a sweep plans every point: copying per axis doubled a 2-axis plan's time)
  const doc = structuredClone(spec);
  for (const axis of axes) replaceAtPointers(doc, axis.pointers, point.params[axis.name]);
  return doc;
}
