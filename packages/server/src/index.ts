/** `@tactical/server`: the tactical HTTP API on Fastify (used by `tactical serve`). */
export { buildServer, type ServerOptions } from './app.js';
export type { DataSetConfig } from './data-sets.js';
export type { BacktestCommand, BacktestInput, CommandOutcome } from './handlers.js';
