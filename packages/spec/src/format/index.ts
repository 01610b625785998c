/** Pure formatters: diagnostics in, text out. Only the CLI prints. */
export { formatGithub } from './github.js';
export { formatJson, type JsonReport } from './json.js';
export { formatDiagnostic, formatText, location, type TextFormatOptions } from './text.js';
