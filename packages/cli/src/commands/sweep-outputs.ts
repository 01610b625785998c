/**
 * `tactical sweep … --report <file.html> --out <dir>`: the sweep page (heatmap, line chart, sortable
 * table; packages/report) and `sweep.csv` (the same columns as `--csv`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeDataFolder, engineVersion, sweepReportHtml } from '@tactical/report';
import type { Metrics, SweepAxis, SweepRow } from '@tactical/runtime';
import type { CliContext } from '../context.js';
import type { OutputArgs } from './backtest-outputs.js';

export interface FinishedSweep {
  spec: string;
  data: string;
  dataDir: string;
  axes: readonly SweepAxis[];
  rows: readonly SweepRow[];
  metrics: readonly (keyof Metrics)[];
  range: { from: Date; to: Date };
  cash: number;
  /** The rows as `--csv` prints them. */
  csv: string;
}

/** Write the sweep's report and files as `outputs` asks. */
export function writeSweepOutputs(outputs: OutputArgs, sweep: FinishedSweep, ctx: CliContext): void {
  if (outputs.out !== undefined) {
    mkdirSync(outputs.out, { recursive: true });
    writeFileSync(join(outputs.out, 'sweep.csv'), sweep.csv);
  }
  if (outputs.report !== undefined) {
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const html = sweepReportHtml({
      specFile: sweep.spec,
      specText: readFileSync(resolve(ctx.cwd, sweep.spec), 'utf8'),
      axes: sweep.axes,
      rows: sweep.rows,
      metrics: sweep.metrics,
      options: {
        data: sweep.data,
        from: iso(sweep.range.from),
        to: iso(sweep.range.to),
        cash: sweep.cash,
        params: sweep.axes.map((a) => `${a.name}=${a.pointers.join(',')}:${a.values.map(String).join(',')}`),
      },
      data: [describeDataFolder(sweep.dataDir, sweep.data)],
      engineVersion: engineVersion(),
    });
    writeFileSync(outputs.report, html);
  }
}
