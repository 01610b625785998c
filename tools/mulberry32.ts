/**
 * mulberry32: a tiny 32-bit PRNG with good statistical quality, fully reproducible from its seed.
 * One implementation for everything generated in this repository (bundled data, generated columns,
 * property-test bars), so the same seed means the same numbers everywhere.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
