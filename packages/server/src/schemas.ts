/**
 * JSON Schemas of the request bodies and answers. Fastify validates bodies against them (Ajv, no type
 * coercion, no silent removal of unknown fields) and @fastify/swagger turns them into the OpenAPI
 * document (GET /openapi.json), so the document and the checks cannot disagree.
 */

const spec = {
  description:
    'The tactical/v1 spec: a JSON object, or its text as a string (then diagnostics carry line:col into that text)',
  anyOf: [{ type: 'object' }, { type: 'string' }],
} as const;

const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** A data set name configured at start; the enum is filled with the configured names. */
export const dataName = (names: readonly string[]) =>
  ({
    type: 'string',
    enum: [...names],
    description: 'a data set configured at start (tactical serve --data NAME=DIR)',
  }) as const;

export const validateBody = {
  type: 'object',
  required: ['spec'],
  additionalProperties: false,
  properties: { spec },
} as const;

export const backtestBody = (names: readonly string[]) =>
  ({
    type: 'object',
    required: ['spec', 'data'],
    additionalProperties: false,
    properties: {
      spec,
      data: dataName(names),
      from: { ...day, description: 'first day (default: first day all universe assets have data)' },
      to: { ...day, description: 'end day, exclusive' },
      cash: { type: 'number', exclusiveMinimum: 0, description: 'initial cash (default 100000)' },
      benchmark: { type: 'string', pattern: '^[A-Za-z0-9._^-]{1,32}$', description: 'benchmark symbol' },
    },
  }) as const;

export const signalBody = (names: readonly string[]) =>
  ({
    type: 'object',
    required: ['spec', 'data'],
    additionalProperties: false,
    properties: {
      spec,
      data: dataName(names),
      date: { ...day, description: 'decision session (default: today in the exchange time zone)' },
      from: {
        ...day,
        description: "feature origin on the first call (the backtest's from); the state keeps it",
      },
      cash: {
        type: 'number',
        exclusiveMinimum: 0,
        description: 'cash when no positions are given (default 100000)',
      },
      positions: {
        type: 'object',
        description: 'holdings at the decision: {"cash": n, "positions": {"<asset id>": shares}}',
      },
      state: {
        type: ['object', 'null'],
        description: "the previous answer's `state` (null or absent on the first call)",
      },
      quotes: {
        type: 'object',
        description: "current prices by symbol, completing the decision session's bar",
        additionalProperties: { type: 'number' },
      },
    },
  }) as const;

const error = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        where: { type: 'string' },
        fix: { type: 'string' },
        diagnostics: { type: 'array', items: { type: 'object', additionalProperties: true } },
      },
      required: ['code', 'message'],
    },
  },
} as const;

const report = (description: string) =>
  ({ description, type: 'object', additionalProperties: true }) as const;

export const responses = {
  validate: {
    200: report('the spec is valid: the JSON of `tactical validate --format json`'),
    422: report('the spec is invalid: the same JSON, with its diagnostics'),
    400: error,
  },
  backtest: {
    200: report('the JSON of `tactical backtest --json`'),
    400: error,
    422: error,
    503: error,
  },
  signal: {
    200: report(
      'the JSON of `tactical signal --json`: decision, targets, orders, warnings and the next state',
    ),
    400: error,
    422: error,
    503: error,
  },
} as const;
