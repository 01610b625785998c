/**
 * `tactical data import <csv-dir> <store> [--calendar XNYS] [--strict] [--json]`: convert a folder of
 * daily CSV files into a columnar store (docs/data.md § Data stores) that `--data` accepts in every
 * command. Files are read one at a time; the data policy runs as in a CSV run and its warnings are
 * printed here (with CSV file:line) and kept in the store, so runs over the store report them too.
 * Nothing is written unless the whole import succeeds.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCalendar, UnknownCalendarError } from '@tactical/calendars';
import { DataError, dataIssues, importCsvFolder, StoreError } from '@tactical/runtime';
import type { Command } from 'commander';
import { type CliContext, ExitCode, UsageError } from '../context.js';
import { formatIssues, issuesForJson } from '../issues-text.js';
import { describeRunError, shownPath } from '../run-errors.js';

/** Register `data` and its subcommands. */
export function register(program: Command, ctx: CliContext): void {
  const data = program
    .command('data')
    .description('Manage market data: convert CSV folders into columnar stores');
  data
    .command('import')
    .description('Convert a folder of daily CSV files into a columnar store (a folder) for --data')
    .argument('<csv-dir>', 'folder of <SYMBOL>.csv / <SYMBOL>_data.csv files')
    .argument(
      '<store>',
      'store folder to create (an existing store there is replaced when the import succeeds)',
    )
    .option('--calendar <code>', 'exchange calendar of the sessions (e.g. XNYS, XLON)', 'XNYS')
    .option('--strict', 'data warnings (dropped or suspicious bars) are errors')
    .option('--json', 'print a JSON summary instead of text')
    .action(async (csvDir: string, store: string, raw: Record<string, unknown>) => {
      ctx.exitCode = await importCommand(csvDir, store, raw, ctx);
    });
}

async function importCommand(
  csvArg: string,
  storeArg: string,
  raw: Record<string, unknown>,
  ctx: CliContext,
): Promise<number> {
  const csvDir = resolve(ctx.cwd, csvArg);
  const storeDir = resolve(ctx.cwd, storeArg);
  if (!existsSync(csvDir) || !statSync(csvDir).isDirectory())
    throw new UsageError(`<csv-dir> is not a folder: ${csvArg}`);
  if (csvDir === storeDir) throw new UsageError('<store> must be another folder than <csv-dir>');
  let calendar: ReturnType<typeof getCalendar>;
  try {
    calendar = getCalendar(String(raw.calendar ?? 'XNYS'));
  } catch (error) {
    if (error instanceof UnknownCalendarError) throw new UsageError(`--calendar: ${error.message}`);
    throw error;
  }
  const started = performance.now();
  let lastShown = 0;
  try {
    const result = await importCsvFolder(csvDir, storeDir, {
      calendar,
      ...(raw.strict === true ? { policy: { strict: true } } : {}),
      onAsset: (done, total) => {
        if (ctx.stderrIsTTY && (performance.now() - lastShown > 250 || done === total)) {
          lastShown = performance.now();
          ctx.stderr(`\rimporting ${done}/${total} files`);
          if (done === total) ctx.stderr('\n');
        }
      },
    });
    const m = result.manifest;
    const issues = dataIssues(result.issues);
    const seconds = (performance.now() - started) / 1000;
    if (raw.json === true) {
      const summary = {
        store: shownPath(storeDir, ctx.cwd),
        calendar: m.calendar,
        assets: m.assets.length,
        sessions: m.sessions,
        extraFields: m.extraFields?.names ?? [],
        bytes: result.bytes,
        issues: issuesForJson(issues, ctx.cwd),
      };
      ctx.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    } else {
      ctx.stdout(
        `imported ${m.assets.length} assets × ${m.sessions.count} sessions (${m.sessions.first} .. ${m.sessions.last}, ${m.calendar}) into ${shownPath(storeDir, ctx.cwd)}: ${(result.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s\n`,
      );
      if (m.extraFields) ctx.stdout(`extra fields: ${m.extraFields.names.join(', ')}\n`);
      ctx.stdout(formatIssues(issues, ctx.cwd));
    }
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof StoreError) {
      ctx.stderr(
        `tactical: data error: ${shownPath(error.file, ctx.cwd)}: ${error.detail} [${error.code}]\n  hint: ${error.hint}\n`,
      );
      return ExitCode.findings;
    }
    if (error instanceof DataError) {
      ctx.stderr(describeRunError(error, ctx.cwd, { file: csvArg, text: '' })!);
      ctx.stderr('  (nothing was written)\n');
      return ExitCode.findings;
    }
    throw error;
  }
}
