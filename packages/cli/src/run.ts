/**
 * The CLI as a function: `run(argv, ctx)` parses arguments, dispatches one command and returns
 * its exit code. Tests call this directly; `main.ts` wires it to the real process.
 */
import { Command, CommanderError } from 'commander';
import { register as registerBacktest } from './commands/backtest.js';
import { register as registerCalendar } from './commands/calendar.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerSignal } from './commands/signal.js';
import { register as registerSweep } from './commands/sweep.js';
import { register as registerValidate } from './commands/validate.js';
import { type CliContext, ExitCode, UsageError } from './context.js';

/** Build the command tree; each command lives in `commands/<name>.ts` and registers itself. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('tactical')
    .description('Trading strategies as versioned JSON rule trees: validate, inspect calendars, backtest.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.stdout(s), writeErr: (s) => ctx.stderr(s) })
    .showHelpAfterError('(run with --help for usage)');
  registerValidate(program, ctx);
  registerCalendar(program, ctx);
  registerBacktest(program, ctx);
  registerSweep(program, ctx);
  registerSignal(program, ctx);
  registerServe(program, ctx);
  return program;
}

/** Run the CLI with `argv` (without the node and script entries); resolves to the exit code. */
export async function run(argv: readonly string[], ctx: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version are not errors; everything else commander rejects is a usage error
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
      if (error.code === 'commander.help') return ExitCode.ok;
      return ExitCode.usage;
    }
    if (error instanceof UsageError) {
      ctx.stderr(`tactical: ${error.message}\n`);
      return ExitCode.usage;
    }
    // An unexpected failure is our bug: say so in one line, never a stack trace (TACTICAL_DEBUG=1 shows it).
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr(`tactical: internal error: ${message}\n`);
    if (process.env.TACTICAL_DEBUG) ctx.stderr(`${error instanceof Error ? error.stack : ''}\n`);
    return ExitCode.findings;
  }
}

/** What `runCaptured` returns: the exit code and everything written to each stream. */
export interface CapturedRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Run the CLI with its output captured instead of printed (tests, scripts, services embedding the
 * commands). Relative paths resolve against `cwd`; the streams count as non-terminals.
 */
export async function runCaptured(argv: readonly string[], cwd: string): Promise<CapturedRun> {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    cwd,
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    exitCode: ExitCode.ok,
  };
  const code = await run(argv, ctx);
  return { code, out, err };
}
