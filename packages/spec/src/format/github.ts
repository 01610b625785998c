/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`), so findings show up
 * as annotations on the pull request. Pure. Escaping per the runner's rules:
 * https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
 */
import type { Diagnostic } from '../diagnostics/index.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One annotation line per diagnostic. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const props: string[] = [];
      if (d.file !== undefined) props.push(`file=${escapeProperty(d.file)}`);
      if (d.line !== undefined) props.push(`line=${d.line}`);
      if (d.column !== undefined) props.push(`col=${d.column}`);
      props.push(`title=${escapeProperty(`tactical ${d.code}`)}`);
      const text = `${d.pointer || '/'}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(text)}\n`;
    })
    .join('');
}
