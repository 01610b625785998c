/**
 * A sweep's finish times split into its steady rate and what came before it: a least-squares line
 * through (k, time the k-th point finished) for the points after the first `skip` (past the JIT's
 * warm-up), t(k) ≈ start + k / rate. `rate` is the steady points per second; `start` is when a sweep
 * running at that rate from the beginning would have started, so `start` prices the set-up (the
 * load, the workers' start, the first points run before V8 has optimised them) in seconds of the
 * sweep's wall time. Speed-up = (start₁ + n / rate₁) / (start₂ + n / rate₂).
 */
export function steadyFit(finished: readonly number[], skip: number): { rate: number; start: number } {
  // A run too short to skip that many still gets a line, through its second half.
  const from = finished.length >= skip + 2 ? skip : Math.floor(finished.length / 2);
  if (finished.length - from < 2) return { rate: Number.NaN, start: Number.NaN };
  let n = 0;
  let sk = 0;
  let st = 0;
  let skk = 0;
  let skt = 0;
  for (let k = from; k < finished.length; k++) {
    const t = finished[k]!;
    const x = k + 1; // the k-th finished point (1-based)
    n++;
    sk += x;
    st += t;
    skk += x * x;
    skt += x * t;
  }
  const slope = (n * skt - sk * st) / (n * skk - sk * sk);
  return { rate: 1 / slope, start: (st - slope * sk) / n };
}
