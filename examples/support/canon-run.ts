/**
 * What every canon example test sets side by side: the plain-loop reference (canon-market.ts, on the
 * engine's default basis) and the engine's run of the example's spec over the same window (close
 * fills as the spec says, `minTradeWeight` 0 so the engine trades every drift the loop trades).
 */

import { ENGINE_BASIS, type SimulateInput, type Simulation, simulate } from './canon-market.js';
import type { ExampleRun } from './engine.js';
import { runSpecFile } from './engine.js';

export interface CanonComparison {
  ref: Simulation;
  run: ExampleRun;
  /** The engine's targets on each rebalance session, by ISO date. */
  decided: Map<string, Record<string, number>>;
}

/** Run the reference loop and the engine's `specPath` on `dataDir` over `input`'s window. */
export async function referenceAndEngine(
  specPath: string,
  dataDir: string,
  input: Omit<SimulateInput, 'basis' | 'cash'> & { cash?: number },
): Promise<CanonComparison> {
  const cash = input.cash ?? 100_000;
  const ref = simulate({ ...input, cash, basis: ENGINE_BASIS });
  const run = await runSpecFile(specPath, {
    data: dataDir,
    from: input.from,
    to: input.to,
    cash,
    edit: (s) => ({ ...s, execution: { ...s.execution, minTradeWeight: 0 } }),
  });
  const decided = new Map(run.result.decisions.filter((d) => d.rebalance).map((d) => [d.t, d.targets]));
  return { ref, run, decided };
}
