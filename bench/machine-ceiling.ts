/**
 * What this machine gives two independent processes at once, measured beside a parallel benchmark:
 * a fixed CPU job (float64 passes and comparisons over a 5 MB array, the shape of a sweep point's inner
 * loops, no allocation, no I/O) timed alone and as two copies started together. On a machine whose
 * cores are truly independent the two take as long as one (scaling 2×); shared physical cores, a busy
 * host or a noisy neighbour show as less. A parallel benchmark's speed-up is read against this
 * ceiling, measured in the same minutes (docs/sweeps.md § Measured).
 */
import { spawn } from 'node:child_process';

const JOB = `
const nA = 505, nS = 1259, reps = Number(process.argv[1]);
const cs = new Float64Array(nA * nS).map((_, j) => (j % 7 === 0 ? NaN : (j * 7919) % 300 - 100));
const out = new Uint8Array(nA);
let acc = 0;
for (let rep = 0; rep < reps; rep++) for (let i = 0; i < nS; i++) {
  const lo = i * nA;
  for (let k = 0; k < nA; k++) { const l = cs[lo + k]; out[k] = (l >= rep % 60 - 30 ? 1 : 0) | (l !== l ? 2 : 0); }
  for (let k = 0; k < nA; k++) acc += out[k];
}
if (acc === -1) console.log(acc);
`;

/** Wall seconds for `copies` copies of the job started together, until the last ends. */
function timeJobs(copies: number, reps: number): Promise<number> {
  const t0 = performance.now();
  return Promise.all(
    Array.from(
      { length: copies },
      () =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, ['-e', JOB, String(reps)], { stdio: 'ignore' });
          child.on('error', reject);
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`job exited ${code}`))));
        }),
    ),
  ).then(() => (performance.now() - t0) / 1000);
}

/** One round: the job alone, then two copies at once; `scaling` = 2 × alone / together. */
export async function ceilingRound(
  reps = 400,
): Promise<{ alone: number; together: number; scaling: number }> {
  const alone = await timeJobs(1, reps);
  const together = await timeJobs(2, reps);
  return { alone, together, scaling: (2 * alone) / together };
}
