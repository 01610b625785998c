/**
 * The object API takes plain JSON data: own enumerable properties of plain objects (prototype
 * `Object.prototype` or null) and arrays, holding strings, finite numbers, booleans and null.
 * Checked first, by one iterative walk that visits every object once, so a cycle, a getter or a
 * typed array becomes a diagnostic with its pointer instead of a hang, a side effect or a check of
 * inherited methods. An object reachable twice (a shared constant) is a `shared-reference` warning
 * (one, counting them all): it is validated as the JSON it stands for, once per path, so sharing
 * cannot hide an exponentially large document.
 */
import { type Diagnostic, DiagnosticCode, error, escapeToken, warning } from '../diagnostics/index.js';
import { LIMITS } from './limits.js';

interface Frame {
  value: object;
  parent: Frame | undefined;
  token: string;
  keys: string[];
  next: number;
  /** Values in this subtree so far, counted as JSON (shared objects once per path). */
  size: number;
}

function pointerOf(frame: Frame | undefined, last?: string): string {
  const tokens: string[] = last === undefined ? [] : [last];
  for (let f = frame; f?.parent; f = f.parent) tokens.push(f.token);
  let out = '';
  for (let i = tokens.length - 1; i >= 0; i--) out += `/${escapeToken(tokens[i]!)}`;
  return out;
}

/** What a non-plain object is, for messages: `a Uint8Array`, `a Map`, `an object with prototype Foo`. */
function describeObject(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag !== 'Object') return /^[AEIO]/.test(tag) ? `an ${tag}` : `a ${tag}`;
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
  const name = proto && Object.hasOwn(proto, 'constructor') ? proto.constructor?.name : undefined;
  return typeof name === 'string' && name !== '' ? `an instance of ${name}` : 'an object with a prototype';
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value)) return proto === Array.prototype;
  return proto === Object.prototype || proto === null;
}

/** Why a non-object value is not JSON, or undefined when it is. */
function scalarProblem(value: unknown, inArray: boolean): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${value} is not a JSON number`;
    case 'undefined':
      // an undefined property is absent (as JSON.stringify drops it); an array has no such item
      return inArray ? 'undefined is not a JSON value (use null)' : undefined;
    case 'object':
      return value === null ? undefined : 'an object';
    default:
      return `a ${typeof value} is not a JSON value`;
  }
}

const MAX_FINDINGS = 100;

/**
 * Diagnostics for everything in `input` that is not plain JSON data, or `[]`. Never reads a getter,
 * never follows an edge twice out of the same object, and stops after {@link MAX_FINDINGS}.
 */
export function checkPlainData(input: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  try {
    walk(input, out);
  } catch (e) {
    // a Proxy or an exotic object whose traps throw: its own fault, reported as such
    const message = e instanceof Error ? e.message : String(e);
    out.push(error(DiagnosticCode.notJson, '', `the spec could not be read as data: ${message}`));
  }
  return out;
}

function walk(input: unknown, out: Diagnostic[]): void {
  if (input === null || typeof input !== 'object') {
    const problem = scalarProblem(input, true);
    if (problem) out.push(error(DiagnosticCode.notJson, '', `the spec is not JSON data: ${problem}`));
    return;
  }
  /** Objects finished (with their JSON size) or on the current path (size undefined). */
  const seen = new Map<object, number | undefined>();
  /** The frame each object was first opened in, to name it when it is met again. */
  const firstAt = new Map<object, Frame>();
  let shared = 0;
  let firstShared: { at: string; target: string } | undefined;
  const open = (value: object, parent: Frame | undefined, token: string): Frame | undefined => {
    if (!isPlain(value)) {
      out.push(
        error(
          DiagnosticCode.notJson,
          pointerOf(parent, parent ? token : undefined),
          `${describeObject(value)} is not plain JSON data`,
          {
            hint: 'pass plain objects and arrays (e.g. the result of JSON.parse); inherited properties are not read',
          },
        ),
      );
      return undefined;
    }
    seen.set(value, undefined);
    const keys = Array.isArray(value)
      ? Array.from({ length: value.length }, (_, i) => String(i))
      : Object.keys(value);
    const frame: Frame = { value, parent, token, keys, next: 0, size: 1 };
    firstAt.set(value, frame);
    return frame;
  };
  let top = open(input, undefined, '');
  let tooLarge = false;
  while (top && out.length < MAX_FINDINGS) {
    const frame = top;
    if (frame.next >= frame.keys.length) {
      seen.set(frame.value, frame.size);
      top = frame.parent;
      if (top) top.size += frame.size;
      if (!tooLarge && frame.size > LIMITS.values) {
        tooLarge = true;
        out.push(
          error(
            DiagnosticCode.tooLarge,
            pointerOf(frame),
            `this value stands for more than ${LIMITS.values} JSON values: objects reached through shared references count once per place they appear`,
            {
              hint: 'give each place its own copy (structuredClone), or share less',
              params: { limit: LIMITS.values },
            },
          ),
        );
        break;
      }
      continue;
    }
    const key = frame.keys[frame.next++]!;
    const inArray = Array.isArray(frame.value);
    const desc = Object.getOwnPropertyDescriptor(frame.value, key);
    if (desc === undefined) {
      // only arrays get here: a hole in a sparse array
      out.push(
        error(DiagnosticCode.notJson, pointerOf(frame, key), `item ${key} is missing (a sparse array)`),
      );
      continue;
    }
    if (desc.get !== undefined || desc.set !== undefined) {
      out.push(
        error(
          DiagnosticCode.notJson,
          pointerOf(frame, key),
          `'${key}' is a getter or setter, not a data property`,
          {
            hint: 'pass plain data: the validator never calls accessors',
          },
        ),
      );
      continue;
    }
    const child: unknown = desc.value;
    if (child === null || typeof child !== 'object') {
      const problem = scalarProblem(child, inArray);
      if (problem) out.push(error(DiagnosticCode.notJson, pointerOf(frame, key), `${problem}`));
      else frame.size += 1;
      continue;
    }
    if (seen.has(child)) {
      const size = seen.get(child);
      if (size === undefined) {
        // on the current path: following it would never end
        let ancestor: Frame | undefined = frame;
        while (ancestor && ancestor.value !== child) ancestor = ancestor.parent;
        const at = pointerOf(ancestor);
        out.push(
          error(
            DiagnosticCode.notJson,
            pointerOf(frame, key),
            `a cycle: this value contains itself (it is the value at '${at || '/'}')`,
            {
              hint: 'JSON is a tree: replace the back reference by a copy or remove it',
              params: { target: at },
            },
          ),
        );
      } else {
        frame.size += size;
        shared++;
        firstShared ??= { at: pointerOf(frame, key), target: pointerOf(firstAt.get(child)) };
      }
      continue;
    }
    const next = open(child, frame, key);
    if (next) top = next;
  }
  if (firstShared !== undefined && out.length === 0) {
    const { at, target } = firstShared;
    out.push(
      warning(
        DiagnosticCode.sharedReference,
        at,
        `this object is also the value at '${target || '/'}'${shared > 1 ? ` (${shared} shared references in all)` : ''}: validated and run as if each place held its own copy`,
        {
          hint: 'JSON text cannot share objects; give each place its own copy (structuredClone) if they are meant to differ',
          params: { target, count: shared },
        },
      ),
    );
  }
}
