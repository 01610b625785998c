/**
 * @tactical/calendars — exact exchange calendars (NYSE, LSE) with rules declared as data, compiled once
 * into a compact session index, plus the rebalance-period logic of seed 003.
 *
 * Layout: `rules/` is the vocabulary exchange files speak, `exchanges/` one data file per exchange,
 * `engine/` the single compiler and query class, `periods.ts` period keys and rebalance days.
 */
export type { Calendar, DayInput, DayNumber, DayRange, Holiday, SessionSchedule } from './calendar.js';
export {
  type CustomCalendarOptions,
  calendarCodes,
  customCalendar,
  getCalendar,
  LSEExchangeCalendar,
  NYSEExchangeCalendar,
} from './calendars.js';
export { fromDay, isoDate, toDay, weekdayOfDay } from './days.js';
export { type CalendarIndex, compile } from './engine/compile.js';
export { type EarlyCloseDay, ExchangeCalendar } from './engine/exchange-calendar.js';
export {
  CalendarInputError,
  CalendarRangeError,
  type IsoBounds,
  NotSessionError,
  UnknownCalendarError,
} from './errors.js';
export { exchanges, xlon, xnys } from './exchanges/index.js';
export {
  isLastSessionOfPeriod,
  isRebalanceDay,
  nthSessionOfPeriod,
  type Period,
  periodBounds,
  periodIndex,
  periodKey,
  type RebalanceFrequency,
  sessionOfPeriod,
  sessionsToPeriodEnd,
} from './periods.js';
export { easterSunday } from './rules/resolve.js';
export type {
  DateRule,
  EarlyCloseGroup,
  ExchangeDefinition,
  Observance,
  OneOffDay,
  RecurringRule,
  TimeFrom,
  Weekday,
} from './rules/vocabulary.js';
