import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records.js';

/** csv-parse as the membership reader called it before the fast path: the reference. */
function reference(text: string): { records: string[][] } | { error: string } {
  try {
    return { records: parse(text, { relax_column_count: false, skip_empty_lines: true }) as string[][] };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function ours(text: string): { records: string[][] } | { error: string } {
  try {
    return { records: csvRecords(text) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

// Texts built from what such files hold, and what breaks them: separators, quotes, CR, blanks.
const cell = fc.stringMatching(/^[A-Z0-9 .\-_]{0,6}$/);
const plainText = fc
  .array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 12 })
  .chain((rows) =>
    fc
      .array(fc.constantFrom('', '\n'), { minLength: rows.length, maxLength: rows.length })
      .map((blank) => rows.map((r, k) => `${r.join(',')}\n${blank[k]}`).join('')),
  );
const anyText = fc.stringMatching(/^[A-Z0-9,\n\r" -]{0,80}$/);

describe('csvRecords: the records csv-parse gives (skip_empty_lines, fixed width), or its error', () => {
  it('on plain files of even and uneven width, with blank lines (property)', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(ours(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary text with quotes and carriage returns (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(ours(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('examples: a header and rows, a trailing newline, an uneven row, a quoted list', () => {
    expect(csvRecords('a,b,c\nX,1,\n')).toEqual([
      ['a', 'b', 'c'],
      ['X', '1', ''],
    ]);
    expect(() => csvRecords('a,b,c\nX,1\n')).toThrow(/Invalid Record Length/);
    expect(csvRecords('d,add\n1,"P,Q"\n')).toEqual([
      ['d', 'add'],
      ['1', 'P,Q'],
    ]);
  });
});
