/**
 * Hostile data files and CLI misuses, table-driven (issue 8, "what it must show"). Every case
 * asserts the exit code, the located message (file:line where there is one), and that neither a
 * stack trace nor "internal error" appears. Files are generated per case in a temp folder; the CLI
 * runs in-process (`runCaptured`), except the output-stream cases, which need a real process.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../src/run.js';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'tactical-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** 80 real XNYS sessions from 2024-01-02, as ISO days. */
const days = Array.from(
  getCalendar('XNYS').sessionDays({
    from: new Date('2024-01-02T00:00:00Z'),
    to: new Date('2024-05-01T00:00:00Z'),
  }),
  (d) => new Date(d * 86_400_000).toISOString().slice(0, 10),
).slice(0, 80);
const HEADER = 'Date,Open,High,Low,Close,Adj Close,Volume';
/** Clean rows: a gentle wave around 100. Row k is file line k + 2. */
const cleanRows = () =>
  days.map((d, k) => {
    const p = (100 + 3 * Math.sin(k / 5)).toFixed(4);
    return `${d},${p},${p},${p},${p},${p},1000`;
  });
const csv = (rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;
/** Rows with the close (and adj close) of data row `k` replaced by `cell`. */
const withClose = (k: number, cell: string) => {
  const rows = cleanRows();
  const f = rows[k]!.split(',');
  f[4] = cell;
  f[5] = cell;
  rows[k] = f.join(',');
  return rows;
};

const holdX = (extra: Record<string, unknown> = {}) => ({
  kind: 'tactical/v1',
  universe: [{ id: 'x', symbol: 'X' }],
  rebalance: { frequency: 'Monthly' },
  features: [],
  rules: { op: 'allocate', weights: { x: 1 } },
  ...extra,
});

interface Case {
  name: string;
  /** Files of the case folder: `data/…` are data files, `spec.json` the spec (default holdX). */
  files?: Record<string, string | Buffer>;
  /** CLI arguments (default: backtest spec.json --data data). */
  argv?: string[];
  code: number;
  /** Every pattern must appear in stdout + stderr. */
  says: (string | RegExp)[];
  /** Must not appear (e.g. the secret of a file outside --data). */
  never?: string[];
  setup?: (dir: string) => void;
}

const X = (text: string | Buffer) => ({ 'data/X.csv': text });
const BT = ['backtest', 'spec.json', '--data', 'data'];

const cases: Case[] = [
  // --- bad cells: dropped with a located, grouped warning (exit 0) ---
  {
    name: 'NaN close',
    files: X(csv(withClose(5, 'NaN'))),
    code: 0,
    says: ['invalid_value', "close 'NaN' is not a plain decimal number", 'data/X.csv:7'],
  },
  {
    name: 'empty close',
    files: X(csv(withClose(5, ''))),
    code: 0,
    says: ['invalid_value', 'close is empty', 'data/X.csv:7'],
  },
  {
    name: 'hex close 0x10',
    files: X(csv(withClose(6, '0x10'))),
    code: 0,
    says: ["close '0x10' is not a plain decimal number", 'data/X.csv:8'],
  },
  {
    name: 'truncated exponent 1e',
    files: X(csv(withClose(6, '1e'))),
    code: 0,
    says: ["close '1e'", 'data/X.csv:8'],
  },
  {
    name: 'padded number " 12 "',
    files: X(csv(withClose(6, ' 12 '))),
    code: 0,
    says: ["close ' 12 '", 'data/X.csv:8'],
  },
  {
    name: 'Infinity close',
    files: X(csv(withClose(6, 'Infinity'))),
    code: 0,
    says: ["close 'Infinity'", 'data/X.csv:8'],
  },
  {
    name: 'zero close',
    files: X(csv(withClose(9, '0'))),
    code: 0,
    says: ['non_positive_price', 'data/X.csv:11'],
  },
  {
    name: 'negative close',
    files: X(csv(withClose(9, '-5'))),
    code: 0,
    says: ['non_positive_price', 'data/X.csv:11'],
  },
  {
    name: '1e308 close',
    files: X(csv(withClose(12, '1e308'))),
    code: 0,
    says: ['implausible_value', 'data/X.csv:14'],
  },
  {
    name: 'three bad rows are one group with a count and their lines',
    files: X(csv(withClose(3, 'x').map((r, k) => (k === 20 || k === 30 ? r.replace(/,1000$/, ',') : r)))),
    code: 0,
    says: ['invalid_value x ×3', 'data/X.csv:5 (', 'data/X.csv:22 (', 'data/X.csv:32 ('],
  },
  // --- suspicious but kept ---
  {
    name: 'unadjusted 2:1 split (a 50 % one-session fall)',
    files: X(
      csv(
        cleanRows().map((r, k) =>
          k < 40 ? r : r.replace(/,(\d+\.\d+)/g, (_, p) => `,${(Number(p) / 2).toFixed(4)}`),
        ),
      ),
    ),
    code: 0,
    says: ['large_move', 'data/X.csv:42', '-50.'],
  },
  {
    name: 'a 30-session gap',
    files: X(csv(cleanRows().filter((_, k) => k < 20 || k >= 50))),
    code: 0,
    says: ['long_gap', '30 sessions without a bar', 'data/X.csv:22'],
  },
  {
    name: 'a Saturday bar',
    files: X(
      csv([...cleanRows().slice(0, 3), '2024-01-06,100,100,100,100,100,1000', ...cleanRows().slice(4)]),
    ),
    code: 0,
    says: ['off_session', '2024-01-06 is not a session', 'data/X.csv:5'],
  },
  // --- structural problems: errors naming file and line (exit 1) ---
  {
    name: 'dates run backwards',
    files: X(csv(cleanRows().reverse())),
    code: 1,
    says: ['reversed_dates', 'data/X.csv:2', 'run backwards'],
  },
  {
    name: 'one row out of order',
    files: X(csv([...cleanRows().slice(0, 10), cleanRows()[3]!, ...cleanRows().slice(10)])),
    code: 1,
    says: ['unsorted_dates', 'data/X.csv:12'],
  },
  {
    name: 'duplicate date',
    files: X(csv([...cleanRows().slice(0, 10), cleanRows()[9]!, ...cleanRows().slice(10)])),
    code: 1,
    says: ['duplicate_date', 'data/X.csv:12'],
  },
  {
    name: 'binary file',
    files: X(Buffer.from([0x44, 0x61, 0x74, 0x65, 0x0a, 0x00, 0x01, 0xff, 0xfe, 0x00])),
    code: 1,
    says: ['unreadable_file', 'data/X.csv:2', 'not UTF-8 text'],
  },
  {
    name: 'unterminated quote',
    files: X(csv([...cleanRows().slice(0, 5), `${days[5]},"100,100,100,100,100,1000`])),
    code: 1,
    says: ['unreadable_file', 'a quoted cell is never closed', 'data/X.csv:'],
  },
  {
    name: 'missing column',
    files: X('Date,Open,High,Close,Volume\n2024-01-02,1,1,1,1\n'),
    code: 1,
    says: ['missing_column', 'data/X.csv:1', 'low'],
  },
  {
    name: 'unparseable date',
    files: X(csv([...cleanRows().slice(0, 2), '01/04/2024,1,1,1,1,1,1'])),
    code: 1,
    says: ['invalid_date', 'data/X.csv:4', "'01/04/2024'"],
  },
  { name: 'empty file', files: X(''), code: 1, says: ['missing_column', 'data/X.csv:1', 'empty'] },
  {
    name: 'no data file for the symbol',
    files: { 'data/Y.csv': csv(cleanRows()) },
    code: 1,
    says: ['missing_asset', 'asset x'],
  },
  { name: 'header only', files: X(`${HEADER}\n`), code: 2, says: ['no data for x in data'] },
  {
    name: '--strict turns a dropped bar into an error',
    files: X(csv(withClose(5, 'NaN'))),
    argv: [...BT, '--strict'],
    code: 1,
    says: ['data/X.csv:7', 'strict mode', '[invalid_value]'],
  },
  // --- files stay inside --data ---
  {
    name: 'symbol climbing out of --data is a spec error',
    files: {
      ...X(csv(cleanRows())),
      'spec.json': JSON.stringify(holdX({ universe: [{ id: 'x', symbol: '../secret/creds' }] }), null, 2),
    },
    code: 1,
    says: ['spec.json:6:17', '/universe/0/symbol', 'not a plain ticker symbol'],
  },
  {
    name: 'a symlink out of --data is refused without echoing the file',
    files: { 'secret/creds.csv': 'password=hunter2\n', 'data/.keep': '' },
    setup: (dir) => symlinkSync(join(dir, 'secret/creds.csv'), join(dir, 'data/X.csv')),
    code: 1,
    says: ['invalid_symbol', 'resolves outside the data folder'],
    never: ['hunter2'],
  },
  {
    name: 'a non-CSV file in --data is described, not echoed',
    files: X('password=hunter2\n'),
    code: 1,
    says: ['missing_column', 'not a CSV header'],
    never: ['hunter2'],
  },
  {
    name: 'a --benchmark symbol climbing out of --data',
    files: X(csv(cleanRows())),
    argv: [...BT, '--benchmark', '../secret'],
    code: 1,
    says: ['invalid_symbol', "symbol '../secret' is not a plain ticker"],
  },
  {
    name: 'sweep --strict: a dropped bar is an error',
    files: X(csv(withClose(5, 'NaN'))),
    argv: [
      'sweep',
      'spec.json',
      '--data',
      'data',
      '--param',
      'w=/rules/weights/x:0.5,1',
      '--workers',
      '1',
      '--strict',
    ],
    code: 1,
    says: ['data/X.csv:7', 'strict mode'],
  },
  // --- ranges ---
  {
    name: 'a range after the data is an error naming the data span',
    files: X(csv(cleanRows())),
    argv: [...BT, '--from', '2030-01-01', '--to', '2031-01-01'],
    code: 1,
    says: ['range_outside_data', `x ${days[0]}..${days[79]}`],
  },
  {
    name: '--to 9999-12-31 is cut to the calendar and the data, with warnings',
    files: X(csv(cleanRows())),
    argv: [...BT, '--from', '2024-01-02', '--to', '9999-12-31'],
    code: 0,
    says: [
      'range_beyond_calendar',
      'range_beyond_data',
      `results cover 2024-01-02..${days[79]}`,
      `${days[79]} (80 sessions)`,
    ],
  },
  {
    name: '--from 1800-01-01 is not silently clipped',
    files: X(csv(cleanRows())),
    argv: [...BT, '--from', '1800-01-01', '--to', '2024-03-01'],
    code: 0,
    says: ['range_beyond_calendar', 'asset_data_span', 'first bar 2024-01-02'],
  },
  {
    name: 'a strategy that never trades says which feature and since when',
    files: {
      ...X(csv(cleanRows())),
      'spec.json': JSON.stringify(
        holdX({
          features: [
            { id: 'p', kind: 'price', asset: 'x' },
            { id: 'slow', kind: 'sma', asset: 'x', period: 300 },
          ],
          rules: {
            op: 'if',
            cond: { op: 'gt', left: { ref: 'p' }, right: { ref: 'slow' } },
            then: { op: 'allocate', weights: { x: 1 } },
            else: { op: 'cash' },
          },
        }),
      ),
    },
    code: 0,
    says: [
      'never_traded',
      'rebalance_held',
      'right {ref: slow}',
      'undefined since 2024-01-31',
      'at /rules/cond',
    ],
  },
  // --- the spec front door ---
  {
    name: 'spec is a directory',
    files: { ...X(csv(cleanRows())), 'specs/a.json': '{}' },
    argv: ['backtest', 'specs', '--data', 'data'],
    code: 1,
    says: ['specs', 'is a directory, not a spec file', 'unreadable-file'],
  },

  {
    name: 'spec is not JSON',
    files: { ...X(csv(cleanRows())), 'spec.json': '{\n  "kind": "tactical/v1",\n  oops\n}' },
    code: 1,
    says: ['spec.json:3:', 'json-syntax'],
  },
  {
    name: 'invalid spec in backtest: file:line:col, pointer',
    files: {
      ...X(csv(cleanRows())),
      'spec.json': JSON.stringify(holdX({ rebalance: { frequency: 'Fortnightly' } }), null, 2),
    },
    code: 1,
    says: ['spec.json:10:18', '/rebalance/frequency', "must be one of 'Daily'"],
  },
  {
    name: 'unknown calendar: located at /calendar with a hint',
    files: { ...X(csv(cleanRows())), 'spec.json': JSON.stringify(holdX({ calendar: 'MARS' }), null, 2) },
    code: 1,
    says: ['spec.json:', '/calendar', "unknown calendar 'MARS'", 'XNYS'],
  },
  {
    name: 'spec with a byte-order mark runs',
    files: { ...X(csv(cleanRows())), 'spec.json': `\ufeff${JSON.stringify(holdX())}` },
    code: 0,
    says: ['Final equity'],
  },
  // --- flags ---
  {
    name: 'unknown flag',
    files: X(csv(cleanRows())),
    argv: [...BT, '--bogus'],
    code: 2,
    says: ["unknown option '--bogus'"],
  },
  {
    name: 'non-numeric --cash',
    files: X(csv(cleanRows())),
    argv: [...BT, '--cash', '1e'],
    code: 2,
    says: ['--cash must be a positive number'],
  },
  {
    name: 'impossible --from',
    files: X(csv(cleanRows())),
    argv: [...BT, '--from', '2024-02-30'],
    code: 2,
    says: ['--from must be a date YYYY-MM-DD'],
  },
  {
    name: '--data is a file',
    files: X(csv(cleanRows())),
    argv: ['backtest', 'spec.json', '--data', 'data/X.csv'],
    code: 2,
    says: ['--data is not a folder'],
  },
  {
    name: 'sweep reads specs through the same front door',
    files: { ...X(csv(cleanRows())), 'spec.json': '{"kind": "tactical/v1",,}' },
    argv: ['sweep', 'spec.json', '--data', 'data', '--param', 'w=/rules/weights/x:0.5,1', '--workers', '1'],
    code: 1,
    says: ['spec.json:1:', 'json-syntax'],
  },
  {
    name: 'sweep: a reversed data file is a located data error',
    files: X(csv(cleanRows().reverse())),
    argv: ['sweep', 'spec.json', '--data', 'data', '--param', 'w=/rules/weights/x:0.5,1', '--workers', '1'],
    code: 1,
    says: ['reversed_dates', 'data/X.csv:2'],
  },
];

const STACK = /\n\s+at .+:\d+:\d+/;

describe('hostile data files and CLI misuses', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = mkdtempSync(join(tmp, 'case-'));
    mkdirSync(join(dir, 'data'));
    const files = { 'spec.json': JSON.stringify(holdX()), ...c.files };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    c.setup?.(dir);
    const r = await runCaptured(c.argv ?? BT, dir);
    const all = r.out + r.err;
    expect(r.code, all).toBe(c.code);
    for (const s of c.says) {
      if (typeof s === 'string') expect(all).toContain(s);
      else expect(all).toMatch(s);
    }
    for (const s of c.never ?? []) expect(all).not.toContain(s);
    expect(all).not.toMatch(/internal error/i);
    expect(all).not.toMatch(STACK);
  });
});

/** Run the real binary entry with stdout handled by `attach`; resolves to status and stderr. */
function runProcess(
  argv: string[],
  stdout: 'pipe-closed' | number,
): Promise<{ status: number | null; err: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['--conditions=@tactical/source', '--import', 'tsx', join(root, 'packages/cli/src/main.ts'), ...argv],
      { cwd: root, stdio: ['ignore', stdout === 'pipe-closed' ? 'pipe' : stdout, 'pipe'] },
    );
    if (stdout === 'pipe-closed') child.stdout!.destroy(); // like `| head` exiting before we write
    let err = '';
    child.stderr!.on('data', (b) => (err += b));
    child.on('close', (status) => done({ status, err }));
  });
}

describe('output streams that fail end quietly with exit 3', () => {
  const argv = ['calendar', 'XNYS', '2024'];
  it('a closed pipe (EPIPE)', async () => {
    const r = await runProcess(argv, 'pipe-closed');
    expect(r.status).toBe(3);
    expect(r.err).not.toMatch(STACK);
  }, 30_000);

  it.skipIf(process.platform !== 'linux')(
    'a full device (ENOSPC, /dev/full)',
    async () => {
      const { openSync, closeSync } = await import('node:fs');
      const fd = openSync('/dev/full', 'w');
      const r = await runProcess(argv, fd);
      closeSync(fd);
      expect(r.status).toBe(3);
      expect(r.err).not.toMatch(STACK);
    },
    30_000,
  );
});
