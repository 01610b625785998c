/**
 * A deterministic synthetic CSV folder for the scale benchmarks (issue 12): N assets × the last S
 * XNYS sessions up to 2025-12-31 (default 5,000 × 6,300, about 1.8 GB), written OUTSIDE the repository.
 *
 *   node --conditions=@tactical/source --import tsx bench/synthetic/generate.ts [dir] [assets] [sessions]
 *   (default dir /tmp/tactical-synth)
 *
 * Same arguments → byte-identical files (mulberry32 seeded per asset). Realistic shape: a third of the
 * assets list after the first session, a fifth delist before the last; daily log-returns with drift and
 * volatility drawn per asset; about one bad row per 3,000 (an empty cell, a non-positive close, a
 * Saturday row), so the import's data policy has warnings to record.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCalendar } from '@tactical/calendars';
import { mulberry32 } from '../../tools/mulberry32.js';

const dir = process.argv[2] ?? '/tmp/tactical-synth';
const assets = Number(process.argv[3] ?? 5000);
const count = Number(process.argv[4] ?? 6300);
const xnys = getCalendar('XNYS');
const end = new Date('2026-01-01T00:00:00Z');
const all = xnys.sessionDays({ from: new Date('1990-01-01T00:00:00Z'), to: end });
const days = all.subarray(all.length - count);
const iso =
  days.length > 0 ? Array.from(days, (d) => new Date(d * 86_400_000).toISOString().slice(0, 10)) : [];

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const started = performance.now();
let bytes = 0;
for (let k = 0; k < assets; k++) {
  const rand = mulberry32(0x5eed + k * 7919);
  const symbol = `S${String(k).padStart(4, '0')}`;
  const first = rand() < 1 / 3 ? Math.floor(rand() * count * 0.8) : 0;
  const last = rand() < 0.2 ? first + Math.floor(rand() * (count - first)) : count - 1;
  const drift = (rand() - 0.45) * 0.0008;
  const vol = 0.01 + rand() * 0.025;
  let price = 5 + rand() * 195;
  const lines: string[] = ['date,open,high,low,close,volume'];
  for (let i = first; i <= last; i++) {
    // Box-Muller normal step
    const z = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
    const open = price * (1 + (rand() - 0.5) * vol * 0.5);
    price = Math.max(0.5, price * Math.exp(drift + vol * z));
    const high = Math.max(open, price) * (1 + rand() * vol * 0.5);
    const low = Math.min(open, price) * (1 - rand() * vol * 0.5);
    const volume = Math.floor(1e5 + rand() * 5e6);
    const cells = [
      iso[i]!,
      open.toFixed(2),
      high.toFixed(2),
      low.toFixed(2),
      price.toFixed(2),
      String(volume),
    ];
    const bad = rand();
    if (bad < 1 / 9000) cells[1 + Math.floor(rand() * 4)] = '';
    else if (bad < 2 / 9000) cells[4] = '-1.00';
    lines.push(cells.join(','));
    if (bad > 1 - 1 / 9000 && i + 1 <= last) {
      // a Saturday row between two sessions (off_session)
      const sat = days[i]! + ((6 - new Date(days[i]! * 86_400_000).getUTCDay() + 7) % 7 || 7);
      if (sat < days[i + 1]!)
        lines.push([new Date(sat * 86_400_000).toISOString().slice(0, 10), ...cells.slice(1)].join(','));
    }
  }
  const text = `${lines.join('\n')}\n`;
  bytes += text.length;
  writeFileSync(join(dir, `${symbol}.csv`), text);
  if ((k + 1) % 500 === 0) process.stderr.write(`${k + 1}/${assets} files, ${(bytes / 1e9).toFixed(2)} GB\n`);
}
process.stderr.write(
  `wrote ${assets} files × up to ${count} sessions (${iso[0]} .. ${iso[count - 1]}) to ${dir}: ${(bytes / 1e9).toFixed(2)} GB in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
);
