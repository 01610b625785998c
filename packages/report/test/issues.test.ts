/** Issue grouping takes the shapes the runtime produces (and later ones) and never drops a count. */
import { describe, expect, it } from 'vitest';
import { groupIssues, MAX_LOCATIONS } from '../src/issues.js';

describe('groupIssues', () => {
  it('groups execution issues by code with day and asset as the place', () => {
    const groups = groupIssues([
      { code: 'no_price', t: '2020-01-02', assetId: 'us:SPY', message: 'no open' },
      { code: 'scaled_for_cash', t: '2020-01-03', message: 'scaled' },
      { code: 'no_price', t: '2020-01-06', assetId: 'us:IEF', message: 'no open' },
    ]);
    expect(groups.map((g) => [g.kind, g.count, g.locations])).toEqual([
      ['no_price', 2, ['2020-01-02 us:SPY', '2020-01-06 us:IEF']],
      ['scaled_for_cash', 1, ['2020-01-03']],
    ]);
    expect(groups[0]!.messages).toEqual(['no open']);
  });

  it('takes aggregated data issues (count + locations as file:line) and a {source: list} object', () => {
    const groups = groupIssues({
      data: [
        {
          code: 'off_session',
          severity: 'warning',
          message: 'bar on a holiday',
          count: 7,
          locations: [{ file: 'SPY.csv', line: 12, day: '2020-07-04' }],
        },
        { kind: 'off_session', count: 2, file: 'IEF.csv', line: 3, message: 'bar on a holiday' },
      ],
      execution: [],
    });
    expect(groups).toEqual([
      {
        source: 'data',
        kind: 'off_session',
        severity: 'warning',
        count: 9,
        locations: ['SPY.csv:12 (2020-07-04)', 'IEF.csv:3'],
        messages: ['bar on a holiday'],
        hints: [],
      },
    ]);
  });

  it('takes the run’s grouped issues with their own source and pointer locations', () => {
    const groups = groupIssues([
      {
        code: 'hold',
        severity: 'warning',
        source: 'strategy',
        message: 'input undefined',
        hint: 'warm up longer',
        count: 3,
        locations: [{ day: '2020-01-02', pointer: '/rules/cond' }],
      },
      {
        code: 'off_session',
        severity: 'warning',
        source: 'data',
        message: 'holiday bar',
        count: 1,
        asset: 'us:SPY',
        locations: [{ file: 'SPY.csv', line: 9 }],
      },
    ]);
    expect(groups.map((g) => [g.source, g.kind, g.count, g.locations])).toEqual([
      ['data', 'off_session', 1, ['SPY.csv:9 (us:SPY)']],
      ['strategy', 'hold', 3, ['2020-01-02 /rules/cond']],
    ]);
    expect(groups[1]!.hints).toEqual(['warm up longer']);
  });

  it('keeps at most MAX_LOCATIONS places but the full count; ignores non-objects', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ code: 'x', file: 'a.csv', line: i + 2 }));
    const [g] = groupIssues([...many, null, 3, 'text']);
    expect(g!.count).toBe(80);
    expect(g!.locations.length).toBe(MAX_LOCATIONS);
    expect(g!.locations[0]).toBe('a.csv:2');
    expect(groupIssues(undefined)).toEqual([]);
  });
});
