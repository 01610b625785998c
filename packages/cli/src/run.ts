/**
 * The CLI as a function: `run(argv, ctx)` parses arguments, dispatches one command and returns
 * its exit code. Tests call this directly; `main.ts` wires it to the real process.
 *
 * Start-up is part of the product: each command's module (and the engine it pulls in) is imported
 * only when that command runs, so `tactical --version` loads commander alone and `tactical validate`
 * never loads the backtest engine. To add a command, add a line to COMMANDS.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, type Option } from 'commander';
import { type CliContext, ExitCode, UsageError } from './context.js';

/** Each command: its name and how to load the module that registers it (`register(program, ctx)`). */
const COMMANDS: readonly {
  name: string;
  load(): Promise<{ register(program: Command, ctx: CliContext): void }>;
}[] = [
  { name: 'validate', load: () => import('./commands/validate.js') },
  { name: 'calendar', load: () => import('./commands/calendar.js') },
  { name: 'backtest', load: () => import('./commands/backtest.js') },
  { name: 'sweep', load: () => import('./commands/sweep.js') },
  { name: 'signal', load: () => import('./commands/signal.js') },
  { name: 'serve', load: () => import('./commands/serve.js') },
  { name: 'data', load: () => import('./commands/data.js') },
  { name: 'worker', load: () => import('./commands/worker.js') },
];

/**
 * The version in this package's manifest (src/ and dist/ both sit one level below it); 'unknown' when
 * the code runs from somewhere else (e.g. a test's esbuild bundle in a temp folder).
 */
function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      name?: string;
      version?: string;
    };
    return manifest.name === '@tactical/cli' && manifest.version ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

const EXIT_CODES = `
Exit codes:
  0  success (every spec valid, run completed)
  1  findings: an invalid spec, bad data, or a run that failed with located errors
  2  usage error: unknown command or option, missing or malformed argument
`;

/**
 * Build the command tree. With `argv`, only the command it names is loaded (all of them when it names
 * none, for the command list in `--help`).
 */
export async function buildProgram(ctx: CliContext, argv?: readonly string[]): Promise<Command> {
  const program = new Command('tactical')
    .description('Trading strategies as versioned JSON rule trees: validate, inspect calendars, backtest.')
    .version(packageVersion(), '-V, --version', 'print the version and exit')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.stdout(s), writeErr: (s) => ctx.stderr(s) })
    .configureHelp({ optionDescription: describeOption })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('afterAll', EXIT_CODES);
  const named = argv?.find((a) => !a.startsWith('-'));
  const wanted = COMMANDS.filter((c) => c.name === named);
  const onlyVersion =
    argv !== undefined && argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
  const toLoad = onlyVersion ? [] : wanted.length > 0 ? wanted : COMMANDS;
  for (const module of await Promise.all(toLoad.map((c) => c.load()))) module.register(program, ctx);
  return program;
}

const plainHelp = new Help();

/** Option help with `(required)` on mandatory options. */
function describeOption(option: Option): string {
  const text = plainHelp.optionDescription(option);
  return option.mandatory && !text.includes('(required)') ? `${text} (required)` : text;
}

/** Run the CLI with `argv` (without the node and script entries); resolves to the exit code. */
export async function run(argv: readonly string[], ctx: CliContext): Promise<number> {
  try {
    const program = await buildProgram(ctx, argv);
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
 * commands). Relative paths resolve against `cwd`; `stdin` is what `-` reads; the streams count as non-terminals.
 */
export async function runCaptured(argv: readonly string[], cwd: string, stdin = ''): Promise<CapturedRun> {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    cwd,
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    readStdin: async () => stdin,
    exitCode: ExitCode.ok,
  };
  const code = await run(argv, ctx);
  return { code, out, err };
}
