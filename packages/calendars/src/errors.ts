/**
 * Thrown errors of the calendars package: programmer mistakes (asking outside a calendar's range,
 * asking the schedule of a closed day, passing a malformed date). Each is a named class with a
 * stable `code` and structured fields, and builds its message from those fields (the style of
 * exchange_calendars' `NotSessionError`), so callers can branch on data, not on wording.
 */

/** Inclusive bounds as ISO dates, for messages and structured fields. */
export interface IsoBounds {
  readonly first: string;
  readonly last: string;
}

function describe(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'string') return `'${value}'`;
  return String(value);
}

/**
 * A query outside the calendar's stated range. It is a `RangeError` so generic handlers treat it as
 * one, but it carries which calendar, which parameter, what value, and the bounds.
 */
export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError';
  /** Stable code for programmatic handling. */
  readonly code = 'CALENDAR_RANGE' as const;
  /** Calendar code, e.g. 'XNYS'. */
  readonly calendar: string;
  /** Parameter that received the bad value, e.g. 't', 'range.to', 'n'. */
  readonly param: string;
  /** The offending value as received (ISO date for days, the number for counts). */
  readonly value: string;
  /** First and last day the calendar answers for (inclusive, ISO). */
  readonly bounds: IsoBounds;

  constructor(calendar: string, param: string, value: string, bounds: IsoBounds, reason: string) {
    super(
      `${calendar}: parameter '${param}' received ${value}, ${reason} ` +
        `(calendar bounds ${bounds.first} .. ${bounds.last})`,
    );
    this.calendar = calendar;
    this.param = param;
    this.value = value;
    this.bounds = bounds;
  }
}

/** `schedule`/`isEarlyClose`/`sessionOfPeriod` asked about a day that is not a session. */
export class NotSessionError extends Error {
  override readonly name = 'NotSessionError';
  /** Stable code for programmatic handling. */
  readonly code = 'NOT_SESSION' as const;
  /** Calendar code, e.g. 'XNYS'. */
  readonly calendar: string;
  /** Parameter that received the day. */
  readonly param: string;
  /** The day received (ISO). */
  readonly value: string;
  /** Why the day is closed, when known ('weekend' or the holiday's name). */
  readonly reason: string;

  constructor(calendar: string, param: string, value: string, reason: string) {
    super(`${calendar}: parameter '${param}' received ${value}, which is not a session (${reason})`);
    this.calendar = calendar;
    this.param = param;
    this.value = value;
    this.reason = reason;
  }
}

/** A malformed input: a string that is not `YYYY-MM-DD`, an invalid Date, a bad option value. */
export class CalendarInputError extends TypeError {
  override readonly name = 'CalendarInputError';
  /** Stable code for programmatic handling. */
  readonly code = 'CALENDAR_INPUT' as const;
  /** Parameter or option that received the value. */
  readonly param: string;
  /** The value as received, rendered for the message. */
  readonly value: string;

  constructor(param: string, value: unknown, problem: string) {
    super(`parameter '${param}' received ${describe(value)}, which is ${problem}`);
    this.param = param;
    this.value = describe(value);
  }
}

/** `getCalendar` was asked for a code it does not know; the message lists the known ones. */
export class UnknownCalendarError extends Error {
  override readonly name = 'UnknownCalendarError';
  /** Stable code for programmatic handling. */
  readonly code = 'UNKNOWN_CALENDAR' as const;
  /** The code as received. */
  readonly requested: string;
  /** Codes and aliases `getCalendar` accepts. */
  readonly known: readonly string[];

  constructor(requested: string, known: readonly string[]) {
    super(`unknown calendar '${requested}'; known calendars: ${known.join(', ')}`);
    this.requested = requested;
    this.known = known;
  }
}
