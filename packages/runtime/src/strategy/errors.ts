/** Errors thrown by `fromSpec` and the Strategy object. */

/** A diagnostic as '@tactical/spec' reports it (structural, so this package needs no diagnostic formatter). */
export interface SpecDiagnosticLike {
  code: string;
  severity: 'error' | 'warning';
  pointer: string;
  message: string;
}

/** The spec given to `fromSpec` is invalid; `diagnostics` says where and why (render with the spec package's formatters). */
export class SpecError extends Error {
  /** How many errors the message lists (`pointer message`, '; '-separated); all are in `diagnostics`. */
  static readonly SHOWN = 3;
  /** Stable code. */
  readonly code = 'invalid_spec';
  /** Every finding (errors and warnings) of the validation. */
  readonly diagnostics: readonly SpecDiagnosticLike[];
  constructor(diagnostics: readonly SpecDiagnosticLike[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const shown = errors.slice(0, SpecError.SHOWN).map((d) => `${d.pointer || '/'} ${d.message}`);
    const more = errors.length - shown.length;
    super(
      errors.length === 0
        ? 'invalid spec'
        : `invalid spec: ${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`,
    );
    this.name = 'SpecError';
    this.diagnostics = diagnostics;
  }
}

/** A Strategy method was used out of order (decide before prepare, evaluating backwards in time). */
export class StrategyUsageError extends Error {
  /** Stable code: 'not_prepared' | 'backwards' | 'not_a_session'. */
  readonly code: 'not_prepared' | 'backwards' | 'not_a_session';
  constructor(code: StrategyUsageError['code'], message: string) {
    super(message);
    this.name = 'StrategyUsageError';
    this.code = code;
  }
}
