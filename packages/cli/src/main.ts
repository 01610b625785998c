#!/usr/bin/env node
/** Process entry of the `tactical` binary: the only place that touches process streams and exit. */
import { type CliContext, ExitCode } from './context.js';
import { run } from './run.js';

// A closed pipe (`tactical … | head`) or a full disk (`> /dev/full`) is not our bug: stop quietly with
// ExitCode.output, no stack trace. Node reports both as an 'error' event on the stream (EPIPE, ENOSPC).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', () => process.exit(ExitCode.output));
}

const ctx: CliContext = {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  exitCode: 0,
  onInterrupt(handler) {
    process.on('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
  onStop(handler) {
    process.on('SIGINT', handler).on('SIGTERM', handler);
    return () => process.off('SIGINT', handler).off('SIGTERM', handler);
  },
  forceExit(code) {
    process.exit(code); // stderr to a pipe or file is written synchronously: nothing is lost
  },
};
process.exitCode = await run(process.argv.slice(2), ctx);
