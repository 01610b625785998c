/** Process entry of the `tactical` binary: the only place that touches process streams and exit. */
import type { CliContext } from './context.js';
import { run } from './run.js';

const ctx: CliContext = {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  exitCode: 0,
  onInterrupt(handler) {
    process.on('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
};
process.exitCode = await run(process.argv.slice(2), ctx);
