import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../../tools/shared-data.js';
import { eventsFromMemberships, MembershipFileError, membersOn, parseMembership } from './membership-csv.js';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);

describe('membership intervals are half-open [start, end)', () => {
  const text = 'ticker,start_date,end_date\nAAA,2010-01-04,2012-03-01\nBBB,2011-06-01,\nAAA,2014-01-02,\n';
  const m = parseMembership({ text, file: 'm.csv' });

  it('a ticker is a member on its start date and not on its end date', () => {
    expect(membersOn(m, utc('2010-01-04')).map((a) => a.id)).toEqual(['AAA']);
    expect(membersOn(m, utc('2012-02-29')).map((a) => a.id)).toEqual(['AAA', 'BBB']);
    expect(membersOn(m, utc('2012-03-01')).map((a) => a.id)).toEqual(['BBB']);
    expect(membersOn(m, utc('2014-01-02')).map((a) => a.id)).toEqual(['AAA', 'BBB']);
  });

  it('a ticker can re-enter: each interval gives its own add and remove events', () => {
    const events = eventsFromMemberships(m, { index: 'X' });
    expect(events.map((e) => `${e.type} ${e.asset.id} ${e.date.toISOString().slice(0, 10)}`)).toEqual([
      'index_add BBB 2011-06-01',
      'index_remove AAA 2012-03-01',
      'index_add AAA 2014-01-02',
    ]);
  });

  it('events are known on their effective date unless an announcement lead is given', () => {
    const lead = eventsFromMemberships(m, {
      index: 'X',
      knownAt: (d) => new Date(d.getTime() - 7 * 86_400_000),
    });
    expect(lead.every((e) => e.date.getTime() - e.knownAt.getTime() === 7 * 86_400_000)).toBe(true);
    expect(eventsFromMemberships(m, { index: 'X' }).every((e) => e.knownAt === e.date)).toBe(true);
  });

  it('changes after the last snapshot extend the intervals', () => {
    const changes = 'date,add,remove\n2013-01-01,"ZZZ","AAA"\n2015-05-05,"CCC,DDD","BBB"\n';
    const ext = parseMembership({ text, file: 'm.csv' }, { text: changes, file: 'c.csv' });
    expect(membersOn(ext, utc('2015-05-05')).map((a) => a.id)).toEqual(['AAA', 'CCC', 'DDD']);
  });

  it('names the file and line of a malformed date', () => {
    expect(() =>
      parseMembership({ text: 'ticker,start_date,end_date\nAAA,2010-13-45,\n', file: 'm.csv' }),
    ).toThrow(MembershipFileError);
    expect(() =>
      parseMembership({ text: 'ticker,start_date,end_date\nAAA,20100104,\n', file: 'm.csv' }),
    ).toThrow("m.csv:2: start_date '20100104' is not YYYY-MM-DD");
    // a day past the month's end is no date (never rolled over into the next month)
    expect(() =>
      parseMembership({ text: 'ticker,start_date,end_date\nAAA,2010-01-04,2010-02-30\n', file: 'm.csv' }),
    ).toThrow("m.csv:2: end_date '2010-02-30' is not a date");
  });

  it('dates are the UTC midnights Date.parse gives for every real day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (t) => {
          const iso = t.toISOString().slice(0, 10);
          const [m] = parseMembership({ text: `ticker,start_date,end_date\nAAA,${iso},\n`, file: 'm.csv' });
          expect(m!.from.getTime()).toBe(Date.parse(`${iso}T00:00:00Z`));
        },
      ),
    );
  });
});

const dir = sharedPath('data', 'sp500', 'constituents');
describeShared(['data', 'sp500', 'constituents'], 'real S&P 500 history', () => {
  const read = (f: string) => ({ text: readFileSync(join(dir!, f), 'utf8'), file: f });
  const m = parseMembership(read('sp500_ticker_start_end.csv'), read('sp500_changes_since_2019.csv'));

  it('counts members on a day by scanning the raw rows independently', () => {
    const raw = read('sp500_ticker_start_end.csv')
      .text.trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    for (const d of ['2013-02-08', '2016-06-30', '2018-02-07']) {
      const expected = new Set(raw.filter(([, s, e]) => s! <= d && (!e || d < e)).map(([t]) => t)).size;
      expect(membersOn(m, utc(d)).length, d).toBe(expected);
    }
  });

  it('applies the 2024-09-23 change from the changes file', () => {
    const on = (d: string) => new Set(membersOn(m, utc(d)).map((a) => a.id));
    // the start/end file already covers this; its result must agree with the changes row
    expect(on('2024-09-23').has('PLTR')).toBe(true);
    expect(on('2024-09-20').has('PLTR')).toBe(false);
    expect(on('2024-09-23').has('AAL')).toBe(false);
  });
});
