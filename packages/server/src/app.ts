/**
 * The HTTP API (`tactical serve`): POST /validate, /backtest and /signal take the CLI's inputs as JSON
 * and answer with the CLI's `--json` output, byte for byte; GET /openapi.json is generated from the
 * route schemas. Fastify because it validates bodies and builds the OpenAPI document from one JSON
 * Schema per route (Express has neither built in), enforces a body limit, logs structured JSON through
 * pino, and is well kept and fast (Hono/Koa would need more plugins for the same).
 *
 * Errors: a malformed request is 400, a well-formed one the engine rejects (invalid spec, bad
 * positions, stale data) 422 — both `{ error: { code, message, where?, fix?, diagnostics? } }` with the
 * diagnostics the CLI prints — an unknown API key 401, an oversized body 413, overload or a passed
 * time limit 503. A 500 says only "internal error" (the stack goes to the log, never to the client).
 */

import { timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import swagger from '@fastify/swagger';
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
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { type DataSetConfig, DataSets } from './data-sets.js';
import { Gate, Overloaded, TimeLimit, withTimeLimit } from './limits.js';
import { backtestBody, responses, signalBody, validateBody } from './schemas.js';

/** What `/backtest` runs: the CLI's `backtest --json` (injected by the CLI, so the JSON is its own). */
export type BacktestCommand = (input: BacktestInput) => Promise<CommandOutcome>;

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

/** A command's answer: the HTTP status and the JSON text. */
export interface CommandOutcome {
  status: number;
  body: string;
}

/** Options of `buildServer`. */
export interface ServerOptions {
  /** Data sets by name (the only folders a request can read). */
  data: ReadonlyMap<string, DataSetConfig>;
  /** When set, every API route needs `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
  apiKey?: string;
  /** Largest request body in bytes (default 2 MiB; specs are limited to 1 MiB by the validator). */
  bodyLimit?: number;
  /** Time limit of one computation in ms (default 30 s). */
  timeLimitMs?: number;
  /** Time to receive a whole request in ms (default 10 s): slow uploads are cut off with 408. */
  receiveTimeoutMs?: number;
  /** Computations run at once (default: the number of cores). */
  concurrency?: number;
  /** Requests waiting for a slot before new ones get 503 (default 4 × concurrency). */
  queue?: number;
  /** pino options, or false for no logs (default: info level, JSON lines on stdout). */
  logger?: boolean | { level: string };
  /** The /backtest command (absent: /backtest answers 501). */
  backtest?: BacktestCommand;
  /** Shown in the OpenAPI document. */
  version?: string;
}

/** Error body of every 4xx/5xx. */
interface ErrorBody {
  code: string;
  message: string;
  where?: string;
  fix?: string;
  diagnostics?: Diagnostic[];
}

/** A request the engine rejected: status and body. */
class Rejected extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

const sendError = (reply: FastifyReply, status: number, body: ErrorBody) =>
  reply
    .code(status)
    .type('application/json')
    .send(`${JSON.stringify({ error: body }, null, 2)}\n`);

/** The spec of a body: the text validated exactly as `tactical validate` validates a file named 'spec'. */
function specOf(spec: unknown): { text: string; result: ReturnType<typeof validateSpecText> } {
  const text = typeof spec === 'string' ? spec.replace(/^\uFEFF/, '') : JSON.stringify(spec, null, 2);
  return { text, result: validateSpecText(text, 'spec') };
}

function validSpec(spec: unknown): { text: string; spec: TacticalSpec } {
  const { text, result } = specOf(spec);
  if (!result.ok) {
    const errors = result.errors.filter((d) => d.severity === 'error');
    throw new Rejected(422, {
      code: 'invalid_spec',
      message: `invalid spec: ${errors.length} error(s)`,
      diagnostics: result.errors,
    });
  }
  return { text, spec: result.spec };
}

/** Build the Fastify app (not listening: call `app.listen`, or `app.inject` in tests). */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const concurrency = options.concurrency ?? availableParallelism();
  const gate = new Gate(concurrency, options.queue ?? 4 * concurrency);
  const timeLimitMs = options.timeLimitMs ?? 30_000;
  const receiveTimeoutMs = options.receiveTimeoutMs ?? 10_000;
  const sets = new DataSets(options.data);
  const names = sets.names;
  const key = options.apiKey === undefined ? undefined : Buffer.from(options.apiKey);

  const app = Fastify({
    logger: options.logger ?? { level: 'info' },
    bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024,
    // Node cuts off a request not received within receiveTimeoutMs (slowloris); checked every 250 ms.
    serverFactory: (handler) =>
      createServer(
        {
          requestTimeout: receiveTimeoutMs,
          headersTimeout: receiveTimeoutMs,
          connectionsCheckingInterval: 250,
        },
        handler,
      ),
    ajv: {
      customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: true },
    },
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'tactical',
        version: options.version ?? '0.1.0',
        description:
          "Trading strategies as JSON rule trees: validate a spec, backtest it, get today's signal.",
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        },
      },
      ...(key ? { security: [{ bearer: [] }, { apiKey: [] }] } : {}),
    },
  });

  app.addHook('onRequest', async (request, reply) => {
    if (key === undefined || request.url === '/openapi.json' || request.url === '/health') return;
    const auth = request.headers.authorization;
    const given = auth?.startsWith('Bearer ') ? auth.slice(7) : request.headers['x-api-key'];
    const buf = typeof given === 'string' ? Buffer.from(given) : undefined;
    if (buf === undefined || buf.length !== key.length || !timingSafeEqual(buf, key)) {
      return sendError(reply, 401, {
        code: 'unauthorized',
        message: 'missing or wrong API key',
        fix: 'send Authorization: Bearer <key> or X-API-Key: <key>',
      });
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const first = error.validation[0];
      const where = first?.instancePath || '/';
      return sendError(reply, 400, {
        code: 'bad_request',
        message: `${error.validationContext ?? 'body'}${first?.instancePath ?? ''} ${first?.message ?? error.message}`,
        where,
        fix: 'see the request schema in GET /openapi.json',
      });
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      const code =
        error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 'body_too_large'
          : error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
            ? 'invalid_json'
            : 'bad_request';
      return sendError(reply, status, { code, message: error.message });
    }
    request.log.error({ err: error }, 'internal error');
    return sendError(reply, 500, { code: 'internal', message: 'internal error (see the server log)' });
  });

  /** Run a computation under the gate and the time limit, mapping known failures to 4xx/503. */
  const guarded = async (reply: FastifyReply, work: () => Promise<CommandOutcome>) => {
    try {
      const out = await gate.run(() => withTimeLimit(work(), timeLimitMs));
      return reply.code(out.status).type('application/json').send(out.body);
    } catch (error) {
      if (error instanceof Rejected) return sendError(reply, error.status, error.body);
      if (error instanceof LiveInputError) return sendError(reply, 422, error.toJSON());
      if (error instanceof DataError)
        return sendError(reply, 422, { code: 'data_error', message: error.message });
      if (error instanceof SpecError) {
        return sendError(reply, 422, {
          code: 'invalid_spec',
          message: error.message,
          diagnostics: error.diagnostics as Diagnostic[],
        });
      }
      if (error instanceof Overloaded) {
        reply.header('retry-after', '1');
        return sendError(reply, 503, { code: 'overloaded', message: error.message, fix: 'retry later' });
      }
      if (error instanceof TimeLimit) {
        return sendError(reply, 503, {
          code: 'time_limit',
          message: error.message,
          fix: 'narrow the request (a shorter range, a smaller universe) or raise the server limit',
        });
      }
      throw error;
    }
  };

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/health', { schema: { hide: true } }, async () => ({ ok: true }));

  app.post(
    '/validate',
    {
      schema: {
        summary: 'Check a spec (tactical validate --format json)',
        body: validateBody,
        response: responses.validate,
      },
    },
    async (request, reply) =>
      guarded(reply, async () => {
        const { result } = specOf((request.body as { spec: unknown }).spec);
        return { status: result.ok ? 200 : 422, body: formatJson(result.ok ? [] : result.errors, 1) };
      }),
  );

  app.post(
    '/backtest',
    {
      schema: {
        summary: 'Backtest a spec (tactical backtest --json)',
        body: backtestBody(names),
        response: responses.backtest,
      },
    },
    async (request, reply) => {
      const body = request.body as {
        spec: unknown;
        data: string;
        from?: string;
        to?: string;
        cash?: number;
        benchmark?: string;
      };
      const command = options.backtest;
      if (command === undefined) {
        return sendError(reply, 501, {
          code: 'not_configured',
          message: 'this server has no backtest command',
        });
      }
      return guarded(reply, async () => {
        const { text } = validSpec(body.spec);
        const { spec: _spec, data, ...rest } = body;
        return command({ specText: text, data: options.data.get(data)!, ...rest });
      });
    },
  );

  app.post(
    '/signal',
    {
      schema: {
        summary: "Today's decision and orders (tactical signal --json)",
        body: signalBody(names),
        response: responses.signal,
      },
    },
    async (request, reply) => {
      const body = request.body as {
        spec: unknown;
        data: string;
        date?: string;
        from?: string;
        cash?: number;
        positions?: unknown;
        state?: unknown;
        quotes?: unknown;
      };
      return guarded(reply, async () => {
        const { spec } = validSpec(body.spec);
        const calendar = getCalendar(spec.calendar ?? 'XNYS');
        const holdings =
          body.positions !== undefined
            ? parseHoldings(body.positions, '/positions')
            : { cash: body.cash ?? 100_000, positions: [] };
        const saved =
          body.state === undefined || body.state === null ? undefined : parseSavedState(body.state, '/state');
        const quotes = body.quotes === undefined ? undefined : parseQuotesObject(body.quotes, '/quotes');
        const report = await computeSignal({
          spec: spec as never,
          calendar,
          dataFeed: sets.feed(body.data, calendar),
          date: body.date ?? todayAt(calendar),
          holdings,
          ...(saved !== undefined ? { saved } : {}),
          ...(body.from !== undefined ? { origin: body.from } : {}),
          ...(quotes !== undefined ? { quotes } : {}),
        });
        return { status: 200, body: `${JSON.stringify(report, null, 2)}\n` };
      });
    },
  );

  return app;
}
