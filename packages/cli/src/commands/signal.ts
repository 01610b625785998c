/**
 * `tactical signal <spec> --data <dir> [--date] [--from] [--positions] [--state] [--quotes] [--json]`:
 * today's decision for the holdings given — rebalance or not, targets, orders, holds and warnings —
 * with the strategy state carried in `--state` (written atomically: temp file + rename). The logic is
 * `computeSignal` of the runtime (the server's POST /signal calls the same); this file only reads the
 * flags and files and prints. docs/live.md describes the inputs and the output.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import {
  computeSignal,
  DataError,
  type LiveHoldings,
  LiveInputError,
  parseHoldings,
  parseQuotesCsv,
  parseSavedState,
  type SavedState,
  type SignalReport,
  SpecError,
  todayAt,
} from '@tactical/runtime';
import { formatText, validateSpecText } from '@tactical/spec';
import type { Command } from 'commander';
import { type CliContext, ExitCode, UsageError } from '../context.js';
import { addDataOptions, checkArgs, feedFor, parseDay } from './backtest.js';

/** Register the command on the program. */
export function register(program: Command, ctx: CliContext): void {
  const command = program
    .command('signal')
    .description("Today's decision and orders for the holdings given, keeping the strategy state in a file")
    .argument('<spec>', 'spec file (JSON)');
  addDataOptions(command)
    .option('--date <YYYY-MM-DD>', 'decision session (default: today in the exchange time zone)')
    .option(
      '--positions <file.json>',
      'holdings {"cash": n, "positions": {"<asset id>": shares}} (default: --cash, no positions)',
    )
    .option('--state <file.json>', 'strategy state: read when it exists, then written (atomically)')
    .option('--quotes <file.csv>', "current prices 'symbol,price' completing the session's bar")
    .option('--json', 'print JSON (the same as POST /signal answers)')
    .action(async (spec: string, raw: Record<string, unknown>) => {
      ctx.exitCode = await signalCommand(spec, raw, ctx);
    });
}

function readJson(path: string, shown: string, code: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new LiveInputError(code, shown, `invalid JSON: ${(error as Error).message}`, 'fix the JSON syntax');
  }
}

const existingFile = (cwd: string, file: string, option: string): string => {
  const path = resolve(cwd, file);
  if (!existsSync(path) || !statSync(path).isFile())
    throw new UsageError(`${option}: file not found: ${file}`);
  return path;
};

/** Write `text` to `path` through a temp file in the same folder and a rename (never a torn file). */
export function writeAtomic(path: string, text: string): void {
  const tmp = resolve(
    dirname(path),
    `.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

async function signalCommand(
  specArg: string,
  raw: Record<string, unknown>,
  ctx: CliContext,
): Promise<number> {
  const args = checkArgs(specArg, raw, ctx.cwd);
  const specPath = existingFile(ctx.cwd, specArg, 'spec');
  const dataDir = resolve(ctx.cwd, args.data);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory())
    throw new UsageError(`--data is not a folder: ${args.data}`);
  if (typeof raw.to === 'string') throw new UsageError('--to does not apply to signal (use --date)');
  const date = typeof raw.date === 'string' ? raw.date : undefined;
  if (date !== undefined) parseDay(date, '--date');

  const text = readFileSync(specPath, 'utf8');
  const checked = validateSpecText(text.replace(/^\uFEFF/, ''), specArg);
  if (!checked.ok) {
    ctx.stderr(formatText(checked.errors, 1));
    return ExitCode.findings;
  }
  try {
    const holdings: LiveHoldings =
      typeof raw.positions === 'string'
        ? parseHoldings(
            readJson(existingFile(ctx.cwd, raw.positions, '--positions'), raw.positions, 'bad_positions'),
            raw.positions,
          )
        : { cash: args.cash, positions: [] };
    const statePath = typeof raw.state === 'string' ? resolve(ctx.cwd, raw.state) : undefined;
    const saved: SavedState | undefined =
      statePath !== undefined && existsSync(statePath)
        ? parseSavedState(readJson(statePath, raw.state as string, 'bad_state'), raw.state as string)
        : undefined;
    const quotes =
      typeof raw.quotes === 'string'
        ? parseQuotesCsv(readFileSync(existingFile(ctx.cwd, raw.quotes, '--quotes'), 'utf8'), raw.quotes)
        : undefined;
    const spec = checked.spec;
    const calendar = getCalendar(spec.calendar ?? 'XNYS');
    const report = await computeSignal({
      spec: spec as never,
      calendar,
      dataFeed: feedFor(dataDir, args, calendar),
      date: date ?? todayAt(calendar),
      holdings,
      ...(saved !== undefined ? { saved } : {}),
      ...(args.from !== undefined ? { origin: args.from } : {}),
      ...(quotes !== undefined ? { quotes } : {}),
    });
    if (statePath !== undefined) writeAtomic(statePath, `${JSON.stringify(report.state, null, 2)}\n`);
    ctx.stdout(raw.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatSignal(report));
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof LiveInputError) {
      ctx.stderr(`tactical: ${error.where}: ${error.message}\n  fix: ${error.fix}\n`);
      return ExitCode.findings;
    }
    if (error instanceof DataError || error instanceof SpecError) {
      ctx.stderr(
        `tactical: ${error instanceof DataError ? 'data error' : 'invalid spec'}: ${error.message}\n`,
      );
      return ExitCode.findings;
    }
    throw error;
  }
}

/** The report as a few lines of text. */
export function formatSignal(r: SignalReport): string {
  const lines = [
    `${r.spec || 'spec'} on ${r.date}: ${r.rebalance ? `rebalance (${r.trigger})` : 'no rebalance'}`,
  ];
  if (r.quotes)
    lines.push(
      `  quotes: bar completed for ${r.quotes.completed.map((q) => `${q.symbol}=${q.price}`).join(', ') || 'none'}`,
    );
  if (r.hold) lines.push(`  hold: ${r.hold.reason} at ${r.hold.pointer}`);
  const targets = Object.entries(r.targets).map(([id, w]) => `${id} ${(w * 100).toFixed(2)}%`);
  lines.push(`  targets: ${targets.join(', ') || 'cash'}`);
  for (const o of r.orders) {
    lines.push(`  ${o.side.toUpperCase()} ${o.quantity} ${o.symbol} @ ${o.referencePrice}  (${o.reason})`);
  }
  if (r.rebalance && r.orders.length === 0) lines.push('  no orders (holdings already at the targets)');
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return `${lines.join('\n')}\n`;
}
