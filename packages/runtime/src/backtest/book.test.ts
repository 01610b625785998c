/** Book marks: the last finite close at or before a session, against a plain reference scan. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Panel } from '../features/types.js';
import { Book } from './book.js';

/** The reference: scan every close up to session i. */
function lastFinite(close: readonly number[], i: number): number {
  let m = Number.NaN;
  for (let s = 0; s <= i; s++) if (Number.isFinite(close[s]!)) m = close[s]!;
  return m;
}

describe('Book.markAt', () => {
  it('is the last finite close at or before each session asked, in any increasing order', () => {
    const cell = fc.oneof(
      fc.double({ min: 0.01, max: 1e4, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }),
        (columns, asks) => {
          const panel = {
            assets: columns.map((_, k) => ({ id: `A${k}`, symbol: `A${k}` })),
            columns: columns.map((close) => ({ close: Float64Array.from(close) })),
          } as unknown as Panel;
          const book = new Book(panel);
          // Sessions never go backwards per asset: each asset's asks are sorted.
          const last = columns.map(() => -1);
          for (const [a, s] of asks) {
            const k = a % columns.length;
            const i = Math.max(last[k]!, s % columns[k]!.length);
            last[k] = i;
            expect(book.markAt(k, i)).toBe(lastFinite(columns[k]!, i));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
