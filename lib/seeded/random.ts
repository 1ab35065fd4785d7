/**
 * mulberry32: a seeded PRNG in a few lines, shared by everything that must be
 * reproducible (model training shuffles, generated benchmark data). Hand-written
 * because Math.random cannot be seeded and a dependency for this alone is not worth it.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
