/** RFC 6901 JSON Pointers: the address every diagnostic carries. */

/** Escape one reference token (`~` → `~0`, `/` → `~1`). */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Build a pointer from reference tokens. */
export function toPointer(tokens: readonly (string | number)[]): string {
  let out = '';
  for (const t of tokens) out += `/${escapeToken(t)}`;
  return out;
}

/** Split a pointer into its unescaped reference tokens ('' → []). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Append one token to a pointer. */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${escapeToken(token)}`;
}

/** The value a pointer addresses, or `undefined` when it does not resolve (own properties only). */
export function resolvePointer(document: unknown, pointer: string): { found: boolean; value?: unknown } {
  let current: unknown = document;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return { found: false };
      const desc =
        Number(token) < current.length ? Object.getOwnPropertyDescriptor(current, token) : undefined;
      if (desc === undefined) return { found: false };
      current = desc.value;
    } else if (current !== null && typeof current === 'object') {
      // through the descriptor: a getter is found but never called
      const desc = Object.getOwnPropertyDescriptor(current, token);
      if (desc === undefined) return { found: false };
      current = desc.value;
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}
