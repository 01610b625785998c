/** Machine-readable output: one JSON document with every diagnostic and a summary. Pure. */
import type { Diagnostic } from '../diagnostics/index.js';

/** The JSON report shape (stable: tools parse it). */
export interface JsonReport {
  valid: boolean;
  files: number;
  errors: number;
  diagnostics: Diagnostic[];
}

/** Render the report, pretty-printed, with a trailing newline. */
export function formatJson(diagnostics: readonly Diagnostic[], files: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const report: JsonReport = { valid: errors === 0, files, errors, diagnostics: [...diagnostics] };
  return `${JSON.stringify(report, null, 2)}\n`;
}
