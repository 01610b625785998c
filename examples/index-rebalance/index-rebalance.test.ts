/**
 * index-rebalance on real data: the S&P 500 stocks of ../shared/data/sp500/all_stocks_5yr and the
 * fja05680 membership history. Which stocks the engine holds on each session is compared with a set
 * computed here, independently, from the raw constituents CSV by plain string parsing (the sessions
 * are the data files' dates). Nothing expected is copied from engine output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import { CsvDirectoryFeed } from '@tactical/runtime';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../tools/shared-data.js';
import { type ExampleRun, runSpecFile } from '../support/engine.js';

const sp500 = sharedPath('data', 'sp500');
const SPEC = join(import.meta.dirname, 'spec.json');
const ENTRY = -1; // the spec's filter bounds on the held session's offset
const EXIT = 1;

describeShared(['data', 'sp500'], 'index-rebalance on ../shared/data/sp500', () => {
  const dir = join(sp500 ?? '', 'all_stocks_5yr');
  const membershipFile = join(sp500 ?? '', 'constituents', 'sp500_ticker_start_end.csv');

  // ---- Independent reference, from raw text ----
  /**
   * Dates of a data file's usable rows (`date,open,high,low,close,volume,Name` with every price a
   * positive number and a volume), ascending as in the file. A row with an empty price is no bar.
   */
  const fileDates = (ticker: string): string[] | undefined => {
    const path = join(dir, `${ticker}_data.csv`);
    if (!existsSync(path)) return undefined;
    return readFileSync(path, 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(','))
      .filter((c) => c.length >= 6 && c.slice(1, 5).every((x) => x !== '' && Number(x) > 0) && c[5] !== '')
      .map((c) => c[0]!);
  };
  /** The session list: AAPL trades on every session of the data set (1259 rows). */
  const sessions = fileDates('AAPL') ?? [];
  const rows = (sp500 ? readFileSync(membershipFile, 'utf8') : '')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [ticker = '', start = '', end = ''] = l.trim().split(',');
      return { ticker, start, end };
    });
  const FIRST_SNAPSHOT = rows.map((r) => r.start).sort()[0] ?? ''; // 1996-01-02
  /** Index of the first session on or after `date` (sessions.length when after the data). */
  const sessionIndex = (date: string) => {
    const k = sessions.findIndex((s) => s >= date);
    return k < 0 ? sessions.length : k;
  };

  /**
   * Tickers long (add events) and short (remove events) after session `j`: the order decided at
   * session j - 1 from the latest event known then (known `lead` sessions before its effective date)
   * fills at j's open, and is held when j's offset from the effective date is in [ENTRY, EXIT]. The
   * stock must have bars on both sessions (to be selected, and to be filled).
   */
  function expectedAt(j: number, lead: number): { long: string[]; short: string[] } {
    const out = { long: [] as string[], short: [] as string[] };
    if (j < 1) return out;
    const byTicker = new Map<string, { adds: number[]; removes: number[] }>();
    for (const r of rows) {
      const x = byTicker.get(r.ticker) ?? { adds: [], removes: [] };
      byTicker.set(r.ticker, x);
      if (r.start > FIRST_SNAPSHOT) x.adds.push(sessionIndex(r.start));
      if (r.end !== '') x.removes.push(sessionIndex(r.end));
    }
    for (const [ticker, { adds, removes }] of byTicker) {
      const dates = datesOf(ticker);
      if (!dates?.has(sessions[j - 1]!) || !dates.has(sessions[j]!)) continue;
      const held = (effective: number[]) => {
        const known = effective.filter((e) => e - lead <= j - 1);
        if (known.length === 0) return false;
        const offset = j - Math.max(...known);
        return offset >= ENTRY && offset <= EXIT;
      };
      if (held(adds)) out.long.push(ticker);
      if (held(removes)) out.short.push(ticker);
    }
    out.long.sort();
    out.short.sort();
    return out;
  }
  const dateSets = new Map<string, Set<string> | undefined>();
  const datesOf = (ticker: string) => {
    if (!dateSets.has(ticker)) {
      const d = fileDates(ticker);
      dateSets.set(ticker, d && new Set(d));
    }
    return dateSets.get(ticker);
  };

  // ---- Engine ----
  // One feed for every run (files are parsed once): SP500 as in the spec with a 5-session
  // announcement lead, and the same membership known only on effective dates under another name.
  const feed = new CsvDirectoryFeed({
    dir,
    calendar: getCalendar('XNYS'),
    universes: {
      SP500: { startEnd: membershipFile, announcementLead: 5 },
      SP500_NO_LEAD: { startEnd: membershipFile },
    },
  });
  const run = (lead: 0 | 5, from: string, to: string): Promise<ExampleRun> =>
    runSpecFile(SPEC, {
      feed,
      from,
      to,
      cash: 1_000_000,
      edit: (spec) =>
        lead === 5
          ? spec
          : {
              ...spec,
              features: spec.features.map((f) => (f.kind === 'event' ? { ...f, index: 'SP500_NO_LEAD' } : f)),
            },
    });
  const sides = (r: ExampleRun, date: string) => {
    const held = r.holdings(date);
    return {
      long: held.filter((a) => r.quantity(date, a) > 0),
      short: held.filter((a) => r.quantity(date, a) < 0),
    };
  };
  const compare = (r: ExampleRun, lead: number) => {
    const first = sessions.indexOf(r.dates[0]!);
    expect(r.dates, 'the run covers the data files’ sessions').toEqual(
      sessions.slice(first, first + r.dates.length),
    );
    r.dates.forEach((date, k) => {
      const want = k === 0 ? { long: [], short: [] } : expectedAt(first + k, lead);
      expect(sides(r, date), date).toEqual(want);
    });
  };

  it('the reference sees the named 2016 additions around their effective dates (sanity of the reference)', () => {
    const at = (d: string, lead: number) => expectedAt(sessions.indexOf(d), lead).long;
    // EXR was added on Tue 2016-01-19 (after MLK day): held at offsets -1, 0, +1 with a 5-session lead.
    expect(
      ['2016-01-14', '2016-01-15', '2016-01-19', '2016-01-20', '2016-01-21'].map((d) =>
        at(d, 5).includes('EXR'),
      ),
    ).toEqual([false, true, true, true, false]);
    // AWK (2016-03-04) and UDR (2016-03-07) overlap on 2016-03-04 and 2016-03-07.
    expect(at('2016-03-07', 5)).toEqual(['AWK', 'UDR']);
    // Known only on the effective date: the order goes out that day and is held at +1 only.
    expect(['2016-01-15', '2016-01-19', '2016-01-20'].map((d) => at(d, 0).includes('EXR'))).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('2016 with a 5-session announcement lead: the engine holds exactly the reference set every session', async () => {
    const r = await run(5, '2016-01-04', '2017-01-03');
    expect(r.dates).toHaveLength(252);
    expect(sides(r, '2016-01-15')).toEqual({ long: ['EXR'], short: [] });
    expect(sides(r, '2016-03-07')).toEqual({ long: ['AWK', 'UDR'], short: [] });
    expect(sides(r, '2016-03-08')).toEqual({ long: ['UDR'], short: [] });
    compare(r, 5);
    const held = new Set(r.dates.flatMap((d) => r.holdings(d)));
    expect(held.size, 'about 30 additions with data in 2016').toBeGreaterThan(20);
  });

  it('no lead (the default, no look-ahead): entries before the effective date cannot fire', async () => {
    const r = await run(0, '2016-01-04', '2016-04-01');
    expect(sides(r, '2016-01-15').long).toEqual([]);
    expect(sides(r, '2016-01-19').long).toEqual([]);
    expect(sides(r, '2016-01-20').long).toEqual(['EXR']);
    compare(r, 0);
  });

  it('the short leg: AMD, removed 2013-09-23, is one of the few removed names with data', async () => {
    const r = await run(5, '2013-09-03', '2013-10-15');
    // AME and VRTX joined on the day AMD left.
    expect(sides(r, '2013-09-20')).toEqual({ long: ['AME', 'VRTX'], short: ['AMD'] });
    expect(sides(r, '2013-09-24').short).toEqual(['AMD']);
    expect(sides(r, '2013-09-25').short).toEqual([]);
    compare(r, 5);
  });
});
