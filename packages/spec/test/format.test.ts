/** The pure formatters: text like a compiler, JSON for tools, GitHub workflow annotations. */
import { describe, expect, it } from 'vitest';
import { type Diagnostic, formatGithub, formatJson, formatText } from '../src/index.js';

const diagnostics: Diagnostic[] = [
  {
    code: 'unknown-property',
    severity: 'error',
    pointer: '/features/1/peroid',
    line: 14,
    column: 7,
    file: 'examples/x/spec.json',
    message: "unknown property 'peroid'",
    hint: "did you mean 'period'?",
  },
  {
    code: 'unreadable-file',
    severity: 'error',
    pointer: '',
    file: 'missing.json',
    message: 'cannot read the file: no such file',
  },
];

describe('formatters', () => {
  it('text reads like a compiler: file:line:col  pointer  message  (hint), then a summary', () => {
    expect(formatText(diagnostics, 3)).toMatchInlineSnapshot(`
      "examples/x/spec.json:14:7  /features/1/peroid  error unknown property 'peroid'  (did you mean 'period'?)  [unknown-property]
      missing.json  /  error cannot read the file: no such file  [unreadable-file]
      3 files checked: 2 errors in 2 files, 1 valid
      "
    `);
  });

  it('text summarises an all-valid run', () => {
    expect(formatText([], 1)).toBe('1 file checked: all valid\n');
  });

  it('json is one parseable report', () => {
    const report = JSON.parse(formatJson(diagnostics, 3));
    expect(report).toEqual({ valid: false, files: 3, errors: 2, diagnostics });
    expect(JSON.parse(formatJson([], 1))).toEqual({ valid: true, files: 1, errors: 0, diagnostics: [] });
  });

  it('github emits ::error annotations with escaped properties and data', () => {
    expect(formatGithub(diagnostics)).toMatchInlineSnapshot(`
      "::error file=examples/x/spec.json,line=14,col=7,title=tactical unknown-property::/features/1/peroid: unknown property 'peroid' (did you mean 'period'?)
      ::error file=missing.json,title=tactical unreadable-file::/: cannot read the file: no such file
      "
    `);
    const tricky: Diagnostic = {
      code: 'json-syntax',
      severity: 'error',
      pointer: '',
      file: 'a,b:c.json',
      message: '50%\nnext',
    };
    expect(formatGithub([tricky])).toBe(
      '::error file=a%2Cb%3Ac.json,title=tactical json-syntax::/: 50%25%0Anext\n',
    );
  });
});
