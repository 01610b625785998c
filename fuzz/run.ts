/**
 * The full fuzz run (not part of `pnpm test`):
 *   pnpm fuzz [--seed 1] [--validate 1000000] [--runtime 10000] [--only validate|runtime]
 * Prints progress to stderr and the per-category summary (and up to 200 failure examples) to stdout;
 * exits 1 when any invariant broke.
 */
import { emptyReport, fuzzRuntime, fuzzValidation, summary } from './harness.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const seed = option('seed', 1);
const validations = only === 'runtime' ? 0 : option('validate', 1_000_000);
const runtimes = only === 'validate' ? 0 : option('runtime', 10_000);

const report = emptyReport(seed);
const started = performance.now();
const progress = (what: string, total: number) => (done: number) => {
  const s = ((performance.now() - started) / 1000).toFixed(0);
  process.stderr.write(`${what} ${done}/${total} (${s} s)\n`);
  // a summary so far, so a run stopped early still says what it found
  if (done % 50_000 === 0 || (what === 'runtime' && done % 1000 === 0))
    process.stderr.write(`${summary(report)}\n`);
};
fuzzValidation(seed, validations, report, progress('validation', validations));
await fuzzRuntime(seed, runtimes, report, progress('runtime', runtimes));
const seconds = ((performance.now() - started) / 1000).toFixed(0);
process.stdout.write(`${summary(report)}\nwall time: ${seconds} s\n`);
if (report.examples.length > 0) process.stdout.write(`\nexamples:\n${report.examples.join('\n')}\n`);
const v = Object.values(report.validation);
const broken =
  v.reduce((s, k) => s + k.throws + k.pointers + k.positions + k.slow + k.nondeterministic, 0) +
  report.runtime.disagreements +
  report.runtime.renameMismatches +
  report.runtime.nondeterministic;
process.exitCode = broken > 0 ? 1 : 0;
