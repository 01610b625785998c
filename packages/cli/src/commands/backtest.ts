/**
 * `tactical backtest <spec> --data <dir> [--from] [--to] [--cash] [--json] [--benchmark SYMBOL]`:
 * validate the spec (diagnostics as `tactical validate` prints them), load the CSV folder, run the
 * backtest and print the metrics as a table or as JSON (fixed key order, byte-identical across runs).
 * Bad arguments are usage errors (exit 2); invalid specs and data problems exit 1 with the file and
 * line in the message (run-errors.ts); the run's issues are listed grouped (issues-text.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Calendar } from '@tactical/calendars';
import { getCalendar } from '@tactical/calendars';
import {
  type Asset,
  BacktestExecutor,
  FeatureRuntime,
  type FolderFeed,
  fromSpec,
  type IndexUniverseFiles,
  MemoryFeatureCache,
  type Metrics,
  openDataFolder,
  runBacktest,
  StoreFeed,
} from '@tactical/runtime';
import { formatText, type TacticalSpec } from '@tactical/spec';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { type CliContext, ExitCode, UsageError } from '../context.js';
import { formatIssues, issuesForJson } from '../issues-text.js';
import { startProgress } from '../progress.js';
import { describeRunError, type SpecSource } from '../run-errors.js';
import { readSpecFile } from '../spec-file.js';
import { addOutputOptions, checkOutputArgs, type FinishedRun, runSpecs } from './backtest-outputs.js';

/** Parsed and checked options of the command. */
export interface BacktestArgs {
  spec: string;
  data: string;
  from?: string;
  to?: string;
  cash: number;
  json: boolean;
  benchmark?: string;
  /** Point-in-time index membership files by index name (`--members`). */
  members: Record<string, IndexUniverseFiles>;
  /** `--strict`: data and range warnings are errors (exit 1). */
  strict?: boolean;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day `YYYY-MM-DD` as midnight UTC, or a UsageError naming the option. */
export function parseDay(value: string, option: string): Date {
  const m = ISO_DAY.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${option} must be a date YYYY-MM-DD, got '${value}'`);
  }
  return d;
}

/** `--members SP500=start_end.csv[,changes.csv]` as membership files (paths relative to cwd). */
function parseMembers(
  list: readonly string[],
  cwd: string,
  lead: number | undefined,
): Record<string, IndexUniverseFiles> {
  // Index names are user input: a prototype-free record (`--members __proto__=…` is just a name).
  const out: Record<string, IndexUniverseFiles> = Object.create(null);
  for (const text of list) {
    const m = /^([A-Za-z0-9_]+)=([^,]+)(?:,(.+))?$/.exec(text);
    if (!m) throw new UsageError(`--members '${text}': expected INDEX=start_end.csv[,changes.csv]`);
    const files: IndexUniverseFiles = { startEnd: resolve(cwd, m[2]!) };
    if (m[3]) files.changes = resolve(cwd, m[3]);
    if (lead !== undefined) files.announcementLead = lead;
    for (const f of [files.startEnd, files.changes]) {
      if (f !== undefined && !existsSync(f)) throw new UsageError(`--members ${m[1]}: file not found: ${f}`);
    }
    out[m[1]!] = files;
  }
  return out;
}

/** `--announcement-lead N`: sessions before a change's effective date at which it is known. */
function leadOf(raw: Record<string, unknown>): number | undefined {
  if (raw.announcementLead === undefined) return undefined;
  const text = String(raw.announcementLead);
  if (!/^\d+$/.test(text) || Number(text) > 60) {
    throw new UsageError(
      `--announcement-lead must be a whole number of sessions from 0 to 60, got '${text}'`,
    );
  }
  if (((raw.members as string[] | undefined) ?? []).length === 0) {
    throw new UsageError('--announcement-lead needs --members (it applies to the membership files)');
  }
  return Number(text);
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** The options every command that reads market data takes: data folder, range, cash, membership. */
export function addDataOptions(command: Command): Command {
  return command
    .option(
      '--data <dir>',
      'folder of <SYMBOL>.csv files (Yahoo layout) or a store from `tactical data import` (required)',
    )
    .option('--from <YYYY-MM-DD>', 'first day (default: first day all universe assets have data)')
    .option('--to <YYYY-MM-DD>', 'end day, exclusive (default: the day after the last common data day)')
    .option('--cash <amount>', 'initial cash', '100000')
    .option(
      '--members <INDEX=file[,changes]>',
      'point-in-time index membership files, fja05680 layout (repeatable)',
      collect,
      [],
    )
    .option(
      '--announcement-lead <sessions>',
      'index changes are known this many sessions before they take effect (default 0: no foresight)',
    )
    .option(
      '--strict',
      'data and range warnings (dropped or suspicious bars, ranges beyond the data) are errors',
    );
}

/**
 * The feed over `--data` with the membership files of `args` (members and index events): a columnar
 * store when the folder is one (`tactical data import`), else the folder's CSV files. Every command
 * that takes `--data` gets its feed here.
 */
export function feedFor(dir: string, args: Pick<BacktestArgs, 'members'>, calendar: Calendar): FolderFeed {
  return openDataFolder(dir, { universes: args.members, calendar });
}

/** Check the raw commander options; every problem is a UsageError (exit 2). */
export function checkArgs(spec: string, raw: Record<string, unknown>, cwd: string): BacktestArgs {
  const data = raw.data;
  if (typeof data !== 'string' || data === '') throw new UsageError('--data <dir> is required');
  const cashText = String(raw.cash ?? '100000');
  const cash = Number(cashText);
  if (!/^\d+(\.\d+)?$/.test(cashText) || !(cash > 0)) {
    throw new UsageError(`--cash must be a positive number, got '${cashText}'`);
  }
  const args: BacktestArgs = {
    spec,
    data,
    cash,
    json: raw.json === true,
    members: parseMembers((raw.members as string[] | undefined) ?? [], cwd, leadOf(raw)),
  };
  if (raw.strict === true) args.strict = true;
  if (typeof raw.from === 'string') args.from = raw.from;
  if (typeof raw.to === 'string') args.to = raw.to;
  if (typeof raw.benchmark === 'string') args.benchmark = raw.benchmark;
  const from = args.from === undefined ? undefined : parseDay(args.from, '--from');
  const to = args.to === undefined ? undefined : parseDay(args.to, '--to');
  if (from && to && !(from < to)) throw new UsageError(`--from ${args.from} must be before --to ${args.to}`);
  return args;
}

/** Register the command on the program. */
export function register(program: Command, ctx: CliContext): void {
  const command = program
    .command('backtest')
    .description('Backtest a spec over a folder of daily CSV files and print its metrics')
    .argument('<spec...>', 'spec file(s) (JSON); several are compared side by side in --report');
  addDataOptions(command)
    .option('--json', 'print JSON (stable key order) instead of a table')
    .option('--benchmark <SYMBOL>', 'benchmark asset (a file in --data) for beta, alpha and correlation');
  addOutputOptions(command, 'run').action(async (specs: string[], raw: Record<string, unknown>) => {
    const outputs = checkOutputArgs(raw, ctx.cwd);
    const all = specs.map((spec) => checkArgs(spec, raw, ctx.cwd));
    ctx.exitCode = await runSpecs(specs, raw.json === true, outputs, ctx, (spec, runCtx, collect) =>
      backtestCommand(all[specs.indexOf(spec)]!, runCtx, collect),
    );
  });
}

/**
 * The spec (validated through the shared front door, spec-file.ts; diagnostics printed as
 * `tactical validate` prints them) and the data folder of a command, or the exit code to end with.
 * A missing spec file or data folder is a usage error.
 */
export async function readInputs(
  args: Pick<BacktestArgs, 'spec' | 'data'>,
  ctx: CliContext,
): Promise<{ spec: TacticalSpec; dataDir: string; source: SpecSource } | number> {
  const specPath = resolve(ctx.cwd, args.spec);
  const dataDir = resolve(ctx.cwd, args.data);
  if (!existsSync(specPath)) throw new UsageError(`spec file not found: ${args.spec}`);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new UsageError(`--data is not a folder: ${args.data}`);
  }
  const checked = await readSpecFile(specPath, args.spec);
  if (!checked.spec) {
    ctx.stderr(formatText(checked.diagnostics, 1));
    return ExitCode.findings;
  }
  return { spec: checked.spec, dataDir, source: { file: args.spec, text: checked.text ?? '' } };
}

/** Run the command; resolves to the exit code. `collect` receives the finished run (--report, --out). */
export async function backtestCommand(
  args: BacktestArgs,
  ctx: CliContext,
  collect?: (run: FinishedRun) => void,
): Promise<number> {
  const inputs = await readInputs(args, ctx);
  if (typeof inputs === 'number') return inputs;
  const { spec, dataDir, source } = inputs;
  const policy = args.strict ? { strict: true } : undefined;
  const progress = startProgress(ctx);
  progress.phase('loading data');
  try {
    const calendar = getCalendar(spec.calendar ?? 'XNYS');
    const dataFeed = progress.feed(feedFor(dataDir, args, calendar));
    const range = await rangeOf(args, spec, dataFeed, calendar);
    const runtime = new FeatureRuntime({
      dataFeed,
      featureCache: new MemoryFeatureCache(),
      range,
      freq: '1d',
      ...(policy ? { policy } : {}),
    });
    const strategy = progress.strategy(fromSpec(spec, { runtime, calendar }));
    const benchmark: Asset | undefined = args.benchmark
      ? { id: `benchmark:${args.benchmark}`, symbol: args.benchmark }
      : undefined;
    const result = await runBacktest({
      strategy,
      range,
      initialPortfolio: { cash: args.cash, positions: [], t: range.from },
      dataFeed,
      executor: new BacktestExecutor({ calendar }),
      calendar,
      ...(benchmark ? { benchmark } : {}),
      ...(policy ? { dataPolicy: policy } : {}),
    });
    progress.stop();
    collect?.({
      args,
      dataDir,
      dataFeed,
      range,
      panel: strategy.features.panel,
      result,
      ...(benchmark ? { benchmark } : {}),
    });
    const report = {
      spec: args.spec,
      from: iso(range.from),
      to: iso(range.to),
      cash: args.cash,
      metrics: result.metrics,
      fills: result.snapshots.reduce((n, s) => n + s.fills.length, 0),
      issues: issuesForJson(result.issues, ctx.cwd),
      ...(result.ruined ? { ruined: { date: iso(result.ruined.t), equity: result.ruined.equity } } : {}),
    };
    const ruined = result.ruined
      ? `account ruined on ${iso(result.ruined.t)}: equity ${result.ruined.equity.toFixed(2)} <= 0, the run stopped there (metrics cover the sessions up to it)\n`
      : '';
    if (args.json) ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else {
      ctx.stdout(`${ruined}${formatTable(report.metrics, args.spec)}`);
      ctx.stdout(formatIssues(result.issues, ctx.cwd));
    }
    return ExitCode.ok;
  } catch (error) {
    const message = describeRunError(error, ctx.cwd, source);
    if (message === undefined) throw error;
    ctx.stderr(message);
    return ExitCode.findings;
  } finally {
    progress.stop();
  }
}

/** The range from the options, defaulting to the days all static universe assets have data (also used by `sweep`). */
export async function rangeOf(
  args: BacktestArgs,
  spec: TacticalSpec,
  feed: FolderFeed,
  calendar: Calendar,
): Promise<{ from: Date; to: Date }> {
  let from = args.from ? parseDay(args.from, '--from') : undefined;
  let to = args.to ? parseDay(args.to, '--to') : undefined;
  if (from && to) return { from, to };
  if (!Array.isArray(spec.universe)) {
    throw new UsageError('a dynamic universe needs --from and --to (the data cannot tell the range)');
  }
  let first = Number.NEGATIVE_INFINITY;
  let last = Number.POSITIVE_INFINITY;
  const all = { from: calendar.bounds.first, to: new Date(calendar.bounds.last.getTime() + 86_400_000) };
  for (const asset of spec.universe as Asset[]) {
    let a = Number.NaN;
    let b = Number.NaN;
    if (feed instanceof StoreFeed) {
      // every bar of the CSV file, kept or dropped, as the CSV feed's bars below
      const span = feed.span(asset);
      if (span) [a, b] = [span.first.getTime(), span.last.getTime()];
    } else {
      for await (const bar of feed.bars(asset, all, '1d')) {
        if (Number.isNaN(a)) a = bar.t.getTime();
        b = bar.t.getTime();
      }
    }
    if (Number.isNaN(a)) throw new UsageError(`no data for ${asset.id} in ${args.data}`);
    first = Math.max(first, a);
    last = Math.min(last, b);
  }
  from ??= new Date(first);
  to ??= new Date(last + 86_400_000);
  if (!(from < to)) throw new UsageError(`empty range: ${iso(from)} .. ${iso(to)}`);
  return { from, to };
}

export const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);
export const ratio = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const money = (x: number | null) => (x === null ? '—' : x.toFixed(2));

/** The metrics as a two-column table (plain: no colours, so snapshots are stable). */
export function formatTable(m: Metrics, title: string): string {
  const table = new Table({ head: [title, ''], style: { head: [], border: [] } });
  const rows: [string, string][] = [
    ['Period', `${m.start ?? '—'} .. ${m.end ?? '—'} (${m.sessions} sessions)`],
    ['Initial equity', money(m.initialEquity)],
    ['Final equity', money(m.finalEquity)],
    ['Total return', pct(m.totalReturn)],
    ['CAGR', pct(m.cagr)],
    ['Volatility (ann.)', pct(m.volatility)],
    ['Sharpe', ratio(m.sharpe)],
    ['Sortino', ratio(m.sortino)],
    ['Max drawdown', `${pct(m.maxDrawdown)} (${m.maxDrawdownPeak ?? '—'} → ${m.maxDrawdownTrough ?? '—'})`],
    ['Recovered', m.maxDrawdownRecovery ?? (m.maxDrawdown ? 'not yet' : '—')],
    ['Calmar', ratio(m.calmar)],
    ['Turnover (ann.)', ratio(m.turnover)],
    ['Mean gross exposure', pct(m.meanGrossExposure)],
    ['Time invested', pct(m.timeInvested)],
    ['Rebalances', String(m.rebalances)],
    ['Orders', String(m.orders)],
    ...cashFlowRows(m),
  ];
  if (m.benchmark) {
    const b = m.benchmark;
    rows.push(
      [`Benchmark ${b.name} return`, pct(b.totalReturn)],
      ['Excess return', pct(b.excessReturn)],
      ['Beta', ratio(b.beta)],
      ['Alpha (ann.)', pct(b.alpha)],
      ['Correlation', ratio(b.correlation)],
    );
  }
  table.push(...rows);
  return `${table.toString()}\n`;
}

/** Returns basis and the cash moved without trades (borrow fee and interest only when set). */
function cashFlowRows(m: Metrics): [string, string][] {
  const c = m.cashFlows;
  const rows: [string, string][] = [
    ['Returns', c.returns === 'total' ? 'total (dividends reinvested)' : 'price only (no dividends)'],
  ];
  if (c.returns === 'total') rows.push(['Dividends (net)', money(c.dividends)]);
  if (c.borrowFees !== 0) rows.push(['Borrow fees', money(c.borrowFees)]);
  if (c.interest !== 0) rows.push(['Cash interest', money(c.interest)]);
  return rows;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
