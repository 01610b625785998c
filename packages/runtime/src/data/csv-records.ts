/**
 * The records of a small CSV file (membership lists, change logs) exactly as csv-parse gives them with
 * `skip_empty_lines` and a fixed column count. A plain file — no quote, no carriage return, every
 * line as wide as the first — is split directly: csv-parse, cold, takes ~50 ms on the 1,231-line S&P
 * membership file, which every sweep and backtest over that index reads before its first point.
 * Anything else goes to csv-parse, which also words the error of a malformed file.
 */
import { parse } from 'csv-parse/sync';

export function csvRecords(text: string): string[][] {
  if (!text.includes('"') && !text.includes('\r')) {
    const records: string[][] = [];
    let width = -1;
    let plain = true;
    for (const line of text.split('\n')) {
      if (line === '') continue; // skip_empty_lines
      const cells = line.split(',');
      if (width === -1) width = cells.length;
      else if (cells.length !== width) {
        plain = false; // csv-parse reports the record length
        break;
      }
      records.push(cells);
    }
    if (plain) return records;
  }
  return parse(text, { relax_column_count: false, skip_empty_lines: true }) as string[][];
}
