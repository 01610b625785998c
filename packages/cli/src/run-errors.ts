/**
 * User mistakes found while running a spec (bad data, a range without data, an unknown calendar, a
 * feature the compiler rejects) as located one-line messages with a hint — never "internal error".
 * `describeRunError` returns the text to print, or undefined for an error that is our bug.
 */
import { isAbsolute, relative } from 'node:path';
import { CalendarRangeError, UnknownCalendarError } from '@tactical/calendars';
import {
  DataError,
  DataRangeError,
  MembershipFileError,
  SpecError,
  StoreError,
  UniverseError,
} from '@tactical/runtime';
import { createLocator, type Diagnostic, formatDiagnostic } from '@tactical/spec';

/** A path as the user would type it: relative to `cwd` when inside it. */
export function shownPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** The spec the error is about: its name as given and its text (to locate pointers). */
export interface SpecSource {
  file: string;
  text: string;
}

function specDiagnostic(
  spec: SpecSource,
  pointer: string,
  code: string,
  message: string,
  hint?: string,
): string {
  const at = createLocator(spec.text)(pointer);
  const d: Diagnostic = {
    code: code as Diagnostic['code'],
    severity: 'error',
    pointer,
    file: spec.file,
    message,
    ...(hint !== undefined ? { hint } : {}),
    ...(at ? { line: at.line, column: at.column } : {}),
  };
  return `${formatDiagnostic(d)}\n`;
}

/** The message for a user mistake raised while running, or undefined for anything else. */
export function describeRunError(error: unknown, cwd: string, spec: SpecSource): string | undefined {
  if (error instanceof DataError) {
    const where = error.file
      ? `${shownPath(error.file, cwd)}${error.line !== undefined ? `:${error.line}` : ''}: `
      : '';
    const who = error.asset ? ` (asset ${error.asset})` : '';
    return `tactical: data error: ${where}${error.detail}${who} [${error.code}]\n  hint: ${error.hint}\n`;
  }
  if (error instanceof StoreError) {
    return `tactical: data error: ${shownPath(error.file, cwd)}: ${error.detail} [${error.code}]\n  hint: ${error.hint}\n`;
  }
  if (error instanceof DataRangeError) {
    return `tactical: range error: ${error.message} [${error.code}]\n  hint: ${error.hint}\n`;
  }
  if (error instanceof CalendarRangeError) {
    return `tactical: range error: ${error.message} [range_outside_calendar]\n  hint: choose --from/--to inside the calendar and the data\n`;
  }
  if (error instanceof UnknownCalendarError) {
    return specDiagnostic(
      spec,
      '/calendar',
      'unknown-calendar',
      `unknown calendar '${error.requested}'`,
      `use one of ${error.known.join(', ')}`,
    );
  }
  if (error instanceof MembershipFileError) {
    return `tactical: data error: ${shownPath(error.file, cwd)}:${error.line}: ${error.problem} [${error.code}]\n  hint: membership files are fja05680 CSVs (ticker,start_date,end_date)\n`;
  }
  if (error instanceof UniverseError) {
    return `tactical: data error: ${error.message} [${error.code}]\n  hint: pass the index's membership files with --members INDEX=file.csv\n`;
  }
  if (error instanceof SpecError) {
    return error.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => specDiagnostic(spec, d.pointer, d.code, d.message))
      .join('');
  }
  if (error instanceof Error && error.name === 'CompileError' && 'pointer' in error) {
    const e = error as Error & { pointer: string; code: string };
    return specDiagnostic(spec, e.pointer, e.code, e.message.replace(/ \(at [^)]*\)$/, ''));
  }
  if (error instanceof Error && error.name === 'FeatureError' && 'featureId' in error) {
    const e = error as unknown as Error & { code: string };
    return `${spec.file}: error ${e.message} [${e.code}]\n`;
  }
  return undefined;
}
