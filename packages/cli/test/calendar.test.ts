/**
 * `tactical calendar`: text and JSON output, usage errors (exit 2) for unknown codes and years.
 */
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../src/context.js';
import { run } from '../src/run.js';

function context(): CliContext & { out: string; err: string } {
  return {
    cwd: process.cwd(),
    out: '',
    err: '',
    exitCode: 0,
    stdout(text) {
      this.out += text;
    },
    stderr(text) {
      this.err += text;
    },
  };
}

describe('tactical calendar', () => {
  it('prints the 2026 NYSE holidays and early closes, aligned', async () => {
    const ctx = context();
    expect(await run(['calendar', 'XNYS', '2026'], ctx)).toBe(0);
    expect(ctx.out).toMatchInlineSnapshot(`
      "XNYS New York Stock Exchange (America/New_York) 2026: 251 sessions

      Holidays (10)
        2026-01-01  Thursday  New Year's Day
        2026-01-19  Monday    Martin Luther King Jr. Day
        2026-02-16  Monday    Presidents' Day
        2026-04-03  Friday    Good Friday
        2026-05-25  Monday    Memorial Day
        2026-06-19  Friday    Juneteenth
        2026-07-03  Friday    Independence Day
        2026-09-07  Monday    Labor Day
        2026-11-26  Thursday  Thanksgiving
        2026-12-25  Friday    Christmas

      Early closes (2, local time)
        2026-11-27  Friday    13:00  Day after Thanksgiving
        2026-12-24  Thursday  13:00  Christmas Eve
      "
    `);
  });
  it('accepts aliases case-insensitively and prints JSON with --json', async () => {
    const ctx = context();
    expect(await run(['calendar', 'lse', '2022', '--json'], ctx)).toBe(0);
    const year = JSON.parse(ctx.out);
    expect(year.code).toBe('XLON');
    expect(year.holidays.map((h: { date: string }) => h.date)).toContain('2022-09-19');
    expect(year.earlyCloses).toEqual([
      {
        date: '2022-12-23',
        weekday: 'Friday',
        close: '12:30',
        closeUtc: '2022-12-23T12:30:00.000Z',
        name: 'Christmas Eve',
      },
      {
        date: '2022-12-30',
        weekday: 'Friday',
        close: '12:30',
        closeUtc: '2022-12-30T12:30:00.000Z',
        name: "New Year's Eve",
      },
    ]);
  });
  it('an unknown code is a usage error listing the known codes (exit 2)', async () => {
    const ctx = context();
    expect(await run(['calendar', 'XTKS', '2026'], ctx)).toBe(2);
    expect(ctx.err).toMatchInlineSnapshot(`
      "tactical: unknown calendar 'XTKS'; known calendars: XNYS, NYSE, XLON, LSE
      "
    `);
  });
  it('a year outside the calendar or not a year is a usage error (exit 2)', async () => {
    const ctx = context();
    expect(await run(['calendar', 'XLON', '1989'], ctx)).toBe(2);
    expect(await run(['calendar', 'XNYS', '26'], ctx)).toBe(2);
    expect(ctx.err).toMatchInlineSnapshot(`
      "tactical: year 1989 is outside the XLON calendar (1990-01-01 .. 2100-12-31)
      tactical: year must be four digits, got '26'
      "
    `);
  });
});
