/**
 * `tactical backtest … --report <file.html> --out <dir>` and several specs in one command: collects
 * each run as `backtestCommand` finishes it, then writes the HTML report (all runs side by side) and
 * the export files (docs/outputs.md). Kept out of backtest.ts so that file stays small.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  backtestReportHtml,
  benchmarkSeries,
  type DataProvenance,
  describeDataFolder,
  engineVersion,
  type ReportRunInput,
  runSeries,
  writeRunFiles,
} from '@tactical/report';
import type { Asset, BacktestResult, DataFeed, Panel } from '@tactical/runtime';
import type { Command } from 'commander';
import { type CliContext, ExitCode, UsageError } from '../context.js';
import type { BacktestArgs } from './backtest.js';

/** `--report` and `--out`, checked. */
export interface OutputArgs {
  /** Absolute path of the HTML file to write. */
  report?: string;
  /** Absolute path of the folder for the export files. */
  out?: string;
}

/** What `backtestCommand` hands over after a successful run. */
export interface FinishedRun {
  args: BacktestArgs;
  dataDir: string;
  dataFeed: DataFeed;
  range: { from: Date; to: Date };
  panel: Panel;
  result: BacktestResult;
  benchmark?: Asset;
}

/** Register `--report` and `--out` on a command. */
export function addOutputOptions(command: Command, what: string): Command {
  return command
    .option('--report <file.html>', `write a self-contained HTML report of the ${what} (opens offline)`)
    .option('--out <dir>', `write the ${what} as CSV/JSON files into this folder (docs/outputs.md)`);
}

/** Check `--report` / `--out` (usage errors name the option and the fix). */
export function checkOutputArgs(raw: Record<string, unknown>, cwd: string): OutputArgs {
  const out: OutputArgs = {};
  if (raw.report !== undefined) {
    const file = String(raw.report);
    if (!/\.html?$/i.test(file)) throw new UsageError(`--report '${file}': the file name must end in .html`);
    const path = resolve(cwd, file);
    if (existsSync(path) && statSync(path).isDirectory())
      throw new UsageError(`--report '${file}' is a folder; give a file name ending in .html`);
    if (!existsSync(dirname(path)))
      throw new UsageError(`--report '${file}': folder ${dirname(file)} does not exist (create it first)`);
    out.report = path;
  }
  if (raw.out !== undefined) {
    const dir = String(raw.out);
    const path = resolve(cwd, dir);
    if (existsSync(path) && !statSync(path).isDirectory())
      throw new UsageError(`--out '${dir}' is a file; give a folder (it is created when missing)`);
    out.out = path;
  }
  return out;
}

/** Folder names for the runs' `--out` files: the spec file names without `.json`, made unique. */
export function outFolders(specs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return specs.map((s) => {
    const base = basename(s).replace(/\.json$/i, '') || 'spec';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** Collects finished runs, then writes the report and the files. */
export class RunCollector {
  private readonly runs: FinishedRun[] = [];
  constructor(
    private readonly outputs: OutputArgs,
    private readonly ctx: CliContext,
    private readonly specCount: number,
  ) {}

  get wanted(): boolean {
    return this.outputs.report !== undefined || this.outputs.out !== undefined;
  }

  add(run: FinishedRun): void {
    this.runs.push(run);
  }

  /** Write the outputs of all collected runs; resolves to an exit code. */
  async finish(): Promise<number> {
    if (!this.wanted || this.runs.length === 0) return ExitCode.ok;
    const inputs: ReportRunInput[] = [];
    const folders = outFolders(this.runs.map((r) => r.args.spec));
    for (const [k, run] of this.runs.entries()) {
      const bench = run.benchmark
        ? await benchmarkSeries(run.dataFeed, run.benchmark, run.result, run.panel, run.range.to)
        : undefined;
      const series = runSeries(run.result, run.panel, bench);
      if (this.outputs.out !== undefined) {
        const dir = this.specCount > 1 ? join(this.outputs.out, folders[k]!) : this.outputs.out;
        writeRunFiles(dir, run.result, series, run.panel.issues);
      }
      inputs.push({
        label: run.args.spec,
        specText: readFileSync(resolve(this.ctx.cwd, run.args.spec), 'utf8'),
        result: run.result,
        series,
        dataIssues: run.panel.issues,
        options: runOptions(run),
      });
    }
    if (this.outputs.report !== undefined) {
      const data = new Map<string, DataProvenance>();
      for (const run of this.runs) {
        if (!data.has(run.dataDir)) data.set(run.dataDir, describeDataFolder(run.dataDir, run.args.data));
      }
      const html = backtestReportHtml({
        runs: inputs,
        data: [...data.values()],
        engineVersion: engineVersion(),
      });
      writeFileSync(this.outputs.report, html);
    }
    return ExitCode.ok;
  }
}

/** The options a run used, as the report's provenance shows them (fixed key order). */
function runOptions(run: FinishedRun): Record<string, unknown> {
  const a = run.args;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    data: a.data,
    from: iso(run.range.from),
    to: iso(run.range.to),
    cash: a.cash,
    benchmark: a.benchmark ?? null,
    ...(Object.keys(a.members).length > 0 ? { members: a.members } : {}),
    command: ['tactical backtest', a.spec, ...commandFlags(a)].join(' '),
  };
}

function commandFlags(a: BacktestArgs): string[] {
  const flags = ['--data', a.data];
  if (a.from) flags.push('--from', a.from);
  if (a.to) flags.push('--to', a.to);
  flags.push('--cash', String(a.cash));
  if (a.benchmark) flags.push('--benchmark', a.benchmark);
  return flags;
}

/**
 * Run each spec through `runOne` (backtest.ts's command), collecting the runs; several specs with
 * `--json` print one JSON array instead of one document per spec.
 */
export async function runSpecs(
  specs: readonly string[],
  json: boolean,
  outputs: OutputArgs,
  ctx: CliContext,
  runOne: (spec: string, ctx: CliContext, collect: (run: FinishedRun) => void) => Promise<number>,
): Promise<number> {
  const collector = new RunCollector(outputs, ctx, specs.length);
  const docs: string[] = [];
  for (const spec of specs) {
    const runCtx: CliContext =
      specs.length > 1 && json
        ? { ...ctx, stdout: (s) => void docs.push(s.trim()), stderr: (s) => ctx.stderr(s), exitCode: 0 }
        : ctx;
    const code = await runOne(spec, runCtx, (run) => collector.add(run));
    if (code !== ExitCode.ok) return code;
  }
  if (docs.length > 0) ctx.stdout(`[\n${docs.join(',\n')}\n]\n`);
  return collector.finish();
}
