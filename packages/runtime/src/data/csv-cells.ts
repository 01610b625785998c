/**
 * What a CSV cell may be, as strings: the strict decimal grammar, and how a rejected cell is described
 * in a message. Shared by the reference parser (csv-bars.ts) and the byte parser (csv-columns.ts), so
 * both name a bad cell in the same words.
 */

/**
 * A strict decimal number: optional sign, digits with an optional fraction (at least one digit),
 * optional exponent — `^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$`, scanned by hand (hot: every cell).
 */
export function isDecimal(s: string): boolean {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  if (c === 43 || c === 45) c = s.charCodeAt(++i); // + -
  let digits = 0;
  while (c >= 48 && c <= 57) {
    digits++;
    c = s.charCodeAt(++i);
  }
  if (c === 46) {
    c = s.charCodeAt(++i);
    while (c >= 48 && c <= 57) {
      digits++;
      c = s.charCodeAt(++i);
    }
  }
  if (digits === 0) return false;
  if (c === 101 || c === 69) {
    c = s.charCodeAt(++i);
    if (c === 43 || c === 45) c = s.charCodeAt(++i);
    let exp = 0;
    while (c >= 48 && c <= 57) {
      exp++;
      c = s.charCodeAt(++i);
    }
    if (exp === 0) return false;
  }
  return i === n;
}

/** Parse a numeric cell strictly (see isDecimal); anything else gives NaN (the loader's policy decides). */
export function parseDecimal(cell: string | undefined): number {
  return cell !== undefined && isDecimal(cell) ? Number(cell) : Number.NaN;
}

/** A cell short and plain enough to quote in a message (never a line of some other file). */
export function quoteCell(cell: string): string {
  return /^[\x20-\x7e]{0,20}$/.test(cell) ? `'${cell}'` : `a ${cell.length}-character value`;
}

/** Why an OHLCV cell is not a number, or undefined when it is one. */
export function rejectReason(name: string, cell: string | undefined): string | undefined {
  if (cell === undefined) return `${name} is missing (short row)`;
  if (isDecimal(cell)) return undefined;
  if (cell === '') return `${name} is empty`;
  return `${name} ${quoteCell(cell)} is not a plain decimal number`;
}

/** Why a non-empty extra-column cell is not a number (empty extra cells are normal: NaN, no note). */
export function extraReason(name: string, cell: string): string {
  return `${name} ${quoteCell(cell)} is not a plain decimal number`;
}

/**
 * Day number (days since 1970-01-01) of the calendar date y-m-d in the proleptic Gregorian calendar,
 * or undefined when it is no date (month outside 1-12, day outside the month: `2024-02-30`,
 * `2024-13-01`). Integer arithmetic only (the days-from-civil algorithm), so years 0-99 are those
 * years, not 1900-1999 as `Date.UTC` would read them.
 */
export function civilDay(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthDays = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (d > monthDays) return undefined;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
