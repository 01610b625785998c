import { getCalendar } from '@tactical/calendars';
import {
  type Metrics,
  parseRange,
  runSweep,
  type SweepAxis,
  type SweepData,
  SweepError,
  type SweepRow,
} from '@tactical/runtime';
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { type CliContext, ExitCode, UsageError } from '../context.js';
import { formatSweepIssues, issuesForJson } from '../issues-text.js';
import { QueueError } from '../queue/errors.js';
import { queuedSweep } from '../queue/sweep-command.js';
import { parseRedisUrl, type RedisTarget } from '../queue/url.js';
import { describeRunError } from '../run-errors.js';
import {
  addDataOptions,
  type BacktestArgs,
  checkArgs,
  feedFor,
  pct,
  rangeOf,
  ratio,
  readInputs,
} from './backtest.js';
import { addOutputOptions, checkOutputArgs, type OutputArgs } from './backtest-outputs.js';
import { writeSweepOutputs } from './sweep-outputs.js';

/** Parsed and checked options of the command. */
export interface SweepArgs extends BacktestArgs {
  axes: SweepAxis[];
  workers?: number;
  /** `--cache-mb N`: the feature-cache budget of the whole sweep, in MiB (runSweep's `cacheBytes`). */
  cacheMb?: number;
  /** `--queue redis://host:port`: run the points on `tactical worker`s through Redis (queue/submit.ts). */
  queue?: RedisTarget;
  format: 'table' | 'json' | 'csv';
  sort?: { metric: SortMetric; ascending: boolean };
}

/** Metrics a sweep can be sorted by (numeric, one per run). */
export const SORT_METRICS = [
  'totalReturn',
  'cagr',
  'volatility',
  'sharpe',
  'sortino',
  'maxDrawdown',
  'calmar',
  'turnover',
  'meanGrossExposure',
  'timeInvested',
  'rebalances',
  'orders',
] as const;
export type SortMetric = (typeof SORT_METRICS)[number];

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * One `--param name=/pointer[,/pointer2]:RANGE` as an axis. The pointers end at the first ':' (so a
 * swept key cannot contain ':'); the range is everything after it.
 */
export function parseParam(text: string): SweepAxis {
  const eq = text.indexOf('=');
  const colon = text.indexOf(':', eq + 1);
  if (eq <= 0 || colon < 0) {
    throw new UsageError(
      `--param '${text}': expected name=/json/pointer[,/pointer2]:RANGE, e.g. entry=/rules/x/right:-10..0`,
    );
  }
  const name = text.slice(0, eq).trim();
  if (!NAME.test(name))
    throw new UsageError(`--param '${text}': '${name}' is not a parameter name (letters, digits, _ . -)`);
  const pointers = text
    .slice(eq + 1, colon)
    .split(',')
    .map((p) => p.trim());
  for (const p of pointers) {
    if (!p.startsWith('/'))
      throw new UsageError(`--param ${name}: '${p}' is not a JSON pointer (must start with /)`);
  }
  try {
    return { name, pointers, values: parseRange(text.slice(colon + 1)) };
  } catch (e) {
    if (e instanceof SweepError) throw new UsageError(`--param ${name}: ${e.message}`);
    throw e;
  }
}

/** Check the raw commander options; every problem is a UsageError (exit 2). */
export function checkSweepArgs(spec: string, raw: Record<string, unknown>, cwd: string): SweepArgs {
  const base = checkArgs(spec, raw, cwd);
  const params = (raw.param as string[] | undefined) ?? [];
  if (params.length === 0) throw new UsageError('at least one --param name=/json/pointer:RANGE is required');
  const axes = params.map(parseParam);
  const seen = new Set<string>();
  for (const a of axes) {
    if (seen.has(a.name)) throw new UsageError(`--param ${a.name} is given twice`);
    seen.add(a.name);
  }
  if (raw.json === true && raw.csv === true) throw new UsageError('--json and --csv exclude each other');
  const args: SweepArgs = {
    ...base,
    axes,
    format: raw.json === true ? 'json' : raw.csv === true ? 'csv' : 'table',
  };
  if (raw.workers !== undefined) {
    const w = String(raw.workers);
    if (!/^\d+$/.test(w) || Number(w) < 1 || Number(w) > 256) {
      throw new UsageError(`--workers must be a whole number from 1 to 256, got '${w}'`);
    }
    args.workers = Number(w);
  }
  if (raw.cacheMb !== undefined) {
    const m = String(raw.cacheMb);
    if (!/^\d+$/.test(m) || Number(m) < 1 || Number(m) > 1_048_576) {
      throw new UsageError(`--cache-mb must be a whole number of MiB from 1 to 1048576, got '${m}'`);
    }
    args.cacheMb = Number(m);
  }
  if (typeof raw.queue === 'string') {
    if (args.cacheMb !== undefined) {
      throw new UsageError(
        "--cache-mb is for local sweeps; a queued sweep's workers each hold the default budget",
      );
    }
    if (args.workers !== undefined) {
      throw new UsageError(
        '--workers is for local sweeps; with --queue, start workers with: tactical worker --queue <url> --concurrency N',
      );
    }
    args.queue = parseRedisUrl(raw.queue);
  }
  if (typeof raw.sort === 'string') {
    const [metric, dir] = raw.sort.split(':');
    if (
      !(SORT_METRICS as readonly string[]).includes(metric!) ||
      (dir !== undefined && dir !== 'asc' && dir !== 'desc')
    ) {
      throw new UsageError(
        `--sort '${raw.sort}': use one of ${SORT_METRICS.join(', ')}, optionally with :asc or :desc`,
      );
    }
    args.sort = { metric: metric as SortMetric, ascending: dir === 'asc' };
  }
  return args;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Register the command on the program. */
export function register(program: Command, ctx: CliContext): void {
  const command = program
    .command('sweep')
    .description(
      'Backtest a spec over a grid of parameter values (JSON pointers into the spec) on worker threads',
    )
    .argument('<spec>', 'spec file (JSON)');
  addOutputOptions(addDataOptions(command), 'sweep')
    .option(
      '--param <name=/pointer[,/pointer]:RANGE>',
      'a swept parameter: RANGE is a..b, a..b:step or a,b,c (repeat for more axes; first is slowest) (required)',
      collect,
      [],
    )
    .option('--workers <n>', 'worker threads (default: available cores)')
    .option(
      '--cache-mb <n>',
      'feature-cache budget of the whole sweep in MiB, divided among the workers (default 256)',
    )
    .option(
      '--queue <redis://host:port>',
      'run the points on `tactical worker` processes (any machine) through Redis instead of local threads',
    )
    .option('--json', 'print JSON (stable key order)')
    .option('--csv', 'print CSV')
    .option(
      '--sort <metric[:asc]>',
      `sort rows by a metric, descending unless :asc (${SORT_METRICS.join(', ')})`,
    )
    .action(async (spec: string, raw: Record<string, unknown>) => {
      const outputs = checkOutputArgs(raw, ctx.cwd);
      ctx.exitCode = await sweepCommand(checkSweepArgs(spec, raw, ctx.cwd), ctx, outputs);
    });
}

/** Run the command; resolves to the exit code. */
export async function sweepCommand(
  args: SweepArgs,
  ctx: CliContext,
  outputs: OutputArgs = {},
): Promise<number> {
  const inputs = await readInputs(args, ctx);
  if (typeof inputs === 'number') return inputs;
  const { spec, dataDir, source } = inputs;
  const data: SweepData = { dir: dataDir };
  if (Object.keys(args.members).length > 0) data.universes = args.members;
  if (args.strict) data.strict = true;
  const bar = progressBar(ctx);
  // Ctrl-C stops the sweep; the rows finished so far are still printed, marked partial (exit 130).
  const interrupt = new AbortController();
  const release = ctx.onInterrupt?.(() => interrupt.abort());
  try {
    const calendar = getCalendar(spec.calendar ?? 'XNYS');
    const range = await rangeOf(args, spec, feedFor(dataDir, args, calendar), calendar);
    const result = args.queue
      ? await queuedSweep(
          args.queue,
          { spec, axes: args.axes, data, range, cash: args.cash },
          interrupt.signal,
          ctx,
        )
      : await runSweep({
          signal: interrupt.signal,
          spec,
          axes: args.axes,
          data,
          range,
          cash: args.cash,
          ...(args.workers !== undefined ? { workers: args.workers } : {}),
          ...(args.cacheMb !== undefined ? { cacheBytes: args.cacheMb * 1024 * 1024 } : {}),
          ...(bar ? { onProgress: bar.update } : {}),
        });
    bar?.stop();
    const rows = args.sort ? sortRows(result.rows, args.sort.metric, args.sort.ascending) : result.rows;
    const meta = { spec: args.spec, from: iso(range.from), to: iso(range.to), cash: args.cash };
    const partial = result.partial ? { points: result.points } : undefined;
    if (args.format === 'json') ctx.stdout(formatJson(meta, args.axes, rows, ctx.cwd, partial));
    else if (args.format === 'csv') ctx.stdout(formatCsv(args.axes, rows));
    else ctx.stdout(formatSweepTable(args.axes, rows));
    const csv = formatCsv(args.axes, rows);
    writeSweepOutputs(outputs, { ...args, dataDir, rows, metrics: SORT_METRICS, range, csv }, ctx);
    if (partial) {
      const note = `interrupted: ${rows.length} of ${partial.points} point(s) finished; the rows are partial`;
      if (args.format === 'table') ctx.stdout(`(${note})\n`);
      ctx.stderr(`tactical: ${note}\n`);
      return ExitCode.interrupted;
    }
    const issues = formatSweepIssues(rows);
    if (issues) ctx.stderr(`tactical: ${issues}`);
    const failed = rows.filter((r) => r.error !== undefined);
    if (failed.length > 0)
      ctx.stderr(
        `tactical: ${failed.length} of ${rows.length} point(s) did not run (see the error column)\n`,
      );
    return failed.length === rows.length ? ExitCode.findings : ExitCode.ok;
  } catch (error) {
    bar?.stop();
    if (error instanceof SweepError) throw new UsageError(error.message);
    if (error instanceof QueueError) {
      ctx.stderr(`tactical: ${error.message}\n`);
      return ExitCode.findings;
    }
    const message = describeRunError(error, ctx.cwd, source);
    if (message !== undefined) {
      ctx.stderr(message);
      return ExitCode.findings;
    }
    if (error instanceof Error && /^sweep point \d+: /.test(error.message)) {
      ctx.stderr(`tactical: ${error.message}\n`);
      return ExitCode.findings;
    }
    throw error;
  } finally {
    release?.();
  }
}

/**
 * A progress bar on the real stderr, only when it is a terminal (never in pipes, CI logs or tests).
 */
function progressBar(
  ctx: CliContext,
): { update: (done: number, total: number) => void; stop: () => void } | undefined {
  if (ctx.stderrIsTTY !== true) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'sweep [{bar}] {value}/{total} points | {eta_formatted} left',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** Rows sorted by a metric (stable; failed points and null values last). */
export function sortRows(rows: readonly SweepRow[], metric: SortMetric, ascending: boolean): SweepRow[] {
  const value = (r: SweepRow) => r.metrics?.[metric] ?? null;
  return rows
    .map((r, k) => ({ r, k }))
    .sort((a, b) => {
      const x = value(a.r);
      const y = value(b.r);
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.k - b.k;
      return (ascending ? x - y : y - x) || a.k - b.k;
    })
    .map(({ r }) => r);
}

const KEY_COLUMNS: [string, (m: Metrics) => string][] = [
  ['Total return', (m) => pct(m.totalReturn)],
  ['CAGR', (m) => pct(m.cagr)],
  ['Sharpe', (m) => ratio(m.sharpe)],
  ['Max drawdown', (m) => pct(m.maxDrawdown)],
  ['Turnover', (m) => ratio(m.turnover)],
  ['Orders', (m) => String(m.orders)],
];

/** Table borders without a rule between rows (a sweep has hundreds). */
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/** Params and key metrics, one line per point (plain: no colours). */
export function formatSweepTable(axes: readonly SweepAxis[], rows: readonly SweepRow[]): string {
  const withErrors = rows.some((r) => r.error !== undefined);
  const withIssues = rows.some((r) => r.issues !== undefined);
  const head = [
    ...axes.map((a) => a.name),
    ...KEY_COLUMNS.map(([h]) => h),
    ...(withErrors ? ['Error'] : []),
    ...(withIssues ? ['Warnings'] : []),
  ];
  const table = new Table({ head, style: { head: [], border: [] }, chars: COMPACT });
  for (const r of rows) {
    const params = axes.map((a) => String(r.params[a.name]));
    const metrics = KEY_COLUMNS.map(([, f]) => (r.metrics ? f(r.metrics) : '—'));
    // the codes only: the summary on stderr and --json say what each one was
    const codes = [...new Set(r.issues?.map((i) => i.code))].join(', ');
    table.push([
      ...params,
      ...metrics,
      ...(withErrors ? [r.error ?? ''] : []),
      ...(withIssues ? [codes] : []),
    ]);
  }
  return `${table.toString()}\n`;
}

/** `{spec, from, to, cash, [partial, points], axes, rows}` with a fixed key order. */
export function formatJson(
  meta: { spec: string; from: string; to: string; cash: number },
  axes: readonly SweepAxis[],
  rows: readonly SweepRow[],
  cwd: string,
  partial?: { points: number },
): string {
  const out = {
    ...meta,
    // An interrupted sweep: `rows` holds the finished points only (in grid order), of `points`.
    ...(partial ? { partial: true, points: partial.points } : {}),
    axes: axes.map((a) => ({ name: a.name, pointers: a.pointers, values: a.values })),
    rows: rows.map((r) => ({
      params: r.params,
      metrics: r.metrics,
      ...(r.error !== undefined ? { error: r.error } : {}),
      ...(r.issues !== undefined ? { issues: issuesForJson(r.issues, cwd) } : {}),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

const CSV_METRICS = SORT_METRICS;

/** One header line, then one line per point; numbers in full precision, null as an empty cell. */
export function formatCsv(axes: readonly SweepAxis[], rows: readonly SweepRow[]): string {
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [[...axes.map((a) => a.name), ...CSV_METRICS, 'error'].map(cell).join(',')];
  for (const r of rows) {
    lines.push(
      [
        ...axes.map((a) => r.params[a.name]),
        ...CSV_METRICS.map((k) => r.metrics?.[k] ?? null),
        r.error ?? null,
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
