/**
 * The bundled data is exactly what the generator writes: regenerate into a temp dir and compare
 * every file byte for byte (a changed generator or calendar must come with regenerated files).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeData } from './generate-data.js';

const committed = join(import.meta.dirname, 'data');
const tmp = mkdtempSync(join(tmpdir(), 'tactical-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('examples/data', () => {
  writeData(tmp);
  const generated = readdirSync(tmp, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.csv'))
    .sort();

  it('holds exactly the generated files (SPY, IEF, TLT, S001..S012 and the SP500 membership)', () => {
    const csvs = readdirSync(committed, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(csvs).toEqual(generated);
    expect(generated).toHaveLength(16);
  });

  it.each(generated)('%s is byte-identical to a fresh generation', (name) => {
    const a = readFileSync(join(tmp, name));
    const b = readFileSync(join(committed, name));
    expect(a.equals(b), `${name} differs: run examples/generate-data.ts`).toBe(true);
  });

  it('covers the NYSE sessions 2015-01-02..2024-12-31 in Yahoo layout', () => {
    const lines = readFileSync(join(committed, 'SPY.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('Date,Open,High,Low,Close,Adj Close,Volume');
    expect(lines[1]!.slice(0, 10)).toBe('2015-01-02');
    expect(lines.at(-1)!.slice(0, 10)).toBe('2024-12-31');
    expect(lines).toHaveLength(1 + 2516);
    expect(
      lines.some((l) => l.startsWith('2024-07-04')),
      'Independence Day is not a session',
    ).toBe(false);
  });
});
