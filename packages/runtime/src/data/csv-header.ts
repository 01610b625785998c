/**
 * Reading a CSV header: which column holds each standard field, which other columns may be extra
 * fields, and the `missing_column` error. Headers are matched case-insensitively with spaces and
 * underscores ignored; an extra field's name is the header lower-cased with spaces turned into `_`.
 * A second column mapping to a standard field (a second `Close`) is an extra column.
 */
import { own } from '../ids.js';
import { DataError, hintFor } from './policy.js';

/** The standard columns a CSV may carry. */
export type StandardColumn = 'date' | 'open' | 'high' | 'low' | 'close' | 'adjClose' | 'volume';

/** Columns required when the caller names none (`adjClose` defaults to close). */
export const DEFAULT_REQUIRED: readonly StandardColumn[] = ['date', 'open', 'high', 'low', 'close', 'volume'];

const HEADER_ALIASES: Readonly<Record<string, StandardColumn>> = Object.freeze({
  date: 'date',
  timestamp: 'date',
  open: 'open',
  high: 'high',
  low: 'low',
  close: 'close',
  adjclose: 'adjClose',
  adjustedclose: 'adjClose',
  volume: 'volume',
});

/** Where each column of a file goes. */
export interface CsvLayout {
  /** Column index of each standard field present. */
  index: Partial<Record<StandardColumn, number>>;
  /** Other non-empty header cells, in header order (extra fields when their data is numeric). */
  extra: { name: string; col: number }[];
}

/**
 * The layout of `header` (the first record's cells), or a `missing_column` DataError at line 1 when a
 * `required` column is absent. Header cells are data: `constructor` is an ordinary extra column.
 */
export function csvLayout(
  header: readonly string[],
  file: string,
  required: readonly StandardColumn[],
): CsvLayout {
  const index: Partial<Record<StandardColumn, number>> = {};
  const extra: { name: string; col: number }[] = [];
  header.forEach((raw, col) => {
    const norm = raw
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '');
    const std = own(HEADER_ALIASES, norm);
    if (std && index[std] === undefined) index[std] = col;
    else if (norm !== '') extra.push({ name: raw.trim().toLowerCase().replace(/\s+/g, '_'), col });
  });
  const missing = required.filter((c) => index[c] === undefined);
  if (missing.length > 0) {
    const plain = header.every((h) => /^[A-Za-z0-9 _.()-]{0,24}$/.test(h));
    throw new DataError(
      'missing_column',
      `missing column(s) ${missing.join(', ')} in ${plain ? `header '${header.join(',')}'` : 'the first line, which is not a CSV header'}`,
      hintFor('missing_column'),
      file,
      1,
    );
  }
  return { index, extra };
}
