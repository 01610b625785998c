/**
 * Golden-test support: real ETF closes from ../shared/data/etf (SOURCES.md §1) and a tolerance check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { missingShared, sharedPath } from '../../../../tools/shared-data.js';
import { parseBarsCsv } from '../../src/data/csv-feed.js';

/** Symbols every golden test runs over. */
export const GOLDEN_SYMBOLS: readonly string[] = ['SPY', 'TLT', 'IEF', 'GLD', 'QQQ'];

/** The ETF folder, or undefined (test skipped) when ../shared is absent outside CI. */
export const etfDir: string | undefined = sharedPath('data', 'etf');

/** Why golden tests are skipped, for test names. */
export const skipReason: string = etfDir ? '' : ` (${missingShared('data', 'etf')})`;

/** Close and adjusted close of one ETF, oldest first. */
export function etfSeries(symbol: string): { close: Float64Array; adjClose: Float64Array } {
  const file = join(etfDir!, `${symbol}.csv`);
  const { bars } = parseBarsCsv(readFileSync(file, 'utf8'), file);
  return {
    close: Float64Array.from(bars, (b) => b.close),
    adjClose: Float64Array.from(bars, (b) => b.adjClose ?? b.close),
  };
}

/**
 * Expect `actual` to equal `expected` index by index: both NaN, or |a - e| <= rel * max(|e|, floor).
 */
export function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  rel = 1e-9,
  floor = 1e-12,
): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (Number.isNaN(e) || Number.isNaN(a)) {
      expect(Number.isNaN(a), `index ${i}: got ${a}, expected ${e}`).toBe(Number.isNaN(e));
      continue;
    }
    const err = Math.abs(a - e) / Math.max(Math.abs(e), floor);
    if (err > worst) {
      worst = err;
      at = i;
    }
  }
  expect(worst, `worst relative error at index ${at}: ${actual[at]} vs ${expected[at]}`).toBeLessThanOrEqual(
    rel,
  );
}

/** NaN-padded copy of a reference library's output that starts at index `offset`. */
export function padded(values: readonly number[], length: number): Float64Array {
  const out = new Float64Array(length).fill(Number.NaN);
  out.set(values, length - values.length);
  return out;
}
