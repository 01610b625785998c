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
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import type { DataSetConfig } from './data-sets.js';
import { type ErrorBody, errorText } from './handlers.js';
import { Overloaded, TimeLimit, WorkerPool } from './limits.js';
import { backtestBody, responses, signalBody, validateBody } from './schemas.js';

/** Options of `buildServer`. */
export interface ServerOptions {
  /** Data sets by name (the only folders a request can read). */
  data: ReadonlyMap<string, DataSetConfig>;
  /** When set, every API route needs `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
  apiKey?: string;
  /** Largest request body in bytes (default 2 MiB; specs are limited to 1 MiB by the validator). */
  bodyLimit?: number;
  /** Time limit of one computation in ms (default 30 s): past it the worker is stopped, 503. */
  timeLimitMs?: number;
  /** Time to receive a whole request in ms (default 10 s): slow uploads are cut off with 408. */
  receiveTimeoutMs?: number;
  /** Worker threads, i.e. computations at once (default: the number of cores). */
  concurrency?: number;
  /** Requests waiting for a worker before new ones get 503 (default 4 × concurrency). */
  queue?: number;
  /** pino options, or false for no logs (default: info level, JSON lines on stdout). */
  logger?: boolean | { level: string };
  /**
   * The /backtest command: a module (URL) and the name of its export, loaded in each worker
   * (the CLI passes its own `backtest --json`). Absent: /backtest answers 501.
   */
  backtest?: { module: string; name: string };
  /** Shown in the OpenAPI document. */
  version?: string;
}

const sendError = (reply: FastifyReply, status: number, body: ErrorBody) =>
  reply.code(status).type('application/json').send(errorText(body));

/** Build the Fastify app (not listening: call `app.listen`, or `app.inject` in tests). */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const concurrency = options.concurrency ?? availableParallelism();
  const timeLimitMs = options.timeLimitMs ?? 30_000;
  const receiveTimeoutMs = options.receiveTimeoutMs ?? 10_000;
  const names = [...options.data.keys()].sort();
  const key = options.apiKey === undefined ? undefined : Buffer.from(options.apiKey);
  const entry = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

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
  const pool = new WorkerPool(
    entry,
    { data: [...options.data], ...(options.backtest ? { backtest: options.backtest } : {}) },
    concurrency,
    options.queue ?? 4 * concurrency,
    timeLimitMs,
    (stack) => app.log.error({ stack }, 'internal error'),
  );
  app.addHook('onClose', () => pool.close());

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
      return sendError(reply, 400, {
        code: 'bad_request',
        message: `${error.validationContext ?? 'body'}${first?.instancePath ?? ''} ${first?.message ?? error.message}`,
        where: first?.instancePath || '/',
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

  /** Run a route in a worker, mapping overload and the time limit to 503. */
  const compute = async (route: string, body: unknown, reply: FastifyReply) => {
    try {
      const out = await pool.run(route, body);
      return reply.code(out.status).type('application/json').send(out.body);
    } catch (error) {
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
    (request, reply) => compute('validate', request.body, reply),
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
    (request, reply) => compute('backtest', request.body, reply),
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
    (request, reply) => compute('signal', request.body, reply),
  );
  return app;
}
