/**
 * mulberry32: a small, fast PRNG with a 32-bit state; uniform in [0, 1). Seeded randomness for
 * generated data (the demo, synthetic practices, benchmarks): the same seed gives the same numbers.
 * Not for secrets.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
