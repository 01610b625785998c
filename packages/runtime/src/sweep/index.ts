/** Parameter sweeps: grids over JSON pointers and their backtests on a worker-thread pool. */
export { createSweepFeed, type SweepData } from './feed.js';
export {
  expandGrid,
  type GridPoint,
  MAX_GRID_POINTS,
  parseRange,
  pointerTokens,
  type SweepAxis,
  SweepError,
  setAtPointers,
  specForPoint,
} from './grid.js';
export { createPointRunner, type SweepRow, type SweepSetup } from './point.js';
export {
  type PoolOptions,
  type PoolRun,
  type Progress,
  poolSize,
  runPool,
  type WorkerReply,
} from './pool.js';
export {
  checkAxes,
  DEFAULT_SWEEP_CACHE_BYTES,
  runSweep,
  type SweepOptions,
  type SweepResult,
} from './run.js';
export { type SharedSweepData, type ShareInput, shareSweepData } from './share.js';
export { SharedFeatureCache, type SharedFeaturesData, shareFeatures } from './shared-features.js';
export { type SharedIndex, SharedPanelFeed } from './shared-feed.js';
export { sweepWorkerEntry } from './worker-entry.js';
