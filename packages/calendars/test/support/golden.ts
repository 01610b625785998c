/**
 * Shared golden-file suite (the exchange_calendars pattern: one base suite, each exchange supplies its
 * answer file and samples). The answer files are exchange_calendars' `tests/resources/<mic>.csv`,
 * read from ../shared/calendars (never copied into the repository).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingShared, sharedPath } from '../../../../tools/shared-data.js';
import { type ExchangeCalendar, isoDate, toDay } from '../../src/index.js';

/** One answer-file row. */
export interface GoldenRow {
  date: string;
  open: string;
  close: string;
}

/** Parse `,open,close,break_start,break_end` rows; instants normalised to `Date#toISOString` form. */
export function readGolden(path: string): GoldenRow[] {
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  return lines.slice(1).map((line) => {
    const [date, open, close] = line.split(',');
    return {
      date: date!.slice(0, 10),
      open: new Date(open!).toISOString(),
      close: new Date(close!).toISOString(),
    };
  });
}

/** What an exchange's test supplies to the shared suite. */
export interface GoldenSpec {
  /** The calendar under test. */
  calendar: () => ExchangeCalendar;
  /** File name under ../shared/calendars. */
  file: string;
  /** Expected number of rows (guards against a truncated file). */
  rows: number;
  /** Expected number of early closes within the file's span. */
  earlyCloses: number;
}

/** Register the golden suite for one exchange. */
export function describeGolden(spec: GoldenSpec): void {
  const path = sharedPath('calendars', spec.file);
  describe.skipIf(path === undefined)(
    `golden file ${spec.file} ${path ? '' : missingShared('calendars', spec.file)}`,
    () => {
      const rows = path ? readGolden(path) : [];
      const cal = spec.calendar();
      const from = rows[0]?.date ?? '2000-01-01';
      const to = isoDate(toDay(rows.at(-1)?.date ?? '2000-01-01') + 1);

      it('has the expected number of rows', () => {
        expect(rows.length).toBe(spec.rows);
      });

      it('reproduces the session set exactly over the whole span (none missing, none extra)', () => {
        const got = Array.from(cal.sessionDays({ from, to }), (d) => isoDate(d));
        const want = rows.map((r) => r.date);
        const gotSet = new Set(got);
        const wantSet = new Set(want);
        expect(
          want.filter((d) => !gotSet.has(d)),
          'sessions in the file the calendar lacks',
        ).toEqual([]);
        expect(
          got.filter((d) => !wantSet.has(d)),
          'sessions the calendar has that the file lacks',
        ).toEqual([]);
        expect(got).toEqual(want);
      });

      it('reproduces every open and close instant exactly', () => {
        const mismatches: string[] = [];
        for (const r of rows) {
          const s = cal.schedule(r.date);
          const open = s.open.toISOString();
          const close = s.close.toISOString();
          if (open !== r.open || close !== r.close)
            mismatches.push(`${r.date}: ${open}/${close} want ${r.open}/${r.close}`);
        }
        expect(mismatches).toEqual([]);
      });

      it('isOpen agrees with the file on every day of the span', () => {
        const want = new Set(rows.map((r) => toDay(r.date)));
        const wrong: string[] = [];
        for (let d = toDay(from); d < toDay(to); d++) {
          if (cal.isOpen(isoDate(d)) !== want.has(d)) wrong.push(isoDate(d));
        }
        expect(wrong).toEqual([]);
      });

      it('flags exactly the short sessions of the file as early closes', () => {
        // A short session in the file is one shorter than the span's regular (most common) length.
        const length = (r: GoldenRow) => Date.parse(r.close) - Date.parse(r.open);
        const counts = new Map<number, number>();
        for (const r of rows) counts.set(length(r), (counts.get(length(r)) ?? 0) + 1);
        const regular = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
        const short = rows.filter((r) => length(r) < (regular ?? 0)).map((r) => r.date);
        expect(short).toHaveLength(spec.earlyCloses);
        expect(rows.filter((r) => cal.isEarlyClose(r.date)).map((r) => r.date)).toEqual(short);
        expect(cal.earlyCloses({ from, to }).map((e) => isoDate(e.date))).toEqual(short);
      });
    },
  );
}
