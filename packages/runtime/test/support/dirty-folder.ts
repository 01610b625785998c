/**
 * A small folder of daily CSV files with the dirt real data has (empty cells, non-positive prices,
 * weekend rows, split-like jumps, gaps, a missing adj close column), generated from a seed. Tests
 * compare a store with the folder it came from; the generator knows nothing about the store.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../../../tools/mulberry32.js';
import { dateOfDay, isoOfDay } from '../../src/data/grid.js';

/** Write `assets` CSV files into `dir` over `sessions` (day numbers); returns the tickers. */
export function writeDirtyFolder(dir: string, seed: number, sessions: Int32Array, assets: number): string[] {
  const rand = mulberry32(seed);
  const tickers: string[] = [];
  for (let k = 0; k < assets; k++) {
    const ticker = `T${k}${String.fromCharCode(65 + Math.floor(rand() * 26))}`;
    tickers.push(ticker);
    const adj = rand() < 0.5;
    const lines = [adj ? 'Date,Open,High,Low,Close,Adj Close,Volume' : 'date,open,high,low,close,volume'];
    const first = Math.floor(rand() * sessions.length * 0.5);
    const last = first + Math.floor(rand() * (sessions.length - first));
    let price = 10 + rand() * 90;
    for (let i = first; i <= last; i++) {
      const r = rand();
      if (r < 0.03) {
        i += 11 + Math.floor(rand() * 5); // a long gap
        continue;
      }
      price *= r < 0.05 ? 0.45 : r < 0.07 ? 1.9 : 1 + (rand() - 0.5) * 0.04;
      const o = price * (1 + (rand() - 0.5) * 0.01);
      const cells = [o, Math.max(o, price) * 1.01, Math.min(o, price) * 0.99, price].map((v) => v.toFixed(4));
      const d = rand();
      if (d < 0.03) cells[Math.floor(rand() * 4)] = '';
      else if (d < 0.05) cells[3] = (-price).toFixed(4);
      const row = [
        isoOfDay(sessions[i]!),
        ...cells,
        ...(adj ? [(price * 0.9).toFixed(4)] : []),
        String(1000 + Math.floor(rand() * 1e6)),
      ];
      lines.push(row.join(','));
      if (rand() < 0.02) {
        // a Saturday row after the session (off_session)
        const sat = dateOfDay(sessions[i]! + ((6 - dateOfDay(sessions[i]!).getUTCDay() + 7) % 7 || 7));
        if (i + 1 < sessions.length && sessions[i + 1]! > sat.getTime() / 86_400_000)
          lines.push([sat.toISOString().slice(0, 10), ...row.slice(1)].join(','));
      }
    }
    writeFileSync(join(dir, `${ticker}.csv`), `${lines.join('\n')}\n`);
  }
  return tickers;
}
