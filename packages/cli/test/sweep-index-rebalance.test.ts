/**
 * Seed 002's sweep: entry offset −10..0 × exit offset 0..19 (220 points) over the index-rebalance
 * example (examples/index-rebalance/spec.json, the pointers are its filter bounds in both the long and
 * the short leg) on the real S&P data: the 505 all_stocks_5yr files as the `ALL` universe, the
 * fja05680 membership file for the SP500 add/remove events, known 5 sessions ahead (an announcement
 * lead: without it an entry before the effective date cannot fire). The range is two years (2016-2017) so the
 * full grid runs in well under a minute on 2 workers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSweep, type SweepAxis } from '@tactical/runtime';
import { expect, it } from 'vitest';
import { describeShared, root, sharedPath } from '../../../tools/shared-data.js';
import { runCaptured } from '../src/run.js';

const sp500 = sharedPath('data', 'sp500');
const specFile = 'examples/index-rebalance/spec.json';
const FROM = '2016-01-01';
const TO = '2018-01-01';
const legs = ['/rules/children/0/node/filter/args', '/rules/children/1/node/filter/args'];
const axes: SweepAxis[] = [
  {
    name: 'entry',
    pointers: legs.map((l) => `${l}/0/right`),
    values: Array.from({ length: 11 }, (_, k) => k - 10),
  },
  {
    name: 'exit',
    pointers: legs.map((l) => `${l}/1/right`),
    values: Array.from({ length: 20 }, (_, k) => k),
  },
];

describeShared(['data', 'sp500'], 'seed 002 sweep on ../shared/data/sp500', () => {
  const startEnd = join(sp500!, 'constituents', 'sp500_ticker_start_end.csv');
  const dir = join(sp500!, 'all_stocks_5yr');

  // 220 backtests on the 505-file folder: minutes of CPU on a loaded shared machine, hence the time limit below.
  it('runs the full 11 x 20 grid on 2 workers: 220 rows in grid order, both threads used', async () => {
    const spec = JSON.parse(readFileSync(join(root, specFile), 'utf8'));
    let last = 0;
    const started = Date.now();
    const result = await runSweep({
      spec,
      axes,
      data: { dir, universes: { SP500: { startEnd, announcementLead: 5 } } },
      range: { from: new Date(`${FROM}T00:00:00Z`), to: new Date(`${TO}T00:00:00Z`) },
      cash: 100_000,
      workers: 2,
      onProgress: (done) => void (last = done),
    });
    const seconds = (Date.now() - started) / 1000;
    expect(result.threadsUsed).toBe(2);
    expect(last).toBe(220);
    expect(result.rows).toHaveLength(220);
    const expectedParams = axes[0]!.values.flatMap((entry) =>
      axes[1]!.values.map((exit) => ({ entry, exit })),
    );
    expect(result.rows.map((r) => r.params)).toEqual(expectedParams);
    for (const r of result.rows) {
      expect(r.error, JSON.stringify(r.params)).toBeUndefined();
      expect(r.metrics!.sessions).toBe(503);
      expect(r.metrics!.orders).toBeGreaterThan(0); // 2016-2017 had index changes: every window trades
    }
    // a wider window holds more names for longer: never fewer orders than the narrowest one
    const at = (entry: number, exit: number) => result.rows[(entry + 10) * 20 + exit]!.metrics!;
    expect(at(-10, 19).orders).toBeGreaterThan(at(0, 0).orders);
    console.info(`seed 002 sweep: 220 points in ${seconds.toFixed(1)} s on 2 workers`);

    // the CLI on two of the points (its own single worker and grid) gives the same metrics
    const argv = [
      'sweep',
      specFile,
      '--data',
      dir,
      '--members',
      `SP500=${startEnd}`,
      '--announcement-lead',
      '5',
    ];
    argv.push('--from', FROM, '--to', TO, '--workers', '1', '--json');
    argv.push(
      `--param=entry=${axes[0]!.pointers.join(',')}:-3`,
      `--param=exit=${axes[1]!.pointers.join(',')}:2,7`,
    );
    const r = await runCaptured(argv, root);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out).rows as { params: { entry: number; exit: number }; metrics: unknown }[];
    expect(rows.map((r) => r.params)).toEqual([
      { entry: -3, exit: 2 },
      { entry: -3, exit: 7 },
    ]);
    expect(rows[0]!.metrics).toEqual(at(-3, 2));
    expect(rows[1]!.metrics).toEqual(at(-3, 7));
  }, 300_000);
});
