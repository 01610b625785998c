/** Live: today's decision and orders for a caller's holdings (`tactical signal`, POST /signal). */
export { LiveInputError } from './errors.js';
export { escapePointer, type LiveHoldings, parseHoldings } from './holdings.js';
export { parseQuotesCsv, parseQuotesObject, type Quotes, type QuoteUse, withQuotes } from './quotes.js';
export {
  computeSignal,
  firstCommonDay,
  type SignalInput,
  type SignalOrder,
  type SignalReport,
  todayAt,
} from './signal.js';
export { parseSavedState, type SavedState, STATE_FORMAT, specFingerprint } from './state-file.js';
