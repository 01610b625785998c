/**
 * The validation pipeline: limits (iterative, before anything recursive) → version → migrate →
 * compiled schema → semantic checks. It never throws: any input, however hostile, gets diagnostics.
 */
import { type Diagnostic, DiagnosticCode, dedupe, error, resolvePointer } from '../diagnostics/index.js';
import { migrate as defaultMigrate, type Migrator } from '../migrate/migrate.js';
import { createLocator, type Locator } from '../parse/locate.js';
import { lineColumnOf } from '../parse/position.js';
import { scanJson } from '../parse/scan.js';
import { syntaxDiagnostic } from '../parse/syntax.js';
import type { TacticalSpec } from '../types.js';
import { schemaErrors } from './compiled.js';
import { checkLimits, LIMITS } from './limits.js';
import { checkPlainData } from './plain-data.js';
import { mapSchemaErrors } from './schema-errors.js';
import { createContext, semanticChecks } from './semantic/index.js';
import { checkVersion } from './version.js';

/**
 * A valid spec (with `warnings` when the object API found something worth saying, such as a shared
 * reference), or every error found.
 */
export type ValidationResult =
  | { ok: true; spec: TacticalSpec; warnings?: Diagnostic[] }
  | { ok: false; errors: Diagnostic[] };

/** Options of {@link validateSpec}. */
export interface ValidateOptions {
  /** File name stamped on every diagnostic. */
  file?: string;
  /** The JSON text `input` was parsed from: diagnostics then carry line/column. */
  source?: string;
  /** Migrator for older versions (default: the built-in registry). */
  migrator?: Migrator;
}

function diagnose(
  input: unknown,
  migrator: Migrator,
  parsed: boolean,
): { diagnostics: Diagnostic[]; spec: unknown; omitted?: number } {
  // JSON.parse builds plain trees; anything else is checked to be one before it is walked
  const plain = parsed ? [] : checkPlainData(input);
  if (plain.some((d) => d.severity === 'error')) return { diagnostics: plain, spec: input };
  const found = diagnoseData(input, migrator);
  // plain-data warnings (shared references) come first, whatever else is found
  return plain.length === 0 ? found : { ...found, diagnostics: [...plain, ...found.diagnostics] };
}

function diagnoseData(
  input: unknown,
  migrator: Migrator,
): { diagnostics: Diagnostic[]; spec: unknown; omitted?: number } {
  const limits = checkLimits(input);
  if (limits.length > 0) return { diagnostics: limits, spec: input };
  let spec = input;
  const version = checkVersion(input);
  if (version) {
    const kind = (input as { kind: unknown }).kind;
    if (typeof kind !== 'string' || !migrator.canMigrate(kind)) return { diagnostics: [version], spec };
    const migrated = migrator(input);
    if (!migrated.ok) return { diagnostics: [version], spec };
    spec = migrated.spec;
  }
  // only the listed diagnostics are rendered (messages, hints); the rest are counted
  const schema = mapSchemaErrors(schemaErrors(spec), spec, LIMITS.diagnostics);
  if (schema.diagnostics.length > 0)
    return { diagnostics: schema.diagnostics, spec, omitted: schema.omitted };
  const ctx = createContext(spec as TacticalSpec);
  const semantic: Diagnostic[] = [];
  for (const check of semanticChecks) semantic.push(...check.check(ctx));
  return { diagnostics: semantic, spec };
}

/** Stamp file and line/column; keep every pointer inside `input` (else fall back to its nearest ancestor). */
function finish(
  diagnostics: Diagnostic[],
  input: unknown,
  options: ValidateOptions,
  locate?: Locator,
  omitted = 0,
): Diagnostic[] {
  const out = dedupe(diagnostics);
  for (const d of out) {
    while (d.pointer !== '' && !resolvePointer(input, d.pointer).found) {
      d.pointer = d.pointer.slice(0, d.pointer.lastIndexOf('/'));
    }
    if (options.file !== undefined) d.file = options.file;
    if (locate && d.line === undefined) {
      const at = locate(d.pointer, d.code === DiagnosticCode.unknownProperty);
      if (at) {
        d.line = at.line;
        d.column = at.column;
      }
    }
  }
  if (locate) out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return capped(out, options, omitted);
}

/** The first {@link LIMITS.diagnostics} diagnostics, then one that counts the rest. */
function capped(diagnostics: Diagnostic[], options: ValidateOptions, omitted: number): Diagnostic[] {
  const limit = LIMITS.diagnostics;
  if (diagnostics.length <= limit && omitted === 0) return diagnostics;
  const more = Math.max(0, diagnostics.length - limit) + omitted;
  const out = diagnostics.slice(0, limit);
  const d = error(
    DiagnosticCode.moreErrors,
    '',
    `and ${more} more error${more === 1 ? '' : 's'} (only the first ${limit} are listed)`,
    { hint: 'fix these and validate again', params: { more, limit } },
  );
  if (options.file !== undefined) d.file = options.file;
  out.push(d);
  return out;
}

/**
 * Validate a parsed spec. Returns the spec typed as {@link TacticalSpec} (migrated when it was an
 * older version), or every error found. Never throws.
 */
export function validateSpec(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateValue(input, options, false);
}

function validateValue(input: unknown, options: ValidateOptions, parsed: boolean): ValidationResult {
  try {
    const { diagnostics, spec, omitted = 0 } = diagnose(input, options.migrator ?? defaultMigrate, parsed);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) {
      const warnings = diagnostics.filter((d) => d.severity === 'warning');
      return warnings.length === 0
        ? { ok: true, spec: spec as TacticalSpec }
        : { ok: true, spec: spec as TacticalSpec, warnings: finish(warnings, input, options) };
    }
    const locate = options.source !== undefined ? createLocator(options.source) : undefined;
    // warnings (shared references) wait until the spec is valid: `errors` holds errors only
    return { ok: false, errors: finish(errors, input, options, locate, omitted) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const d = error(DiagnosticCode.internal, '', `internal validator error: ${message}`, {
      hint: 'this is a bug in tactical; please report it with the spec',
    });
    if (options.file !== undefined) d.file = options.file;
    return { ok: false, errors: [d] };
  }
}

/** Validate JSON text: syntax errors, too, come back as located diagnostics. Never throws. */
export function validateSpecText(text: string, file?: string): ValidationResult {
  const withFile = (d: Diagnostic): Diagnostic => (file === undefined ? d : { ...d, file });
  if (
    text.length > LIMITS.fileBytes ||
    (text.length * 3 > LIMITS.fileBytes && Buffer.byteLength(text) > LIMITS.fileBytes)
  ) {
    return {
      ok: false,
      errors: [
        withFile({
          ...error(
            DiagnosticCode.tooLarge,
            '',
            `the spec is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`,
          ),
          line: 1,
          column: 1,
        }),
      ],
    };
  }
  // a UTF-8 byte order mark is no part of the JSON; editors do not count it as a column either
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return {
      ok: false,
      errors: [withFile(syntaxDiagnostic(body, e instanceof Error ? e.message : String(e)))],
    };
  }
  const options: ValidateOptions = file === undefined ? { source: body } : { source: body, file };
  const duplicates = duplicateKeys(body);
  if (duplicates.length > 0) return { ok: false, errors: finish(duplicates, value, options) };
  return validateValue(value, options, true);
}

/** Duplicate property names as errors at the second occurrence (JSON.parse would keep the last). */
function duplicateKeys(text: string): Diagnostic[] {
  return scanJson(text).duplicates.map((dup) => {
    const first = lineColumnOf(text, dup.firstOffset);
    const at = lineColumnOf(text, dup.offset);
    const d = error(
      DiagnosticCode.duplicateKey,
      dup.pointer,
      `property '${dup.key}' appears twice in this object (first at ${first.line}:${first.column})`,
      {
        hint: 'JSON readers silently keep only one of the two values: remove or rename one',
        params: { key: dup.key, first: `${first.line}:${first.column}` },
      },
    );
    d.line = at.line;
    d.column = at.column;
    return d;
  });
}
