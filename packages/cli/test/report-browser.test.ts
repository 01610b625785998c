/**
 * The HTML reports in a real browser (Debian's Chromium through playwright-core): the spy-ief-trend
 * report on real ETF data loads offline with no errors, its charts hold one point per session, its
 * monthly table matches returns computed here from the `--out` equity CSV, its trade list has a row per
 * fill; the sweep page has a rows × columns heatmap. Screenshots go to test-output/screenshots
 * (git-ignored).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeShared } from '../../../tools/shared-data.js';
import { runCaptured } from '../src/run.js';
import { describeBrowser, launch, openReport } from './browser.js';
import { numbers, parseCsv } from './csv.js';

const root = join(import.meta.dirname, '..', '..', '..');
const shots = join(root, 'test-output', 'screenshots');
mkdirSync(shots, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'tactical-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Browser = Awaited<ReturnType<typeof launch>>;

/** uPlot's point count per chart id, read from the live charts. */
const chartPoints = (page: Page) =>
  page.evaluate(() => {
    const charts = (
      globalThis as unknown as { tacticalReport: { charts: Record<string, { data: unknown[][] }> } }
    ).tacticalReport.charts;
    return Object.fromEntries(Object.entries(charts).map(([id, u]) => [id, u.data[0]!.length]));
  });

/** Month and year returns from an equity CSV, by the documented rule, keyed 'YYYY-MM' and 'YYYY'. */
function returnsFromCsv(dates: string[], equity: number[]): Map<string, number> {
  const out = new Map<string, number>();
  const lastIn = (key: (d: string) => string) => {
    const last = new Map<string, number>();
    for (const [i, d] of dates.entries()) last.set(key(d), equity[i]!);
    return last;
  };
  for (const key of [(d: string) => d.slice(0, 7), (d: string) => d.slice(0, 4)]) {
    let base = equity[0]!;
    for (const [k, e] of lastIn(key)) {
      out.set(k, e / base - 1);
      base = e;
    }
  }
  return out;
}

describeBrowser('reports in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describeShared(['data', 'etf'], 'spy-ief-trend report on ../shared/data/etf', (etf) => {
    const html = join(tmp, 'spy-ief-trend.html');
    const out = join(tmp, 'spy-ief-trend');
    let page: Page;
    let watch: { errors: string[]; requests: string[] };
    let equityCsv: ReturnType<typeof parseCsv>;
    let ms = 0;

    beforeAll(async () => {
      const r = await runCaptured(
        [
          'backtest',
          'examples/spy-ief-trend/spec.json',
          '--data',
          etf,
          '--benchmark',
          'SPY',
          '--report',
          html,
          '--out',
          out,
        ],
        root,
      );
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      equityCsv = parseCsv(readFileSync(join(out, 'equity.csv'), 'utf8'));
      ({ page, watch, ms } = await openReport(browser.context, html));
    });

    it('loads offline: no console errors, no network requests, nothing external in the file', async () => {
      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([]);
      const text = readFileSync(html, 'utf8');
      expect(text).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
      console.log(
        `spy-ief-trend report: ${(statSync(html).size / 1e6).toFixed(2)} MB, loaded in ${ms.toFixed(0)} ms`,
      );
      await page.screenshot({ path: join(shots, 'backtest-top.png') });
    });

    it('each chart holds one point per session (allocation: every k-th session)', async () => {
      const n = equityCsv.rows.length;
      const points = await chartPoints(page);
      for (const id of ['equity', 'drawdown', 'rolling-return', 'rolling-vol', 'rolling-sharpe']) {
        expect(points[id], id).toBe(n);
      }
      // docs/outputs.md: at most 2000 sessions, every ceil(n/2000)-th plus the last
      const step = Math.ceil(n / 2000);
      const sampled = Math.floor((n - 1) / step) + 1 + ((n - 1) % step === 0 ? 0 : 1);
      expect(points['allocation-0']).toBe(n > 2000 ? sampled : n);
      // the DOM says the same
      expect(await page.locator('[data-chart="equity"]').getAttribute('data-points')).toBe(String(n));
      // equity, then the benchmark (SPY), drawn as two series
      const series = await page.evaluate(
        () =>
          (globalThis as unknown as { tacticalReport: { charts: { equity: { series: unknown[] } } } })
            .tacticalReport.charts.equity.series.length,
      );
      expect(series).toBe(3);
    });

    it('the monthly table equals returns computed from equity.csv', async () => {
      const expected = returnsFromCsv(
        equityCsv.rows.map((r) => r[0]!),
        numbers(equityCsv, 'equity'),
      );
      const cells = await page.$$eval('table.monthly tbody tr', (trs) =>
        trs.map((tr) => ({
          year: tr.getAttribute('data-year')!,
          months: [...tr.querySelectorAll('td.month')].map((td) => td.textContent ?? ''),
          total: tr.querySelector('td.total')!.textContent ?? '',
        })),
      );
      const years = [...new Set(equityCsv.rows.map((r) => r[0]!.slice(0, 4)))];
      expect(cells.map((c) => c.year)).toEqual(years);
      let checked = 0;
      for (const row of cells) {
        row.months.forEach((text, m) => {
          const key = `${row.year}-${String(m + 1).padStart(2, '0')}`;
          const want = expected.get(key);
          if (want === undefined) expect(text, key).toBe('');
          else {
            // shown in percent with 2 decimals: within half a unit of the last digit
            expect(Math.abs(Number(text) - want * 100), key).toBeLessThanOrEqual(0.005 + 1e-9);
            checked++;
          }
        });
        expect(Math.abs(Number(row.total) - expected.get(row.year)! * 100), row.year).toBeLessThanOrEqual(
          0.005 + 1e-9,
        );
      }
      expect(checked).toBeGreaterThan(250);
      await page.locator('#monthly').screenshot({ path: join(shots, 'backtest-monthly.png') });
    });

    it('the trade list has one row per fill; search narrows it', async () => {
      const fills = parseCsv(readFileSync(join(out, 'fills.csv'), 'utf8'));
      const trades = page.locator('[data-table^="fills:"]');
      expect(await trades.getAttribute('data-rows')).toBe(String(fills.rows.length));
      await trades.locator('select').selectOption('all');
      expect(await trades.locator('tbody tr').count()).toBe(fills.rows.length);
      const first = await trades.locator('tbody tr').first().locator('td').allTextContents();
      expect(first.slice(0, 3)).toEqual(fills.rows[0]!.slice(0, 3));
      await trades.locator('input[type="search"]').fill('us:IEF');
      const ief = fills.rows.filter((r) => r[1] === 'us:IEF').length;
      expect(await trades.locator('tbody tr').count()).toBe(ief);
    });

    it('metrics carry their convention on hover; the log toggle switches the equity scale', async () => {
      const sharpe = page.locator('tr[data-metric="sharpe"] th');
      expect(await sharpe.getAttribute('title')).toContain('√252');
      await page.locator('#log-scale').check();
      // The chart is redrawn on the next animation frame: wait for it rather than race it.
      const distr = () =>
        page.evaluate(
          () =>
            (
              globalThis as unknown as {
                tacticalReport: { charts: { equity: { scales: { y: { distr: number } } } } };
              }
            ).tacticalReport.charts.equity.scales.y.distr,
        );
      await expect.poll(distr, { timeout: 5_000 }).toBe(3);
      await page.locator('#allocation').screenshot({ path: join(shots, 'backtest-allocation.png') });
    });

    it('issues are grouped by source and kind, with every occurrence counted', async () => {
      const issues = JSON.parse(readFileSync(join(out, 'issues.json'), 'utf8'));
      const all: { source?: string; code: string; count?: number }[] = [
        ...issues.run.map((i: { source?: string }) => ({ source: 'execution', ...i })),
        ...issues.data.map((i: object) => ({ source: 'data', ...i })),
      ];
      const kinds = new Set(all.map((i) => `${i.source}|${i.code}`));
      const rows = page.locator('table.issues tbody tr');
      expect(await rows.count()).toBe(kinds.size);
      expect(kinds.size).toBeGreaterThan(0);
      const counts = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[3]!.textContent)));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(all.reduce((a, i) => a + (i.count ?? 1), 0));
    });

    it('the decision log lists every rebalance; provenance lists the data files with sha256', async () => {
      const decisions = readFileSync(join(out, 'decisions.jsonl'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      const listed = decisions.filter((d) => d.rebalance || d.hold || (d.warnings ?? []).length > 0).length;
      expect(await page.locator('[data-table^="decisions:"]').getAttribute('data-rows')).toBe(String(listed));
      const files = page.locator('[data-table^="data:"]');
      expect(Number(await files.getAttribute('data-rows'))).toBe(21);
      await files.locator('input[type="search"]').fill('SPY.csv');
      const row = await files.locator('tbody tr').first().locator('td').allTextContents();
      const { createHash } = await import('node:crypto');
      expect(row[2]).toBe(
        createHash('sha256')
          .update(readFileSync(join(etf, 'SPY.csv')))
          .digest('hex'),
      );
      expect(row[3]).toBe('1993-01-29');
    });
  });

  describe('bundled data (examples/data): sweeps and a comparison', () => {
    const spec = 'examples/spy-ief-trend/spec.weekly.json';
    const data = ['--data', 'examples/data', '--from', '2019-01-01', '--to', '2024-01-01', '--workers', '1'];

    it('a 2-parameter grid is a rows × columns heatmap; the metric is selectable; --out writes the CSV', async () => {
      const html = join(tmp, 'sweep2.html');
      const out = join(tmp, 'sweep2');
      const r = await runCaptured(
        [
          'sweep',
          spec,
          ...data,
          '--param',
          'period=/features/1/period:20..60:20',
          '--param',
          'tol=/rules/cond/tolerance/value:0,1,2,4',
          '--report',
          html,
          '--out',
          out,
        ],
        root,
      );
      // stderr holds only the summary of what the points worked around (as `backtest` reports them)
      const [head, ...groups] = r.err.trimEnd().split('\n');
      expect(head).toMatch(/^tactical: 12 of 12 point\(s\) ran with issues/);
      for (const line of groups) expect(line).toMatch(/^ {2}warning [a-z_]+ in \d+ point\(s\): /);
      expect(r.code).toBe(0);
      const csv = parseCsv(readFileSync(join(out, 'sweep.csv'), 'utf8'));
      expect(csv.rows.length).toBe(12);
      const { page, watch } = await openReport(browser.context, html);
      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([]);
      const heatmap = page.locator('table.heatmap');
      expect(await heatmap.locator('tbody tr').count()).toBe(3);
      expect(await heatmap.locator('td.heat-cell').count()).toBe(3 * 4);
      // the cell (period 40, tol 2) shows that point's Sharpe from the CSV
      const sharpe = numbers(csv, 'sharpe')[csv.rows.findIndex((row) => row[0] === '40' && row[1] === '2')]!;
      const cell = heatmap.locator('tbody tr').nth(1).locator('td.heat-cell').nth(2);
      expect(Number(await cell.textContent())).toBeCloseTo(sharpe, 2);
      await page.locator('#metric').selectOption('cagr');
      const cagr = numbers(csv, 'cagr')[csv.rows.findIndex((row) => row[0] === '40' && row[1] === '2')]!;
      expect(parseFloat((await cell.textContent()) ?? '')).toBeCloseTo(cagr * 100, 2);
      await page.screenshot({ path: join(shots, 'sweep-heatmap.png'), fullPage: true });
      // the table sorts by a clicked column
      await page.locator('table.sweep th', { hasText: /^sharpe$/ }).click();
      const shown = await page
        .locator('table.sweep tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => tr.children[0]!.textContent + '/' + tr.children[1]!.textContent),
        );
      expect(shown.length).toBe(12);
      await page.close();
    });

    it('a sweep past the data: the table has a warnings column naming range_beyond_data on every point', async () => {
      const html = join(tmp, 'sweep-past.html');
      const r = await runCaptured(
        [
          'sweep',
          spec,
          '--data',
          'examples/data',
          '--from',
          '2024-06-01',
          '--to',
          '2026-01-01',
          '--workers',
          '1',
          '--param',
          'tol=/rules/cond/tolerance/value:0,2',
          '--report',
          html,
        ],
        root,
      );
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain('warning range_beyond_data in 2 point(s)');
      const { page, watch } = await openReport(browser.context, html);
      expect(watch.errors).toEqual([]);
      const heads = await page.locator('table.sweep thead th').allTextContents();
      expect(heads.at(-1)).toBe('warnings');
      const last = await page
        .locator('table.sweep tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.lastElementChild!.textContent));
      expect(last).toHaveLength(2);
      for (const cell of last) expect(cell).toContain('range_beyond_data');
      await page.close();
    });

    it('several specs: curves, drawdowns and metrics side by side', async () => {
      const html = join(tmp, 'compare.html');
      const other = 'examples/spy-ief-trend/spec.json';
      const r = await runCaptured(
        [
          'backtest',
          spec,
          other,
          '--data',
          'examples/data',
          '--from',
          '2021-01-01',
          '--benchmark',
          'SPY',
          '--report',
          html,
        ],
        root,
      );
      expect(r.code).toBe(0);
      const { page, watch } = await openReport(browser.context, html);
      expect(watch.errors).toEqual([]);
      const series = await page.evaluate(() => {
        const charts = (
          globalThis as unknown as {
            tacticalReport: { charts: Record<string, { series: { label: string }[] }> };
          }
        ).tacticalReport.charts;
        return Object.fromEntries(
          Object.entries(charts).map(([id, u]) => [id, u.series.slice(1).map((x) => x.label)]),
        );
      });
      expect(series.equity).toEqual([spec, other, 'SPY (benchmark)']);
      expect(series.drawdown).toEqual([spec, other]);
      expect(Object.keys(series).filter((id) => id.startsWith('allocation-'))).toEqual([
        'allocation-0',
        'allocation-1',
      ]);
      const heads = await page.locator('table.metrics thead th').allTextContents();
      expect(heads).toEqual(['Metric', spec, other]);
      await page.screenshot({ path: join(shots, 'backtest-compare.png') });
      await page.close();
    });

    it('a 1-parameter sweep is a line chart with one point per value', async () => {
      const html = join(tmp, 'sweep1.html');
      const r = await runCaptured(
        ['sweep', spec, ...data, '--param', 'period=/features/1/period:20..80:20', '--report', html],
        root,
      );
      expect(r.code).toBe(0);
      const { page, watch } = await openReport(browser.context, html);
      expect(watch.errors).toEqual([]);
      expect((await chartPoints(page))['sweep-line']).toBe(4);
      await page.close();
    });
  });
});
