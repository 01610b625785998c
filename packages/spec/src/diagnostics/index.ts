/** Diagnostics: the one finding shape, JSON Pointers and suggestions. */
export { type Diagnostic, DiagnosticCode, dedupe, error, type Severity, warning } from './diagnostic.js';
export { childPointer, escapeToken, parsePointer, resolvePointer, toPointer } from './pointer.js';
export {
  didYouMean,
  editDistance,
  firstIds,
  quoteList,
  SUGGEST_CELLS,
  type SuggestBudget,
} from './suggest.js';
