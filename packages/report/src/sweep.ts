/** The sweep page: heatmap (2+ parameters), line chart (1 parameter) and a sortable table of every point. */
import type { Metrics, SweepAxis, SweepRow } from '@tactical/runtime';
import { METRIC_CONVENTIONS } from './conventions.js';
import { renderPage } from './html.js';
import { type DataProvenance, sha256 } from './provenance.js';

export interface SweepReportInput {
  specFile: string;
  specText: string;
  axes: readonly SweepAxis[];
  rows: readonly SweepRow[];
  /** Metric keys offered in the metric selector and the table, in order. */
  metrics: readonly (keyof Metrics)[];
  options: Record<string, unknown>;
  data: DataProvenance[];
  engineVersion: string;
}

const sig = (x: unknown): unknown =>
  typeof x === 'number' ? (Number.isFinite(x) ? Number(x.toPrecision(8)) : null) : x;

/** Everything the sweep page embeds (metrics rounded to 8 significant digits). */
export function sweepPayload(input: SweepReportInput) {
  return {
    kind: 'sweep' as const,
    engineVersion: input.engineVersion,
    conventions: { metrics: [...METRIC_CONVENTIONS].map(([key, c]) => ({ key, ...c })) },
    axes: input.axes.map((a) => ({ name: a.name, pointers: a.pointers, values: a.values })),
    metrics: input.metrics,
    rows: input.rows.map((r) => ({
      params: r.params,
      metrics: r.metrics ? Object.fromEntries(input.metrics.map((k) => [k, sig(r.metrics![k])])) : null,
      ...(r.error !== undefined ? { error: r.error } : {}),
      // the codes of what the point's run worked around (the CLI's summary says what each was)
      ...(r.issues !== undefined ? { warnings: [...new Set(r.issues.map((i) => i.code))].join(', ') } : {}),
    })),
    spec: { file: input.specFile, sha256: sha256(input.specText), text: input.specText },
    options: input.options,
    data: input.data,
  };
}

/** The whole HTML file of a sweep report. */
export function sweepReportHtml(input: SweepReportInput): string {
  return renderPage(`tactical sweep: ${input.specFile}`, sweepPayload(input));
}
