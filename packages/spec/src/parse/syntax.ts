/**
 * JSON syntax errors as diagnostics: the scanner (scan.ts) finds the first error with an offset
 * inside the text and names what it found (trailing comma, comment, trailing text, unterminated
 * string, …); this turns it into a located diagnostic.
 */
import { type Diagnostic, DiagnosticCode, error } from '../diagnostics/index.js';
import { lineColumnOf } from './position.js';
import { scanJson } from './scan.js';

export { lineColumnOf } from './position.js';

/**
 * The syntax diagnostic for text (BOM removed) that `JSON.parse` rejected. Never throws; the
 * position is always inside the text (the end of input is just after its last non-blank character).
 */
export function syntaxDiagnostic(text: string, fallbackMessage: string): Diagnostic {
  const problem = scanJson(text).error;
  // JSON.parse and the scanner implement the same grammar; should they ever disagree, keep
  // JSON.parse's words, at its offset when it gives one
  const offset =
    problem?.offset ?? Math.min(text.length, Number(/position (\d+)/.exec(fallbackMessage)?.[1] ?? 0));
  const d = error(DiagnosticCode.jsonSyntax, '', `invalid JSON: ${problem?.message ?? fallbackMessage}`, {
    hint: problem?.hint,
  });
  const at = lineColumnOf(text, offset);
  d.line = at.line;
  d.column = at.column;
  return d;
}
