/** Programmatic entry of the CLI (for tests and embedding the commands). */
export { type CliContext, ExitCode, UsageError } from './context.js';
export { buildProgram, type CapturedRun, run, runCaptured } from './run.js';
