/** A small deterministic generator of numbers in [0, 1): the same sequence for a seed on every machine (demo and benchmark data). */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}
