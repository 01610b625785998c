/** Compiler-style text: `file:line:col  /pointer  message  (hint)`, then a summary line. Pure. */
import type { Diagnostic } from '../diagnostics/index.js';

/** Options of {@link formatText}. */
export interface TextFormatOptions {
  /** Wrap parts in colours (the CLI passes picocolors when the terminal supports it). */
  colors?: {
    red(s: string): string;
    dim(s: string): string;
    cyan(s: string): string;
    yellow(s: string): string;
  };
}

const plain = (s: string) => s;

/** The location prefix: `file:line:col`, `file`, or `<input>`. */
export function location(d: Diagnostic): string {
  const file = d.file ?? '<input>';
  return d.line !== undefined ? `${file}:${d.line}:${d.column ?? 1}` : file;
}

/** One line per diagnostic. */
export function formatDiagnostic(d: Diagnostic, options: TextFormatOptions = {}): string {
  const c = options.colors ?? { red: plain, dim: plain, cyan: plain, yellow: plain };
  const sev = d.severity === 'error' ? c.red('error') : c.yellow('warning');
  const hint = d.hint ? `  ${c.dim(`(${d.hint})`)}` : '';
  return `${location(d)}  ${c.cyan(d.pointer || '/')}  ${sev} ${d.message}${hint}  ${c.dim(`[${d.code}]`)}`;
}

/** All diagnostics and a summary of `files` checked. */
export function formatText(
  diagnostics: readonly Diagnostic[],
  files: number,
  options: TextFormatOptions = {},
): string {
  const lines = diagnostics.map((d) => formatDiagnostic(d, options));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const failed = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file ?? '<input>'))
    .size;
  const fileWord = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  lines.push(
    errors === 0
      ? `${fileWord(files)} checked: all valid`
      : `${fileWord(files)} checked: ${errors} error${errors === 1 ? '' : 's'} in ${fileWord(failed)}, ${files - failed} valid`,
  );
  return `${lines.join('\n')}\n`;
}
