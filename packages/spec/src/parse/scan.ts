/**
 * One iterative pass over JSON text that finds what `JSON.parse` does not say: the first syntax
 * error with an offset inside the text and a message naming what was found, and every duplicate
 * property name (JSON.parse silently keeps the last). No recursion, so any depth is fine; no values
 * are built, so it costs one read of the text.
 */
import { childPointer } from '../diagnostics/index.js';
import { lineColumnOf } from './position.js';

/** The first syntax error: where (a character offset, always <= text length) and what. */
export interface SyntaxProblem {
  offset: number;
  message: string;
  hint?: string;
}

/** A property name seen twice in one object: the second occurrence, and the first. */
export interface DuplicateKey {
  /** JSON Pointer of the second occurrence. */
  pointer: string;
  key: string;
  /** Offset of the second occurrence's name. */
  offset: number;
  /** Offset of the first occurrence's name. */
  firstOffset: number;
}

export interface ScanResult {
  error?: SyntaxProblem;
  duplicates: DuplicateKey[];
}

interface Container {
  array: boolean;
  /** Pointer token of the value being read inside this container. */
  token: string;
  index: number;
  /** Nothing read yet since the opening bracket. */
  fresh: boolean;
  /** Names seen so far with their offsets (objects only). */
  keys: Map<string, number> | undefined;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

/** Stop collecting duplicates after this many (the validator lists at most 100 diagnostics anyway). */
const MAX_DUPLICATES = 1000;

/** What the character at `i` is, for messages: `'}'`, `'x'`, `the word 'True'`. */
function found(text: string, i: number): string {
  WORD.lastIndex = i;
  const word = WORD.exec(text)?.[0];
  if (word !== undefined && word.length > 1) return `'${word.length > 20 ? `${word.slice(0, 20)}…` : word}'`;
  const cp = text.codePointAt(i)!;
  if (cp < 0x20) return `a control character (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
  return `'${String.fromCodePoint(cp)}'`;
}

/** Scan `text` (BOM already removed). */
export function scanJson(text: string): ScanResult {
  const duplicates: DuplicateKey[] = [];
  const stack: Container[] = [];
  const n = text.length;
  let i = 0;
  const skip = (): void => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  /** End of input while more was needed: located just after the last non-blank character. */
  const endOfInput = (expected: string): ScanResult => {
    let end = n;
    while (end > 0 && WS.has(text.charCodeAt(end - 1))) end--;
    if (end === 0)
      return {
        duplicates,
        error: {
          offset: 0,
          message: 'the file is empty',
          hint: 'a spec is one JSON object: { "kind": "tactical/v1", … }',
        },
      };
    const open =
      stack.length > 0 ? ` (${stack.length} bracket${stack.length === 1 ? '' : 's'} still open)` : '';
    return {
      duplicates,
      error: {
        offset: end,
        message: `unexpected end of file: ${expected} expected${open}`,
        hint: 'the file looks cut short: a closing } or ] (or a value) is missing',
      },
    };
  };
  const fail = (offset: number, message: string, hint?: string): ScanResult => ({
    duplicates,
    error: hint === undefined ? { offset, message } : { offset, message, hint },
  });
  /** Offset just after the string starting at `start`, or a result describing why it does not end. */
  const readString = (start: number): number | ScanResult => {
    let j = start + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c === 0x5c) {
        const e = text[j + 1];
        if (e === undefined) break;
        if (e === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(j + 2, j + 6)))
            return fail(j, 'invalid \\u escape in a string', 'write \\u followed by four hex digits');
          j += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e))
          return fail(
            j,
            `invalid escape '\\${e}' in a string`,
            'escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX',
          );
        j += 2;
        continue;
      }
      if (c === 0x0a || c === 0x0d)
        return fail(
          start,
          "unterminated string: the line ends before its closing '\"'",
          'close the string on the same line (write \\n for a line break)',
        );
      if (c < 0x20)
        return fail(
          j,
          `a control character (U+${c.toString(16).toUpperCase().padStart(4, '0')}) inside a string`,
          'escape it, e.g. \\t for a tab',
        );
      j++;
    }
    return fail(start, "unterminated string: the file ends before its closing '\"'");
  };
  const pointer = (last?: string): string => {
    let p = '';
    for (const c of stack) p = childPointer(p, c.token);
    return last === undefined ? p : childPointer(p, last);
  };

  /** Offset of the ',' just read, while the item or property after it is being read. */
  let commaAt: number | undefined;
  const trailingComma = (c: string): ScanResult => {
    const at = lineColumnOf(text, commaAt!);
    return fail(
      i,
      `trailing comma before '${c}'`,
      `JSON allows no comma after the last ${c === '}' ? 'property' : 'item'}: remove the ',' at ${at.line}:${at.column}`,
    );
  };

  /** Read one value starting at i (after whitespace). Containers push and return. */
  const value = (): ScanResult | undefined => {
    if (i >= n) return endOfInput('a value');
    const c = text[i]!;
    if (c === '{' || c === '[') {
      stack.push({ array: c === '[', token: '0', index: 0, fresh: true, keys: undefined });
      i++;
      return undefined;
    }
    if (c === '"') {
      const end = readString(i);
      if (typeof end !== 'number') return end;
      i = end;
      return undefined;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || m[0] === '-')
        return fail(i, `invalid number ${found(text, i)}`, 'JSON numbers look like 12, -0.5 or 1e-3');
      const after = text[i + m[0].length];
      if (after !== undefined && /[\w.+-]/.test(after)) {
        return fail(
          i,
          `invalid number '${text.slice(i, i + m[0].length + 1)}…'`,
          'JSON numbers have no leading zeros, hex, or trailing dot',
        );
      }
      i += m[0].length;
      return undefined;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        WORD.lastIndex = i;
        if (WORD.exec(text)![0] === literal) {
          i += literal.length;
          return undefined;
        }
      }
    }
    if (c === "'") return fail(i, 'strings must use double quotes', 'replace the single quotes with "');
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
      return fail(
        i,
        'comments are not allowed in JSON',
        'remove the comment (use a "description" property instead)',
      );
    if (c === '}' || c === ']' || c === ',') {
      const top = stack[stack.length - 1];
      if (c !== ',' && top && top.array === (c === ']') && commaAt !== undefined) return trailingComma(c);
      return fail(i, `a value is missing before '${c}'`);
    }
    return fail(
      i,
      `unexpected ${found(text, i)} where a value should be`,
      'JSON values are objects, lists, "strings", numbers, true, false and null',
    );
  };
  skip();
  let r = value();
  if (r) return r;
  // after each value: close containers or move on to the next item or property
  for (;;) {
    skip();
    const top = stack[stack.length - 1];
    if (!top) break;
    const c = text[i];
    const close = top.array ? ']' : '}';
    if (c === undefined) {
      const what = top.array ? 'a value' : 'a property name';
      return endOfInput(top.fresh ? `${what} or '${close}'` : `',' or '${close}'`);
    }
    if (c === close) {
      stack.pop();
      i++;
      continue;
    }
    if (!top.fresh) {
      if (c !== ',') {
        const noun = top.array ? 'item' : 'property';
        return fail(
          i,
          c === '"'
            ? `a comma is missing before this ${noun}`
            : `a comma is missing before ${found(text, i)}`,
          `separate ${noun === 'item' ? 'items' : 'properties'} with ','`,
        );
      }
      commaAt = i;
      i++;
      skip();
      if (top.array) top.token = String(++top.index);
    }
    top.fresh = false;
    if (top.array) {
      r = value();
      commaAt = undefined;
      if (r) return r;
      continue;
    }
    // a property name
    const k = text[i];
    if (k === undefined) return endOfInput('a property name');
    if (k !== '"') {
      if (k === '}' && commaAt !== undefined) return trailingComma('}');
      if (k === "'") return fail(i, 'strings must use double quotes', 'replace the single quotes with "');
      if (k === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
        return fail(
          i,
          'comments are not allowed in JSON',
          'remove the comment (use a "description" property instead)',
        );
      WORD.lastIndex = i;
      const word = WORD.exec(text)?.[0];
      if (word !== undefined) return fail(i, `property name ${word} is not quoted`, `write "${word}"`);
      return fail(i, `expected a property name in double quotes, found ${found(text, i)}`);
    }
    commaAt = undefined;
    const keyStart = i;
    const end = readString(i);
    if (typeof end !== 'number') return end;
    const raw = text.slice(i + 1, end - 1);
    const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
    i = end;
    top.keys ??= new Map();
    const first = top.keys.get(key);
    if (first === undefined) top.keys.set(key, keyStart);
    else if (duplicates.length < MAX_DUPLICATES)
      duplicates.push({ pointer: pointer(key), key, offset: keyStart, firstOffset: first });
    top.token = key;
    skip();
    if (text[i] !== ':') {
      if (i >= n) return endOfInput("':'");
      return fail(i, "a ':' is missing after the property name", 'write "name": value');
    }
    i++;
    skip();
    r = value();
    if (r) return r;
  }
  if (i < n) {
    return fail(
      i,
      `unexpected ${found(text, i)} after the end of the document`,
      'a spec is exactly one JSON object: remove what follows its closing }',
    );
  }
  return { duplicates };
}
