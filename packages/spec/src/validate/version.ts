/** `kind` is checked before the schema: a file of another version gets one clear message, not a pile of schema errors. */
import { type Diagnostic, DiagnosticCode, error } from '../diagnostics/index.js';
import { versionNumber } from '../migrate/migrate.js';
import { CURRENT_KIND } from '../types.js';

/** A diagnostic when `kind` is present but names a version this engine does not read. */
export function checkVersion(input: unknown): Diagnostic | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  if (!Object.hasOwn(input, 'kind')) return undefined; // the schema reports the missing property
  const kind = (input as Record<string, unknown>).kind;
  if (kind === CURRENT_KIND) return undefined;
  if (typeof kind !== 'string') {
    return error(DiagnosticCode.unsupportedVersion, '/kind', `'kind' must be the string "${CURRENT_KIND}"`, {
      params: { kind, expected: CURRENT_KIND },
    });
  }
  const n = versionNumber(kind);
  if (n === undefined) {
    return error(
      DiagnosticCode.unsupportedVersion,
      '/kind',
      `unknown kind '${kind}'; this engine reads ${CURRENT_KIND}`,
      {
        hint: `a tactical spec starts with "kind": "${CURRENT_KIND}"`,
        params: { kind, expected: CURRENT_KIND },
      },
    );
  }
  const newer = n > (versionNumber(CURRENT_KIND) ?? 1);
  return error(
    DiagnosticCode.unsupportedVersion,
    '/kind',
    `this file is ${kind}; this engine reads ${CURRENT_KIND}`,
    {
      hint: newer
        ? `it was written for a newer engine: upgrade tactical, or rewrite the spec as ${CURRENT_KIND}`
        : `no migration from ${kind} is registered; rewrite the spec as ${CURRENT_KIND}`,
      params: { kind, expected: CURRENT_KIND },
    },
  );
}
