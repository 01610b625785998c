/**
 * One diagnostic shape for JSON syntax, schema and semantic findings alike: plain data, rendered
 * by the pure formatters in `format/`.
 */

/** Stable diagnostic codes: tools and tests match on these, never on message text. */
export const DiagnosticCode = {
  /** The text is not JSON (trailing comma, comment, single quotes, …). */
  jsonSyntax: 'json-syntax',
  /** The file could not be read. */
  unreadableFile: 'unreadable-file',
  /** The file or one of its lists exceeds a documented size limit. */
  tooLarge: 'too-large',
  /** Rules, conditions or expressions nest deeper than 64 levels. */
  tooDeep: 'too-deep',
  /** `kind` names a version this engine does not read. */
  unsupportedVersion: 'unsupported-version',
  /** A property the schema does not define. */
  unknownProperty: 'unknown-property',
  /** A required property is missing. */
  missingProperty: 'missing-property',
  /** A value of the wrong JSON type. */
  wrongType: 'wrong-type',
  /** A value outside an enumeration or constant. */
  invalidValue: 'invalid-value',
  /** A `kind`/`op`/`scheme` tag that names no variant. */
  unknownVariant: 'unknown-variant',
  /** A number outside its range. */
  outOfRange: 'out-of-range',
  /** A string, list or map too short or too long. */
  invalidLength: 'invalid-length',
  /** A string that does not match its pattern (e.g. a feature id). */
  invalidFormat: 'invalid-format',
  /** A list that repeats an item. */
  duplicateItem: 'duplicate-item',
  /** A property that needs another one (e.g. `count` needs `rank`). */
  dependentProperty: 'dependent-property',
  /** A reference to a feature that is not declared. */
  unknownFeature: 'unknown-feature',
  /** Two features, rule nodes or conditions share an id. */
  duplicateId: 'duplicate-id',
  /** Expression features that reference each other in a cycle. */
  featureCycle: 'feature-cycle',
  /** An asset id not in the universe, or an asset object disagreeing with it. */
  unknownAsset: 'unknown-asset',
  /** An asset object whose symbol or exchange disagrees with the universe. */
  assetMismatch: 'asset-mismatch',
  /** The same asset id twice in the universe. */
  duplicateAsset: 'duplicate-asset',
  /** A per-asset feature where one number is needed, or a scalar where a value per asset is. */
  featureShape: 'feature-shape',
  /** Static weights whose sum of |w| exceeds `execution.maxGrossExposure`. */
  grossExposure: 'gross-exposure',
  /** A rebalance anchor that can never fire, or anchors with a daily frequency. */
  invalidAnchor: 'invalid-anchor',
  /** Mutually exclusive properties given together (e.g. `count` and `fraction`). */
  conflictingProperties: 'conflicting-properties',
  /** An expression operator with the wrong number of arguments. */
  exprArity: 'expr-arity',
  /** A `specified` weighting whose list length does not match the positions it weights. */
  weightsLength: 'weights-length',
  /** The last diagnostic when more were found than are listed: "and N more". */
  moreErrors: 'more-errors',
  /** A value the object API cannot take as JSON: a cycle, a getter, a class instance, a function, … */
  notJson: 'not-json',
  /**
   * A warning of the object API: one object appears at two places of the spec (a shared constant).
   * It is validated, and runs, as if each place held its own copy; JSON text cannot express it.
   */
  sharedReference: 'shared-reference',
  /** The same property name twice in one JSON object. */
  duplicateKey: 'duplicate-key',
  /** An option that does not fit its node (e.g. `count` of an aggregate without `where`, slots with inverse_volatility). */
  invalidOption: 'invalid-option',
  /** A bug in the validator itself (it never throws; this is what it reports instead). */
  internal: 'internal-error',
} as const;

/** A stable diagnostic code. */
export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

/** How bad a finding is: errors make a spec invalid, warnings do not. */
export type Severity = 'error' | 'warning';

/** One finding about a spec, located by JSON Pointer and, when the source text is known, line/column. */
export interface Diagnostic {
  /** Stable code (see {@link DiagnosticCode}). */
  code: DiagnosticCode;
  severity: Severity;
  /** RFC 6901 JSON Pointer of the offending value ('' = the whole document); always resolves inside the input. */
  pointer: string;
  /** 1-based line of the offending value in the source text. */
  line?: number;
  /** 1-based column of the offending value in the source text. */
  column?: number;
  /** File the spec was read from. */
  file?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it (did you mean, allowed values, …). */
  hint?: string;
  /** Structured details (allowed values, limits, cycle path, …) for tools. */
  params?: Record<string, unknown>;
}

/** Build an error diagnostic. */
export function error(
  code: DiagnosticCode,
  pointer: string,
  message: string,
  extra: { hint?: string | undefined; params?: Record<string, unknown> } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity: 'error', pointer, message };
  if (extra.hint !== undefined) d.hint = extra.hint;
  if (extra.params !== undefined) d.params = extra.params;
  return d;
}

/** Build a warning diagnostic: reported, but the spec stays valid. */
export function warning(
  code: DiagnosticCode,
  pointer: string,
  message: string,
  extra: { hint?: string | undefined; params?: Record<string, unknown> } = {},
): Diagnostic {
  return { ...error(code, pointer, message, extra), severity: 'warning' };
}

/** Drop repeated diagnostics (same code, pointer and message), keeping the first. */
export function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.code}\u0000${d.pointer}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
