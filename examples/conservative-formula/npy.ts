/**
 * A GENERATED net payout yield for tests and benchmarks (the real one is a fundamental we do not
 * have): one value per ticker and calendar month, a deterministic function of both (FNV-1a of
 * `TICKER|YYYY-MM` seeding mulberry32), published on the first calendar day of its month. Values lie
 * in [-0.02, 0.08): mostly positive payouts, some net issuers. Not market data.
 */
import type { Asset } from '@tactical/runtime';
import { mulberry32 } from '../../tools/mulberry32.js';

/** FNV-1a 32-bit hash of a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The generated yield of `ticker` for month `yyyyMm` ('2015-06'). */
export function generatedNpy(ticker: string, yyyyMm: string): number {
  return -0.02 + 0.1 * mulberry32(fnv1a(`${ticker}|${yyyyMm}`))();
}

/** Months 'YYYY-MM' from `first` to `last` inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > last) return out;
    out.push(key);
    if (m === 12) {
      y += 1;
      m = 1;
    } else m += 1;
  }
}

/**
 * A `FieldSource` (see packages/runtime/src/data/field-overlay.ts) named `npy`: every month of
 * `months` for every asset, dated the 1st of the month.
 */
export function generatedNpySource(months: readonly string[]) {
  return {
    name: 'npy',
    observations: (asset: Asset) =>
      months.map((month) => ({
        t: new Date(`${month}-01T00:00:00Z`),
        value: generatedNpy(asset.symbol, month),
      })),
  };
}
