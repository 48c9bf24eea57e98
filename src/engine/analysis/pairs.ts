/**
 * The pairs of n dimensions a pairwise comparison asks about, in reading order:
 * (0,1), (0,2) … (0,n−1), (1,2) … (n−2,n−1) — n(n−1)/2 of them (15 for six dimensions).
 */
export function pairsOf(n: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  return pairs;
}
