/**
 * The data policy (docs/data.md): strict number parsing, implausible values that never enter a
 * running window, reversed files, large moves and gaps, strict mode, symbols confined to the folder.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { weekdayCalendar } from '../../test/support/weekday-calendar.js';
import { sma } from '../features/kernels/sma.js';
import { CsvDirectoryFeed, parseBarsCsv, parseDecimal, SYMBOL_PATTERN } from './csv-feed.js';
import { loadPanel } from './panel.js';
import { DataError } from './policy.js';

const tmp = mkdtempSync(join(tmpdir(), 'tactical-policy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const cal = weekdayCalendar();
const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const A = { id: 'a', symbol: 'A' };
/** The weekdays from 2024-01-01 (a Monday), as ISO days. */
const weekdays = (n: number): string[] => {
  const out: string[] = [];
  for (let d = utc('2024-01-01').getTime(); out.length < n; d += 86_400_000) {
    const wd = new Date(d).getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(new Date(d).toISOString().slice(0, 10));
  }
  return out;
};
const HEADER = 'Date,Open,High,Low,Close,Volume';
const file = (days: string[], closes: (number | string)[]) =>
  `${HEADER}\n${days.map((d, k) => `${d},${closes[k]},${closes[k]},${closes[k]},${closes[k]},100`).join('\n')}\n`;
let dirs = 0;
function folder(files: Record<string, string>): string {
  const dir = join(tmp, `d${dirs++}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const rangeOf = (days: string[]) => ({
  from: utc(days[0]!),
  to: new Date(utc(days.at(-1)!).getTime() + 864e5),
});

describe('strict number parsing', () => {
  // The documented grammar, written independently of the hand-written scanner in csv-feed.ts.
  const GRAMMAR = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

  it.each(['12', '-0.5', '.5', '5.', '+3', '1.2e3', '1E-7', '0', '007'])('accepts %j', (cell) => {
    expect(parseDecimal(cell)).toBe(Number(cell));
  });

  it.each([
    '',
    ' 12 ',
    '12 ',
    '0x10',
    '0b1',
    '0o7',
    '1e',
    '1e+',
    'NaN',
    'Infinity',
    '-Infinity',
    '1,5',
    '1_000',
    '.',
    '-',
    'e5',
    '12abc',
    '--1',
    '١٢',
  ])('rejects %j', (cell) => {
    expect(parseDecimal(cell)).toBeNaN();
  });

  it('agrees with the documented grammar on arbitrary strings', () => {
    const chars = fc.constantFrom(...'0123456789+-.eExXaN ,_'.split(''));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 12 }).map((a) => a.join('')),
        (s) => {
          const ok = GRAMMAR.test(s);
          expect(Number.isNaN(parseDecimal(s))).toBe(!ok);
          if (ok) expect(parseDecimal(s)).toBe(Number(s));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a rejected cell is named in the warning, with file and line', async () => {
    const days = weekdays(5);
    const dir = folder({ 'A.csv': file(days, [10, 10, '0x10', 10, 10]) });
    const panel = await loadPanel(new CsvDirectoryFeed({ dir }), [A], cal, rangeOf(days));
    expect(panel.issues).toHaveLength(1);
    expect(panel.issues[0]).toMatchObject({ code: 'invalid_value', count: 1, line: 4 });
    expect(panel.issues[0]!.message).toContain("open '0x10' is not a plain decimal number");
    expect(panel.columns[0]!.close[2]).toBeNaN();
  });
});

describe('implausible values never enter a running window', () => {
  /** Plain SMA: the mean of the last `p` closes, undefined when any of them is missing. */
  function referenceSma(x: readonly number[], p: number): number[] {
    return x.map((_, i) => {
      if (i < p - 1) return Number.NaN;
      const w = x.slice(i - p + 1, i + 1);
      return w.some((v) => Number.isNaN(v)) ? Number.NaN : w.reduce((s, v) => s + v, 0) / p;
    });
  }

  it('a 1e308 close is dropped and the SMA after it equals the plain mean', async () => {
    const days = weekdays(60);
    const closes = days.map((_, k) => 100 + (k % 7) * 0.25);
    const dirty: (number | string)[] = [...closes];
    dirty[20] = '1e308';
    const dir = folder({ 'A.csv': file(days, dirty) });
    const panel = await loadPanel(new CsvDirectoryFeed({ dir }), [A], cal, rangeOf(days));
    expect(panel.issues.map((i) => [i.code, i.line])).toEqual([['implausible_value', 22]]);
    const close = panel.columns[0]!.close;
    const out = new Float64Array(close.length);
    sma.compute(close, { period: 5 }, out);
    const expected = referenceSma(
      closes.map((c, k) => (k === 20 ? Number.NaN : c)),
      5,
    );
    for (let i = 0; i < out.length; i++) {
      if (Number.isNaN(expected[i]!)) expect(out[i]).toBeNaN();
      else expect(Math.abs(out[i]! - expected[i]!)).toBeLessThan(1e-12);
    }
    expect(out[59], 'the window is intact long after the bad bar').toBeCloseTo(expected[59]!, 12);
  });

  it("with largeMove 'drop' an unadjusted split restarts the windows: no average mixes both sides", async () => {
    const days = weekdays(30);
    const closes = days.map((_, k) => (k < 15 ? 100 : 50));
    const dir = folder({ 'A.csv': file(days, closes) });
    const feed = new CsvDirectoryFeed({ dir });
    const kept = await loadPanel(feed, [A], cal, rangeOf(days));
    expect(kept.issues[0]).toMatchObject({ code: 'large_move', line: 17, count: 1 });
    expect(kept.columns[0]!.close[15], 'kept by default').toBe(50);
    const dropped = await loadPanel(feed, [A], cal, rangeOf(days), { policy: { largeMove: 'drop' } });
    const close = dropped.columns[0]!.close;
    expect(close[15]).toBeNaN();
    const out = new Float64Array(close.length);
    sma.compute(close, { period: 3 }, out);
    for (const v of out) if (!Number.isNaN(v)) expect([100, 50]).toContain(v);
  });

  it('a long gap is reported once with its length, and the bars are kept', async () => {
    const days = weekdays(40);
    const some = days.filter((_, k) => k < 10 || k >= 25);
    const dir = folder({
      'A.csv': file(
        some,
        some.map(() => 10),
      ),
    });
    const panel = await loadPanel(new CsvDirectoryFeed({ dir }), [A], cal, rangeOf(days));
    expect(panel.issues).toHaveLength(1);
    expect(panel.issues[0]).toMatchObject({ code: 'long_gap', line: 12, count: 1 });
    expect(panel.issues[0]!.message).toContain('15 sessions without a bar');
  });
});

describe('file order', () => {
  it('a file whose dates run backwards is its own error, at its first data line', () => {
    const days = weekdays(6);
    const text = file(
      [...days].reverse(),
      days.map(() => 10),
    );
    const err = (() => {
      try {
        parseBarsCsv(text, 'r.csv');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(DataError);
    expect(err).toMatchObject({ code: 'reversed_dates', file: 'r.csv', line: 2 });
  });

  it('one row out of place is unsorted, not reversed', async () => {
    const days = weekdays(6);
    const order = [days[0]!, days[1]!, days[3]!, days[2]!, days[4]!, days[5]!];
    const dir = folder({
      'A.csv': file(
        order,
        days.map(() => 10),
      ),
    });
    const err = await loadPanel(new CsvDirectoryFeed({ dir }), [A], cal, rangeOf(days)).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'unsorted_dates', line: 5 });
  });
});

describe('strict mode', () => {
  it('turns every warning into a located DataError', async () => {
    const days = weekdays(5);
    const dir = folder({ 'A.csv': file(days, [10, 10, 'NaN', 10, 10]) });
    const feed = new CsvDirectoryFeed({ dir });
    const lax = await loadPanel(feed, [A], cal, rangeOf(days));
    expect(lax.issues[0]).toMatchObject({ code: 'invalid_value' });
    const err = await loadPanel(feed, [A], cal, rangeOf(days), { policy: { strict: true } }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DataError);
    expect(err).toMatchObject({ code: 'invalid_value', line: 4, asset: 'a' });
    expect((err as Error).message).toContain('strict mode');
  });
});

describe('symbols stay inside the data folder', () => {
  it.each(['SPY', 'BRK.B', 'BRK-B', '^GSPC', 'EURUSD=X', 'A_1'])('%j is a symbol', (s) => {
    expect(SYMBOL_PATTERN.test(s)).toBe(true);
  });
  it.each(['../x', 'a/b', 'a\\b', '.hidden', '-x', '', 'x'.repeat(33), 'a b', 'a\u0000'])(
    '%j is not',
    (s) => {
      expect(SYMBOL_PATTERN.test(s)).toBe(false);
    },
  );

  it('refuses a bad symbol and a symlink leaving the folder, without echoing the file', async () => {
    const outside = folder({ 'creds.csv': 'token=s3cr3t\n' });
    const dir = folder({});
    symlinkSync(join(outside, 'creds.csv'), join(dir, 'X.csv'));
    const feed = new CsvDirectoryFeed({ dir });
    const days = weekdays(3);
    for (const asset of [
      { id: 'x', symbol: 'X' },
      { id: 'y', symbol: '../creds' },
    ]) {
      const err = await loadPanel(feed, [asset], cal, rangeOf(days)).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'invalid_symbol' });
      expect(String((err as Error).message)).not.toContain('s3cr3t');
    }
  });

  it('follows a symlink that stays inside the folder', async () => {
    const days = weekdays(3);
    const dir = folder({ 'REAL.csv': file(days, [1, 1, 1]) });
    symlinkSync(join(dir, 'REAL.csv'), join(dir, 'X.csv'));
    const panel = await loadPanel(
      new CsvDirectoryFeed({ dir }),
      [{ id: 'x', symbol: 'X' }],
      cal,
      rangeOf(days),
    );
    expect(Array.from(panel.columns[0]!.close)).toEqual([1, 1, 1]);
  });
});
