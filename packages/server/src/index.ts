/** `@tactical/server`: the tactical HTTP API on Fastify (used by `tactical serve`). */
export {
  type BacktestCommand,
  type BacktestInput,
  buildServer,
  type CommandOutcome,
  type ServerOptions,
} from './app.js';
export type { DataSetConfig } from './data-sets.js';
