/**
 * Ctrl-C during `tactical sweep` (issue 8 item 9): the real binary in a real terminal (a pseudo-terminal
 * from util-linux `script`, so the progress bar is drawn and hides the cursor) gets a Ctrl-C byte
 * once a few points are done. It must exit 130, print the finished rows in grid order marked partial,
 * and show the cursor again. Without `script`, the same run gets a plain SIGINT from the test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'tactical-sigint-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const POINTS = 20_000;

const cli = [
  process.execPath,
  '--conditions=@tactical/source',
  '--import',
  'tsx',
  'packages/cli/src/main.ts',
  'sweep',
  'examples/tlt-spy-swap/spec.json',
  '--data',
  'examples/data',
  '--from',
  '2016-01-01',
  '--to',
  '2017-01-01',
  '--param',
  `w=/rules/cond/right:1..${POINTS}`,
  '--workers',
  '2',
  '--json',
];
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the sweep, interrupts it after `minDone` points (or, without a terminal, after a delay). */
function interruptedSweep(minDone: number): Promise<{ code: number | null; terminal: string; json: string }> {
  const file = join(out, 'rows.json');
  const child = hasScript
    ? spawn('script', ['-qfec', `${cli.map(quote).join(' ')} > ${quote(file)}`, '/dev/null'], {
        cwd: root,
        stdio: ['pipe', 'pipe', 'pipe'],
      })
    : spawn(cli[0]!, cli.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let terminal = '';
  let json = '';
  let sent = false;
  const interrupt = () => {
    if (sent) return;
    sent = true;
    if (hasScript) child.stdin!.write('\x03');
    else child.kill('SIGINT');
  };
  child.stdout!.on('data', (d: Buffer) => {
    if (!hasScript) {
      json += d.toString();
      return;
    }
    terminal += d.toString();
    const done = [...terminal.matchAll(/(\d+)\/\d+ points/g)].map((m) => Number(m[1]));
    if (done.length > 0 && Math.max(...done) >= minDone) interrupt();
  });
  child.stderr!.on('data', (d: Buffer) => {
    terminal += d.toString();
  });
  if (!hasScript) setTimeout(interrupt, 8000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      resolve({ code, terminal, json: hasScript ? readFileSync(file, 'utf8') : json });
    });
  });
}

describe('tactical sweep interrupted by Ctrl-C', () => {
  it('exits 130 with the finished rows in grid order, marked partial, and the cursor restored', async () => {
    const r = await interruptedSweep(5);
    expect(r.code, r.terminal.slice(-2000)).toBe(130);
    const doc = JSON.parse(r.json) as {
      partial: boolean;
      points: number;
      rows: { params: { w: number }; metrics: { finalEquity: number } | null }[];
    };
    expect(doc.partial).toBe(true);
    expect(doc.points).toBe(POINTS);
    expect(doc.rows.length).toBeLessThan(POINTS);
    if (hasScript) expect(doc.rows.length).toBeGreaterThanOrEqual(5);
    // Grid order: the finished points, ascending by their index, each with its metrics.
    const ws = doc.rows.map((row) => row.params.w);
    expect(ws).toEqual([...ws].sort((a, b) => a - b));
    for (const row of doc.rows) expect(row.metrics?.finalEquity).toBeGreaterThan(0);
    expect(r.terminal).toContain(`interrupted: ${doc.rows.length} of ${POINTS} point(s) finished`);
    expect(r.terminal).not.toMatch(/\n\s+at /);
    if (hasScript) {
      // The bar hid the cursor (ESC[?25l); the last cursor command shows it again (ESC[?25h).
      expect(r.terminal).toContain('\x1b[?25l');
      expect(r.terminal.lastIndexOf('\x1b[?25h')).toBeGreaterThan(r.terminal.lastIndexOf('\x1b[?25l'));
    }
  }, 120_000);
});
