/**
 * `@tactical/report`: a backtest or sweep as one self-contained HTML page (uPlot inlined, data as
 * embedded JSON) and as CSV/JSON files (`--out`). Depends on the runtime; nothing below it imports this.
 */
export * from './analytics.js';
export * from './conventions.js';
export * from './exports.js';
export * from './html.js';
export * from './issues.js';
export * from './model.js';
export * from './provenance.js';
export * from './report.js';
export * from './series.js';
export * from './sweep.js';
