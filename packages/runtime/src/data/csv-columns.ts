/**
 * The byte parser: a CSV file's bytes straight into typed columns (day numbers, prices, volume,
 * numeric extra fields), with no object or string per row. Only a row with a rejected cell gets a
 * string (its note, for the warning that names the cell).
 *
 * It handles *plain* files itself — ASCII text without quotes, lines ending all in `\n` or all in
 * `\r\n` — which is what Yahoo, IEX and most exports produce. Anything else (a quote, a byte-order
 * mark, non-ASCII bytes, a NUL, mixed or bare `\r` line ends, an empty file) and every file with an
 * error (a bad date, dates running backwards) goes to the reference parser (csv-bars.ts), so every
 * diagnostic comes from one implementation and reads the same whichever parser ran.
 *
 * Numbers: the strict grammar of csv-cells.ts, read from the bytes. A decimal with at most 15
 * significant digits and a power-of-ten scale within ±22 is one exact IEEE operation on two exactly
 * representable numbers (Clinger's fast path), so it equals `Number(cell)`; longer ones (Yahoo's
 * float32 round-trips such as `43.184226989746094`) are read by `Number` on the cell's text.
 */
import { Buffer, isAscii } from 'node:buffer';
import { idRecord } from '../ids.js';
import { parseBarsCsv } from './csv-bars.js';
import { civilDay, extraReason, isDecimal, rejectReason } from './csv-cells.js';
import { csvLayout, DEFAULT_REQUIRED, type StandardColumn } from './csv-header.js';
import { type FileColumns, fileColumnsFromBars } from './file-columns.js';

const LF = 10;
const CR = 13;
const COMMA = 44;
const QUOTE = 34;

/** 10^0 … 10^22: every one exactly representable as a double. */
const POW10 = Float64Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Parse a CSV file's bytes into columns (see the module doc for which parser does the work). */
export function parseCsvColumns(
  bytes: Uint8Array,
  file: string,
  required: readonly StandardColumn[] = DEFAULT_REQUIRED,
): FileColumns {
  return parsePlain(bytes, file, required) ?? parseReference(bytes, file, required);
}

/** The reference parser over the file's text (the same text `readFileSync(path, 'utf8')` gives). */
export function parseReference(
  bytes: Uint8Array,
  file: string,
  required: readonly StandardColumn[] = DEFAULT_REQUIRED,
): FileColumns {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const { bars, lines, notes } = parseBarsCsv(text, file, required);
  return fileColumnsFromBars(file, bars, lines, notes);
}

/** `'lf'` or `'crlf'` when the file is plain (module doc), undefined otherwise. */
function plainLineEnd(bytes: Uint8Array): 'lf' | 'crlf' | undefined {
  if (!isAscii(bytes) || bytes.indexOf(0) >= 0 || bytes.indexOf(QUOTE) >= 0) return undefined;
  let cr = bytes.indexOf(CR);
  if (cr < 0) return 'lf';
  // Every CR followed by LF, and as many CRs as LFs: all lines end in CRLF.
  let crs = 0;
  while (cr >= 0) {
    if (bytes[cr + 1] !== LF) return undefined;
    crs++;
    cr = bytes.indexOf(CR, cr + 2);
  }
  return crs === countOf(bytes, LF) ? 'crlf' : undefined;
}

function countOf(bytes: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte); i >= 0; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}

/** Space, tab, vertical tab, form feed: what `String.prototype.trim` removes inside a plain cell. */
function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 12);
}

/**
 * Write the strict decimal in `bytes[a, b)` to `out[k]` and return true, or write NaN and return
 * false when the cell is not one (see csv-cells.ts). A huge decimal is ±Infinity, as `Number` gives.
 */
export function decimalInto(bytes: Uint8Array, a: number, b: number, out: Float64Array, k: number): boolean {
  let i = a;
  let c = i < b ? bytes[i]! : -1;
  const negative = c === 45;
  if (c === 43 || c === 45) c = ++i < b ? bytes[i]! : -1;
  let m = 0; // the digits as an integer, exact while `significant` <= 15
  let significant = 0;
  let digits = 0;
  let scale = 0; // power of ten of m's last digit
  while (c >= 48 && c <= 57) {
    digits++;
    if (significant > 0 || c !== 48) {
      significant++;
      m = m * 10 + (c - 48);
    }
    c = ++i < b ? bytes[i]! : -1;
  }
  if (c === 46) {
    c = ++i < b ? bytes[i]! : -1;
    while (c >= 48 && c <= 57) {
      digits++;
      if (significant > 0 || c !== 48) {
        significant++;
        m = m * 10 + (c - 48);
      }
      scale--;
      c = ++i < b ? bytes[i]! : -1;
    }
  }
  let exp = 0;
  let expDigits = 0;
  if (digits > 0 && (c === 101 || c === 69)) {
    c = ++i < b ? bytes[i]! : -1;
    const expNegative = c === 45;
    if (c === 43 || c === 45) c = ++i < b ? bytes[i]! : -1;
    while (c >= 48 && c <= 57) {
      expDigits++;
      if (expDigits <= 6) exp = exp * 10 + (c - 48);
      c = ++i < b ? bytes[i]! : -1;
    }
    if (expNegative) exp = -exp;
    if (expDigits === 0) digits = 0; // `1e`: not a number
  }
  if (digits === 0 || i !== b) {
    out[k] = Number.NaN;
    return false;
  }
  const e10 = exp + scale;
  if (significant <= 15 && expDigits <= 6 && e10 >= -22 && e10 <= 22) {
    const v = m === 0 ? 0 : e10 >= 0 ? m * POW10[e10]! : m / POW10[-e10]!;
    out[k] = negative ? -v : v;
  } else {
    out[k] = Number(latin1(bytes, a, b));
  }
  return true;
}

function latin1(bytes: Uint8Array, a: number, b: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + a, b - a).toString('latin1');
}

/**
 * Split the record `bytes[s, e)` at commas: bounds of its first `starts.length` cells go to
 * `starts`/`ends`; returns how many cells it has.
 */
function splitCells(bytes: Uint8Array, s: number, e: number, starts: Int32Array, ends: Int32Array): number {
  const width = starts.length;
  let cells = 0;
  let from = s;
  for (let i = s; i <= e; i++) {
    if (i === e || bytes[i] === COMMA) {
      if (cells < width) {
        starts[cells] = from;
        ends[cells] = i;
      }
      cells++;
      from = i + 1;
    }
  }
  return cells;
}

/** A numeric cell of column `c` (undefined: the file has no such column, NaN) into `out[row]`; false when rejected. */
function readNumber(
  bytes: Uint8Array,
  c: number | undefined,
  cells: number,
  starts: Int32Array,
  ends: Int32Array,
  out: Float64Array,
  row: number,
): boolean {
  if (c === undefined) {
    out[row] = Number.NaN;
    return true;
  }
  if (c >= cells) {
    out[row] = Number.NaN;
    return false;
  }
  return decimalInto(bytes, starts[c]!, ends[c]!, out, row);
}

/** The layout of a plain file's numeric columns. */
interface NumericLayout {
  index: Partial<Record<StandardColumn, number>>;
  extra: readonly { name: string; col: number }[];
}

/** The note of a row with a rejected cell, in the words and order of the reference parser. */
function noteOf(
  bytes: Uint8Array,
  layout: NumericLayout,
  cells: number,
  starts: Int32Array,
  ends: Int32Array,
): string {
  const text = (c: number) => (c < cells ? latin1(bytes, starts[c]!, ends[c]!) : undefined);
  const problems: string[] = [];
  const { index } = layout;
  const standard: [string, number | undefined][] = [
    ['open', index.open],
    ['high', index.high],
    ['low', index.low],
    ['close', index.close],
    ['volume', index.volume],
    ['adj close', index.adjClose],
  ];
  for (const [name, c] of standard) {
    if (c === undefined) continue;
    const why = rejectReason(name, text(c));
    if (why) problems.push(why);
  }
  for (const { name, col } of layout.extra) {
    const cell = text(col);
    if (cell !== undefined && cell !== '' && !isDecimal(cell)) problems.push(extraReason(name, cell));
  }
  return problems.join('; ');
}

/** The plain-file parse, or undefined to hand the file to the reference parser. */
function parsePlain(
  bytes: Uint8Array,
  file: string,
  required: readonly StandardColumn[],
): FileColumns | undefined {
  const size = bytes.length;
  const ending = size === 0 ? undefined : plainLineEnd(bytes);
  if (ending === undefined) return undefined;
  const cut = ending === 'crlf' ? 1 : 0; // the CR before each LF
  /** End of the record starting at `s` (without its terminator), and where the next one starts. */
  let next = 0;
  const recordEnd = (s: number): number => {
    const lf = bytes.indexOf(LF, s);
    next = lf < 0 ? size : lf + 1;
    return lf < 0 ? size : lf - cut;
  };
  const headerEnd = recordEnd(0);
  const header = latin1(bytes, 0, headerEnd).split(',');
  const { index, extra } = csvLayout(header, file, required);
  const width = header.length; // every column read is a header column
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);
  const dataStart = next;

  // An extra column is numeric when its first non-empty (trimmed) cell is a number.
  const numericExtra = extra.filter(({ col }) => {
    for (let s = dataStart; s < size; s = next) {
      const cells = splitCells(bytes, s, recordEnd(s), starts, ends);
      if (col >= cells) continue;
      let a = starts[col]!;
      let b = ends[col]!;
      while (a < b && isBlank(bytes[a]!)) a++;
      while (b > a && isBlank(bytes[b - 1]!)) b--;
      if (a < b) return isDecimal(latin1(bytes, a, b));
    }
    return false;
  });
  const layout: NumericLayout = { index, extra: numericExtra };

  // One buffer for all columns of the file: rows <= number of LFs.
  const cap = countOf(bytes, LF);
  const order = idRecord<number>(); // field names in the order a Bar's `fields` lists them
  for (const { name } of numericExtra) order[name] = 0;
  const fieldNames = Object.keys(order);
  const doubles = 5 + (index.adjClose !== undefined ? 1 : 0) + fieldNames.length;
  const buffer = new ArrayBuffer(cap * (8 * doubles + 8));
  let offset = 0;
  const f64 = () => new Float64Array(buffer, (offset += cap * 8) - cap * 8, cap);
  const i32 = () => new Int32Array(buffer, (offset += cap * 4) - cap * 4, cap);
  const open = f64();
  const high = f64();
  const low = f64();
  const close = f64();
  const volume = f64();
  const adjClose = index.adjClose !== undefined ? f64() : undefined;
  for (const name of fieldNames) order[name] = fieldNames.indexOf(name);
  const fieldColumns = fieldNames.map(() => f64());
  const extraOut = numericExtra.map(({ name }) => fieldColumns[order[name]!]!);
  const extraCol = Int32Array.from(numericExtra, (e) => e.col);
  const days = i32();
  const lines = i32();

  const notes = new Map<number, string>();
  const iDate = index.date!;
  const { open: iOpen, high: iHigh, low: iLow, close: iClose, volume: iVolume, adjClose: iAdj } = index;
  let row = 0;
  let line = 1;
  for (let s = dataStart; s < size; s = next) {
    line++;
    const e = recordEnd(s);
    const cells = splitCells(bytes, s, e, starts, ends);
    if (cells === 1) {
      let a = s;
      while (a < e && isBlank(bytes[a]!)) a++;
      if (a === e) continue; // blank line
    }
    if (iDate >= cells) return undefined;
    const day = dayAt(bytes, starts[iDate]!, ends[iDate]!);
    if (day === undefined) return undefined; // invalid_date: the reference parser says where
    days[row] = day;
    let ok = readNumber(bytes, iOpen, cells, starts, ends, open, row);
    ok = readNumber(bytes, iHigh, cells, starts, ends, high, row) && ok;
    ok = readNumber(bytes, iLow, cells, starts, ends, low, row) && ok;
    ok = readNumber(bytes, iClose, cells, starts, ends, close, row) && ok;
    ok = readNumber(bytes, iVolume, cells, starts, ends, volume, row) && ok;
    if (adjClose) ok = readNumber(bytes, iAdj, cells, starts, ends, adjClose, row) && ok;
    for (let k = 0; k < extraCol.length; k++) {
      const c = extraCol[k]!;
      // An empty extra cell is normal: NaN for that field, no note.
      if (c < cells && ends[c]! > starts[c]!)
        ok = decimalInto(bytes, starts[c]!, ends[c]!, extraOut[k]!, row) && ok;
      else extraOut[k]![row] = Number.NaN;
    }
    if (!ok) notes.set(row, noteOf(bytes, layout, cells, starts, ends));
    lines[row] = line;
    row++;
  }
  // Backwards = most steps go back in time: the reference parser reports it.
  let back = 0;
  for (let k = 1; k < row; k++) if (days[k]! < days[k - 1]!) back++;
  if (row >= 3 && back * 2 > row - 1) return undefined;
  const fit = <T extends Float64Array | Int32Array>(a: T): T => (row === cap ? a : (a.subarray(0, row) as T));
  const fields = new Map<string, Float64Array>();
  if (row > 0) for (let k = 0; k < fieldNames.length; k++) fields.set(fieldNames[k]!, fit(fieldColumns[k]!));
  return {
    file,
    length: row,
    days: fit(days),
    open: fit(open),
    high: fit(high),
    low: fit(low),
    close: fit(close),
    volume: fit(volume),
    adjClose: adjClose && row > 0 ? fit(adjClose) : undefined,
    fields,
    lines: fit(lines),
    notes,
  };
}

/**
 * Day number of a date cell `bytes[a, b)`: trimmed, `YYYY-MM-DD` alone or followed by `T` or a space,
 * and a real calendar date (csv-cells.ts `civilDay`). Undefined when the cell is not such a date.
 */
function dayAt(bytes: Uint8Array, a: number, b: number): number | undefined {
  while (a < b && isBlank(bytes[a]!)) a++;
  while (b > a && isBlank(bytes[b - 1]!)) b--;
  if (b - a < 10 || bytes[a + 4] !== 45 || bytes[a + 7] !== 45) return undefined;
  if (b - a > 10 && bytes[a + 10] !== 84 && bytes[a + 10] !== 32) return undefined;
  const y = digitsAt(bytes, a, 4);
  const m = digitsAt(bytes, a + 5, 2);
  const d = digitsAt(bytes, a + 8, 2);
  if (y < 0 || m < 0 || d < 0) return undefined;
  return civilDay(y, m, d);
}

/** The `n` ASCII digits at `bytes[a]` as a number, -1 when one is not a digit. */
function digitsAt(bytes: Uint8Array, a: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = bytes[a + k]!;
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}
