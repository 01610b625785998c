/**
 * The byte parser (csv-columns.ts) against the reference parser (csv-bars.ts, csv-parse and one Bar
 * per row): the same numbers, rows, lines, notes and errors; and the panel a CSV folder loads into is
 * the same through the new column path as through the old Bar path (a feed written here that yields
 * the reference parser's bars), values, NaNs, issues and errors alike, on generated files with bad
 * rows and random data policies.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { weekdayCalendar } from '../../test/support/weekday-calendar.js';
import type { Panel } from '../features/types.js';
import { parseBarsCsv } from './csv-bars.js';
import { civilDay } from './csv-cells.js';
import { decimalInto, parseCsvColumns, parseReference } from './csv-columns.js';
import { CsvDirectoryFeed } from './csv-feed.js';
import type { FileColumns } from './file-columns.js';
import type { LocatingFeed } from './memory-feed.js';
import { loadPanel } from './panel.js';
import type { DataPolicy, IssueAction, SourceLocation } from './policy.js';
import type { Asset, Bar, DateRange } from './types.js';

const tmp = mkdtempSync(join(tmpdir(), 'tactical-csv-columns-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decimalInto reads a cell as Number does', () => {
  // The documented grammar, written independently of the byte scanner.
  const GRAMMAR = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  const read = (s: string): { ok: boolean; value: number } => {
    const out = new Float64Array(1);
    // The cell sits inside other bytes: the scanner must stop at its bounds.
    const ok = decimalInto(bytes(`9${s}9`), 1, 1 + s.length, out, 0);
    return { ok, value: out[0]! };
  };
  const check = (s: string) => {
    const { ok, value } = read(s);
    expect(ok, s).toBe(GRAMMAR.test(s));
    if (ok) expect(Object.is(value, Number(s)), `${s}: ${value} vs ${Number(s)}`).toBe(true);
    else expect(value).toBeNaN();
  };

  it.each([
    '12',
    '-0',
    '-0.0',
    '+0',
    '.5',
    '5.',
    '007',
    '1e308',
    '1e309',
    '-1e400',
    '1e-400',
    '4.9e-324',
    '43.184226989746094',
    '9007199254740993',
    '0.1',
    '123456789012345',
    '1234567890123456',
    '0.000000000000000000000001',
    '1E+22',
    '1e23',
    '1e0000000000000001',
    '',
    '1e',
    '.',
    '-',
    '0x10',
    ' 12',
    'NaN',
  ])('%j', check);

  it('on arbitrary strings of number-ish characters', () => {
    const chars = fc.constantFrom(...'0123456789+-.eE x'.split(''));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 24 }).map((a) => a.join('')),
        check,
      ),
      { numRuns: 3000 },
    );
  });

  it('on every double printed by JavaScript, and at fixed precisions', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 20 }),
        (x, p) => {
          check(String(x));
          if (Math.abs(x) < 1e21) check(x.toFixed(p));
          check(x.toExponential(p));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('dates are real calendar dates', () => {
  it('civilDay agrees with Date over years 0-9999 and rejects what is no date', () => {
    // Independent reference: a Date set with setUTCFullYear (no 1900 mapping of years 0-99).
    const reference = (y: number, m: number, d: number): number | undefined => {
      const t = new Date(0);
      t.setUTCFullYear(y, m - 1, d);
      return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
        ? t.getTime() / 86_400_000
        : undefined;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          expect(civilDay(y, m, d)).toBe(reference(y, m, d));
        },
      ),
      { numRuns: 3000 },
    );
    expect(civilDay(2024, 2, 29)).toBe(19782);
    expect(civilDay(2023, 2, 29)).toBeUndefined();
    expect(civilDay(1900, 2, 29)).toBeUndefined();
    expect(civilDay(2000, 2, 29)).toBe(11016);
  });

  it.each(['2024-13-01', '2024-00-10', '2024-02-30', '2023-02-29', '2024-04-31'])(
    '%s is an invalid_date on its line, in both parsers',
    (date) => {
      const text = `Date,Open,High,Low,Close,Volume\n2024-01-02,1,1,1,1,1\n${date},1,1,1,1,1\n`;
      for (const parse of [parseCsvColumns, parseReference]) {
        expect(() => parse(bytes(text), 'd.csv')).toThrow(/d\.csv:3: invalid_date/);
      }
    },
  );

  it('a year before 100 is that year', () => {
    const c = parseCsvColumns(bytes('Date,Open,High,Low,Close,Volume\n0050-03-01,1,1,1,1,1\n'), 'y.csv');
    expect(c.days[0]).toBe(civilDay(50, 3, 1));
    expect(new Date(c.days[0]! * 86_400_000).getUTCFullYear()).toBe(50);
  });
});

// ---------------------------------------------------------------------------------------------
// Generated files

const WEEKDAYS: string[] = (() => {
  const out: string[] = [];
  for (let d = Date.UTC(2024, 0, 1); out.length < 40; d += 86_400_000) {
    const wd = new Date(d).getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(new Date(d).toISOString().slice(0, 10));
  }
  return out;
})();

const GOOD = ['10', '10.5', '11', '9.75', '100', '0.5', '12.25', '10.000001', '43.184226989746094'];
const BAD = ['', 'NaN', '0x10', ' 12', '1e308', '0', '-5', 'Infinity', '1e', 'abc', '1,5', '1e400'];

const numberCell = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...GOOD) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD) },
);

/** A date cell: usually the next weekday, sometimes a repeat, a step back, a weekend, a bad date. */
const dateStep = fc.oneof(
  { weight: 20, arbitrary: fc.constant('next') },
  { weight: 1, arbitrary: fc.constantFrom('same', 'back', 'weekend', 'time', 'padded') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2024-02-30', '2024-13-01', '01/02/2024', '', '2024-1-05', '2024-01-05x'),
  },
);

const rowShape = fc.record({
  date: dateStep,
  cells: fc.array(numberCell, { minLength: 8, maxLength: 8 }),
  short: fc.oneof({ weight: 20, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  blankBefore: fc.oneof(
    { weight: 20, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom('\n', '   \n') },
  ),
});

const layouts = [
  { header: 'Date,Open,High,Low,Close,Adj Close,Volume', numbers: 6 },
  { header: 'date,open,high,low,close,volume,Name', numbers: 5, name: true },
  { header: 'Date,Open,High,Low,Close,Volume,npy', numbers: 6 },
  { header: 'Date,Open,High,Low,Close,Volume,Dividend,constructor', numbers: 7 },
  { header: 'Date,Open,High,Close,Volume', numbers: 4 }, // missing Low: an error
  { header: 'timestamp,open,high,low,close,volume,close', numbers: 6 }, // a second close is an extra field
] as const;

const fileText = fc
  .record({
    layout: fc.constantFrom(...layouts),
    rows: fc.array(rowShape, { minLength: 0, maxLength: 25, size: 'max' }),
    ending: fc.oneof(
      { weight: 6, arbitrary: fc.constant('\n') },
      { weight: 2, arbitrary: fc.constant('\r\n') },
      { weight: 1, arbitrary: fc.constant('mixed') },
    ),
    trailing: fc.boolean(),
    oddity: fc.oneof(
      { weight: 8, arbitrary: fc.constant('none') },
      { weight: 1, arbitrary: fc.constantFrom('bom', 'quoted', 'reversed', 'nul', 'empty') },
    ),
  })
  .map(({ layout, rows, ending, trailing, oddity }) => {
    let day = 0;
    const lines: string[] = [layout.header];
    const order = rows.map((r) => {
      let date: string;
      switch (r.date) {
        case 'next':
          date = WEEKDAYS[Math.min(day++, WEEKDAYS.length - 1)]!;
          break;
        case 'same':
          date = WEEKDAYS[Math.max(0, day - 1)]!;
          break;
        case 'back':
          date = WEEKDAYS[Math.max(0, day - 3)]!;
          break;
        case 'weekend':
          date = '2024-01-06';
          break;
        case 'time':
          date = `${WEEKDAYS[Math.min(day++, WEEKDAYS.length - 1)]!} 00:00:00`;
          break;
        case 'padded':
          date = ` ${WEEKDAYS[Math.min(day++, WEEKDAYS.length - 1)]!}\t`;
          break;
        default:
          date = r.date;
      }
      const cells = [date, ...r.cells.slice(0, layout.numbers)];
      if ('name' in layout) cells.push('AAPL');
      return { text: (r.short ? cells.slice(0, 3) : cells).join(','), blank: r.blankBefore };
    });
    if (oddity === 'reversed') order.reverse();
    for (const r of order) {
      if (r.blank) lines.push(r.blank.replace('\n', ''));
      lines.push(r.text);
    }
    if (oddity === 'quoted' && lines.length > 1) lines[1] = lines[1]!.replace(/^([^,]*),([^,]*)/, '$1,"$2"');
    if (oddity === 'nul' && lines.length > 1) lines[1] = `${lines[1]}\u0000`;
    let text =
      ending === 'mixed'
        ? lines.map((l, k) => l + (k % 2 ? '\r\n' : '\n')).join('')
        : lines.join(ending) + (trailing ? ending : '');
    if (oddity === 'bom') text = `\ufeff${text}`;
    if (oddity === 'empty') text = '';
    return text;
  });

/** The outcome of `f`: its value, or the DataError's fields. */
function outcome<T>(f: () => T): { value: T } | { error: Record<string, unknown> } {
  try {
    return { value: f() };
  } catch (e) {
    const err = e as Error & Record<string, unknown>;
    if (err.name !== 'DataError') throw e;
    return {
      error: { code: err.code, message: err.message, file: err.file, line: err.line, asset: err.asset },
    };
  }
}

/** Plain data of a FileColumns, comparable with toEqual (typed arrays as arrays). */
function plain(c: FileColumns) {
  return {
    file: c.file,
    length: c.length,
    days: Array.from(c.days),
    open: Array.from(c.open),
    high: Array.from(c.high),
    low: Array.from(c.low),
    close: Array.from(c.close),
    volume: Array.from(c.volume),
    adjClose: c.adjClose ? Array.from(c.adjClose) : undefined,
    fields: [...c.fields].map(([k, v]) => [k, Array.from(v)]),
    lines: Array.from(c.lines),
    notes: [...c.notes],
  };
}

describe('parseCsvColumns equals the reference parser', () => {
  it('on generated files: values, rows, lines, notes, errors', () => {
    fc.assert(
      fc.property(fileText, (text) => {
        const got = outcome(() => plain(parseCsvColumns(bytes(text), 'f.csv')));
        const want = outcome(() => plain(parseReference(bytes(text), 'f.csv')));
        expect(got).toEqual(want);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a plain file without the reference parser (a wrong cell would show)', () => {
    const text = 'Date,Open,High,Low,Close,Volume\n2024-01-02,1.5,2,1,1.75,100\n2024-01-03,,2,1,1.5,100\n';
    const c = parseCsvColumns(bytes(text), 'p.csv');
    expect(Array.from(c.days)).toEqual([19724, 19725]);
    expect(Array.from(c.close)).toEqual([1.75, 1.5]);
    expect(c.open[1]).toBeNaN();
    expect([...c.notes]).toEqual([[1, 'open is empty']]);
    expect(Array.from(c.lines)).toEqual([2, 3]);
    expect(c.adjClose).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Panels: the column path against the old Bar path

/** The old way in: the reference parser's bars, located by identity (what CsvDirectoryFeed was). */
class ReferenceBarFeed implements LocatingFeed {
  private readonly parsed: ReturnType<typeof parseBarsCsv>;
  constructor(private readonly file: string) {
    this.parsed = parseBarsCsv(readFileSync(file, 'utf8'), file);
  }
  has(): boolean {
    return true;
  }
  async *bars(_asset: Asset, range: DateRange): AsyncIterable<Bar> {
    for (const bar of this.parsed.bars) {
      if (bar.t.getTime() >= range.from.getTime() && bar.t.getTime() < range.to.getTime()) yield bar;
    }
  }
  locate(_asset: Asset, bar: Bar): SourceLocation | undefined {
    const i = this.parsed.bars.indexOf(bar);
    const note = this.parsed.notes.get(i);
    return { file: this.file, line: this.parsed.lines[i]!, ...(note !== undefined ? { detail: note } : {}) };
  }
}

const action = fc.constantFrom<IssueAction>('error', 'drop', 'warn');
const policyArb: fc.Arbitrary<Partial<DataPolicy>> = fc.record(
  {
    unsortedDates: action,
    duplicateDates: action,
    invalidValue: action,
    nonPositivePrice: action,
    implausibleValue: action,
    largeMove: action,
    longGap: action,
    offSession: action,
    gapSessions: fc.integer({ min: 0, max: 3 }),
    moveRatio: fc.constantFrom(1.05, 1.75),
    strict: fc.boolean(),
  },
  { requiredKeys: [] },
);

function panelData(p: Panel) {
  return {
    days: Array.from(p.grid.days),
    columns: p.columns.map((c) => ({
      asset: c.asset,
      open: Array.from(c.open),
      high: Array.from(c.high),
      low: Array.from(c.low),
      close: Array.from(c.close),
      adjClose: Array.from(c.adjClose),
      volume: Array.from(c.volume),
      fields: [...c.fields].map(([k, v]) => [k, Array.from(v)]),
    })),
    issues: p.issues,
  };
}

async function settle<T>(p: Promise<T>): Promise<{ value: T } | { error: Record<string, unknown> }> {
  try {
    return { value: await p };
  } catch (e) {
    const err = e as Error & Record<string, unknown>;
    if (err.name !== 'DataError') throw e;
    return {
      error: { code: err.code, message: err.message, file: err.file, line: err.line, asset: err.asset },
    };
  }
}

describe('a CSV folder gives the same panel through columns and through Bars', () => {
  const cal = weekdayCalendar(['2024-01-15']);
  const A = { id: 'a', symbol: 'A' };
  // Starts mid-file and ends before its last rows, so the range filter is exercised too.
  const range = { from: new Date(Date.UTC(2024, 0, 3)), to: new Date(Date.UTC(2024, 1, 20)) };
  let runs = 0;

  it('values, NaNs, fields, issues and errors, under random policies', async () => {
    await fc.assert(
      fc.asyncProperty(fileText, policyArb, fc.integer({ min: 0, max: 3 }), async (text, policy, warmup) => {
        const dir = join(tmp, `p${runs++}`);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir);
        const path = join(dir, 'A.csv');
        writeFileSync(path, text);
        const reference = outcome(() => new ReferenceBarFeed(path));
        const viaColumns = await settle(
          loadPanel(new CsvDirectoryFeed({ dir }), [A], cal, range, { policy, warmup }).then(panelData),
        );
        if ('error' in reference) {
          expect(viaColumns).toEqual(reference);
          return;
        }
        const viaBars = await settle(
          loadPanel(reference.value, [A], cal, range, { policy, warmup }).then(panelData),
        );
        expect(viaColumns).toEqual(viaBars);
      }),
      { numRuns: 250 },
    );
  });
});
