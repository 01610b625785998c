/**
 * The reference CSV parser: csv-parse's records turned into one `Bar` per row. It handles every CSV
 * (quoted cells, a byte-order mark, mixed line ends) and is the source of truth for every structural
 * error; the byte parser (csv-columns.ts) handles plain files itself and hands everything else here.
 * See csv-feed.ts for the rules (strict numbers, line numbers, what throws).
 */
import { parse } from 'csv-parse/sync';
import { idRecord } from '../ids.js';
import { civilDay, extraReason, isDecimal, parseDecimal, quoteCell, rejectReason } from './csv-cells.js';
import { csvLayout, DEFAULT_REQUIRED, type StandardColumn } from './csv-header.js';
import { MS_PER_DAY } from './grid.js';
import { DataError, hintFor } from './policy.js';
import type { Bar } from './types.js';

/** A `YYYY-MM-DD` date, alone or followed by a time part. */
const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** A NUL byte or an undecodable byte: the file is binary (or not UTF-8). */
function binaryLine(text: string): number | undefined {
  const nul = text.indexOf('\u0000');
  const bad = text.indexOf('\ufffd');
  const at = nul < 0 ? bad : bad < 0 ? nul : Math.min(nul, bad);
  if (at < 0) return undefined;
  let line = 1;
  for (let k = 0; k < at; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}

/** Parse CSV text into bars (exported for tests and for feeds over other storage). */
export function parseBarsCsv(
  text: string,
  file: string,
  required: readonly StandardColumn[] = DEFAULT_REQUIRED,
): { bars: Bar[]; lines: Int32Array; notes: Map<number, string> } {
  const binary = binaryLine(text);
  if (binary !== undefined) {
    throw new DataError(
      'unreadable_file',
      'the file is not UTF-8 text (a NUL or undecodable byte)',
      hintFor('unreadable_file'),
      file,
      binary,
    );
  }
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: false, relax_column_count: true, bom: true }) as string[][];
  } catch (e) {
    const err = e as { code?: string; lines?: number; message?: string };
    const why =
      err.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted cell is never closed'
        : err.code === 'CSV_INVALID_CLOSING_QUOTE'
          ? 'a quote is followed by more text in the same cell'
          : `the CSV cannot be parsed (${err.code ?? 'unknown problem'})`;
    throw new DataError('unreadable_file', why, hintFor('unreadable_file'), file, err.lines);
  }
  const header = records[0];
  if (!header) throw new DataError('missing_column', 'the file is empty', hintFor('missing_column'), file, 1);
  const { index, extra } = csvLayout(header, file, required);
  // An extra column is numeric when its first non-empty cell is a number.
  const numericExtra = extra.filter(({ col }) => {
    for (let r = 1; r < records.length; r++) {
      const cell = records[r]![col]?.trim();
      if (cell) return isDecimal(cell);
    }
    return false;
  });
  const iDate = index.date!;
  const iOpen = index.open;
  const iHigh = index.high;
  const iLow = index.low;
  const iClose = index.close;
  const iAdj = index.adjClose;
  const iVol = index.volume;
  const bars: Bar[] = [];
  const lines: number[] = [];
  const notes = new Map<number, string>();
  const problems: string[] = []; // rejected cells of the current row
  let rec: string[] = [];
  const num = (name: string, col: number | undefined): number => {
    if (col === undefined) return Number.NaN;
    const cell = rec[col];
    if (cell !== undefined && isDecimal(cell)) return Number(cell);
    problems.push(rejectReason(name, cell)!);
    return Number.NaN;
  };
  for (let r = 1; r < records.length; r++) {
    rec = records[r]!;
    if (rec.length === 1 && rec[0]!.trim() === '') continue; // blank line
    const cell = rec[iDate]?.trim() ?? '';
    const m = ISO_PREFIX.exec(cell);
    const day = m ? civilDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
    if (day === undefined) {
      throw new DataError(
        'invalid_date',
        `date ${quoteCell(cell)} is not YYYY-MM-DD`,
        hintFor('invalid_date'),
        file,
        r + 1,
      );
    }
    problems.length = 0;
    const bar: Bar = {
      t: new Date(day * MS_PER_DAY),
      open: num('open', iOpen),
      high: num('high', iHigh),
      low: num('low', iLow),
      close: num('close', iClose),
      volume: num('volume', iVol),
    };
    if (iAdj !== undefined) bar.adjClose = num('adj close', iAdj);
    if (numericExtra.length > 0) {
      // Empty extra cells are normal (NaN for that field); only non-empty non-numbers are noted.
      const fields = idRecord<number>(); // column names are data (`constructor`, `__proto__`)
      for (const { name, col } of numericExtra) {
        const c = rec[col];
        if (c !== undefined && c !== '' && !isDecimal(c)) problems.push(extraReason(name, c));
        fields[name] = parseDecimal(c);
      }
      bar.fields = fields;
    }
    if (problems.length > 0) notes.set(bars.length, problems.join('; '));
    bars.push(bar);
    lines.push(r + 1);
  }
  // Backwards = most steps go back in time (a newest-first export), not one row out of place.
  let back = 0;
  for (let k = 1; k < bars.length; k++) if (bars[k]!.t.getTime() < bars[k - 1]!.t.getTime()) back++;
  if (bars.length >= 3 && back * 2 > bars.length - 1) {
    const iso = (b: Bar) => b.t.toISOString().slice(0, 10);
    throw new DataError(
      'reversed_dates',
      `the dates run backwards: ${iso(bars[0]!)} on line ${lines[0]} comes before ${iso(bars[bars.length - 1]!)} on line ${lines[lines.length - 1]}`,
      hintFor('reversed_dates'),
      file,
      lines[0],
    );
  }
  return { bars, lines: Int32Array.from(lines), notes };
}
