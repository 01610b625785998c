/**
 * JSON syntax errors as diagnostics: momoa finds the location, these rules turn its token-level
 * message into one a person can act on (trailing comma, comment, single quotes, …).
 */
import { parse } from '@humanwhocodes/momoa';
import { type Diagnostic, DiagnosticCode, error } from '../diagnostics/index.js';

interface MomoaError {
  message: string;
  line: number;
  column: number;
  offset?: number;
}

function isMomoaError(e: unknown): e is MomoaError {
  return typeof e === 'object' && e !== null && typeof (e as MomoaError).line === 'number';
}

/** Offset of the last non-whitespace character before `offset`, or -1. */
function previousSignificant(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i;
}

/** Line/column (1-based) of a character offset. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Explain a momoa parse failure at `offset`. */
function explain(text: string, raw: string, offset: number): { message: string; hint?: string } {
  const ch = text[offset];
  const prev = previousSignificant(text, offset);
  if ((ch === '}' || ch === ']') && prev >= 0 && text[prev] === ',') {
    const at = lineColumnOf(text, prev);
    return {
      message: `trailing comma before '${ch}'`,
      hint: `JSON allows no comma after the last ${ch === '}' ? 'property' : 'item'}: remove the ',' at ${at.line}:${at.column}`,
    };
  }
  if (ch === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) {
    return {
      message: 'comments are not allowed in JSON',
      hint: 'remove the comment (use a "description" property instead)',
    };
  }
  if (ch === "'")
    return { message: 'strings must use double quotes', hint: `replace the single quotes with "` };
  if (/^Unexpected end of input/.test(raw) || text.slice(offset + 1).trim() === '') {
    if (text.trim() === '')
      return {
        message: 'the file is empty',
        hint: 'a spec is one JSON object: { "kind": "tactical/v1", … }',
      };
    return { message: 'unexpected end of file', hint: "a closing '}' or ']' (or a value) is missing" };
  }
  if (ch !== undefined && /[A-Za-z_$]/.test(ch)) {
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(offset))?.[0] ?? ch;
    if (prev >= 0 && (text[prev] === '{' || text[prev] === ',')) {
      return { message: `property name ${word} is not quoted`, hint: `write "${word}"` };
    }
    return {
      message: `unexpected '${word}'`,
      hint: 'JSON literals are true, false and null; strings need double quotes',
    };
  }
  if (
    (ch === '}' || ch === ']' || ch === ',') &&
    prev >= 0 &&
    (text[prev] === ':' || text[prev] === '[' || text[prev] === ',')
  ) {
    return { message: `a value is missing before '${ch}'` };
  }
  if (prev >= 0 && text[prev] === '"' && ch !== ',' && ch !== '}' && ch !== ']' && ch !== ':') {
    // was the string before us a property name? (preceded by '{' or ',')
    let start = prev - 1;
    while (start >= 0 && !(text[start] === '"' && text[start - 1] !== '\\')) start--;
    const before = previousSignificant(text, start);
    if (before >= 0 && (text[before] === '{' || text[before] === ',')) {
      return { message: "a ':' is missing after the property name", hint: 'write "name": value' };
    }
  }
  if (ch === '"' && prev >= 0 && /["\d\]}el]/.test(text[prev]!)) {
    return {
      message: 'a comma is missing before this value',
      hint: "separate properties and items with ','",
    };
  }
  if (ch !== undefined && (ch === '}' || ch === ']') && prev < 0) return { message: `unexpected '${ch}'` };
  const cleaned = raw.replace(/\s*\(\d+:\d+\)\s*$/, '');
  return { message: ch === undefined ? cleaned : `${cleaned.replace(/\.$/, '')} (unexpected '${ch}')` };
}

/**
 * The syntax diagnostic for text `JSON.parse` rejected. Never throws: when momoa itself cannot
 * parse (e.g. it overflows its stack on very deep input), the location falls back to 1:1.
 */
export function syntaxDiagnostic(text: string, fallbackMessage: string): Diagnostic {
  try {
    parse(text, { mode: 'json' });
  } catch (e) {
    if (isMomoaError(e)) {
      const offset = e.offset ?? 0;
      const { message, hint } = explain(text, e.message, offset);
      const d = error(DiagnosticCode.jsonSyntax, '', `invalid JSON: ${message}`, { hint });
      d.line = e.line;
      d.column = e.column;
      return d;
    }
  }
  const d = error(DiagnosticCode.jsonSyntax, '', `invalid JSON: ${fallbackMessage}`);
  d.line = 1;
  d.column = 1;
  return d;
}
