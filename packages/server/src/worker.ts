/**
 * A worker thread of the server: runs one request at a time (handlers.ts) and answers
 * `{ id, status, body, stack? }`. The main thread terminates it when a request passes its time limit.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type DataSetConfig, DataSets } from './data-sets.js';
import { type BacktestCommand, handle } from './handlers.js';

interface Setup {
  data: [string, DataSetConfig][];
  /** Module exporting the /backtest command, and the export's name. */
  backtest?: { module: string; name: string };
}

const setup = workerData as Setup;
const config = new Map(setup.data);
const sets = new DataSets(config);
let backtest: BacktestCommand | undefined;
if (setup.backtest) {
  const mod = (await import(setup.backtest.module)) as Record<string, unknown>;
  backtest = mod[setup.backtest.name] as BacktestCommand;
}

parentPort!.on('message', async (message: { id: number; route: string; body: Record<string, unknown> }) => {
  const out = await handle(message.route, message.body, { sets, config, ...(backtest ? { backtest } : {}) });
  parentPort!.postMessage({ id: message.id, ...out });
});
