/**
 * Writes the bundled SYNTHETIC market data in `examples/data/`: deterministic daily bars for SPY,
 * IEF, TLT and twelve synthetic stocks S001..S012 over the NYSE sessions 2015-01-02..2024-12-31,
 * in Yahoo's layout (`Date,Open,High,Low,Close,Adj Close,Volume`; stocks add an `npy` column, a net
 * payout yield as seed 001 reads it). The numbers are a seeded geometric Brownian motion with one
 * market factor, NOT real prices: they exist so the demo and the examples run with no downloads.
 *
 *   node --conditions=@tactical/source --import tsx examples/generate-data.ts [outDir]
 *
 * Same code + same calendar = byte-identical files (a test regenerates and compares).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NYSEExchangeCalendar } from '@tactical/calendars';
import { mulberry32 } from '../tools/mulberry32.js';

/** One synthetic instrument: annual drift, volatility, market beta, dividend yield, start price. */
interface Instrument {
  symbol: string;
  mu: number;
  sigma: number;
  beta: number;
  dividendYield: number;
  start: number;
  volume: number;
  npy: boolean;
}

/** Standard normals by Box-Muller (one per call; the second of each pair is dropped for simplicity). */
function normals(rand: () => number): () => number {
  return () => {
    const u = 1 - rand(); // (0, 1]: log(0) impossible
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
}

const SEED = 20150102;
const FROM = '2015-01-02';
const TO = '2025-01-01'; // exclusive: the last session is 2024-12-31

function instruments(): Instrument[] {
  const out: Instrument[] = [
    {
      symbol: 'SPY',
      mu: 0.1,
      sigma: 0.17,
      beta: 1,
      dividendYield: 0.018,
      start: 205,
      volume: 8e7,
      npy: false,
    },
    {
      symbol: 'IEF',
      mu: 0.025,
      sigma: 0.07,
      beta: -0.25,
      dividendYield: 0.022,
      start: 104,
      volume: 6e6,
      npy: false,
    },
    {
      symbol: 'TLT',
      mu: 0.03,
      sigma: 0.14,
      beta: -0.35,
      dividendYield: 0.028,
      start: 126,
      volume: 1e7,
      npy: false,
    },
  ];
  const rand = mulberry32(SEED ^ 0x5eed);
  for (let k = 1; k <= 12; k++) {
    out.push({
      symbol: `S${String(k).padStart(3, '0')}`,
      mu: 0.03 + 0.12 * rand(),
      sigma: 0.2 + 0.25 * rand(),
      beta: 0.6 + 0.8 * rand(),
      dividendYield: 0.02 * rand(),
      start: 20 + Math.round(130 * rand()),
      volume: Math.round(5e5 + 5e6 * rand()),
      npy: true,
    });
  }
  return out;
}

/** CSV text of every instrument over `sessions` (ISO days), by file name. */
export function generate(sessions: readonly string[]): Map<string, string> {
  const list = instruments();
  const rand = mulberry32(SEED);
  const z = normals(rand);
  const dt = 1 / 252;
  const n = sessions.length;
  const close = list.map(() => new Float64Array(n));
  const open = list.map(() => new Float64Array(n));
  const high = list.map(() => new Float64Array(n));
  const low = list.map(() => new Float64Array(n));
  const volume = list.map(() => new Float64Array(n));
  const npy = list.map(() => new Float64Array(n));
  const level = list.map((s) => s.start);
  const yieldState = list.map((s) => s.dividendYield + 0.02);
  for (let i = 0; i < n; i++) {
    const market = z();
    list.forEach((s, k) => {
      // Split the session's variance: a quarter overnight (the gap to the open), the rest intraday.
      const own = s.sigma * Math.sqrt(1 - Math.min(0.81, s.beta * s.beta * 0.5));
      const shock = s.beta * 0.17 * market * Math.SQRT1_2 + own * z();
      const drift = (s.mu - s.dividendYield - 0.5 * s.sigma * s.sigma) * dt;
      const total = drift + shock * Math.sqrt(dt);
      const prev = level[k]!;
      const next = prev * Math.exp(total);
      const o = prev * Math.exp(0.25 * total + 0.002 * z());
      close[k]![i] = next;
      open[k]![i] = o;
      high[k]![i] = Math.max(o, next) * (1 + Math.abs(z()) * 0.004);
      low[k]![i] = Math.min(o, next) * (1 - Math.abs(z()) * 0.004);
      volume[k]![i] = Math.round(s.volume * Math.exp(0.3 * z()));
      // net payout yield: mean-reverting around the dividend yield + 2%
      yieldState[k] = yieldState[k]! + 0.02 * (s.dividendYield + 0.02 - yieldState[k]!) + 0.0015 * z();
      npy[k]![i] = yieldState[k]!;
      level[k] = next;
    });
  }
  const files = new Map<string, string>();
  list.forEach((s, k) => {
    // Yahoo back-adjusts for dividends: the last adjusted close equals the close, earlier ones are lower.
    const header = `Date,Open,High,Low,Close,Adj Close,Volume${s.npy ? ',npy' : ''}`;
    const lines = [header];
    for (let i = 0; i < n; i++) {
      const adj = close[k]![i]! * Math.exp((-s.dividendYield * (n - 1 - i)) / 252);
      const cells = [
        sessions[i]!,
        open[k]![i]!.toFixed(4),
        high[k]![i]!.toFixed(4),
        low[k]![i]!.toFixed(4),
        close[k]![i]!.toFixed(4),
        adj.toFixed(4),
        String(volume[k]![i]!),
      ];
      if (s.npy) cells.push(npy[k]![i]!.toFixed(4));
      lines.push(cells.join(','));
    }
    files.set(`${s.symbol}.csv`, `${lines.join('\n')}\n`);
  });
  return files;
}

/**
 * A synthetic index membership file in fja05680's layout (`ticker,start_date,end_date`, member on
 * [start, end), empty end = still a member), so the dynamic-universe examples (conservative formula,
 * index add/remove) run on the bundled data. Declared, not random: a few additions and removals
 * spread over the span, one ticker leaving and coming back.
 */
export const SYNTHETIC_MEMBERSHIP: readonly (readonly [string, string, string])[] = [
  ['S001', '2015-01-02', ''],
  ['S002', '2015-01-02', ''],
  ['S003', '2015-01-02', '2018-06-18'],
  ['S003', '2021-09-20', ''],
  ['S004', '2015-01-02', ''],
  ['S005', '2015-01-02', '2023-06-20'],
  ['S006', '2015-01-02', ''],
  ['S007', '2015-01-02', '2020-03-23'],
  ['S008', '2015-01-02', ''],
  ['S009', '2015-01-02', ''],
  ['S010', '2017-03-20', ''],
  ['S011', '2019-12-23', ''],
  ['S012', '2022-03-21', ''],
];

/** The membership file's text. */
export function membershipCsv(): string {
  return `ticker,start_date,end_date\n${SYNTHETIC_MEMBERSHIP.map((r) => r.join(',')).join('\n')}\n`;
}

/** The NYSE sessions the bundled data covers. */
export function bundledSessions(): string[] {
  const calendar = new NYSEExchangeCalendar();
  return calendar.sessions({ from: FROM, to: TO }).map((d) => d.toISOString().slice(0, 10));
}

/** Write every file into `dir` (created if needed). */
export function writeData(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of generate(bundledSessions())) writeFileSync(join(dir, name), text);
  mkdirSync(join(dir, 'universes'), { recursive: true });
  writeFileSync(join(dir, 'universes', 'SP500.csv'), membershipCsv());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeData(process.argv[2] ?? join(import.meta.dirname, 'data'));
}
