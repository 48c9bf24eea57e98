/** Stack id → 1-based rank. */
export type RankMap = ReadonlyMap<string, number>;

/** The rank of every row, keyed by stack id. */
export function toRankMap(rows: readonly { rank: number; stack: { id: string } }[]): RankMap {
  return new Map(rows.map((r) => [r.stack.id, r.rank]));
}

/** True when both maps hold the same stacks at the same ranks. */
export function sameOrder(a: RankMap, b: RankMap): boolean {
  if (a.size !== b.size) return false;
  for (const [id, rank] of a) if (b.get(id) !== rank) return false;
  return true;
}

/**
 * Places each stack moved between two rankings: positive = moved up, negative = down.
 * Stacks that did not move, or are new in `current`, have no entry.
 */
export function computeMoves(previous: RankMap, current: RankMap): Map<string, number> {
  const moves = new Map<string, number>();
  for (const [id, rank] of current) {
    const before = previous.get(id);
    if (before !== undefined && before !== rank) moves.set(id, before - rank);
  }
  return moves;
}
