/** Programmer/spec-shape errors found while compiling a rule tree. */

/** Thrown when a rule tree cannot be compiled against a FeatureSet (a spec validation would have
 *  caught it: unknown feature, per-asset feature in a scalar condition, unknown asset...). */
export class CompileError extends Error {
  /** Stable code for programmatic handling. */
  readonly code: string;
  /** JSON Pointer (into the spec document) of the offending node. */
  readonly pointer: string;
  constructor(code: string, pointer: string, message: string) {
    super(`${message} (at ${pointer})`);
    this.name = 'CompileError';
    this.code = code;
    this.pointer = pointer;
  }
}

/** Escapes one JSON Pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends tokens to a JSON Pointer. */
export function childPointer(pointer: string, ...tokens: (string | number)[]): string {
  let p = pointer;
  for (const t of tokens) p += `/${escapePointerToken(t)}`;
  return p;
}
