/**
 * Progress: nothing on a non-terminal; on a terminal nothing for the first second, then a bar; the
 * cursor shown again when it stops. The feed wrapper counts real CSV reads.
 */
import { Writable } from 'node:stream';
import { CsvDirectoryFeed } from '@tactical/runtime';
import { describe, expect, it } from 'vitest';
import { type CliContext, ExitCode } from '../src/context.js';
import { startProgress } from '../src/progress.js';

const HIDE = '\u001b[?25l';
const SHOW = '\u001b[?25h';

function terminal(): { stream: Writable & { isTTY: boolean; columns: number }; text: () => string } {
  let out = '';
  const stream = Object.assign(
    new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    }),
    { isTTY: true, columns: 100 },
  );
  return { stream, text: () => out };
}

const ctx = (tty: boolean): CliContext => ({
  cwd: '.',
  stdout: () => {},
  stderr: () => {},
  exitCode: ExitCode.ok,
  ...(tty ? { stderrIsTTY: true } : {}),
});

describe('startProgress', () => {
  it('does nothing when stderr is not a terminal (the feed and strategy pass through)', () => {
    const feed = new CsvDirectoryFeed({ dir: 'examples/data' });
    const p = startProgress(ctx(false));
    expect(p.feed(feed)).toBe(feed);
  });

  it('shows a bar only after a second, and shows the cursor again when stopped', () => {
    const t = terminal();
    let clock = 0;
    const p = startProgress(ctx(true), { stream: t.stream, now: () => clock });
    p.phase('backtest', 100);
    clock = 400;
    p.update(10);
    expect(t.text()).toBe('');
    clock = 1200;
    p.update(50);
    expect(t.text()).toContain(HIDE);
    expect(t.text()).toContain('backtest [');
    p.stop();
    expect(t.text().lastIndexOf(SHOW)).toBeGreaterThan(t.text().lastIndexOf(HIDE));
    const before = t.text();
    p.stop();
    expect(t.text()).toBe(before);
  });

  it('counts each asset read through the wrapped feed', async () => {
    const t = terminal();
    const p = startProgress(ctx(true), { stream: t.stream, delayMs: 0, fps: 1000 });
    p.phase('loading data');
    const feed = p.feed(new CsvDirectoryFeed({ dir: 'examples/data' }));
    const range = { from: new Date('2020-01-01'), to: new Date('2020-02-01') };
    let bars = 0;
    for (const symbol of ['SPY', 'IEF', 'TLT']) {
      for await (const _ of feed.bars({ id: `us:${symbol}`, symbol }, range, '1d')) bars++;
    }
    p.stop();
    expect(bars).toBeGreaterThan(50);
    expect(t.text()).toMatch(/loading data 3 \|/);
    expect(t.text().endsWith(SHOW)).toBe(true);
  });
});
