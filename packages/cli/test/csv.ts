/** A small CSV reader for the export tests (RFC 4180 quoting), independent of the code that writes. */
export function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with a newline');
  const [header, ...rows] = records;
  if (!header) throw new Error('CSV without a header');
  for (const [k, r] of rows.entries()) {
    if (r.length !== header.length)
      throw new Error(`CSV row ${k + 2} has ${r.length} cells, header ${header.length}`);
  }
  return { header, rows };
}

/** Column `name` as numbers (empty cells NaN). */
export function numbers(csv: { header: string[]; rows: string[][] }, name: string): number[] {
  const k = csv.header.indexOf(name);
  if (k < 0) throw new Error(`no column ${name}`);
  return csv.rows.map((r) => (r[k] === '' ? Number.NaN : Number(r[k])));
}
