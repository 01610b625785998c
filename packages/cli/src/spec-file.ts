/**
 * The one front door for spec files: `validate`, `backtest` and `sweep` all read a spec through
 * `readSpecFile`, so they agree on every rule — a directory, a missing or unreadable file, the size
 * cap (`LIMITS.fileBytes`, checked before reading), a UTF-8 byte-order mark (skipped), and the
 * diagnostics of `validateSpecText` (syntax with line:col, duplicate keys, schema and semantic checks,
 * each with its JSON pointer and hint). It never throws.
 */
import { readFile, stat } from 'node:fs/promises';
import { type Diagnostic, DiagnosticCode, LIMITS, type TacticalSpec, validateSpecText } from '@tactical/spec';

function unreadable(file: string, message: string, hint?: string): Diagnostic {
  return {
    code: DiagnosticCode.unreadableFile,
    severity: 'error',
    pointer: '',
    file,
    message,
    ...(hint !== undefined ? { hint } : {}),
  };
}

type SpecRead = { spec?: TacticalSpec; text?: string; diagnostics: Diagnostic[] };

/** The checked spec of a spec text (a file's, or standard input's) named `shown` in diagnostics. */
export function readSpecText(raw: string, shown: string): SpecRead {
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes > LIMITS.fileBytes) {
    return {
      diagnostics: [
        {
          code: DiagnosticCode.tooLarge,
          severity: 'error',
          pointer: '',
          file: shown,
          message: `the spec is ${bytes} bytes; at most ${LIMITS.fileBytes} are allowed`,
        },
      ],
    };
  }
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const result = validateSpecText(text, shown);
  return result.ok ? { spec: result.spec, text, diagnostics: [] } : { text, diagnostics: result.errors };
}

/** The checked spec of the file at `abs` (named `shown` in diagnostics), or its diagnostics. */
export async function readSpecFile(abs: string, shown: string): Promise<SpecRead> {
  try {
    const info = await stat(abs);
    if (info.isDirectory()) {
      return {
        diagnostics: [
          unreadable(shown, 'is a directory, not a spec file (use a glob such as dir/**/*.json)'),
        ],
      };
    }
    if (info.size > LIMITS.fileBytes) {
      return {
        diagnostics: [
          {
            code: DiagnosticCode.tooLarge,
            severity: 'error',
            pointer: '',
            file: shown,
            message: `the spec is ${info.size} bytes; at most ${LIMITS.fileBytes} are allowed`,
          },
        ],
      };
    }
    return readSpecText(await readFile(abs, 'utf8'), shown);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : e instanceof Error
            ? e.message
            : String(e);
    return { diagnostics: [unreadable(shown, `cannot read the file: ${why}`)] };
  }
}
