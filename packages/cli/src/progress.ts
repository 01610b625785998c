/**
 * Progress on a terminal for work that takes longer than about a second: loading data (a counter of
 * assets read) and running a backtest (a bar over its sessions). Nothing at all when stderr is not a
 * terminal (pipes, CI logs, tests). The cursor cli-progress hides is shown again when the bar stops,
 * when the process exits, and on Ctrl-C (the signal is then re-raised so the exit status is the usual one).
 */
import type { Writable } from 'node:stream';
import type { BacktestStrategy, DataFeed } from '@tactical/runtime';
import cliProgress from 'cli-progress';
import type { CliContext } from './context.js';

/** A bar nobody sees until its phase has run for `delayMs`. */
export interface Progress {
  /** Start a phase: with `total` a bar, without a counter. */
  phase(label: string, total?: number): void;
  /** `done` units of the current phase are finished. */
  update(done: number): void;
  /** Remove the bar and show the cursor again (idempotent). */
  stop(): void;
  /** The feed, counting each asset whose bars were read as one unit of a 'loading data' phase. */
  feed<F extends DataFeed>(feed: F): F;
  /** The strategy, with 'loading data' during `prepare` and a bar over sessions during the run. */
  strategy<S extends BacktestStrategy>(strategy: S): S;
}

const SHOW_CURSOR = '\u001b[?25h';

/** Options for tests: the stream and the clock. */
export interface ProgressOptions {
  stream?: Writable & { isTTY?: boolean };
  now?: () => number;
  delayMs?: number;
  /** Redraws per second at most (cli-progress `fps`, default 10). */
  fps?: number;
}

const NONE: Progress = {
  phase() {},
  update() {},
  stop() {},
  feed: (f) => f,
  strategy: (s) => s,
};

/** Progress for `ctx`: real only when its stderr is a terminal. */
export function startProgress(ctx: CliContext, options: ProgressOptions = {}): Progress {
  if (ctx.stderrIsTTY !== true) return NONE;
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const delay = options.delayMs ?? 1000;
  let bar: cliProgress.SingleBar | undefined;
  let label = '';
  let total: number | undefined;
  let started = 0;
  let done = 0;

  const restore = () => {
    if (bar) stream.write(SHOW_CURSOR);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    process.kill(process.pid, signal);
  };

  function show(): void {
    bar = new cliProgress.SingleBar(
      {
        stream,
        hideCursor: true,
        clearOnComplete: true,
        fps: options.fps ?? 10,
        format:
          total === undefined
            ? `${label} {value} | {duration_formatted}`
            : `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total ?? 0, done);
    process.once('exit', restore);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  function stop(): void {
    if (!bar) return;
    bar.stop();
    stream.write(SHOW_CURSOR);
    bar = undefined;
    process.removeListener('exit', restore);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  const progress: Progress = {
    phase(name, size) {
      stop();
      label = name;
      total = size;
      done = 0;
      started = now();
    },
    update(value) {
      done = value;
      if (!bar && now() - started >= delay) show();
      bar?.update(done);
    },
    stop,
    feed(feed) {
      let loaded = 0;
      return new Proxy(feed, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver);
          if (typeof value !== 'function') return value;
          // bound to the feed itself: its methods may use private fields a proxy does not have
          if (key !== 'bars') return value.bind(target);
          return (...args: unknown[]) => {
            const inner = value.apply(target, args) as AsyncIterable<unknown>;
            return {
              async *[Symbol.asyncIterator]() {
                yield* inner;
                progress.update(++loaded);
              },
            };
          };
        },
      });
    },
    strategy(strategy) {
      return new Proxy(strategy, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver);
          if (key === 'prepare' && typeof value === 'function') {
            return async (...args: unknown[]) => {
              if (label !== 'loading data') progress.phase('loading data');
              const out = await value.apply(target, args);
              const grid = target.features.panel.grid;
              progress.phase('backtest', grid.dates.length - grid.start);
              return out;
            };
          }
          if (key === 'decide' && typeof value === 'function') {
            return (i: number, ...rest: unknown[]) => {
              const grid = target.features.panel.grid;
              progress.update(i - grid.start + 1);
              return value.call(target, i, ...rest);
            };
          }
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
  };
  return progress;
}
