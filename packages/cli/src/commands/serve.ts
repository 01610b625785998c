/**
 * `tactical serve --data NAME=DIR ... [--port] [--host] [--concurrency] [--time-limit] [--body-limit]
 * [--api-key-env VAR]`: the HTTP API of @tactical/server (docs/live.md). Data folders are fixed here,
 * at start; a request can only name one. /backtest runs this CLI's own `backtest --json` in process,
 * so its answer is the command's JSON byte for byte.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IndexUniverseFiles } from '@tactical/runtime';
import type { BacktestCommand, DataSetConfig } from '@tactical/server';
import type { Command } from 'commander';
import { type CliContext, ExitCode, UsageError } from '../context.js';
import { runCaptured } from '../run.js';

const collect = (value: string, previous: string[]) => [...previous, value];

const positiveInt = (text: unknown, option: string, max: number): number | undefined => {
  if (text === undefined) return undefined;
  const s = String(text);
  if (!/^\d+$/.test(s) || Number(s) < 1 || Number(s) > max) {
    throw new UsageError(`${option} must be a whole number from 1 to ${max}, got '${s}'`);
  }
  return Number(s);
};

/** `--data NAME=DIR` (repeatable) and `--members INDEX=file[,changes]` applied to every set. */
export function dataSetsOf(raw: Record<string, unknown>, cwd: string): Map<string, DataSetConfig> {
  // Index names are user input: a prototype-free record (`--members __proto__=…` is just a name).
  const members: Record<string, IndexUniverseFiles> = Object.create(null);
  const lead = positiveInt(raw.announcementLead, '--announcement-lead', 60);
  for (const text of (raw.members as string[] | undefined) ?? []) {
    const m = /^([A-Za-z0-9_]+)=([^,]+)(?:,(.+))?$/.exec(text);
    if (!m) throw new UsageError(`--members '${text}': expected INDEX=start_end.csv[,changes.csv]`);
    const files: IndexUniverseFiles = { startEnd: resolve(cwd, m[2]!) };
    if (m[3]) files.changes = resolve(cwd, m[3]);
    if (lead !== undefined) files.announcementLead = lead;
    members[m[1]!] = files;
  }
  const out = new Map<string, DataSetConfig>();
  for (const text of (raw.data as string[] | undefined) ?? []) {
    const m = /^([A-Za-z0-9_-]{1,64})=(.+)$/.exec(text);
    if (!m) throw new UsageError(`--data '${text}': expected NAME=DIR (e.g. etf=../shared/data/etf)`);
    if (out.has(m[1]!)) throw new UsageError(`--data ${m[1]} is given twice`);
    out.set(m[1]!, { dir: resolve(cwd, m[2]!), ...(Object.keys(members).length > 0 ? { members } : {}) });
  }
  if (out.size === 0) throw new UsageError('--data NAME=DIR is required (at least one data set)');
  return out;
}

/** /backtest as `tactical backtest <spec> --data DIR --json ...`, run in process on a temp spec file. */
export const backtestViaCli: BacktestCommand = async (input) => {
  const dir = mkdtempSync(join(tmpdir(), 'tactical-serve-'));
  try {
    writeFileSync(join(dir, 'spec.json'), input.specText);
    const argv = ['backtest', 'spec.json', '--data', input.data.dir, '--json'];
    if (input.from !== undefined) argv.push('--from', input.from);
    if (input.to !== undefined) argv.push('--to', input.to);
    if (input.cash !== undefined) argv.push('--cash', String(input.cash));
    if (input.benchmark !== undefined) argv.push('--benchmark', input.benchmark);
    for (const [name, f] of Object.entries(input.data.members ?? {})) {
      argv.push('--members', `${name}=${f.startEnd}${f.changes ? `,${f.changes}` : ''}`);
    }
    const lead = Object.values(input.data.members ?? {})[0]?.announcementLead;
    if (lead !== undefined) argv.push('--announcement-lead', String(lead));
    const r = await runCaptured(argv, dir);
    if (r.code === ExitCode.ok) return { status: 200, body: r.out };
    const message = r.err.trim().replace(/^tactical: /, '');
    const code = r.code === ExitCode.usage ? 'bad_request' : 'backtest_failed';
    return {
      status: r.code === ExitCode.usage ? 400 : 422,
      body: `${JSON.stringify({ error: { code, message } }, null, 2)}\n`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Register the command on the program. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('Serve POST /validate, /backtest, /signal and GET /openapi.json over HTTP')
    .option('--data <NAME=DIR>', 'a data set requests may name (repeatable; required)', collect, [])
    .option(
      '--members <INDEX=file[,changes]>',
      'index membership files for every data set (repeatable)',
      collect,
      [],
    )
    .option('--announcement-lead <sessions>', 'index changes are known this many sessions early')
    .option('--port <n>', 'port (0 = any free port)', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--concurrency <n>', 'computations at once (default: number of cores)')
    .option('--queue <n>', 'requests waiting for a slot before 503 (default 4 × concurrency)')
    .option('--time-limit <ms>', 'time limit of one computation', '30000')
    .option('--body-limit <bytes>', 'largest request body', String(2 * 1024 * 1024))
    .option('--api-key-env <VAR>', 'require the API key held in this environment variable')
    .option('--log-level <level>', 'pino log level (fatal, error, warn, info, debug, silent)', 'info')
    .action(async (raw: Record<string, unknown>) => {
      const data = dataSetsOf(raw, ctx.cwd);
      const port = Number(raw.port);
      if (!/^\d+$/.test(String(raw.port)) || port > 65535)
        throw new UsageError(`--port must be 0..65535, got '${raw.port}'`);
      let apiKey: string | undefined;
      if (typeof raw.apiKeyEnv === 'string') {
        apiKey = process.env[raw.apiKeyEnv];
        if (!apiKey)
          throw new UsageError(`--api-key-env ${raw.apiKeyEnv}: that environment variable is empty`);
      }
      const concurrency = positiveInt(raw.concurrency, '--concurrency', 1024);
      const queue = positiveInt(raw.queue, '--queue', 100_000);
      // Loaded here, not at the top: the other commands start without Fastify.
      const { buildServer } = await import('@tactical/server');
      const app = await buildServer({
        data,
        ...(apiKey !== undefined ? { apiKey } : {}),
        ...(concurrency !== undefined ? { concurrency } : {}),
        ...(queue !== undefined ? { queue } : {}),
        timeLimitMs: positiveInt(raw.timeLimit, '--time-limit', 3_600_000)!,
        bodyLimit: positiveInt(raw.bodyLimit, '--body-limit', 1 << 30)!,
        logger: raw.logLevel === 'silent' ? false : { level: String(raw.logLevel) },
        // Each worker thread loads this module and runs its backtestViaCli: the CLI's own backtest --json.
        backtest: { module: import.meta.url, name: 'backtestViaCli' },
      });
      const address = await app.listen({ port, host: String(raw.host) });
      ctx.stderr(`tactical serve: listening on ${address} (data: ${[...data.keys()].join(', ')})\n`);
      await new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void app.close().then(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      ctx.exitCode = ExitCode.ok;
    });
}
