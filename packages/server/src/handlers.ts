/**
 * What each route computes, run inside a worker thread (worker.ts): the body (already checked against
 * the route's schema) in, the HTTP status and the JSON text out. Every failure a caller can cause is
 * mapped here to a 4xx with the CLI's diagnostics; anything else is an internal error whose stack goes
 * to the server log only.
 */
import { getCalendar } from '@tactical/calendars';
import {
  computeSignal,
  DataError,
  LiveInputError,
  parseHoldings,
  parseQuotesObject,
  parseSavedState,
  SpecError,
  todayAt,
} from '@tactical/runtime';
import { type Diagnostic, formatJson, type TacticalSpec, validateSpecText } from '@tactical/spec';
import type { DataSetConfig, DataSets } from './data-sets.js';

/** A command's answer: the HTTP status and the JSON text. */
export interface CommandOutcome {
  status: number;
  body: string;
  /** For the log only (never sent): the stack of an internal error. */
  stack?: string;
}

/** A checked /backtest body, with the data set resolved. */
export interface BacktestInput {
  /** The spec's text (as received, or the received object as indented JSON). */
  specText: string;
  data: DataSetConfig;
  from?: string;
  to?: string;
  cash?: number;
  benchmark?: string;
}

/** What `/backtest` runs: the CLI's `backtest --json` (a module the CLI names, so the JSON is its own). */
export type BacktestCommand = (input: BacktestInput) => Promise<CommandOutcome>;

/** Error body of every 4xx/5xx. */
export interface ErrorBody {
  code: string;
  message: string;
  where?: string;
  fix?: string;
  diagnostics?: Diagnostic[];
}

export const errorText = (body: ErrorBody) => `${JSON.stringify({ error: body }, null, 2)}\n`;
const fail = (status: number, body: ErrorBody): CommandOutcome => ({ status, body: errorText(body) });

/** The spec of a body: the text validated exactly as `tactical validate` validates a file named 'spec'. */
function specOf(spec: unknown): { text: string; result: ReturnType<typeof validateSpecText> } {
  const text = typeof spec === 'string' ? spec.replace(/^\uFEFF/, '') : JSON.stringify(spec, null, 2);
  return { text, result: validateSpecText(text, 'spec') };
}

class Rejected extends Error {
  constructor(readonly outcome: CommandOutcome) {
    super('rejected');
  }
}

function validSpec(spec: unknown): { text: string; spec: TacticalSpec } {
  const { text, result } = specOf(spec);
  if (!result.ok) {
    const errors = result.errors.filter((d) => d.severity === 'error');
    throw new Rejected(
      fail(422, {
        code: 'invalid_spec',
        message: `invalid spec: ${errors.length} error(s)`,
        diagnostics: result.errors,
      }),
    );
  }
  return { text, spec: result.spec };
}

export interface HandlerContext {
  sets: DataSets;
  config: ReadonlyMap<string, DataSetConfig>;
  backtest?: BacktestCommand;
}

type Body = Record<string, unknown>;

async function answer(route: string, body: Body, ctx: HandlerContext): Promise<CommandOutcome> {
  if (route === 'validate') {
    const { result } = specOf(body.spec);
    return { status: result.ok ? 200 : 422, body: formatJson(result.ok ? [] : result.errors, 1) };
  }
  if (route === 'backtest') {
    if (ctx.backtest === undefined)
      return fail(501, { code: 'not_configured', message: 'this server has no backtest command' });
    const { text } = validSpec(body.spec);
    const { spec: _spec, data, ...rest } = body as { spec: unknown; data: string };
    return ctx.backtest({ specText: text, data: ctx.config.get(data)!, ...rest });
  }
  const { spec } = validSpec(body.spec);
  const calendar = getCalendar(spec.calendar ?? 'XNYS');
  const holdings =
    body.positions !== undefined
      ? parseHoldings(body.positions, '/positions')
      : { cash: (body.cash as number | undefined) ?? 100_000, positions: [] };
  const saved =
    body.state === undefined || body.state === null ? undefined : parseSavedState(body.state, '/state');
  const quotes = body.quotes === undefined ? undefined : parseQuotesObject(body.quotes, '/quotes');
  const report = await computeSignal({
    spec: spec as never,
    calendar,
    dataFeed: ctx.sets.feed(body.data as string, calendar),
    date: (body.date as string | undefined) ?? todayAt(calendar),
    holdings,
    ...(saved !== undefined ? { saved } : {}),
    ...(body.from !== undefined ? { origin: body.from as string } : {}),
    ...(quotes !== undefined ? { quotes } : {}),
  });
  return { status: 200, body: `${JSON.stringify(report, null, 2)}\n` };
}

/** Run route `route` on `body`; never throws. */
export async function handle(route: string, body: Body, ctx: HandlerContext): Promise<CommandOutcome> {
  try {
    return await answer(route, body, ctx);
  } catch (error) {
    if (error instanceof Rejected) return error.outcome;
    if (error instanceof LiveInputError) return fail(422, error.toJSON());
    if (error instanceof DataError) return fail(422, { code: 'data_error', message: error.message });
    if (error instanceof SpecError) {
      return fail(422, {
        code: 'invalid_spec',
        message: error.message,
        diagnostics: error.diagnostics as Diagnostic[],
      });
    }
    return {
      ...fail(500, { code: 'internal', message: 'internal error (see the server log)' }),
      stack: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}
