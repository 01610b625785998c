/**
 * `@tactical/runtime`: data feeds, feature runtime, rule-tree compiler, executor, backtest, metrics.
 * First version (backtest engineer): exports the modules present; the integrator completes it with
 * `fromSpec` and `FeatureRuntime`.
 */

export type { Calendar, RebalanceFrequency } from '@tactical/calendars';
export { getCalendar, NYSEExchangeCalendar } from '@tactical/calendars';
export type { TacticalSpec } from '@tactical/spec';
export * from './backtest/issues.js';
export { DataRangeError } from './backtest/range.js';
export * from './backtest/run.js';
export type * from './backtest/types.js';
export * from './data/csv-feed.js';
export * from './data/dividends.js';
export { type FieldObservation, type FieldSource, withFields } from './data/field-overlay.js';
export * from './data/memory-feed.js';
export * from './data/panel.js';
export { isPanelFeed, type PanelFeed } from './data/panel-feed.js';
export * from './data/panel-source.js';
export * from './data/panel-source-build.js';
export {
  DataError,
  type DataIssueCode,
  type DataPolicy,
  DEFAULT_DATA_POLICY,
  type IssueAction,
} from './data/policy.js';
export * from './data/store/index.js';
export type * from './data/types.js';
export type * from './evaluate/types.js';
export * from './execute/costs.js';
export * from './execute/execution.js';
export * from './execute/executor.js';
export * from './execute/fill.js';
export * from './execute/plan.js';
export * from './execute/portfolio.js';
export type * from './execute/types.js';
export { MemoryFeatureCache, NoFeatureCache } from './features/cache.js';
export { FeatureRuntime } from './features/runtime.js';
export type * from './features/types.js';
export * from './live/index.js';
export * from './metrics/summary.js';
export { SpecError, StrategyUsageError } from './strategy/errors.js';
export { fromSpec } from './strategy/from-spec.js';
export { currentWeightsOf, ordersFor } from './strategy/orders.js';
export type { Evaluation, FromSpecOptions, Holdings, Strategy } from './strategy/types.js';
export * from './sweep/index.js';
export { UniverseError } from './universe/errors.js';
export {
  eventsFromMemberships,
  MembershipFileError,
  membersOn,
  parseMembership,
} from './universe/membership-csv.js';
export { MemoryIndexFeed } from './universe/memory-index-feed.js';
