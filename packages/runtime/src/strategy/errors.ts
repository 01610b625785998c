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
  /** Stable code. */
  readonly code = 'invalid_spec';
  /** Every finding (errors and warnings) of the validation. */
  readonly diagnostics: readonly SpecDiagnosticLike[];
  constructor(diagnostics: readonly SpecDiagnosticLike[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    super(
      first === undefined
        ? 'invalid spec'
        : `invalid spec: ${first.message} (at ${first.pointer || '/'})${errors.length > 1 ? ` and ${errors.length - 1} more` : ''}`,
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
