/**
 * What a command gets: where to write and how to report its exit code. Commands never call
 * `process.exit` and never print stack traces; only `main.ts` touches the process.
 */
export interface CliContext {
  /** Working directory that relative paths resolve against. */
  readonly cwd: string;
  /** Normal output (results, reports). */
  stdout(text: string): void;
  /** Diagnostics and progress. */
  stderr(text: string): void;
  /** The whole standard input, for a `-` file argument; absent = no standard input (reads as empty). */
  readStdin?(): Promise<string>;
  /** True when stdout is a terminal (colours); absent = not a terminal, as in tests and pipes. */
  readonly stdoutIsTTY?: boolean;
  /** True when stderr is a terminal (progress bars); absent = not a terminal. */
  readonly stderrIsTTY?: boolean;
  /** Exit code the process will end with: 0 ok, 1 findings (invalid spec, failed run), 2 usage error. */
  exitCode: number;
  /**
   * Calls `handler` on Ctrl-C (SIGINT) instead of ending the process, until the returned function is
   * called. Absent (tests, embedders): interrupts are not observed.
   */
  onInterrupt?(handler: () => void): () => void;
  /**
   * Calls `handler` on Ctrl-C (SIGINT) or SIGTERM instead of ending the process, until the returned
   * function is called (long-running commands such as `tactical worker`). Absent: not observed.
   */
  onStop?(handler: () => void): () => void;
  /**
   * Ends the process now with `code`. Only for a long-running command that has finished its work but
   * whose libraries may hold connections that never close (`tactical worker`: BullMQ keeps trying to
   * reach a Redis that is gone). Absent (tests, embedders): the command just returns its code.
   */
  forceExit?(code: number): void;
}

/**
 * Exit codes shared by every command (docs/data.md § Exit codes): 0 ok; 1 findings (an invalid spec,
 * bad data, a range without data, a failed run); 2 usage (bad flags or arguments, missing files);
 * 3 output (stdout or stderr could not be written: a closed pipe, a full disk); 130 interrupted (Ctrl-C).
 */
export const ExitCode = { ok: 0, findings: 1, usage: 2, output: 3, interrupted: 130 } as const;

/** A thrown error a command raises for a bad invocation (exit 2, message printed without a stack). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
